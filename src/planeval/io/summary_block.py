"""A block of counts a clerk puts under a table, after a blank row: 「集計」, 「評価 | 件数」,
「A | 12」「B | 5」「合計 | 20」, or 「◎ 4件」 lines. It restates the table's counts and is no
part of it: chapter3.py keeps its rows as text, never as rated rows, and reads on below it.

Only a row after a blank row that the walker did not read as rated is looked at, so a table's
own rows cost nothing here. A block is every row down to the next blank row, each of them a
title (one short cell naming a count: 集計, 内訳, 件数), a header of status and count titles
(評価 | 件数 | 割合), or a count (a status or a total label, then only counts: 「A | 12」,
「合計 | 20件」, 「◎ 4件」), with at least one status counted; a rated row names an item.
A table's own total row (合計 | … | 13事業) is the body's stated total (``stated_total``), and one
typing its breakdown in one cell (「計 | 達成A：2　前進B：4 … 計13」) is read as its total with
that breakdown (``typed_breakdown``).
"""

from __future__ import annotations

import functools
import re

from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.headers import Titles, title_key
from planeval.lazy_pattern import LazyPattern
from planeval.scale import Scale
from planeval.text import clean_text, compact

# A total row's label (合計 | … | 13事業): chapter3.py reads one under a table as its stated total.
TOTAL_LABELS = frozenset({"合計", "計", "総計", "小計", "総数"})
_LONGEST = 40  # rows looked at, at most: a block restates a scale's few statuses
_TITLE_WORDS = ("集計", "内訳", "件数")
_COUNT_TITLE = LazyPattern(
    r"^(?:件数|割合|構成比|比率|区分|内訳|.{1,4}数|(?:評価の)?基準)(?:[(（][^)）]*[)）])?$"
)
# (a count's last word; 取組 as bodies spell it, 「合計 | 22取組」: review 161 #1)
_COUNTERS = ("件", "事業", "項目", "指標", "施策", "個", "本", "取組", "取組み", "取り組み")
_COUNTER = "|".join(_COUNTERS)
_COUNT = LazyPattern(rf"^\d[\d,]*(?:\.\d+)?(?:{_COUNTER}|%|％)?(?:[(（][^)）]*[)）])?$")
_STATUS_COUNT = LazyPattern(rf"^(?P<status>.+?)[:：]?(?P<count>\d[\d,]*(?:{'|'.join(_COUNTERS)}))$")


def summary_rows(grid: SheetGrid, row: int, *, scale: Scale, titles: Titles) -> int:
    """How many rows from ``row`` down (to the next blank row) a summary block holds, when
    the row above ``row`` is blank and every row of them is a title, a header or a count
    of one; 0 when they are not such a block."""
    rows = grid.rows
    assert isinstance(rows, dict)
    above = rows.get(row - 1)
    if above and not _blank(above):
        return 0  # (a summary block stands apart from the table above it)
    counted = False
    end = row
    while end - row < _LONGEST and (texts := _texts(rows.get(end))):
        kind = _kind(texts, scale, titles)
        if kind is None:
            return 0
        counted = counted or kind == "status"
        end += 1
    return end - row if counted and end - row < _LONGEST else 0


def _blank(cells: list[object]) -> bool:
    """Whether a row's cells are all empty or spaces (the common answer found in C)."""
    if cells.count(None) + cells.count("") == len(cells):
        return True
    return not any(
        value is not None and (type(value) is not str or value.strip()) for value in cells
    )


def _texts(cells: list[object] | None) -> list[object]:
    """A row's filled cells (numbers as they are, texts cleaned), none for a blank row."""
    if not cells:
        return []
    return [
        value if type(value) in (int, float) else text
        for value in cells
        if value is not None and (type(value) in (int, float) or (text := clean_text(value)))
    ]


def _kind(texts: list[object], scale: Scale, titles: Titles) -> str | None:
    """A block row's kind: "title", "header", "status" (a status's count), "total", or None."""
    first, rest = texts[0], texts[1:]
    if not isinstance(first, str):
        return None
    if not rest:
        if len(first) <= 20 and any(word in first for word in _TITLE_WORDS):
            return "title"
        counted = compact(first)  # (「◎ 4件」, 「計画どおり実施：12件」: ends in a count's word)
        match = _STATUS_COUNT.match(counted) if counted.endswith(_COUNTERS) else None
        if match is None:
            return None
        if compact(match["status"]) in TOTAL_LABELS:
            return "total"
        return "status" if scale.normalise(match["status"]) is not None else None
    if isinstance(rest[0], str) and len(rest) > 1 and not _COUNT.match(compact(rest[0])):
        rest = rest[1:]  # (a status's threshold beside it, 名古屋市's 評価の基準: review 50)
    if all(not isinstance(value, str) or _COUNT.match(compact(value)) for value in rest):
        if compact(first) in TOTAL_LABELS:
            return "total"
        return "status" if scale.normalise(first) is not None else None
    if all(isinstance(value, str) and _header_word(value, titles) for value in texts):
        return "header"
    return None


def _header_word(text: str, titles: Titles) -> bool:
    """A title of a block's header: a status column's (評価, 達成状況) or a count's (件数, 割合)."""
    key = title_key(text)
    return titles.vocabulary.get(key) == "status" or _COUNT_TITLE.match(key) is not None


# 「達成A：2」: a status, a colon and its count; the row's own total after its label, 「計13」
_COLON_COUNT = LazyPattern(r"([:：]\s*)(\d+)(?![\d.,件])")
_OWN_TOTAL = LazyPattern(r"(?:合計|総計|計)\s*[:：]?\s*(\d+)\s*(?:件)?\s*$")


def typed_breakdown(
    row: int, label: str, cells: list[object], start: int
) -> tuple[str, str] | None:
    """(cell, text) of a total row whose one other cell types its breakdown and total, each
    count after a colon (「達成A：2　前進B：4　横ばいC：3　後退D：2　計13」), read as a total row
    with its breakdown (「計 13件（達成A：2件 …）」); None for any other row."""
    texts = [
        (start + i, text) for i, v in enumerate(cells) if v is not None and (text := clean_text(v))
    ]
    if len(texts) != 1 or (total := _OWN_TOTAL.search(texts[0][1])) is None:
        return None
    index, text = texts[0]
    breakdown = _COLON_COUNT.sub(r"\1\2件", text[: total.start()]).strip()
    if breakdown == text[: total.start()].strip():
        return None  # (no count after a colon: not a breakdown)
    return cell_ref(row, index), f"{label} {total[1]}件（{breakdown}）"


# A total row's label, alone in its first own cell, and its count: in the status cell
# (13事業, 13件, 13) or, with its counter, in any other cell (合計 | | 26項目, 計 | 7事業), in a
# common counter or the body's own ([wording] counter: Layout.counters).
_TOTAL_COUNT = LazyPattern(rf"^\d+({_COUNTER})?$")
_COUNTED = LazyPattern(rf"^\d+(?:{_COUNTER})(?:\([^()]*\))?$")  # 110件(うち再掲3件)


# a number and a word, 「22プロジェクト」: a total row's count in a word not read (named_rows.nameless)
_WORDED = LazyPattern(r"^(\d+)([^\d\s%％()（）]{1,10})$")


def unread_count(text: str) -> tuple[str, str] | None:
    """(number, word) of ``text`` (compacted) where it is a number and a word (22プロジェクト)."""
    match = _WORDED.match(text)
    return (match[1], match[2]) if match else None


@functools.lru_cache(maxsize=8)
def _own_counts(counters: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """_TOTAL_COUNT and _COUNTED with the body's own ``counters`` too (「22プロジェクト」)."""
    words = "|".join(re.escape(compact(word)) for word in (*counters, *_COUNTERS))
    return re.compile(rf"^\d+({words})?$"), re.compile(rf"^\d+(?:{words})(?:\([^()]*\))?$")


def stated_total(
    grid: SheetGrid, row: int, cells: list[object], column: int, counters: tuple[str, ...] = ()
) -> tuple[str, str] | None:
    """(cell, text) of a table's total row: 合計 (計, 総計, 小計, 総数) in the row's first own
    cell and a count in its status cell (13事業, 13件, 13) or else in exactly one other cell
    with its counter (26項目, 110件（うち再掲3件）), as "合計 13事業" (a bare number given the
    counter 件), which check reads as a stated total (``column``: the table's status column;
    ``counters``: the body's own, Layout.counters). None for any other row."""
    for first, value in enumerate(cells):
        if value is not None and value != "" and (row, first) not in grid.continued:
            break
    else:
        return None
    if not isinstance(value, str) or len(value) > 8:
        return None  # (most rows passed here: a project or direction row, a note)
    label = compact(value).rstrip(":")
    if label not in TOTAL_LABELS:
        return None
    total_count, counted = _own_counts(counters) if counters else (_TOTAL_COUNT, _COUNTED)
    status = cells[column] if column < len(cells) else None
    breakdown = ""  # (the status cell's 「A2件、B2件…」 beside a count in another cell)
    if status is not None and status != "" and type(status) is not bool:
        count = compact(clean_text(status))  # (a number reads as its digits)
        match = total_count.match(count)
        if match is not None:
            said = f"{label} {count}" if match[1] else f"{label} {count}件"
            return _with_breakdown(grid, row, cells, first, column, said)
        # (「小計 | … | A：2　B：2 … 計：5」 in its status cell, or its breakdown: review 53)
        if typed := typed_breakdown(row, label, [status], column):
            return typed
        if not _DIGIT.search(count):
            return None
        breakdown = f"（{clean_text(status)}）"
    counts = [
        (index, count)
        for index in range(first + 1, len(cells))
        if (row, index) not in grid.continued
        and index != column
        and counted.match(count := compact(clean_text(cells[index])))
    ]
    if not counts and not breakdown:  # (typed in one cell, 「達成A：2　… 計13」: review 42)
        return typed_breakdown(row, label, cells[first + 1 :], first + 1)
    if len(counts) != 1 or _counts_above(grid, row, counts[0][0]):
        return None  # (several, or the sum of a column of counts: 目標 50件 of 10件s)
    ((index, count),) = counts
    return cell_ref(row, index), f"{label} {count}{breakdown}"


def _with_breakdown(
    grid: SheetGrid, row: int, cells: list[object], first: int, column: int, said: str
) -> tuple[str, str]:
    """A total row's count in its status cell (``said``: 「計 15件」), with its breakdown where
    one other cell of the row holds it (計 | 15件 | ◎1件、○10件、△4件)."""
    others = [
        text
        for index in range(first + 1, len(cells))
        if index != column
        and (row, index) not in grid.continued
        and _DIGIT.search(text := clean_text(cells[index]))
    ]
    return cell_ref(row, column), f"{said}（{others[0]}）" if len(others) == 1 else said


_DIGIT = LazyPattern(r"\d")


def _counts_above(grid: SheetGrid, row: int, column: int) -> bool:
    """Whether the rows above hold counts in ``column`` (目標 10件, 実績 8件), its nearest
    value within three rows: a count there in a total row is that column's sum."""
    for above in range(row - 1, max(row - 4, -1), -1):
        value = grid.value(above, column)
        if value is not None and value != "":
            return _TOTAL_COUNT.match(compact(clean_text(value))) is not None
    return False
