"""The notes a department typed under its table's rows (「※現状値は令和6年度末」, read as notes and
never counted: io/note_rows.py), carried under the Chapter 3 table those rows are shown in, as
typed — without them a reader misreads that table's figures (review 140 #7: in no export)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from planeval.model import Location
from planeval.report.chapter3_rows import DirectionTable
from planeval.report.policy_section import PolicySection
from planeval.title_years import row_of

TypedNote = tuple[Location, str]  # where a note was typed, and its text


def with_notes(
    tables: Sequence[DirectionTable], notes: Sequence[TypedNote]
) -> tuple[DirectionTable, ...]:
    """``tables`` (every table of a report: a sheet's rows may be shown in several policies')
    each with the notes typed under rows of its own: a note under the table showing the row
    of its sheet nearest above it, once."""
    if not notes:
        return tuple(tables)
    places = [{_place(row.entry.location) for row in table.rows} for table in tables]
    placed: dict[int, list[str]] = {}
    for location, text in notes:
        file, sheet, row = _place(location)
        above = [  # (the tables of its sheet's rows above it, by the nearest row in each)
            (max(rows), number)
            for number, own in enumerate(places)
            if (rows := [r for f, s, r in own if (f, s) == (file, sheet) and r < row])
        ]
        if above:
            said = placed.setdefault(max(above)[1], [])
            said += [text] * (text not in said)
    return tuple(
        replace(table, notes=tuple(placed[n])) if n in placed else table
        for n, table in enumerate(tables)
    )


def sections_with_notes(
    sections: Sequence[PolicySection], notes: Sequence[TypedNote]
) -> list[PolicySection]:
    """``sections`` with their tables' notes (with_notes, over all of their tables)."""
    tables = iter(with_notes([table for s in sections for table in s.tables], notes))
    return [replace(s, tables=tuple(next(tables) for _ in s.tables)) for s in sections]


def _place(location: Location) -> tuple[str, str | None, int]:
    return location.file, location.sheet, row_of(location.cell or "")
