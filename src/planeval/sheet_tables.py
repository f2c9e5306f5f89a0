"""Tables of counts in a workbook's sheets, outside its status tables, read for ``check``:
planeval's 集計 sheet copied into a workbook (its statuses across its header row, as
pasted_tables.py reads a pasted one) and a clerk's own table with its statuses down a column
(名古屋市守山区's 概要 sheet: sheet_columns.py). Both are handed to table_counts.py as pasted
tables are and compared cell by cell there; a disagreement is then said at its own cell (概要 ›
B6), not at its row.

The sheet's cells reach ``check`` as text cells (io/chapter3.py keeps every cell outside a
status table). Each row of a sheet is joined into a line of its cells between tabs, from the
sheet's first column to its last (an empty line where rows are left empty between them), as
Word's text of a table would be, for pasted_tables.py."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from planeval.cells import cell_ref, split_ref
from planeval.check_result import Disagreement, NotCompared
from planeval.model import Entry, Location, TextCell
from planeval.past_tables import report_year
from planeval.pasted_tables import SHARE, SUM, PastedTable, Titles, read_tables
from planeval.scale import Scale
from planeval.sheet_columns import Found, Grid, Key, read_down
from planeval.stated_number import TOTAL
from planeval.statements import StatedCounts

_WIDEST = 64  # the columns a sheet's row is read over, from its first (a stray cell at XFD)
_T = TypeVar("_T", Disagreement, NotCompared, StatedCounts)


@dataclass(frozen=True, slots=True)
class SheetTables:
    """The tables of counts found in the sheets; each number's cell by (its row's place, what
    it counts, whether a share); the scope a column-read table's row is said by (「概要の表
    「事業数」の列」); and the numbers of them not compared, with why."""

    tables: tuple[PastedTable, ...] = ()
    cells: Mapping[Key, Location] | None = None
    scopes: Mapping[Location, str] | None = None
    unread: tuple[NotCompared, ...] = ()
    taken: frozenset[Location] = frozenset()  # the tables' cells (no paragraph's)
    sheets: Mapping[Location, str] | None = None  # an across table's row: its sheet
    share_scopes: Mapping[Location, str] | None = None  # a row's shares: their own column's

    def at_cells(self, found: Iterable[_T]) -> list[_T]:
        """Disagreements (numbers not compared, rows read) of table_counts, those of these
        tables each at its own cell and in its own scope."""
        placed = []
        for one in found:
            scope = (self.scopes or {}).get(one.location, one.scope)
            if isinstance(one, Disagreement) and one.percent:  # (a share: its column's, 割合)
                scope = (self.share_scopes or {}).get(one.location, scope)
            if (sheet := (self.sheets or {}).get(one.location)) is not None:
                scope = f"{sheet}の{scope}"  # (集計の表の「2」の行)
            if isinstance(one, Disagreement):
                key = (one.location, one.what, one.percent)
                one = replace(one, location=(self.cells or {}).get(key, one.location))
            placed.append(replace(one, scope=scope))
        return placed


def _column(letters: str) -> int:
    """A column's 0-based index from its letters: A → 0, AA → 26."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def _grids(texts: Sequence[TextCell]) -> dict[tuple[str, str], Grid]:
    """Each sheet's cells by (row, column), the sheets in the order first met."""
    grids: dict[tuple[str, str], Grid] = {}
    for text in texts:
        where = text.location
        letters, digits = split_ref(where.cell or "")
        if where.sheet is None or not letters.isalpha() or not letters.isupper() or not digits:
            continue
        grid = grids.setdefault((where.file, where.sheet), {})
        grid.setdefault((int(digits) - 1, _column(letters)), text)
    return grids


def _lines(grid: Grid, first: int, last: int) -> tuple[list[TextCell], dict[Location, int]]:
    """The sheet's rows as lines of their cells between tabs, each at its first cell, and each
    line's row."""
    lines: list[TextCell] = []
    rows: dict[Location, int] = {}
    before = None
    for row in sorted({row for row, _column in grid}):
        cells = [grid.get((row, column)) for column in range(first, last + 1)]
        at = next(cell.location for cell in cells if cell is not None)
        if before is not None and row > before + 1:  # (rows left empty: the table ends)
            lines.append(TextCell(at._replace(cell=""), ""))
        lines.append(TextCell(at, "\t".join(cell.text if cell else "" for cell in cells)))
        rows[at], before = row, row
    return lines, rows


def _whole(entries: Sequence[Entry]) -> dict[tuple[str, str | None], tuple[str, ...] | str]:
    """How a column of every row names its rows, by the sheet it stands in: a sheet with
    rated rows of one policy of several (a policy's sheet), that policy; with rows of some of
    its body's policies, why it cannot be told; else (a sheet 概要 of no rated rows) 合計."""
    policies: dict[tuple[str, str | None], set[str]] = {}
    every: dict[str, set[str]] = {}
    for entry in entries:
        policies.setdefault(entry.location[:2], set()).add(entry.policy_id)
        every.setdefault(entry.body, set()).add(entry.policy_id)
    bodies = {entry.location[:2]: entry.body for entry in entries}
    found: dict[tuple[str, str | None], tuple[str, ...] | str] = {}
    for sheet, own in policies.items():
        if own == every[bodies[sheet]]:
            continue
        if len(own) == 1:
            found[sheet] = (next(iter(own)),)
        else:
            found[sheet] = _SOME.format(sheet=sheet[1], policies="・".join(sorted(own)))
    return found


_SOME = (
    "表のようですが、シート「{sheet}」の行は {policies} のもので、件数の列がどの行の数か決め"
    "られないため、この表は比べていません（見出しに基本方針などの番号を書くか、集計だけのシート"
    "に置いてください）"
)


def read_sheet_tables(
    texts: Sequence[TextCell], scale: Scale, entries: Sequence[Entry] = ()
) -> SheetTables:
    """The tables of counts in the sheets whose cells ``texts`` are (the workbooks' text
    cells, in their order); a column of every row, in a sheet of ``entries``' rated rows,
    names those rows' policy (_whole)."""
    titles = Titles(scale)
    whole = _whole(entries)
    found = Found()
    sheets: dict[Location, str] = {}
    for grid in _grids(texts).values():
        first = min(column for _row, column in grid)
        last = min(max(column for _row, column in grid), first + _WIDEST)
        grid = {at: cell for at, cell in grid.items() if at[1] <= last}
        lines, rows = _lines(grid, first, last)
        for table in read_tables(lines, scale):  # (statuses across: 集計's layout)
            found.tables.append(table)
            used = {
                rows.get(line.location) for line in (table.header, *(r.line for r in table.rows))
            }
            found.taken |= {cell.location for (row, _column), cell in grid.items() if row in used}
            for row in table.rows:
                sheets[row.line.location] = row.line.location.sheet or ""
                for index, column in enumerate(table.columns):
                    over = last + 1 - len(table.columns) + index
                    key = (row.line.location, TOTAL if column.kind == SUM else column.symbol)
                    cell = cell_ref(rows.get(row.line.location, 0), over)
                    found.cells[(*key, column.kind == SHARE)] = row.line.location._replace(
                        cell=cell
                    )
        place = (lines[0].location.file, lines[0].location.sheet)
        read_down(grid, lines, rows, titles, report_year(lines), whole.get(place, ("合計",)), found)
    return SheetTables(
        tuple(found.tables), found.cells, found.scopes, tuple(found.unread),
        frozenset(found.taken), sheets, found.share_scopes,
    )  # fmt: skip
