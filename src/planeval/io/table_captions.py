"""A table's caption: an unnumbered line right above its header row, under the level heading
of its policy — 群馬県's 「正しく安全にICTを利活用できる人づくり」 between 「基本目標1 …」 and
each of that 基本目標's tables, whose group rows 「(1) 情報モラル教育の推進」 start again at (1)
in each. Where such a table has group rows, and another table of the sheet a caption of
another name, its caption is the level above them, as a numbered sub-heading (施策1-2 …) is:
a direction numbered in the order the sheet's captions under that policy stand (1-1, 1-2),
its name as typed — else each table's 「(1)」 was one project 1-1, two projects' rows
counted together, and every output listed them as one."""

from __future__ import annotations

from typing import NamedTuple

from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.tables import SheetResult, TableState
from planeval.model import Location, Problem, Severity
from planeval.text import bare_heading, clean_text, level_heading, policy_heading, sub_heading

_LONGEST = 40  # (a caption is a short title: longer text is a paragraph)
_BLANK_ROWS = 2  # (blank rows between a caption and its header row)
_NOT_CAPTIONS = ("※", "＊", "*", "注", "(", "（", "[", "［", "<", "＜")  # notes, units, (1) …


Rows = list[tuple[int, list[object]]]


class Caption(NamedTuple):
    """A table's caption: its text and its cell (A5)."""

    text: str
    cell: str


def table_caption(
    grid: SheetGrid, rows: Rows, header: int, headings: tuple[str, ...]
) -> Caption | None:
    """The caption of the table whose header row is ``rows[header]``, where it names a level:
    another table of the sheet, under the same header typed again, has a caption of another
    name (a title above the sheet's one table, or the same above each, 「指標一覧」, names none).
    None where there is none. Asked once a table, where a level heading stands above it."""
    caption = _caption_above(grid, rows, header, headings)
    if caption is None:
        return None
    titles = rows[header][1]
    for at, (_, cells) in enumerate(rows):
        if at != header and cells == titles:
            other = _caption_above(grid, rows, at, headings)
            if other is not None and other.text != caption.text:
                return caption
    return None


def _caption_above(
    grid: SheetGrid, rows: Rows, header: int, headings: tuple[str, ...]
) -> Caption | None:
    """The one text of the row above a header row (blank rows between), a short title that is
    no heading, note or paragraph; None where there is none."""
    at, nearest = header - 1, rows[header][0] - _BLANK_ROWS - 1
    while at >= 0 and rows[at][0] >= nearest and _blank(rows[at][1]):
        at -= 1
    if at < 0 or rows[at][0] < nearest:
        return None
    row, cells = rows[at]
    values = [
        (column, value)
        for column, value in enumerate(cells)
        if value is not None and (row, column) not in grid.continued and clean_text(value)
    ]
    if len(values) != 1 or not isinstance(values[0][1], str):
        return None  # (a row of cells, or a number)
    text = clean_text(values[0][1])
    if len(text) > _LONGEST or "。" in text or text.startswith(_NOT_CAPTIONS):
        return None
    return None if _is_heading(text, headings) else Caption(text, cell_ref(row, values[0][0]))


def _blank(cells: list[object]) -> bool:
    return all(value is None or not clean_text(value) for value in cells)


def _is_heading(text: str, headings: tuple[str, ...]) -> bool:
    return (
        level_heading(text, headings) is not None
        or sub_heading(text, headings) is not None
        or bare_heading(text) is not None
        or policy_heading(text) is not None
    )


def caption_group_slot(table: TableState, result: SheetResult) -> int:
    """The slot of the table's first group row under its caption: the caption set first as
    the level above the groups (TableState.set_group), numbered after the sheet's captions
    under the same policy (SheetResult.captions)."""
    caption, table.caption = table.caption, None
    slots = table.levels.slots
    if caption is None or not slots or slots[0] is None:
        return table.group_slot()
    policy = slots[0][0]
    number = result.captions.get(policy, 0) + 1
    result.captions[policy] = number
    table.set_group(str(number), caption.text)
    return table.group_slot()


_NAMED = 3  # (the unread captions a notice names; the rest it counts)


def unread_captions(result: SheetResult, file: str, sheet: str, word: str) -> None:
    """One notice of the sheet's captions read as no level — a line above each table, under
    its policy's heading, of a table with no group rows under it (南浜市's 「事務事業の再編・
    整理」 over its numbered rows, review 98): its rows are counted under the policy alone, and
    the lines were dropped without a word. It names the first few and counts the rest, with
    the numbering that reads each as the level under the heading."""
    captions = result.unread_captions
    if not captions:
        return
    named = "、".join(f"「{caption.text}」（{caption.cell}）" for caption in captions[:_NAMED])
    rest = f"ほか {len(captions) - _NAMED} 行" if len(captions) > _NAMED else ""
    level = f"{word}の下の段" if word else "見出しの下の段"
    first = captions[0].text
    result.problems.append(
        Problem(
            Location(file, sheet, captions[0].cell),
            Severity.NOTICE,
            f"表の上の行 {named}{rest}は、番号がないため{level}として読んでいません"
            f"（その下の表の行は{word or '見出し'}ごとにまとめて数えています）",
            f"{level}として読むなら、「(1)　{first}」や「1-1　{first}」のように番号を付けてください",
        )
    )
