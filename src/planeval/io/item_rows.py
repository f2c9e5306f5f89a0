"""The common row of a Setagaya-style table (numbered.py), read with a few lookups: a rated row
naming a new item of the current project or starting the next one (「1-1-2 名前」 | 「① 名前」 | ◎),
or rating a sub-item of the item above (「ア …」 in the item or sub-item column, 「電子調達 ○」
under a merged item cell).

``quick_reader`` makes one reader per ID table, with its columns and the sheet's constants
looked up once. The reader is the first step of numbered.py's reading, not a second reader: it
tells the row by its cells and changes nothing until it knows the row is one of those, and then
does what numbered.read_table_row would do with it. Any other row — a heading, a direction's
row, a rating merged from above, a repeat listing (再掲), an item without a number, anything
numbered.py would say something of — gives False, untouched, and chapter3.read_sheet reads it
as it reads every row (numbered.py's general path, or the text between tables).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from planeval.ids import KATAKANA, ItemNumber, parse_item, parse_lower_level, parse_project
from planeval.io.grid import SheetGrid
from planeval.io.tables import SheetResult, TableState, add_entry
from planeval.model import Location
from planeval.scale import Scale
from planeval.text import CLEANED, clean_text

QuickRows = Callable[[list[tuple[int, list[object]]], int], int]
# (the sheet's rows and the first to read → the first row not read there: rows read one after
# another in one call, most of a table's, not one call a row)

_NONE: frozenset[int] = frozenset()
_new = tuple.__new__  # (a Location built as the tuple it is)
# an item cell's value → (its numbered item, or its lower level's text), or False for one
# numbered.py reads (no number, a repeat listing): each distinct value read once — most cells
# of a column repeat a few values (①, ア …), none cleaned, told from a mark and parsed again
_ItemCell = tuple[ItemNumber | None, str | None] | Literal[False]
_ITEM_CELLS: dict[object, _ItemCell] = {}
_ITEM_CELLS_MOST = 65_536


def quick_reader(
    table: TableState, grid: SheetGrid, file: str, scale: Scale, result: SheetResult
) -> QuickRows | None:
    """The reader of an ID table's common rows; None on a sheet with unsaved formulas or
    errors (every row of it read by numbered.py, which says so where they are)."""
    if grid.unsaved_formulas or grid.has_errors:
        return None
    columns = table.columns
    project_column, item_column, status_column = (
        columns["project"],
        columns["item"],
        table.status_column,
    )
    sub_column, issue_column, department_column = (
        columns.get("sub_item"),
        columns.get("issue"),
        columns.get("department"),
    )
    width = max(columns.values()) + 1
    continued, symbols, splits = table.continued, frozenset(scale.symbols), scale.splits
    repeat_symbol, sheet, letter = scale.repeat_symbol, grid.name, table.status_letter
    body, seen, values = result.body, result.items_seen, table.values
    statuses = _cell_splits(scale)  # (a status cell's value → its text, label and symbol)
    items = _ITEM_CELLS
    known = CLEANED.get  # (each cell's text as numbered.py's roles hold it: cleaned once)

    def read(rows: list[tuple[int, list[object]]], start: int) -> int:
        names = _cell_names(letter, rows)
        named = len(names)
        for index in range(start, len(rows)):
            row, line = rows[index]
            if len(line) < width:
                return index
            value = line[status_column]
            status = statuses.get(value)
            if status is None:
                if value not in symbols and (type(value) is not str or splits.get(value) is None):
                    return index  # (not rated: chapter3.read_sheet's test of a row, as there)
                status = _status(value, scale)
                if status is None:
                    return index  # (a text not split yet, or no status of the scale)
            merged = continued.get(row, _NONE)
            if status_column in merged:
                return index  # (a rating merged from above: numbered.py tells whose it is)
            status_text, label, symbol = status
            if symbol == repeat_symbol:
                return index
            project = table.project
            found = None  # (the next project, where the row starts one)
            if (
                (value := line[project_column]) != ""
                and project_column not in merged
                and (project_text := known(value) or clean_text(value))  # type: ignore[call-overload]
            ):
                found = parse_project(project_text)
                if found is None:
                    return index  # (a direction's row, 「1.1.1 名前」, a heading or a note)
                if project is not None and project[0] == found.id:
                    found = None  # (the same ID typed again on every row of its project)
            elif project is None:
                return index
            sub_item = None
            if sub_column is not None and (value := line[sub_column]) != "":
                sub_item = known(value) or clean_text(value) or None  # type: ignore[call-overload]
            item = lower = None
            if (value := line[item_column]) != "" and item_column not in merged:
                parsed = items.get(value)
                if parsed is None:
                    parsed = _item_cell(value)
                if not parsed:
                    return index  # (an item without a number, or a repeat listing: numbered.py)
                item, lower = parsed
            if item is not None:
                if found is not None:
                    table.start_project(result, found.id, found.name, row)
                    project_id = found.id
                else:
                    assert project is not None  # (a row under no project: returned above)
                    if table.unrated_item is not None:
                        table.flush(result)  # (the item above, left unrated, said so)
                    project_id = project[0]
                table.item, table.repeat_of = item, None
                seen.append((body, project_id, item.number, item.name))  # (numbered._seen)
            else:
                # a row of the item above: a sub-item, or a lower level in the item column (ア …)
                if found is not None or table.item is None or table.repeat_of is not None:
                    return index
                if lower is not None:
                    sub_item = f"{lower} {sub_item}" if sub_item else lower
                    table.unrated_item = None  # (its item's blank rating: rated by its levels)
                elif sub_item is None and not label:
                    return index  # (no sub-item named: numbered.py says so)
            if label:
                sub_item = f"{sub_item} {label}" if sub_item else label
            name = names[row] if row < named else f"{letter}{row + 1}"
            cell = _new(Location, (file, sheet, name))
            issue = department = ""
            if issue_column is not None and (value := line[issue_column]) != "":
                issue = known(value) or clean_text(value)  # type: ignore[call-overload]
            if department_column is not None and (value := line[department_column]) != "":
                department = known(value) or clean_text(value)  # type: ignore[call-overload]
            add_entry(result, table, cell, sub_item, symbol, status_text, issue, department)
            if values is not None:  # (an indicator's figures: 策定時 | 現状値 | 目標値)
                values.read(grid, row, cell)
        return len(rows)

    return read


def _cell_names(letter: str, rows: list[tuple[int, list[object]]]) -> list[str]:
    """The names of a status column's cells by row (C1, C2, …), made in C once a process:
    down to the sheet's last row, or to twice its stored rows (a row further down, of a sheet
    with a cell far below its table, is named as it comes)."""
    names = _CELL_NAMES.setdefault(letter, [])
    last = min(rows[-1][0], 2 * len(rows)) + 1 if rows else 0
    if len(names) < last:
        names.extend(map(letter.__add__, map(str, range(len(names) + 1, last + 1))))
    return names


_CELL_NAMES: dict[str, list[str]] = {}


# (its item parsed as parse_item parses it, once a value: remembered here, not there too)
_parse_item = parse_item.__wrapped__
_CellSplit = tuple[str, str | None, str]  # (a status cell's text, label and symbol)
# each scale's status cells' values read → what they split into: its texts' splits
# (Scale.splits) looked up by the value as read, in one lookup (the scale held, so that its id
# is no other's)
_CELL_SPLITS: dict[int, tuple[Scale, dict[object, _CellSplit]]] = {}


def _cell_splits(scale: Scale) -> dict[object, _CellSplit]:
    held = _CELL_SPLITS.get(id(scale))
    if held is None or held[0] is not scale:
        if len(_CELL_SPLITS) >= 64:
            _CELL_SPLITS.clear()
        held = _CELL_SPLITS[id(scale)] = (scale, {})
    return held[1]


def _status(value: object, scale: Scale) -> _CellSplit | None:
    """A rated cell's text, label and symbol, where its text is split already (Scale.splits),
    remembered by the cell's value (_cell_splits); None where it is not."""
    text = clean_text(value)
    split = scale.splits.get(text)
    if split is None:
        return None
    status = (text, *split)
    if type(value) is str and len(cells := _cell_splits(scale)) < 10_000:
        cells[value] = status
    return status


def _item_cell(value: object) -> _ItemCell:
    """An item cell's numbered item or lower level (None, None for an empty text), or False
    for one numbered.py reads (an item without its number, a repeat listing)."""
    item = lower = None
    if item_text := clean_text(value):
        # a lower level's mark, 「ア …」 or 「(ア) …」, is no number of parse_item's (they
        # follow a digit): a kana first is asked of parse_lower_level first, a bracket after
        if item_text[0] in KATAKANA:
            lower = parse_lower_level(item_text)
        if lower is None:
            item = _parse_item(item_text)
            if item.number is None and item_text[0] in "(（":
                lower = parse_lower_level(item_text)
    if item is not None and lower is None and (item.number is None or "再掲" in item.name):
        cell: _ItemCell = False
    else:
        cell = (None if lower is not None else item, lower)
    if type(value) is str and len(_ITEM_CELLS) < _ITEM_CELLS_MOST:
        _ITEM_CELLS[value] = cell
    return cell
