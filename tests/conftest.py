"""Helpers that build small workbooks the way people type them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from planeval.model import Entry, Location

REPO = Path(__file__).resolve().parent.parent
SEED_WORKBOOK = REPO / "data" / "setagaya" / "chapter3.xlsx"

Rows = Sequence[Sequence[object]]


def write_book(
    path: Path,
    sheets: dict[str, Rows],
    *,
    merges: dict[str, Sequence[str]] | None = None,
    hidden: Sequence[str] = (),
    start: str = "A1",
    formulas: bool = True,
) -> Path:
    """Write ``sheets`` (name → rows) to ``path``; ``start`` is where each sheet's rows begin.
    With ``formulas=False`` a text starting with "=" is stored as text, as a user's typed
    "'=..." would be."""
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    letter, first_row = coordinate_from_string(start)
    first_column = column_index_from_string(letter)
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None and value != "":
                    cell = sheet.cell(row=first_row + r, column=first_column + c, value=value)
                    if not formulas and isinstance(value, str):
                        cell.data_type = "s"
        for cell_range in (merges or {}).get(name, ()):
            sheet.merge_cells(cell_range)
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


@pytest.fixture
def book(tmp_path: Path):
    """``book(rows, name="status.xlsx", **options)`` writes a one-sheet (or more) workbook."""

    def make(rows: Rows | dict[str, Rows], name: str = "status.xlsx", **options: object) -> Path:
        sheets = rows if isinstance(rows, dict) else {"第3章": rows}
        return write_book(tmp_path / name, sheets, **options)  # type: ignore[arg-type]

    return make


def rated_entries(groups: dict[str, dict[str, int]]) -> list[Entry]:
    """One entry (and one project) per rated row: policy_id = the group id, the rows' counts
    as given ({"1": {"◎": 4, "○": 6}}), for tests of counting and checking."""
    return [
        Entry(
            Location("rows.xlsx"),
            gid,
            f"{gid}-1",
            f"{gid}/{symbol}/{i}",
            "",
            None,
            "",
            "",
            None,
            symbol,
            symbol,
        )
        for gid, counts in groups.items()
        for symbol, n in counts.items()
        for i in range(n)
    ]
