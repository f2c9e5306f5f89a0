"""Filling split templates as departments do (shared by the cycle tests)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from planeval.marks import REFERENCE_SHEET


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
    sheet = book["実施状況"]
    rated: dict[str, tuple[str, str]] = {}
    project = ""
    for row in sheet.iter_rows(min_row=6):
        first = row[0].value
        if isinstance(first, str) and first[:5].count("-") == 2:
            project = first.split()[0]
        if not row[1].value or row[4].value == "-":
            continue
        key = f"{project}{row[1].value[0]}"
        status, issue = ratings.get(key, (default, "理由" if default in "△×" else ""))
        row[4].value = status
        row[5].value = issue or None
        rated[key] = (status, issue)
    if remarks and REFERENCE_SHEET in book.sheetnames:
        shared = book[REFERENCE_SHEET]
        for row in shared.iter_rows(min_row=5):
            if row[0].value and row[1].value:
                key = f"{row[0].value.split()[0]}{row[1].value[0]}"
                if key in remarks:
                    row[4].value = remarks[key]
    book.save(target or path)
    return rated
