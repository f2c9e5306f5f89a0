"""Whether a running No. beside a project's name typed again on the next row numbers the rows
of projects of several rows (千種区's 「健康・福祉の推進」 on No. 1, 2, 3: one project, review 50)
or the projects themselves, two of which happen to share a name (平田市's No. 6 and 7, both
「キャッシュレス決済の推進」, among ten 施策 of one row each: two projects, review 89).

One pair of rows cannot tell; the table can, and is asked once (TableState.running_names):
where most of its names stand on one row each, the No. numbers the projects. A table of
projects of one row each cannot: the sheet's other tables under the same header can."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from planeval.text import clean_text

if TYPE_CHECKING:
    from planeval.io.grid import SheetGrid
    from planeval.io.tables import TableState


def names_span_rows(
    grid: SheetGrid, table: TableState, reading: dict[str, bool | None], role: str = "number"
) -> bool:
    """Whether the table's projects are mostly of several rows: its rated rows (a status
    typed) under its header, down to its header typed again, read as runs of one name (typed
    again, merged down or left blank below it); as many runs of several rows as of one or
    more (asked only where one pair of rows could not tell: levels.numbers_rows' None). A table
    whose projects are each of one row cannot tell: the sheet's other tables under the same
    header do (守山区's 課 rating one 取組み項目 of 柱1 in one row, three of 柱3 in several: the
    No. numbers the 取組み内容 in each table — review 102); where none does, the other files
    of the read do (``reading``: SheetResult.number_reading, the files' tables so headed told
    apart by their header's titles — a 課 rating one 取組み内容 of each of its 取組み項目:
    review 107; reader.read_alike)."""
    if table.running_names is not None:
        return table.running_names
    own = next(_tables_runs(grid, table, role, table.first_row), [])
    if any(run > 1 for run in own):
        table.running_names = _mostly_several(own)
    else:  # (each project of one row: the first other table that tells, if any)
        told = False
        for runs in _tables_runs(grid, table, role, -1):
            told = told or any(run > 1 for run in runs)
            if _mostly_several(runs):
                table.running_names = True
                break
        else:  # (none does: each of the sheet's projects of one row — the read's files may)
            key = header_key(grid, table, role)
            table.running_names = not told and bool(reading.setdefault(key, None))
            return table.running_names
    if table.running_names:
        reading[header_key(grid, table, role)] = True
    return table.running_names


def header_key(grid: SheetGrid, table: TableState, role: str) -> str:
    """The table's header as the files of a read compare it: its number and project
    columns' titles."""
    titles = (grid.value(table.first_row, table.columns[key]) for key in (role, "project"))
    return "|".join(clean_text(title) for title in titles)


def _tables_runs(grid: SheetGrid, table: TableState, role: str, start: int) -> Iterator[list[int]]:
    """The runs of one name of each table of the sheet under ``table``'s header from the one
    whose header row is ``start`` (-1: the sheet's first), each run's rows those with a number
    of their own in the column ``role``."""
    name_column, status_column = table.columns["project"], table.status_column
    number_column = table.columns[role]
    header_status = grid.value(table.first_row, status_column)
    runs: list[int] | None = None
    last = previous = ""
    for row, cells in grid.sorted_rows():
        if row < start:
            continue
        status = cells[status_column] if status_column < len(cells) else None
        if status == header_status:
            if runs is not None:
                yield runs  # (a table's header: the table above ends)
            runs, last = [], ""
            continue
        if runs is None:
            continue  # (above the first table)
        merged = (row, name_column) in grid.continued
        name = "" if merged or name_column >= len(cells) else clean_text(cells[name_column])
        if status in (None, "") and not (last and (merged or name == last)):
            # (a band row 「基本目標2 …」 or a blank one: a run ends there — not a row of the
            # run's project left unrated, its name wrapped onto the next row or its rating
            # forgotten: that one row read every No. of the file as the projects', review 177 #1)
            last = ""
            continue
        number = "" if number_column >= len(cells) else clean_text(cells[number_column])
        if runs and last and name in ("", last):
            # (a row of its own number only: one numbered once, its cell blank or merged,
            # is a row of the project's number — 白石町's No. 1 over its ① and ②; so is one
            # typed again, 枚方市's 施策番号 10 on each of its 事務事業' rows: review 103)
            own = (row, number_column) not in grid.continued and number != previous
            runs[-1] += number.isdigit() and own
        else:
            runs.append(1)
            last = name
        previous = number
    if runs is not None:
        yield runs


def _mostly_several(runs: list[int]) -> bool:
    """Whether as many of a table's runs of one name are of several rows as of one (a table
    of no rated rows, the upper row of a header of two rows, tells nothing: 枚方市's 教育委員会,
    review 108)."""
    several = sum(1 for run in runs if run > 1)
    return bool(runs) and several >= len(runs) - several
