"""Review 183's leftovers (世田谷区's round, the national survey).

Finding 3: a national survey read without [wording] published its 取組分野 as 「情報化政策1」,
Setagaya's word, and the notice offering the forms' words was hidden by -q: the report takes the
tables' words where they agree, and where some files title a word otherwise — the report's word a
guess — the notice is a warning -q shows.

Left over: the xlsx 集計's note broke 「…集計に含めていません（未提出」 over 「（令和2年度の調査票））。」 — a
phrase break inside the bracketed label — and the label's brackets were doubled: a bracketed group
that fits a line is kept whole, and the label reads 「（未提出、令和2年度の調査票）」.

Left over: `check`'s reason for a 「全5件」 held back named an item once per 細目 row — 「未提出の 4 件
（1-1-3① 図書館のサービス向上、1-1-3① 図書館のサービス向上、1-1-3① 図書館のサービス向上、ほか
1 件）」 —: each item is named once, with its rows where its 細目 make it several.
"""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.xlsx_chapter3 import phrases_broken
from tests.test_review178 import RATINGS, _fill, _forms, _plan
from tests.test_review183_docx import _round
from tests.test_survey_words_offered import _survey

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
        "この範囲に数えなかった行（エラーの 1 行）があるため比べていません。集計にない"
        "実施内容には、エラーの 1 件（1-1-4③ 電子契約の導入）と未提出の 4 件（1-1-3① 図書館の"
        "サービス向上の 3 行、1-1-3② 文化財資料の公開）があります。この範囲の数えなかった行が"
        "なくなれば、集計した件数に未提出の件数を加えた計画の件数として比べます（上のエラーを直"
        "して読み直してください）"
    )


NOTE = (
    "政策経営部の実施内容 3 件は、回答が別の年度の調査票で提出されたため集計に含めていません"
    "（未提出、令和2年度の調査票）。"
)


def test_the_note_of_a_reply_on_last_year_s_form_says_its_label_once_bracketed(
    tmp_path: Path,
) -> None:
    plan_file, folder = _round(tmp_path)  # (政策経営部's reply on the 令和2年度 form)
    out = {kind: tmp_path / f"報告.{kind}" for kind in ("md", "xlsx")}
    args = ["export", str(folder), "--plan", str(plan_file), "--keep-going", "-q"]
    done = RUNNER.invoke(app, [*args, "--fiscal-year", "令和3", "--md", str(out["md"]),
                               "--xlsx", str(out["xlsx"])])  # fmt: skip
    assert done.exit_code == 1, done.output  # (the form of last year: an error, counted past)
    assert NOTE in out["md"].read_text(encoding="utf-8").splitlines()
    notes = [str(row[0]) for row in load_workbook(out["xlsx"])["集計"].iter_rows(values_only=True)]
    assert NOTE.replace("（未提出", "\n（未提出") in notes  # (broken before the label, not in it)
    # (the plan's warning alike)
    assert "政策経営部の回答が別の年度の調査票で提出されたため（未提出、令和2年度の調査票）、" in (
        done.output
    )


def test_a_bracketed_group_that_fits_a_line_is_not_broken_inside() -> None:
    """Nested brackets too: the group is broken before, as a word is."""
    text = NOTE.replace("（未提出、令和2年度の調査票）", "（未提出（令和2年度の調査票））")
    assert phrases_broken(text, 120) == text.replace("（未提出", "\n（未提出")


def test_a_survey_without_wording_is_published_in_its_tables_words(tmp_path: Path) -> None:
    folder, settings = _survey(tmp_path)  # (番号 | 取組分野 | 取組 | 達成状況 | 備考)
    page = tmp_path / "報告.md"
    args = ["export", str(folder), "--bodies", "file", "--config", str(settings), "-q"]
    done = RUNNER.invoke(app, [*args, "--md", str(page)])
    assert done.exit_code == 0, done.output
    lines = page.read_text(encoding="utf-8").splitlines()
    assert "## 取組分野1 行政手続のオンライン化" in lines
    assert (
        "2団体の取組分野1「行政手続のオンライン化」では、延べ4つの取組を集計しました。達成状況は、"
        "計画を上回る実施0件、計画どおり実施4件、内容を一部修正して実施0件でした。"
    ) in lines  # (the rows summed said once, not 「個別の取組ごとの」 after: review 193 #4)
    assert not [line for line in lines if "情報化政策" in line or "実施内容" in line]
    # (as the [wording] lines offered word it: added, the report is the same)
    offered = RUNNER.invoke(app, ["summarize", *args[1:5]]).output
    block = [line[2:] for line in offered.splitlines() if line.startswith("  ")]
    settings.write_text(settings.read_text("utf-8") + "\n".join(block) + "\n", "utf-8")
    again = tmp_path / "報告2.md"
    assert RUNNER.invoke(app, [*args, "--md", str(again)]).exit_code == 0
    assert again.read_text(encoding="utf-8").splitlines() == lines


def test_a_word_the_bodies_title_otherwise_is_a_warning_q_shows(tmp_path: Path) -> None:
    folder, settings = _survey(tmp_path)
    north = folder / "012025_北森町.xlsx"
    book = load_workbook(north)
    book.worksheets[0]["B4"] = "分野"  # (its level column titled otherwise)
    book.save(north)
    args = ["summarize", str(folder), "--bodies", "file", "--config", str(settings), "-q"]
    done = RUNNER.invoke(app, args, env={"COLUMNS": "400"})
    assert done.exit_code == 0, done.output
    said = done.output[done.output.index("警告: ") :].splitlines()
    assert said == [
        f"警告: {settings}: 報告書の見出しと文は表の言葉で書きます: 取組（planeval の既定では 実施内容）"
        "・備考（既定では 課題等）。「取組分野」「分野」の列はファイルによって言葉が違うため、planeval の"
        "「政策」で書きます（表の言葉のまま決めておくか、ほかの言葉にするなら、planeval.toml に次の"
        "設定を加えてください）",
        "  [wording]",
        "  # 表の列の言葉です。報告書の言葉を変えるなら書き換えてください",
        '  item = "取組"',
        '  issue = "備考"',
        "  # policy は団体で違うため書いていません",
        "  # 宮宮町の表では「取組分野」",
        "  # 北森町の表では「分野」",
        "警告 1 件",
    ]
