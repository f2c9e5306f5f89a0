"""The workbook's 課題一覧 keeps each row's 出典 (file › sheet › cell) — it is the working copy —
but prints it only with --with-sources, as Word, HTML and Markdown show it (review 94: every
printed row of the Excel export named its file and cell, though README says a published
report names none and the help calls sources 内部用)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import SEED_WORKBOOK


def _issue_sheet(tmp_path: Path, *options: str):
    target = tmp_path / f"第3章{len(options)}.xlsx"
    run = CliRunner().invoke(app, ["export", str(SEED_WORKBOOK), "--xlsx", str(target), *options])
    assert run.exit_code == 0, run.stderr
    return load_workbook(target)["課題一覧"]


def test_the_sources_are_on_the_sheet_and_off_the_printed_page(tmp_path: Path) -> None:
    sheet = _issue_sheet(tmp_path)
    header = [cell.value for cell in sheet[4]]
    assert header[-1] == "出典" and str(sheet.cell(5, len(header)).value).startswith(
        "chapter3.xlsx › 第3章 › "
    )
    before = chr(ord("A") + len(header) - 2)  # (the column before 出典)
    assert sheet.print_area == f"'課題一覧'!$A$1:${before}${sheet.max_row}"


def test_with_sources_they_are_printed(tmp_path: Path) -> None:
    sheet = _issue_sheet(tmp_path, "--with-sources")
    assert [cell.value for cell in sheet[4]][-1] == "出典"
    assert not sheet.print_area
