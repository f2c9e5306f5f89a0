"""Filling split templates as departments do (shared by the cycle tests)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet
from typer.testing import Result

from planeval.marks import is_reference_sheet
from tests.conftest import REPO

PLAN = REPO / "data" / "setagaya" / "plan.xlsx"


def split_templates(folder: Path, fiscal_year: str = "令和4", plan: Path = PLAN) -> Path:
    """The bundled plan's templates (or ``plan``'s), one per department, written by the
    command line."""
    from typer.testing import CliRunner

    from planeval.cli import app

    result = CliRunner().invoke(
        app,
        ["template", str(plan), "--fiscal-year", fiscal_year, "-o", str(folder),
         "--split-by", "department"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return folder


def columns(sheet: Worksheet) -> dict[str, int]:
    """A template's columns by their titles on the header row (row 5) → 0-based positions,
    found as a clerk finds them: which columns there are varies (細目 is there only where the
    plan rates an item in parts)."""
    return {str(cell.value): cell.column - 1 for cell in sheet[5] if cell.value}


def status_and_issue(sheet: Worksheet) -> tuple[int, int]:
    """The template's 達成状況 and 課題等 columns (0-based)."""
    found = columns(sheet)
    return found["達成状況"], found["課題等"]


def item_rows(sheet: Worksheet) -> Iterator[tuple[str, tuple[Cell, ...]]]:
    """Each row of a template's 実施状況 sheet a department rates (not its repeat listings,
    written '-'), with its item's ID and label ("1-1-2①")."""
    status, _issue = status_and_issue(sheet)
    project = ""
    for row in sheet.iter_rows(min_row=6):
        first = row[0].value
        if isinstance(first, str) and first[:5].count("-") == 2:
            project = first.split()[0]
        if row[1].value and row[status].value != "-":
            yield f"{project}{str(row[1].value)[0]}", row


def fill_workbook(
    path: Path,
    ratings: dict[str, tuple[str, str]] | None = None,
    remarks: dict[str, str] | None = None,
    *,
    default: str = "○",
    target: Path | None = None,
) -> dict[str, tuple[str, str]]:
    """Rate every item of the 実施状況 sheet (ID+label → (status, issue); others ``default``,
    △/× with an issue text) and write ``remarks`` (ID+label → text) on the co-owner's sheet.
    Returns what was rated."""
    ratings = ratings or {}
    book = load_workbook(path)
    rated: dict[str, tuple[str, str]] = {}
    status_column, issue_column = status_and_issue(book["実施状況"])
    for key, row in item_rows(book["実施状況"]):
        status, issue = ratings.get(key, (default, "理由" if default in "△×" else ""))
        row[status_column].value = status
        row[issue_column].value = issue or None
        rated[key] = (status, issue)
    shared = reference_sheet(book)
    if remarks and shared is not None:
        remark = remark_column(shared)
        for row in shared.iter_rows(min_row=6):
            if row[0].value and row[1].value:
                key = f"{row[0].value.split()[0]}{row[1].value[0]}"
                if key in remarks:
                    row[remark].value = remarks[key]
    book.save(target or path)
    return rated


def reference_sheet(book: Workbook) -> Worksheet | None:
    """A co-owner's sheet of shared items (共管の実施内容, or 共管の取組内容 in a body's words)."""
    return next((sheet for sheet in book if is_reference_sheet(sheet.title)), None)


def remark_column(sheet: Worksheet) -> int:
    """The co-owner's remark column (0-based), found by its title (共管部の意見) on row 5."""
    return next(cell.column - 1 for cell in sheet[5] if "意見" in str(cell.value or ""))


def department_forms(plan: Path, settings: str, fiscal_year: str = "令和6") -> tuple[Path, Result]:
    """The forms `template` writes from ``plan`` with ``settings`` (planeval.toml's text, written
    beside the plan), one per department into 調査票/ beside it; the folder and the run."""
    from typer.testing import CliRunner

    from planeval.cli import app

    config = plan.parent / "planeval.toml"
    config.write_text(settings, encoding="utf-8")
    forms = plan.parent / "調査票"
    made = CliRunner().invoke(app, ["template", str(plan), "--fiscal-year", fiscal_year,
                                    "-o", str(forms), "--split-by", "department",
                                    "--config", str(config)], env={"COLUMNS": "200"})  # fmt: skip
    assert made.exit_code == 0, made.output
    return forms, made
