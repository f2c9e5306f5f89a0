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

from planeval.ids import KATAKANA, parse_item, parse_lower_level, parse_project
from planeval.io.grid import SheetGrid
from planeval.io.tables import SheetResult, TableState, add_entry
from planeval.model import Location
from planeval.scale import Scale
from planeval.text import CLEANED, clean_text

QuickRow = Callable[[int, list[object]], bool]  # (row, its cells) → read here or not

_NONE: frozenset[int] = frozenset()
_new = tuple.__new__  # (a Location built as the tuple it is)


def quick_reader(
    table: TableState, grid: SheetGrid, file: str, scale: Scale, result: SheetResult
) -> QuickRow | None:
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
    known = CLEANED.get  # (each cell's text as numbered.py's roles hold it: cleaned once)

    def read(row: int, line: list[object]) -> bool:
        if len(line) < width:
            return False
        value = line[status_column]
        if value not in symbols and (type(value) is not str or splits.get(value) is None):
            return False  # (not rated: chapter3.read_sheet's test of a row, as there)
        merged = continued.get(row, _NONE)
        if status_column in merged:
            return False  # (a rating merged from above: numbered.py tells whose it is)
        status_text = known(value) or clean_text(value)
        split = splits.get(status_text)
        if split is None:
            return False  # (a text not split yet, or no status of the scale)
        label, symbol = split
        if symbol == repeat_symbol:
            return False
        project = table.project
        found = None  # (the next project, where the row starts one)
        if (
            (value := line[project_column]) != ""
            and project_column not in merged
            and (project_text := known(value) or clean_text(value))  # type: ignore[call-overload]
        ):
            found = parse_project(project_text)
            if found is None:
                return False  # (a direction's row, 「1.1.1 名前」, a heading or a note)
            if project is not None and project[0] == found.id:
                found = None  # (the same ID typed again on every row of its project)
        elif project is None:
            return False
        sub_item = None
        if sub_column is not None and (value := line[sub_column]) != "":
            sub_item = known(value) or clean_text(value) or None  # type: ignore[call-overload]
        item = lower = None
        if (
            (value := line[item_column]) != ""
            and item_column not in merged
            and (item_text := known(value) or clean_text(value))  # type: ignore[call-overload]
        ):
            # a lower level's mark, 「ア …」 or 「(ア) …」, is no number of parse_item's (they
            # follow a digit): a kana first is asked of parse_lower_level first, a bracket after
            if item_text[0] in KATAKANA:
                lower = parse_lower_level(item_text)
            if lower is None:
                item = parse_item(item_text)
                if item.number is None and item_text[0] in "(（":
                    lower = parse_lower_level(item_text)
        if item is not None and (number := item.number) is not None:
            name = item.name
            if "再掲" in name:
                return False
            if found is not None:
                table.start_project(result, found.id, found.name, row)
                project_id = found.id
            else:
                assert project is not None  # (a row under no project: returned above)
                table.flush(result)  # (the item above, if left unrated, said so)
                project_id = project[0]
            table.item, table.repeat_of = item, None
            seen.append((body, project_id, number, name))  # (numbered._seen)
        else:
            # a row of the item above: a sub-item, or a lower level in the item column (ア …)
            if found is not None or table.item is None or table.repeat_of is not None:
                return False
            if lower is not None:
                sub_item = f"{lower} {sub_item}" if sub_item else lower
                table.unrated_item = None  # (its item's blank rating: rated by its levels)
            elif item is not None:
                return False  # (an item without a number: numbered.py says so)
            elif sub_item is None and not label:
                return False  # (no sub-item named: numbered.py says so)
        if label:
            sub_item = f"{sub_item} {label}" if sub_item else label
        cell = _new(Location, (file, sheet, f"{letter}{row + 1}"))
        issue = department = ""
        if issue_column is not None and (value := line[issue_column]) != "":
            issue = known(value) or clean_text(value)  # type: ignore[call-overload]
        if department_column is not None and (value := line[department_column]) != "":
            department = known(value) or clean_text(value)  # type: ignore[call-overload]
        add_entry(result, table, cell, sub_item, symbol, status_text, issue, department)
        if values is not None:  # (an indicator's figures: 策定時 | 現状値 | 目標値)
            values.read(grid, row, cell)
        return True

    return read
