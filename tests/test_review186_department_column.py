"""Review 186 #5 (東三河県ITプラン): last year's compiled book has a 担当部局 column beside
担当課; it was read as nothing, and its notice offered it as 課題等 (「課題等の列として読ませる
なら … issue = ["担当部局"]」), which would list 部局 names as issues. 担当部局 (所管部局 too) is a
department title: its column is claimed as the department's, never offered as 課題等."""

from __future__ import annotations

from pathlib import Path

import planeval
from tests.conftest import write_book
from tests.higashimikawa_forms import HEADER, SETTINGS, sheet_rows, write_round


def _read(path: Path) -> planeval.ReadResult:
    (path.parent / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    config = planeval.load_config(path.parent / "planeval.toml")
    return planeval.read_workbooks(
        [path], scale=config.scale, layout=config.layout, wording=config.wording
    )


def test_the_compiled_books_bureau_column_is_no_unread_column(tmp_path: Path) -> None:
    read = _read(write_round(tmp_path / "R5", last_year=True))
    assert [(p.location.cell, p.message) for p in read.problems] == []
    assert {entry.department for entry in read.entries} == {"情報政策課"}
    assert len(read.entries) == 6


def test_a_bureau_column_alone_is_the_department(tmp_path: Path) -> None:
    # (this year's form with 担当部局 for 担当課, each row's 部局 in it)
    rows = [
        row if len(row) < len(HEADER) else [*HEADER[:7], "担当部局"] if row == HEADER else
        [*row[:7], "総務局"]
        for row in sheet_rows()
    ]  # fmt: skip
    (tmp_path / "R6").mkdir()
    read = _read(write_book(tmp_path / "R6" / "回答.xlsx", {"進捗状況": rows}))
    assert [(p.location.cell, p.message) for p in read.problems] == []
    assert {entry.department for entry in read.entries} == {"総務局"}
