"""A change column beside a report's table of counts with its statuses down a column (「評価区分 |
指標数 | 前年度比」, then 「達成A | 14 | +2」 …, under 「前年度（令和8年度）との比較」): read by
sheet_columns.py as one more row of its table, of changes since last year, which
year_tables_past.py compares with this year's counts less last year's where last year's rows are
given (--previous), and past_tables.by_year lists, settled, where they are not. Review 158 #2:
the column was never read, a wrong ▲1 passed with nothing said."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from planeval.model import Location, TextCell
from planeval.past_tables import change_cell, signed
from planeval.pasted_rows import PastedRow


def change_columns(
    title: Callable[[int], str],
    text: Callable[[int, int], str],
    rows: Sequence[int],
    columns: Iterable[int],
) -> list[int]:
    """Those of ``columns`` titled as a change since last year (前年度比, 増減, 対前年度) whose
    every filled cell in ``rows`` is a signed number as a clerk writes one (+2, ▲1, △1, 0)."""
    found = []
    for column in columns:
        if not change_cell(title(column)):
            continue
        cells = [text(row, column) for row in rows]
        if any(cells) and all(signed(cell) is not None for cell in cells if cell):
            found.append(column)
    return found


def change_row(
    title: str,
    rows: Sequence[int | None],
    column: int,
    text: Callable[[int, int], str],
    where: Callable[[int, int], Location],
    scope: str,
) -> PastedRow:
    """The change column ``column`` as a row of its table: a value per column of the table, each
    of the line of ``rows`` (None where the column has no change: a share's), titled ``title``,
    said as ``scope`` (表の「前年度比」の列)."""
    values = tuple(text(row, column) if row is not None else "" for row in rows)
    numbers = tuple(signed(value) if value else None for value in values)
    first = next(row for row in rows if row is not None)
    places = tuple(where(row if row is not None else first, column) for row in rows)
    line = TextCell(places[0], "\t".join((title, *values)))
    return PastedRow(line, (title,), values, numbers, places, scope=scope)
