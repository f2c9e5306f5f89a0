"""The commonest table row, read in one step.

Most rows of a status workbook are a numbered item (①…) rated with a bare symbol of the scale.
Reading those without the general path's checks for every rarer case roughly halves the time
of the layout reader on large files; any row it is not sure of goes to the general path, and a
property test checks that both read every table the same.
"""

from __future__ import annotations

from planeval.ids import parse_item, parse_project, parse_repeat_of
from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.tables import SheetResult, TableState, add_entry
from planeval.model import Location
from planeval.scale import clean_text


def read_plain_item_row(
    grid: SheetGrid,
    row: int,
    line: list[object],
    table: TableState,
    file: str,
    symbols: dict[str, str],
    result: SheetResult,
) -> bool:
    """The most common row, read in one step: a new numbered item (①…) of the project above
    or of a new project on the same row, rated with a bare symbol of the scale, no sub-item. False (nothing done) for any other
    row, which _read_table_row then reads; for this one both give the same entry."""
    columns = table.columns
    width = len(line)
    item_column, status_column = columns["item"], columns["status"]
    if item_column >= width or status_column >= width:
        return False
    status = line[status_column]
    if type(status) is not str:
        return False
    symbol = symbols.get(status)
    item = line[item_column]
    if symbol is None or type(item) is not str or not item or not "\u2460" <= item[0] <= "\u2473":
        return False
    continued = grid.continued
    if (row, status_column) in continued or (row, item_column) in continued:
        return False
    sub_column = columns.get("sub_item")
    if sub_column is not None and sub_column < width and line[sub_column] not in (None, ""):
        return False
    project_column = columns["project"]
    new_project = None
    if project_column < width:
        project = line[project_column]
        if project is not None and project != "" and (row, project_column) not in continued:
            new_project = parse_project(clean_text(project))  # a new project on this row
            if new_project is None:
                return False  # a direction, a note or an unreadable ID: the general path
    if new_project is None and table.project is None:
        return False
    item_text = clean_text(item)
    table.flush(result)
    if new_project is not None:
        table.start_project(new_project.id, new_project.name, cell_ref(row, project_column))
    number = parse_item(item_text)
    table.item = number
    table.repeat_of = parse_repeat_of(number.name)
    assert table.project is not None
    result.items_seen.append((table.project[0], number.number, number.name))
    issue_column, department_column = columns.get("issue"), columns.get("department")
    add_entry(
        result,
        table,
        Location(file, grid.name, cell_ref(row, status_column)),
        sub_item=None,
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
