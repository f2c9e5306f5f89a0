"""The cell of a row's text — its item's or project's name — from the cell of its status that
an entry is located at (ReadResult.text_columns): a message about a name points at the name
(review 119 #6: 「F8: …名が計画と違います」 where F8 holds 「変更・中止」 and B8 the name)."""

from __future__ import annotations

from collections.abc import Mapping

from planeval.cells import column_letter, split_ref
from planeval.model import Location


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
