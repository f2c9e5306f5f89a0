"""A table's caption: an unnumbered line right above its header row, under the level heading
of its policy — 群馬県's 「正しく安全にICTを利活用できる人づくり」 between 「基本目標1 …」 and
each of that 基本目標's tables, whose group rows 「(1) 情報モラル教育の推進」 start again at (1)
in each. Where such a table has group rows, and another table under that policy a caption of
another name with groups from the same number, its caption is the level above them, as a
numbered sub-heading (施策1-2 …) is: a direction numbered in the order the sheet's captions
under that policy stand (1-1, 1-2), its name as typed — else each table's 「(1)」 was one project
1-1, two projects' rows counted together, and every output listed them as one.

愛知県's captions (「行政手続のオンライン化と利便性の向上」) stand over groups numbered through
the 基本方針, (1) (2) under one and (3) (4) under the next, each 局's workbook holding some of
them: there the groups stay the policy's projects, 1-(3), and the caption is only the direction
their rows stand under, numbered alike in every file by io/caption_directions.py."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
from typing import NamedTuple

from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.tables import SheetResult, TableState
from planeval.lazy_pattern import LazyPattern
from planeval.model import Location, Problem, Severity
from planeval.scale import Scale
from planeval.text import (
    bare_heading,
    clean_text,
    level_heading,
    number_value,
    policy_heading,
    sub_heading,
)

_LONGEST = 40  # (a caption is a short title: longer text is a paragraph)
_BLANK_ROWS = 2  # (blank rows between a caption and its header row)
_NOT_CAPTIONS = ("※", "＊", "*", "注", "(", "（", "[", "［", "<", "＜")  # notes, units, (1) …


Rows = list[tuple[int, list[object]]]


class Caption(NamedTuple):
    """A table's caption: its text and its cell (A5); whether another table of the sheet has a
    caption of another name (``levelled``), and, of those, one under the same policy whose groups
    start at the same number as this one's (``restarts``: each table numbers its own)."""

    text: str
    cell: str
    levelled: bool = False
    restarts: bool = False


# a sheet's header rows of one set of titles: each with its caption, and their captions' texts
Alike = tuple[list[tuple[int, Caption | None]], set[str]]


def table_caption(
    grid: SheetGrid,
    rows: Rows,
    header: int,
    headings: tuple[str, ...],
    alike: dict[tuple[object, ...], Alike],
    scale: Scale,
) -> Caption | None:
    """The caption of the table whose header row is ``rows[header]``; None where there is
    none. Asked once a table, where a level heading stands above it; ``alike``: the sheet's
    header rows by their titles, filled as asked (a sheet of 2,000 tables walked its 100,000
    rows once a table: project L of bench/, 7.5× the floor); ``scale``: a status cell's text
    above a header row, the table above's last rated row (「電子調達 ○」), is no caption."""
    caption = _caption_above(grid, rows, header, headings, scale)
    if caption is None:
        return None
    titles = rows[header][1]
    key = tuple(titles)
    if key not in alike:  # (each header row of these titles and its caption, once a sheet)
        found = [
            (at, _caption_above(grid, rows, at, headings, scale))
            for at, (_, cells) in enumerate(rows)
            if cells == titles
        ]
        alike[key] = found, {other.text for _, other in found if other is not None}
    found, texts = alike[key]
    # (levelled by the names alone; the tables are walked only where this one has group rows,
    # to find one restarting them: project L of bench/, 200 of 2,000 tables captioned alike
    # but for a few names, walked every table for each)
    levelled = not texts <= {caption.text}
    first = _first_group(rows, header) if levelled else None
    restarts = first is not None and any(
        other is not None
        and other.text != caption.text
        and _first_group(rows, at) == first
        and not _heading_between(rows, at, header, headings)
        for at, other in found
    )
    return caption._replace(levelled=levelled, restarts=restarts)


def _first_group(rows: Rows, header: int) -> int | None:
    """The number of the group row 「(1) 名前」 right under a header row, None where none is."""
    if header + 1 >= len(rows):
        return None
    texts = [value for value in rows[header + 1][1] if isinstance(value, str) and value.strip()]
    match = _GROUP.match(clean_text(texts[0])) if texts else None
    return None if match is None else number_value(match[1])


_GROUP = LazyPattern(r"[(（]\s*([0-9０-９]+)\s*[)）]")


def _heading_between(rows: Rows, one: int, other: int, headings: tuple[str, ...]) -> bool:
    """Whether a level heading (基本方針3 …) stands between two header rows: another policy's."""
    for _, cells in rows[min(one, other) + 1 : max(one, other)]:
        texts = [value for value in cells if isinstance(value, str) and value.strip()]
        if len(texts) == 1 and level_heading(clean_text(texts[0]), headings) is not None:
            return True
    return False


def _caption_above(
    grid: SheetGrid, rows: Rows, header: int, headings: tuple[str, ...], scale: Scale
) -> Caption | None:
    """The one text of the row above a header row (blank rows between), a short title that is
    no heading, note, paragraph or rating (a sub-item rated in one cell, 「電子調達 ○」, the
    last row of the table above: bench/'s project L said 102 such rows unread as captions);
    None where there is none."""
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
    if text in scale.symbols or scale.splits.get(text) is not None:
        return None
    return None if _is_heading(text, headings) else Caption(text, cell_ref(row, values[0][0]))


def caption_under(
    grid: SheetGrid,
    rows: Rows,
    header: int,
    headings: tuple[str, ...],
    scale: Scale,
    table: TableState,
    sub: tuple[str, str],
    entries: int,
) -> None:
    """The line above a table under a sub-heading ``sub`` (「正しく安全にICTを利活用できる人づくり」
    between 「施策5 …」 and its header row: 群馬県's) is no level, the sub-heading its level: it
    heads the table's rows, the first of them after the sheet's ``entries`` so far
    (TableState.headed, ReadResult.headed), which every output prints under it (review 166 #3:
    dropped from every export). None of the sub-heading's own line (「推進項目(1)　…」, 南浜市's)."""
    caption = _caption_above(grid, rows, header, headings, scale)
    if caption is not None and not (sub[1] and sub[1] in caption.text):
        table.headed = caption.text, entries


def _blank(cells: list[object]) -> bool:
    return all(value is None or not clean_text(value) for value in cells)


def _is_heading(text: str, headings: tuple[str, ...]) -> bool:
    return (
        level_heading(text, headings) is not None
        or sub_heading(text, headings) is not None
        or bare_heading(text) is not None
        or policy_heading(text) is not None
    )


def caption_group_slot(table: TableState, result: SheetResult, group: str | None) -> int:
    """The slot of the table's first group row (``group``: its number) under its caption: a
    caption whose tables each number their groups from (1) set first as the level above them
    (TableState.set_group), numbered after the sheet's captions under the same policy
    (SheetResult.captions); any other, the direction its rows stand under (``group`` one of
    the policy's projects), numbered alike across the files by io/caption_directions.py."""
    caption, table.caption = table.caption, None
    slots = table.levels.slots
    if caption is None or not slots or slots[0] is None:
        return table.group_slot()
    policy = slots[0][0]
    number = result.captions.get(policy, 0) + 1
    result.captions[policy] = number
    if not caption.restarts and group is not None:
        # (an ID no level of the table has: 1-1 is its project (1)'s)
        table.caption_direction = (f"{policy}-0{number}", caption.text)
        return table.group_slot()
    if not caption.levelled:  # (an unnumbered group row under the one caption: none)
        return table.group_slot()
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
