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
