"""The commonest table rows, read in one step.

Most rows of a status workbook are a numbered item (①…) rated with a symbol of the scale,
bare ("○") or after a sub-item's label ("電子申請 ◎"), or a further labelled rating of the
same item on the next row, the item cell merged over both. Reading those without the
general path's checks for every rarer case roughly halves the time of the layout reader on
large files; any row it is not sure of goes to the general path, and a property test checks
that both read every table the same.

A row it takes is never a header row when it has at most SHORT_ROW cells, so read_sheet tries
it before looking for column titles in such a row: its item cell ("①…", "1…" once
normalised) and its status cell (a symbol after an optional label, with no ※ or ＊ remark
that title matching would strip) can never read as column titles, and a header row needs
three titles in three other cells.
"""

from __future__ import annotations

from planeval.ids import parse_item, parse_project, parse_repeat_of
from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.tables import SheetResult, TableState, add_entry
from planeval.model import Location
from planeval.scale import Scale
from planeval.text import clean_text

SHORT_ROW = 4  # cells; see above
_REMARK_MARKS = ("※", "＊", "*")


def read_plain_item_row(
    grid: SheetGrid,
    row: int,
    line: list[object],
    table: TableState,
    file: str,
    scale: Scale,
    symbols: dict[str, str],
    result: SheetResult,
) -> bool:
    """Read one of the commonest rows: a new numbered item (①…) of the project above, or of a
    new project on the same row, rated with a bare symbol or with "label symbol"; or the item
    above continued by a merged cell and rated "label symbol" again. No sub-item column
    value. False (nothing done) for any other row, which _read_table_row then reads; for
    these both give the same entry."""
    width = len(line)
    item_column, status_column, sub_column, project_column, issue_column, department_column = (
        table.layout
    )
    if item_column >= width or status_column >= width:
        return False
    status, item = line[status_column], line[item_column]
    if type(status) is not str or type(item) is not str or not item:
        return False
    if not "\u2460" <= item[0] <= "\u2473":
        return False
    continued = grid.continued
    if (row, status_column) in continued:
        return False
    label: str | None = None
    symbol = symbols.get(status)
    if symbol is None:  # "label symbol", or anything the general path must judge
        if any(mark in status for mark in _REMARK_MARKS):
            return False  # (title matching drops what follows ※: see above)
        status = clean_text(status)
        split = scale.split_labelled(status)
        if split is None or not split[0]:
            return False
        label, symbol = split
    same_item = (row, item_column) in continued
    if same_item and (label is None or table.item is None):
        return False  # a merged item rated again without a label: the general path warns
    if sub_column is not None and sub_column < width and line[sub_column] not in (None, ""):
        return False
    new_project = None
    if project_column < width:
        project = line[project_column]
        if project is not None and project != "" and (row, project_column) not in continued:
            if same_item:
                return False
            new_project = parse_project(clean_text(project))  # a new project on this row
            if new_project is None:
                return False  # a direction, a note or an unreadable ID: the general path
    if new_project is None and table.project is None:
        return False
    if not same_item:
        if table.unrated_item is not None:
            table.flush(result)
        if new_project is not None:
            table.start_project(new_project.id, new_project.name, cell_ref(row, project_column))
        number = parse_item(clean_text(item))
        table.item = number
        table.repeat_of = parse_repeat_of(number.name)
    assert table.project is not None and table.item is not None
    result.items_seen.append((table.project[0], table.item.number, table.item.name))
    add_entry(
        result,
        table,
        Location(file, grid.name, f"{table.status_letter}{row + 1}"),
        sub_item=label,
        symbol=symbol,
        status_text=status,
        issue=clean_text(line[issue_column])
        if issue_column is not None and issue_column < width
        else "",
        department=clean_text(line[department_column])
        if department_column is not None and department_column < width
        else "",
    )
    return True
