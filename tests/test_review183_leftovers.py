"""Review 183's leftovers (世田谷区's round, the national survey).

#3: `check`'s reason for a 「全5件」 held back named an item once per 細目 row — 「未提出の 4 件
（1-1-3① 図書館のサービス向上、1-1-3① 図書館のサービス向上、1-1-3① 図書館のサービス向上、ほか
1 件）」 —: each item is named once, with its rows where its 細目 make it several.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.test_review178 import RATINGS, _fill, _forms, _plan

RUNNER = CliRunner()


def test_check_names_an_item_of_sub_items_once_among_the_rows_it_lacks(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    ratings = {department: dict(rated) for department, rated in RATINGS.items()}
    ratings["DX推進担当部"][("③", "")] = "●"  # (an error: its row not counted)
    replies = _fill(_forms(plan, "令和4"), tmp_path / "回答", ratings)
    (late,) = replies.glob("*生涯学習部*")  # (its ① in 3 細目, and ②: 未提出)
    late.unlink()
    text = tmp_path / "報告.txt"
    text.write_text("計画全体では、評価した実施内容と細目は全5件です。\n", encoding="utf-8")
    args = ["check", str(replies), "--plan", str(plan), "--keep-going", "-qq", "--text", str(text)]
    done = RUNNER.invoke(app, [*args, "-f", "json"])
    [held] = json.loads(done.stdout)["not_compared"]
    assert held["reason"] == (
        "この範囲に数えなかった行（エラーの 1 行、1 ファイル）があるため比べていません。集計にない"
        "実施内容には、エラーの 1 件（1-1-4③ 電子契約の導入）と未提出の 4 件（1-1-3① 図書館の"
        "サービス向上の 3 行、1-1-3② 文化財資料の公開）があります。この範囲の数えなかった行が"
        "なくなれば、集計した件数に未提出の件数を加えた計画の件数として比べます（上のエラーを直"
        "して読み直してください）"
    )
