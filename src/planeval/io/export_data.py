"""Reading back planeval's own export of several bodies from its data sheet.

The export's policy sheets print every body's tables under one policy, each body's numbered
from 1-1-1: read as Chapter 3 tables, their rows would be one body's, and every body's 1-1-1①
the same item. Its data sheet (cells.DATA_SHEET, written by report/xlsx_export.py) holds each
entry once, one value per cell in model.ENTRY_COLUMNS order, with its body in the 団体 column:
an export of several bodies is read from there, each row an entry of its own body. (An export
of one body has no 団体 column and is read from its policy sheets, as any Chapter 3 workbook.)
"""

from __future__ import annotations

from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.tables import SheetResult
from planeval.model import ENTRY_COLUMNS, ENTRY_FIELDS, Entry, Location, Problem, Severity, body_key
from planeval.scale import Scale

_FIELDS = {name: index for index, name in enumerate(ENTRY_FIELDS)}
# The columns the data sheet titles in planeval's own words whatever the body's wording: from
# the 団体 column on. A header row ending so is the data sheet of several bodies.
_FIXED = tuple(ENTRY_COLUMNS.values())[_FIELDS["body"] :]
_OPTIONAL = frozenset({"sub_item", "repeat_of"})  # an empty cell is None, not ""


def of_bodies(grid: SheetGrid | None) -> bool:
    """Whether ``grid`` is the data sheet of an export of several bodies."""
    if grid is None:
        return False
    header = grid.row(0)
    return tuple(header[_FIELDS["body"] : len(ENTRY_COLUMNS)]) == _FIXED


def read_data_sheet(grid: SheetGrid, *, file: str, scale: Scale) -> SheetResult:
    """Every row of the data sheet as the entry it was written from, of the row's body; the
    policy and direction names kept within their body. A status the scale does not know (the
    export written with another scale) is an error, and its row not counted."""
    result = SheetResult(tables=1)
    status_column = _FIELDS["status"]
    for row, cells in grid.iter_rows():
        if row == 0 or not any(value not in (None, "") for value in cells):
            continue
        values = dict(zip(ENTRY_FIELDS, _padded(cells), strict=True))
        fields = {name: _value(name, values[name]) for name in ENTRY_FIELDS}
        location = Location(file, grid.name, cell_ref(row, status_column))
        symbol = scale.normalise(fields["status"]) if fields["status"] else None
        if symbol is None:
            message, hint = (
                scale.unknown(str(fields["status"]))
                if fields["status"]
                else ("達成状況が空です", scale.choose())
            )
            result.problems.append(Problem(location, Severity.ERROR, message, hint))
            continue
        entry = Entry(location, **(fields | {"status": symbol}))  # type: ignore[arg-type]
        result.entries.append(entry)
        body = entry.body
        if entry.policy_name:
            result.policy_names.setdefault(body_key(body, entry.policy_id), entry.policy_name)
        if entry.direction_name:
            key = body_key(body, entry.direction_id)
            result.direction_names.setdefault(key, entry.direction_name)
        result.items_seen.append((body, entry.project_id, entry.item_no, entry.item_name))
    return result


def _padded(cells: list[object]) -> list[object]:
    """The row's entry fields (its cells up to the 団体 column), empty cells filled in."""
    fields = cells[: len(ENTRY_FIELDS)]
    return fields + [None] * (len(ENTRY_FIELDS) - len(fields))


def _value(name: str, value: object) -> object:
    """A cell as the entry's field: text (an empty cell ""), the item number an int."""
    if value is None or value == "":
        return None if name in _OPTIONAL or name == "item_no" else ""
    if name == "item_no":
        return value if isinstance(value, int) else _number(value)
    return value if isinstance(value, str) else str(value)


def _number(value: object) -> int | None:
    """An item number typed over (as text, or not a whole number): None when it is none."""
    text = str(value).strip()
    return int(text) if text.isascii() and text.isdigit() else None
