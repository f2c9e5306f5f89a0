"""Whether a running No. beside a project's name typed again on the next row numbers the rows
of projects of several rows (千種区's 「健康・福祉の推進」 on No. 1, 2, 3: one project, review 50)
or the projects themselves, two of which happen to share a name (平田市's No. 6 and 7, both
「キャッシュレス決済の推進」, among ten 施策 of one row each: two projects, review 89).

One pair of rows cannot tell; the table can, and is asked once (TableState.running_names):
where most of its names stand on one row each, the No. numbers the projects."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planeval.text import clean_text

if TYPE_CHECKING:
    from planeval.io.grid import SheetGrid
    from planeval.io.tables import TableState


def names_span_rows(grid: SheetGrid, table: TableState) -> bool:
    """Whether the table's projects are mostly of several rows: its rated rows (a status
    typed) under its header, down to its header typed again, read as runs of one name (typed
    again, merged down or left blank below it); as many runs of several rows as of one or
    more (asked only where one pair of rows could not tell: levels.numbers_rows' None)."""
    if table.running_names is not None:
        return table.running_names
    name_column, status_column = table.columns["project"], table.status_column
    header_status = grid.value(table.first_row, status_column)
    runs: list[int] = []
    last = ""
    for row, cells in grid.sorted_rows():
        if row <= table.first_row:
            continue
        status = cells[status_column] if status_column < len(cells) else None
        if status == header_status:
            break  # (the next table's header)
        if status in (None, ""):
            last = ""  # (a band row 「基本目標2 …」 or a blank one: a run ends there)
            continue
        merged = (row, name_column) in grid.continued
        name = "" if merged or name_column >= len(cells) else clean_text(cells[name_column])
        if runs and last and name in ("", last):
            runs[-1] += 1
        else:
            runs.append(1)
            last = name
    several = sum(1 for run in runs if run > 1)
    table.running_names = several >= len(runs) - several
    return table.running_names
