"""The common row of a Setagaya-style table (numbered.py), read with a few lookups: a rated row
naming a new item of the current project or starting the next one (「1-1-2 名前」 | 「① 名前」 | ◎),
or rating a sub-item of the item above (「ア …」 in the item or sub-item column, 「電子調達 ○」
under a merged item cell); a repeat listing of one rated as such (「③ …（1-1-1①再掲）」 | -); an
item with a blank status right under a rated row, which its lower levels (ア, イ …) may rate.

``quick_reader`` makes one reader per ID table, its columns and the sheet's constants looked
up once: the first step of numbered.py's reading, not a second reader — it changes nothing
until it knows the row is one of those, then does what numbered.read_table_row would. Any
other row (a heading, a direction's row, a rating merged from above, anything numbered.py
would say something of) gives False, untouched, for chapter3.read_sheet's general path."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Literal

from planeval.ids import KATAKANA, ItemNumber, parse_item, parse_lower_level, parse_project
from planeval.io.example_rows import ENDINGS
from planeval.io.grid import SheetGrid
from planeval.io.headers import status_titled
from planeval.io.left_rows import wait_blank
from planeval.io.repeats import repeat_mark
from planeval.io.summary_block import stated_total
from planeval.io.tables import SheetResult, TableState
from planeval.model import Entry, Location
from planeval.scale import Scale
from planeval.text import CLEANED, clean_text

QuickRows = Callable[[list[tuple[int, list[object]]], int, int], tuple[int, int]]
# (the sheet's rows, the first to read and the last row read as rated or as a header row →
# the first row not read there and the last rated: rows read one after another in one call,
# most of a table's, not one call a row)

_NONE: frozenset[int] = frozenset()
_new = tuple.__new__  # (a Location built as the tuple it is)
# an item cell's value → (its numbered item, or its lower level's text, and the item a repeat
# listing's name points at), or False for one numbered.py reads (no number): each distinct
# value read once — most cells of a column repeat a few values (①, ア …), none cleaned, told
# from a mark and parsed again
_ItemCell = tuple[ItemNumber | None, str | None, str | None] | Literal[False]
_BLANK = ("", None, "")  # (a blank status cell's text, label and symbol: rated by none)
_ITEM_CELLS: dict[object, _ItemCell] = {}
_ITEM_CELLS_MOST = 65_536


def quick_reader(
    table: TableState, grid: SheetGrid, file: str, scale: Scale, result: SheetResult
) -> QuickRows | None:
    """The reader of an ID table's common rows; None on a sheet with unsaved formulas or
    errors (every row of it read by numbered.py, which says so where they are), or a table
    whose ratings are asked against its other status column (blank_beside: io/blank_reads.py)."""
    if grid.unsaved_formulas or grid.has_errors or table.blank_beside:
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
    own_columns = {*columns.values(), *(table.header.levels if table.header else ())}
    continued, symbols, splits = table.continued, frozenset(scale.symbols), scale.splits
    repeat_symbol, sheet, letter = scale.repeat_symbol, grid.name, table.status_letter
    body, seen, values, titles = result.body, result.items_seen, table.values, table.titles
    statuses = _cell_splits(scale)  # (a status cell's value → its text, label and symbol)
    items = _ITEM_CELLS
    known = CLEANED.get  # (each cell's text as numbered.py's roles hold it: cleaned once)
    choose = scale.choose()  # (what a blank status's error asks for, where nothing beside says)

    def read(rows: list[tuple[int, list[object]]], start: int, filled: int) -> tuple[int, int]:
        names = _cell_names(letter, rows)
        named = len(names)
        entries = result.entries
        added = len(entries)
        # the entry's fields of the current project, read once a project (from the table here,
        # and again where a row starts the next: nothing else changes them in this call)
        policy_id, direction_id, project_id, project_name, policy, direction, typed = (
            _project_fields(table, result)
        )
        for index in range(start, len(rows)):
            row, line = rows[index]
            if len(line) < width:
                break
            value = line[status_column]
            status = statuses.get(value)
            if status is None:
                if value == "" or value is None:
                    # (an item whose lower levels below may rate it: read where
                    # chapter3.read_sheet would give it to numbered.py — right under a rated
                    # row, being no header row nor a table's total row, told below)
                    if filled != row - 1 or titles is None:
                        break
                    status = _BLANK
                elif value not in symbols and (type(value) is not str or splits.get(value) is None):
                    break  # (not rated: chapter3.read_sheet's test of a row)
                else:
                    status = _status(value, scale)
                    if status is None:
                        break  # (a text not split yet, or no status of the scale)
            merged = continued.get(row, _NONE)
            if status_column in merged:
                break  # (a rating merged from above: numbered.py tells whose)
            status_text, label, symbol = status
            project = table.project
            found = None  # (the next project, where the row starts one)
            if (
                (value := line[project_column]) != ""
                and project_column not in merged
                and (project_text := known(value) or clean_text(value))  # type: ignore[call-overload]
            ):
                found = parse_project(project_text)
                if found is None:
                    break  # (a direction's row, 「1.1.1 名前」, a heading, a note)
                if project is not None and project[0] == found.id:
                    found = None  # (the same ID typed again on every row of its project)
            elif project is None:
                break
            sub_item = None
            if sub_column is not None and (value := line[sub_column]) != "":
                sub_item = known(value) or clean_text(value) or None  # type: ignore[call-overload]
            item = lower = repeat_of = None
            if (value := line[item_column]) != "" and item_column not in merged:
                parsed = items.get(value)
                if parsed is None:
                    parsed = _item_cell(value)
                if not parsed:
                    break  # (an item without a number: numbered.py)
                item, lower, repeat_of = parsed
            elif status is _BLANK:
                break  # (no item of its own: numbered.py)
            name = names[row] if row < named else f"{letter}{row + 1}"  # (its status cell)
            if item is not None:
                if status is _BLANK:
                    if sub_item is not None:
                        break  # (a sub-item's blank status: said at once)
                    # (no header row nor a table's total row: told only now, a direction's
                    # row being told above by its cells at less cost)
                    assert titles is not None  # (a blank status is read under titles alone)
                    if status_titled(line, titles) or stated_total(
                        grid, row, line, status_column, titles.counters
                    ):
                        break
                elif repeat_of is None:
                    if symbol == repeat_symbol:
                        break  # (a repeat's symbol on an item repeating none)
                elif symbol != repeat_symbol and repeat_symbol is not None:
                    break  # (a repeat listing rated as an item)
                if found is not None:
                    table.start_project(result, found.id, found.name, row)
                    policy_id, direction_id, project_id, project_name, policy, direction, typed = (
                        _project_fields(table, result)
                    )
                elif table.unrated_item is not None:
                    table.flush(result)  # (the item above, left unrated, said so)
                table.item, table.repeat_of = item, repeat_of
                number, item_label, item_name = item
                seen.append((body, project_id, number, item_name))  # (numbered._seen)
                if status is _BLANK:  # (its error waits for its lower levels: numbered.py)
                    cell = _new(Location, (file, sheet, name))
                    said = _written(line, issue_column, department_column)
                    fix = choose
                    if said[0] or _beside(line, status_column, own_columns):  # (its status?)
                        from planeval.io.blank_status import blank_fix

                        fix = blank_fix(scale, table, row, said[0], line)
                    wait_blank(result, table, cell, fix, said, line)
                    continue
            else:
                # a row of the item above: a sub-item, or a lower level in the item column (ア …)
                if status is _BLANK or found is not None or table.item is None:
                    break
                if (
                    (symbol == repeat_symbol)
                    if table.repeat_of is None
                    else (symbol != repeat_symbol and repeat_symbol is not None)
                ):
                    break  # (a repeat listing's row rated: numbered.py says so)
                if lower is not None:
                    sub_item = f"{lower} {sub_item}" if sub_item else lower
                    table.unrated_item = None  # (its item's blank rating: rated by its levels)
                elif sub_item is None and not label:
                    break  # (no sub-item named: numbered.py says so)
                number, item_label, item_name = table.item
                repeat_of = table.repeat_of
            if label:
                sub_item = f"{sub_item} {label}" if sub_item else label
            cell = _new(Location, (file, sheet, name))
            issue = department = ""
            if issue_column is not None and (value := line[issue_column]) != "":
                issue = known(value) or clean_text(value)  # type: ignore[call-overload]
            if department_column is not None and (value := line[department_column]) != "":
                department = known(value) or clean_text(value)  # type: ignore[call-overload]
            # (add_entry's entry, built here as the tuple it is: its project's fields read once
            # a project, its item's once an item, not a call and a dozen lookups a row)
            entries.append(
                _new(
                    Entry,
                    (
                        cell,
                        policy_id,
                        direction_id,
                        project_id,
                        project_name,
                        number,
                        item_label,
                        item_name,
                        sub_item,
                        symbol,
                        status_text,
                        issue,
                        department,
                        direction,
                        policy,
                        repeat_of,
                        body,
                        typed,
                    ),
                )
            )
            if values is not None:  # (an indicator's figures: 策定時 | 現状値 | 目標値)
                values.read(grid, row, cell)
            filled = row
        else:
            index = len(rows)
        if len(entries) > added:
            table.last_entry = len(entries) - 1
        return index, filled

    return read


def _written(line: list[object], *columns: int | None) -> tuple[str, str]:
    """The row's issue and department as typed (its ``columns``' texts, "" where none): a row
    its blank status leaves out shows them (io/tables.left_in_error)."""
    issue, department = (
        "" if column is None or line[column] == "" else clean_text(line[column])
        for column in columns
    )
    return issue, department


def _project_fields(table: TableState, result: SheetResult) -> tuple[str, ...]:
    """The fields of an entry of the table's current project, as add_entry gives them: its
    policy's and direction's IDs, its ID and name, its policy's and direction's names and its
    number as typed (none before the table's first project: no row is read under none)."""
    if table.project is None:
        return ("",) * 7
    policy_id, direction_id = table.policy_id, table.direction_id
    return (
        policy_id,
        direction_id,
        *table.project,
        result.policy_names.get(policy_id, ""),
        result.direction_names.get(direction_id, ""),
        table.project_label,
    )


def _cell_names(letter: str, rows: list[tuple[int, list[object]]]) -> list[str]:
    """The names of a status column's cells by row (C1, C2, …), made in C once a process:
    down to the sheet's last row, or to twice its stored rows (a row further down, of a sheet
    with a cell far below its table, is named as it comes)."""
    names = _CELL_NAMES.setdefault(letter, [])
    last = min(rows[-1][0], 2 * len(rows)) + 1 if rows else 0
    if len(names) < last:  # (an f-string a name: fewer steps than a str and a concatenation)
        names += [f"{letter}{number}" for number in range(len(names) + 1, last + 1)]
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
    """An item cell's numbered item or lower level (None, None for an empty text) and what a
    repeat listing's name points at, or False for one numbered.py reads (an item without its
    number)."""
    item = lower = None
    # (a printable text without Excel's escapes, most item cells, is cleaned by trimming it, as
    # clean_text tells: done here, not by its call and its cache of every text, each distinct
    # value being read here once and remembered below)
    plain = type(value) is str and "_x" not in value and value.isprintable()
    if item_text := value.strip() if plain else clean_text(value):  # type: ignore[attr-defined]
        # a lower level's mark, 「ア …」 or 「(ア) …」, is no number of parse_item's (they
        # follow a digit): a kana first is asked of parse_lower_level first, a bracket after
        if item_text[0] in KATAKANA:
            lower = parse_lower_level(item_text)
        if lower is None:
            item = _parse_item(item_text)
            if item.number is None and item_text[0] in "(（":
                lower = parse_lower_level(item_text)
    if item is not None and lower is None and (item.number is None or item.name.endswith(ENDINGS)):
        cell: _ItemCell = False  # (… or 「① …（記入例）」, a form's example row: chapter3.py)
    elif lower is not None or item is None:
        cell = (None, lower, None)
    else:  # (a repeat listing's name points at the item it repeats: numbered.py's reading)
        cell = (item, None, repeat_mark(item.name) if "再掲" in item.name else None)
    if type(value) is str and len(_ITEM_CELLS) < _ITEM_CELLS_MOST:
        _ITEM_CELLS[value] = cell
    return cell


def _beside(line: Sequence[object], status: int, own: Collection[int]) -> bool:
    """Whether a cell either side of the status cell, not one of the row's ``own`` (its name,
    number, department), holds anything: a rating typed one column over (blank_fix asks)."""
    return any(
        0 <= column < len(line) and column not in own and line[column] not in (None, "")
        for column in (status - 1, status + 1)
    )
