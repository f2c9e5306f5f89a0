"""A prefecture's roll-up of its bodies' replies (review 49: --bodies file, a roster naming a
body that sent nothing), exported as a page and checked against the replies it was made from:
the page is read with the scopes its Markdown is read with. Each body's table caption (「取組 2
（内訳 …）」 under the body's heading inside a 取組分野's section) is that body's rows of that
取組分野 — a short row of the table above it (「1-2 オンライン申請の拡充」 and 「実施」 between
tabs, as a browser copies it) is no heading closing the section —, and the 団体別集計 is read
past the row the page says 「未集計」 of."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

TOML = """[scale]
as_planned = "実施"
order = "best_first"

[[scale.status]]
symbol = "実施"
label = "実施"

[[scale.status]]
symbol = "一部実施"
label = "一部実施"

[[scale.status]]
symbol = "検討中"
label = "検討中"

[[scale.status]]
symbol = "未着手"
label = "未着手"

[layout.titles]
level = ["取組分野"]

[wording]
title = "自治体DX推進状況調査 集計結果"
policy = "取組分野"
item = "取組"
status = "実施状況"
issue = "課題・今後の予定"

[bodies]
roster = "団体一覧.xlsx"
"""
HEADER = ["取組分野", "番号", "取組", "実施状況", "課題・今後の予定"]
ITEMS = [
    ("1 フロントヤード改革", "1-1", "書かない窓口の導入"),
    ("1 フロントヤード改革", "1-2", "オンライン申請の拡充"),
    ("2 情報システムの標準化・共通化", "2-1", "移行計画の策定"),
    ("2 情報システムの標準化・共通化", "2-2", "ガバメントクラウドへの移行"),
    ("2 情報システムの標準化・共通化", "2-3", "運用経費の把握"),
]
# (code, name, statuses of ITEMS; None: sent nothing), in the roster's order
BODIES = [
    ("221007", "静岡市", ["実施", "一部実施", "実施", "未着手", "検討中"]),
    ("221309", "浜松市", ["検討中", "実施", "一部実施", "実施", "実施"]),
    ("222194", "下田市", None),
    ("222038", "沼津市", ["未着手", "未着手", "実施", "一部実施", "実施"]),
]


def _replies(folder: Path) -> Path:
    """The prefecture's folder: its roster, its settings and each body's reply on its form."""
    roster = [["No.", "団体コード", "団体名"]]
    roster += [[n, code, name] for n, (code, name, _s) in enumerate(BODIES, 1)]
    write_book(folder / "団体一覧.xlsx", {"団体一覧": roster})
    (folder / "planeval.toml").write_text(TOML, encoding="utf-8")
    replies = folder / "回答"
    replies.mkdir()
    for code, name, statuses in BODIES:
        if statuses is None:
            continue
        rows: list[list[object]] = [["令和6年度 自治体DX推進状況調査票"], []]
        rows += [["団体コード", code, "団体名", name], [], HEADER]
        rows += [[*item, status, ""] for item, status in zip(ITEMS, statuses, strict=True)]
        write_book(replies / f"{code}_{name}.xlsx", {"調査票": rows})
    return replies


def _run(folder: Path, *args: str) -> tuple[int, str]:
    found = CliRunner().invoke(
        app, [*args, "--config", str(folder / "planeval.toml")], env={"COLUMNS": "200"}
    )
    return found.exit_code, found.stdout


def _checked_page(folder: Path) -> dict:
    """check's JSON of the page export wrote of the replies (both made past the roster's one
    error, 下田市 未回答)."""
    replies = _replies(folder)
    page = folder / "r.html"
    made = ["export", str(replies), "--bodies", "file", "--keep-going", "--html", str(page)]
    code, _out = _run(folder, *made)
    assert code == 1 and page.exists()  # (the roster's body that sent nothing: an error)
    checked = ["check", str(replies), "--bodies", "file", "--keep-going", "-f", "json"]
    _code, out = _run(folder, *checked, "--text", str(page))
    return json.loads(out)


def test_the_survey_s_page_agrees_each_分野_s_sentence_its_own(tmp_path: Path) -> None:
    """The survey's page (each item counted over the bodies, no tables of each body's rows:
    review 171 #6): each 取組分野's sentence compared with its own rows, none disagreeing."""
    data = _checked_page(tmp_path)
    assert data["disagreements"] == []
    scopes = {s["scope"] for s in data["statements"]}
    assert {"取組分野1", "取組分野2"} <= scopes


def test_the_page_s_table_of_bodies_is_read_past_a_body_not_counted(tmp_path: Path) -> None:
    """The page says 「未集計」 across 下田市's numbers; 沼津市's row below it, and 合計, are
    compared as the Markdown's are."""
    data = _checked_page(tmp_path)
    assert data["disagreements"] == [] and data["not_compared"] == []
    rows = [s["scope"] for s in data["statements"] if s["scope"].startswith("表の「")]
    assert rows[-4:] == [f"表の「{name}」の行" for name in ("静岡市", "浜松市", "沼津市", "合計")]
