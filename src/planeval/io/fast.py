"""Reading a judged .xlsx with python-calamine: the fast path.

calamine reads values and merged ranges many times faster than openpyxl, but it allocates a
sheet's whole extent densely (one cell at row 200,000 column 1,000 is a 6 GB grid, and the
process aborts, no exception) and does not say which cells hold formulas or saved errors. So
it is only given files that inspect_archive has passed, whose sheets are within the cell
budget (CELL_BUDGET) both as claimed (<dimension>) and as addressed by their cells' references,
whose every cell and row carries its reference, and which hold no formulas and no error
values; every other file goes to openpyxl. What calamine does not report (sheet states, hidden
rows, planeval's derived-sheet marker) comes from the archive itself.
"""

from __future__ import annotations

import functools
import operator
import sys
from collections import deque
from collections.abc import Callable
from itertools import chain, compress, islice, repeat, zip_longest

from planeval.cells import COUNTED_PAST_SHEET, DATA_SHEET
from planeval.io.archive import ArchiveFacts
from planeval.io.grid import SheetGrid
from planeval.io.limits import CELL_BUDGET
from planeval.io.source import Source
from planeval.io.structure import SheetEntry
from planeval.io.xlsx import OpenedWorkbook

MAX_CELLS = CELL_BUDGET  # (the name this module had for it)
_LONG = 1_000  # (rows of a sheet whose first rows are looked at for a figure first)


def available() -> bool:
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return False
    return True


def suitable(sheets: list[SheetEntry], facts: ArchiveFacts) -> bool:
    """Whether every sheet can go to calamine safely, and every visible one lose nothing.
    (calamine parses hidden sheets too when it opens them, so the budget holds for all.)"""
    for sheet in sheets:
        part = facts.parts.get(sheet.part)
        if part is None:
            return False
        if part.unreferenced or max(part.claimed_cells, part.addressed_cells) > CELL_BUDGET:
            return False
        if sheet.visible and (part.has_formulas or part.has_errors):
            return False
    return True


def open_fast(source: Source, facts: ArchiveFacts) -> OpenedWorkbook | None:
    """The workbook read with calamine, or None when it must go to openpyxl instead."""
    if facts.sheets is None:
        return None
    sheets, derived = facts.sheets, facts.derived
    if not suitable(sheets, facts):
        return None
    from python_calamine import CalamineWorkbook

    opened = OpenedWorkbook()
    # the very bytes that were judged, as they were inflated then, stored
    stored = facts.stored
    large = stored is not None and stored.large
    book = CalamineWorkbook.from_filelike(source.stream() if stored is None else stored.readable())
    if stored is not None:
        stored.close()  # (calamine holds its own copy)
    read = DATA_SHEET, COUNTED_PAST_SHEET
    wanted = [s.name for s in sheets if s.visible and (s.name not in derived or s.name in read)]
    open_book = [book]

    def sheet_of(name: str) -> object:
        """The sheet; the book closed once its last sheet wanted is taken, and a large
        file's copy let go before that sheet's cells are made (``_give_back``)."""
        sheet = book.get_sheet_by_name(name)
        if name == wanted[-1] and large:
            open_book.pop().close()
            _give_back()
        return sheet

    try:
        for sheet in sheets:
            if not sheet.visible:
                opened.hidden_sheets.append(sheet.name)
                continue
            if sheet.name in derived:
                opened.derived_sheets.append(sheet.name)
                if sheet.name == DATA_SHEET:
                    # (with its numbers' formats: a figure written as its number, 0.0%)
                    data = _grid(sheet_of(sheet.name), sheet.name, (source, sheet.part))
                    if data is None:
                        return None
                    opened.data_sheet = data
                elif sheet.name == COUNTED_PAST_SHEET:
                    past = _grid(sheet_of(sheet.name), sheet.name)
                    if past is None:
                        return None
                    opened.counted_past_sheet = past
                continue
            grid = _grid(sheet_of(sheet.name), sheet.name, (source, sheet.part))
            if grid is None:
                return None
            part = facts.parts[sheet.part]
            hidden = part.hidden_rows
            grid.hidden_rows = hidden & set(grid.rows) if hidden else set()
            grid.filtered = part.filtered
            opened.sheets.append(grid)
    finally:
        if open_book:
            book.close()
        if large:
            _give_back()  # (the last sheet's cells as calamine held them, let go too)
    return opened


def _give_back() -> None:
    """Hand the memory calamine has let go back to the system: glibc keeps a block freed
    below others in use (calamine's copy of a large file, a sheet's cells as it held them)
    as its own, and a 100,000-row file's peak grew by it (+41 MB; −21 MB with it given
    back). Only on Linux with glibc; elsewhere nothing is done."""
    global _TRIM
    if _TRIM is None:
        _TRIM = _trim_of_libc()
    _TRIM()


def _trim_of_libc() -> Callable[[], object]:
    if sys.platform.startswith("linux"):
        import ctypes  # (large files only: not at start-up)

        try:
            trim = ctypes.CDLL(None).malloc_trim
        except (OSError, AttributeError):  # (a C library without it: musl)
            pass
        else:
            return functools.partial(trim, 0)
    return lambda: None


_TRIM: Callable[[], object] | None = None


def _grid(sheet: object, name: str, part: tuple[Source, str] | None = None) -> SheetGrid | None:
    """The sheet's values; a sheet holding numbers with their formats, where ``part`` (the
    judged file and the sheet's part) is given: number_formats.py."""
    height, width = sheet.height, sheet.width  # type: ignore[attr-defined]
    if height * width > MAX_CELLS:
        return None
    values = sheet.to_python(skip_empty_area=False)  # type: ignore[attr-defined]
    # text as it is (an empty cell stays "", which the layout reader takes as empty, like
    # None); dates and booleans too, and numbers as openpyxl gives them: a whole number as
    # int (calamine's are floats). A row whose cells are all empty is left out: compared
    # with such a row as a whole, which stops at its first cell that holds something (its
    # rows are as wide as each other, the sheet's used range).
    empty = [""] * len(values[0]) if values else []
    rows: dict[int, list[object]] = {
        index: line for index, line in enumerate(values) if line != empty
    }
    formats = None
    # (a sheet without numbers, the usual status workbook, is known as such in one pass over
    # its cells' types; a long one with a figure in its first rows without that pass)
    flat = chain.from_iterable
    figured = len(rows) > _LONG and float in map(type, flat(islice(rows.values(), 64)))
    if figured or float in set(map(type, flat(rows.values()))):
        lines = list(rows.values())
        # (column by column, the figures of a sheet being a few of its columns: each whole
        # float of a column found and set as an int in C)
        for column, cells in enumerate(zip_longest(*lines)):
            if float not in set(map(type, cells)):
                continue
            floats = list(map(operator.is_, map(type, cells), repeat(float)))
            found: list[float] = list(compress(cells, floats))  # type: ignore[arg-type]
            whole = list(map(float.is_integer, found))
            at = compress(compress(lines, floats), whole)
            deque(map(operator.setitem, at, repeat(column), map(int, compress(found, whole))), 0)
        if part is not None:  # (read when a figure's cell asks: io/value_columns.py)
            from planeval.io.number_formats import sheet_formats  # (not at start-up: few ask)

            formats = functools.partial(sheet_formats, *part)
            if part[0].content is None:  # (a large file's handle is closed once it is opened)
                formats = functools.partial(dict, formats())
    grid = SheetGrid(name, rows, formats_from=formats)
    continued, row_of = grid.continued, rows.get
    # (and by row, as the layout reader looks them up: the same few sets of columns shared)
    by_row: dict[int, frozenset[int]] = {}
    alone: dict[int, frozenset[int]] = {}
    held = by_row.get
    for (top, left), (bottom, _right) in sheet.merged_cell_ranges:  # type: ignore[attr-defined]
        if bottom == top:
            continue
        first = row_of(top, ())
        value = first[left] if left < len(first) else None
        merged = alone.get(left) or alone.setdefault(left, frozenset((left,)))
        for row in range(top + 1, bottom + 1):
            line = row_of(row)
            if line is None or left >= len(line):  # (a row left out as empty, or too short)
                line = rows.setdefault(row, [])
                line.extend([None] * (left + 1 - len(line)))
            line[left] = value
            continued.add((row, left))
            by_row[row] = merged if (others := held(row)) is None else others | merged
    grid.continued_rows = by_row
    return grid
