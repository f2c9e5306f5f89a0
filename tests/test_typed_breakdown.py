"""A table's own total row whose breakdown and total the clerk typed in one cell, each count
after a colon (review 42, 群馬県: 「計 | 達成A：2　前進B：4　横ばいC：3　後退D：2　計13」): it was read
as nothing, and a wrong sum passed `check` unseen. It is a total with its breakdown, compared
with the rows of its part."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def test_a_breakdown_typed_in_one_cell_is_read_and_compared(tmp_path: Path) -> None:
    rows: list[list[object]] = [["情報化政策1 くらし"], HEADER]
    rows += [["1-1-1 電子申請", "① 手続の拡大", "○", ""], ["", "② 利用の拡大", "△", "予算"]]
    rows += [["", "③ 周知", "○", ""], []]
    rows += [["計", "◎：0　○：2　△：2　×：0　計4"]]  # (△ 2 typed, 1 rated; 4 typed, 3 rows)
    book = write_book(tmp_path / "回答.xlsx", {"第3章": rows})
    texts = [t.text for t in planeval.read_workbooks([book]).texts]
    assert "計 4件（◎：0件　○：2件　△：2件　×：0件）" in texts
    checked = CliRunner().invoke(app, ["check", str(book), "-f", "json"])
    assert checked.exit_code == 1
    wrong = json.loads(checked.stdout)["disagreements"]
    assert {(d["what"], d["stated"], d["counted"]) for d in wrong} == {
        ("total", 4, 3),
        ("△", 2, 1),
    }


def test_each_table_s_subtotal_in_its_status_column_is_its_own_heading_s(tmp_path: Path) -> None:
    """Review 53 (a city's 総合計画 workbook): 施策 headings above their own tables, each table
    ending in 「小計」 with its breakdown typed (or a formula's value) in the 評価 cell —
    「A：2　B：1　計：3」 — or beside a count (「3事業 | A2件、B1件」). The 小計 rows were read as
    事業 rated 'A：2…' (an error each, nothing counted), and once read, compared with the whole
    基本目標 instead of the 施策 above them (63 false disagreements)."""
    settings = tmp_path / "planeval.toml"
    settings.write_text(
        '[scale]\npreset = "aichi"\n[wording]\npolicy = "基本目標"\nproject = "施策"\n'
        'item = "事務事業"\nstatus = "評価"\n',
        encoding="utf-8",
    )
    header = ["事務事業名", "担当課", "評価", "評価の理由・課題"]
    rows: list[list[object]] = [["基本目標1 子育て・教育"], [], ["施策1-1 子育て支援の充実"]]
    rows += [header, ["保育所整備", "保育課", "A", ""], ["一時預かり", "保育課", "B", "人員"]]
    rows += [["小計", "", "A：1　B：1　C：0　D：0　計：2", ""], [], ["施策1-2 学校教育の充実"]]
    rows += [header, ["ICT教育", "学務課", "A", ""], ["給食", "学務課", "A", ""]]
    rows += [["図書館", "学務課", "C", "遅れ"], ["小計", "3事業", "A2件、C2件", ""]]
    book = write_book(tmp_path / "評価.xlsx", {"基本目標1": rows})
    args = ["check", str(book), "--config", str(settings), "-f", "json"]
    checked = CliRunner().invoke(app, args)
    assert checked.exit_code == 1, checked.output
    said = json.loads(checked.stdout)
    assert not [p for p in said["problems"] if p["severity"] == "error"]
    wrong = said["disagreements"]  # (only 施策1-2's C: 2 typed, 1 rated)
    assert [(d["scope"], d["what"], d["stated"], d["counted"]) for d in wrong] == [
        ("施策1-2", "C", 2, 1)
    ]
