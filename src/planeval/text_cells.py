"""The cell of a row's text — its item's or project's name — from the cell of its status that
an entry is located at (ReadResult.text_columns): a message about a name points at the name
(review 119 #6: 「F8: …名が計画と違います」 where F8 holds 「変更・中止」 and B8 the name), and the
issue list's 出典 at the issue's own cell."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from planeval.cells import column_letter, split_ref
from planeval.model import Entry, Location, Problem

RowKey = tuple[str, str | None, int]  # (file, sheet, row): a row as both reads place it


def row_key(location: Location) -> RowKey | None:
    """The row a cell stands on (「D5」 and 「E5」: one row), None where it has no cell."""
    found = re.search(r"(\d+)$", location.cell or "")
    return (location.file, location.sheet, int(found[1])) if found else None


def rows_of(problems: Iterable[Problem], reason: str) -> set[RowKey | None]:
    """The rows the problems of ``reason`` are at, whichever of its cells each names (a row of
    no item of the plan said at its name, the row read at its status: review 167 #7)."""
    return {row_key(problem.location) for problem in problems if problem.reason == reason}


def text_cell(
    where: Location, columns: Mapping[tuple[str, str, str], Mapping[str, int]], role: str
) -> Location:
    """The cell in ``role``'s column (item, project…) on the row of the status cell ``where``
    (``columns``: ReadResult.text_columns), else ``where`` itself."""
    if where.sheet is None or where.cell is None:
        return where
    letters, row = split_ref(where.cell)
    column = columns.get((where.file, where.sheet, letters), {}).get(role)
    if column is None:
        return where
    return Location(where.file, where.sheet, f"{column_letter(column)}{row}")


def issue_cells(
    entries: Iterable[Entry], columns: Mapping[tuple[str, str, str], Mapping[str, int]]
) -> dict[Location, Location]:
    """Each entry with an issue text → the cell that holds it: its row's in the issue column
    (``columns``: ReadResult.text_columns), where the issue list's 出典 points (review 162 #7:
    「› D9」, the status, for 「引き続き取り組む。」 typed in E9). None where the text was read
    from the status cell itself (「△ 一部見直し」) or the table's issue column is unknown."""
    found: dict[Location, Location] = {}
    for entry in entries:
        if not entry.issue or entry.issue in entry.status_text:
            continue
        if (cell := text_cell(entry.location, columns, "issue")) != entry.location:
            found[entry.location] = cell
    return found
