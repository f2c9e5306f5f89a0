"""A row of a named table with no rating: a heading or band row (基本目標1 …, 施策1-2 …,
「1-2 名前」), a group row ((1) …, Ⅰ …, 1.1 …) naming the level of the rated rows below it, or
text. Each sets its slot of the table's Levels (levels.py): 0 a heading, then the level
columns, then a sub-heading (TableState.set_group) and a group row under it, then the project."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from planeval.ids import parse_item
from planeval.io.continued_rows import read_unrated_row
from planeval.io.grid import SheetGrid
from planeval.io.levels import group_name
from planeval.io.own_ids import NUMBER_PARTS, own_id_match, split_own_id, typed_id
from planeval.io.table_captions import caption_group_slot
from planeval.io.tables import SheetResult, TableState
from planeval.io.text_rows import under_heading
from planeval.io.unread_bands import unread_band
from planeval.lazy_pattern import LazyPattern
from planeval.scale import Scale
from planeval.text import (
    ROMAN_NUMERALS,
    bare_heading,
    bracketed_heading,
    clean_text,
    level_heading,
    number_value,
    sub_heading,
)

HEADING_SLOT = 0


def read_group_row(
    grid: SheetGrid,
    row: int,
    table: TableState,
    result: SheetResult,
    texts: dict[str, str],
    own: AbstractSet[str],
    headings: tuple[str, ...],
    group_slot: int,
    scale: Scale,
    file: str,
) -> bool:
    """A row with no rating: a heading or band row (基本目標1 …), a group row ((1) …, Ⅰ …,
    1.1 …) naming the level of the rows below it, or text."""
    values = [clean_text(value) for value in grid.row(row)]
    own_values = [
        (column, value)
        for column, value in enumerate(values)
        if value and (row, column) not in grid.continued
    ]
    if not own_values:
        return True
    first = own_values[0][1]
    if len(own_values) == 1 and (
        level_heading(first, headings) is not None
        or bare_heading(first) is not None
        or _sub_heading(first, headings, table)
        or _worded_bracketed(first, headings)
    ):
        # a heading (基本方針2 …, "4　給与の適正化", 施策1-2 …, 施策 (2) …): read_sheet takes it
        return False
    number = texts.get("number", "") if "number" in own else ""
    name_role = "project" if "project" in own else "item" if "item" in own else None
    if name_role is None and len(own_values) == 1 and own_id_match(first):
        table.set_group(*split_own_id(first))  # a band row "1-1 名前"
        return True
    if name_role is None and len(own_values) == 1 and not table.levels.path():
        at = (file, grid.name, row, own_values[0][0])  # (「【第1分野】…」: a band not read)
        unread_band(first, headings, at=at, problems=result.problems)
    if name_role is None:  # an issue text's next line (or a note under the table), else text
        return read_unrated_row(grid, row, table, result, scale, file)
    name = texts[name_role]
    if (
        not number
        and len(own_values) == 1
        and ("。" in name or len(name) > 80 or _LEGEND.fullmatch(name))
    ):
        return False  # a paragraph or legend under the table (「全14指標のうち…」「A：目標達成　B：…」)
    if len(own_values) == 2 and own_values[0][1] == name and not parse_item(name).name:
        name = f"{name} {own_values[1][1]}"  # 「(2) | 学校教育のデジタル化」: two cells, one group
    if number:  # "Ⅰ" over "1.1" over rated "1.1.1"; "(1)" over rated "(1)ア"
        parts = NUMBER_PARTS.findall(number)
        own_id = "-".join(str(number_value(part) or 0) for part in parts) or None
        typed = typed_id(number, own_id)
        if len(parts) == 1 and number.strip() in ROMAN_NUMERALS:
            table.levels.set(HEADING_SLOT, own_id, name, typed)
            result.policy_names.setdefault(table.levels.path()[0][0], name)
        else:
            # the number's level: with projects numbered ("1.1" over rated projects
            # "1.1.1"), "1.1.1" over their items
            assert table.header is not None
            projects = table.header.project_number and not table.numbers_rows
            below = int(len(parts) > 2) if projects else len(parts) - 1
            table.levels.set(group_slot + max(0, below), own_id, name, typed)
            _grouped(table, result)
        return True
    named_group(table, result, group_slot, name)
    return True


def named_group(
    table: TableState, result: SheetResult, group_slot: int, name: str, numbered: bool = False
) -> None:
    """The group a row's one name sets (「(1) 名前」, 「1-2 名前」, or a name of no number);
    only a ``numbered`` one for a rated row naming it, said as a group row rated by mistake
    (review 142 #5: its indicators below read under it, not the group above)."""
    number_first, typed = group_name(name)
    own_id, rest, own_typed = split_own_id(number_first)
    if own_id is None and numbered:
        return
    if own_id is not None and "-" in own_id and not typed:
        table.set_group(own_id, rest, own_typed)  # a band row 「1-2 名前」 over groups (1), (2)
    else:
        start_group(table, result, group_slot, (own_id, rest, own_typed or typed))


def start_group(
    table: TableState,
    result: SheetResult,
    group_slot: int,
    group: tuple[str | None, str, str],
) -> None:
    """The group ``group`` (its ID, name and number as typed) set as a group row sets it: in
    its slot, or under the caption above its table — by a row 「(1) 名前」, or by a rated row
    typing its group's number and its own mark in one cell, 「(1)ア」 (named_rows.group_mark),
    which continues the group a row 「(1) 名前」 above it set (its name kept)."""
    own_id = group[0]
    if table.caption is not None:  # (群馬県's table under 「正しく安全に…人づくり」)
        group_slot = caption_group_slot(table, result, own_id)
    table.levels.set(group_slot, *group)
    if table.caption_direction is not None and own_id is not None:  # (愛知県's 1-(3)
        # under its caption; not the next table's caption, read here before its header)
        held = table.levels.slots[group_slot]
        assert held is not None
        caption = (result.body, *table.caption_direction)
        result.captioned.setdefault(caption, set()).add(held[0])
    _grouped(table, result)


# a legend line: two marks or more, each with its label after a colon (review 71: one under the
# last table was a group row, no preset suggested from it); compiled when first asked (its
# classes of full-width characters cost ~4 M instructions to compile, on a row rarely seen)
_LEGEND = LazyPattern(
    r"[^\s:：]{1,6}\s*[:：=＝]\s*[^\s:：]+(?:\s+[^\s:：]{1,6}\s*[:：=＝]\s*[^\s:：]+)+"
)


def _grouped(table: TableState, result: SheetResult) -> None:
    """A group row set under a sub-heading: its table's is a level of directions."""
    if table.under_sub_heading():
        result.grouped.add(table.first_row)


def _worded_bracketed(text: str, headings: tuple[str, ...]) -> bool:
    """Whether a row's one text is a heading word's bracketed number, 「施策 (2) 地域の
    デジタル活用」 or 「施策（2）…」 (群馬県's, the table of 施策 (1) above it): the next 施策,
    as 施策1-2 is — not a group 「(2) 名前」 of the table above (review 207 #1: its rows read
    under 施策 (1)). A group row is asked, never a rated one."""
    if not text.startswith(headings):  # (most group rows: 「(1) 名前」, no word before it)
        return False
    found = bracketed_heading(text)
    return found is not None and found[2] in headings


def _sub_heading(text: str, headings: tuple[str, ...], table: TableState) -> bool:
    """Whether a row's one text is a sub-heading: worded (施策1-2 …), or 「1-2 名前」 under
    the heading of its policy (基本目標1), which may stand above the next table's header."""
    sub = sub_heading(text, headings)
    if sub is None:
        return False
    if not own_id_match(text):
        return True
    slots = table.levels.slots
    return under_heading(sub[:2], slots[HEADING_SLOT] if slots else None)
