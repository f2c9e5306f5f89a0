"""The export workbook's working sheets — データ and 集計に含めていない行, which name each row's
file, sheet and cell for the office — stay on view but are left out of a printed workbook
(Excel's ブック全体を印刷, LibreOffice's PDF): each one's print area is a single empty cell
beside its table, a page with nothing on it, which neither prints. Review 166 #4: a PDF of
上毛県's export had the データ sheet as its pages 6–7, fitted to the width at an unreadable size
and naming 「回答/01_総務部_進捗状況.xlsx」 and cell G8, where README says a published report
names no file or cell."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries
from typer.testing import CliRunner

from planeval.cells import COUNTED_PAST_SHEET, DATA_SHEET
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def _form(path: Path, statuses: list[str]) -> Path:
    """A department's Chapter 3 sheet: project 1-1-1 and an item per status."""
    rows: list[list[object]] = [["情報化政策1 くらし"], HEADER, ["1-1 窓口と基盤", "", "", ""]]
    for place, status in enumerate(statuses):
        project = "1-1-1 窓口" if place == 0 else ""
        rows.append([project, f"({place + 1}) 手続{place + 1}", status, "課題"])
    return write_book(path, {"第3章": rows})


def _export(tmp_path: Path, statuses: list[str], *options: str):
    source = _form(tmp_path / "窓口課.xlsx", statuses)
    target = tmp_path / "報告.xlsx"
    run = CliRunner().invoke(app, ["export", str(source), "--xlsx", str(target), *options])
    assert target.exists(), run.output
    return load_workbook(target)


def _prints_nothing(sheet) -> bool:
    """Whether the sheet's print area is one cell, beside its table, and empty."""
    area = sheet.print_area.split("!")[-1].replace("$", "")
    first_column, first_row, last_column, last_row = range_boundaries(area)
    return (
        (first_column, first_row) == (last_column, last_row)
        and first_column > sheet.max_column  # (beside the table: a column no cell is in)
        and sheet.cell(first_row, first_column).value is None
    )


def test_the_data_sheet_is_shown_but_not_printed(tmp_path: Path) -> None:
    book = _export(tmp_path, ["○", "△", "◎"])
    data = book[DATA_SHEET]
    assert data.sheet_state == "visible" and data["A1"].value
    assert _prints_nothing(data)
    # (its rows are all there, with their cells, and it would print legibly if asked:
    # A4 landscape fitted to the width, its header repeated)
    cells = [row[0] for row in data.iter_rows(min_row=2, values_only=True)]
    assert len(cells) == 3
    assert data.page_setup.orientation == "landscape" and data.print_title_rows == "$1:$1"
    # the report's sheets print as before
    assert not book["集計"].print_area


def test_the_sheet_of_rows_left_out_is_not_printed_either(tmp_path: Path) -> None:
    book = _export(tmp_path, ["○", "Ｘ", "◎"], "--keep-going")
    left_out = book[COUNTED_PAST_SHEET]
    assert left_out.sheet_state == "visible"
    assert any("窓口課.xlsx" in str(value) for row in left_out.values for value in row)
    assert _prints_nothing(left_out)
