"""compare's list of movements on a terminal where it covers many bodies: per body one line
of counts, the item list left to the files.

Review 156 #6: 1,700 bodies' changes printed 47,799 lines on the terminal, each body's items
one by one, before the counts per 分野 a reader came for. Where the list names more than
MANY_BODIES bodies, the terminal (the rich format) shows instead how many items moved each
way — all bodies first, then each body with any, one line — and says where the list is:
--xlsx writes it to a workbook and -f csv as CSV (every other format, and the workbook, keep
the whole list)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.report.render import TableData
from planeval.wording import Wording, grouped

if TYPE_CHECKING:
    from planeval.cycle.compare import Comparison

# more bodies than this in the list: the terminal shows the counts per body instead
MANY_BODIES = 20
# (the movements in this order, any other after them as the list first says it)
_ORDER = {
    said: place
    for place, said in enumerate(
        ("改善", "評価が上がった", "後退", "評価が下がった", "変化", "追加", "削除")
    )
}
_MARK = re.compile(r"（.*）$")  # (「改善（番号変更）」, 「後退（目標値 1→2（改定））」: 改善, 後退)


def many_bodies(movements: TableData) -> bool:
    """Whether ``movements`` (changes.movement_table) lists more than MANY_BODIES bodies."""
    if movements.headers[:1] != ("団体",):
        return False
    return len({row[0] for row in movements.rows}) > MANY_BODIES


def body_counts(movements: TableData) -> TableData:
    """Per body, how many of its items the list says moved each way (its 変化 column: 改善,
    後退, 変化, 追加, 削除, 今回未集計…, a mark in brackets aside) and 計, 合計 over every
    body first."""
    per_body: dict[str, Counter[str]] = {}
    for row in movements.rows:
        per_body.setdefault(row[0], Counter())[_MARK.sub("", row[-1])] += 1
    total: Counter[str] = Counter()
    for counts in per_body.values():
        total.update(counts)
    kinds = sorted(total, key=lambda kind: _ORDER.get(kind, len(_ORDER)))  # (stable: as met)

    def line(name: str, counts: Counter[str]) -> list[str]:
        shown = [grouped(counts[kind]) if counts[kind] else "" for kind in kinds]
        return [name, *shown, grouped(sum(counts.values()))]

    rows = [line("合計", total), *(line(body, counts) for body, counts in per_body.items())]
    headers = ("団体", *kinds, "計")
    title = f"団体ごとの{movements.title}"
    return TableData(title, headers, rows, numeric=frozenset(range(1, len(headers))))


def listed_where(movements: TableData, wording: Wording, xlsx: Path | None) -> str:
    """The line before body_counts: how many items the list has, and where to read them."""
    listed = f"{wording.item}ごとの変化（{grouped(len(movements.rows))} 件）は"
    where = (
        f"{xlsx} にあります（-f csv で CSV にも書き出せます）"
        if xlsx is not None
        else "、--xlsx でブックに、-f csv で CSV に書き出せます"
    )
    return f"{listed}{' ' if xlsx is not None else ''}{where}。ここでは団体ごとの件数を示します"


def terminal_tables(
    comparison: Comparison,
    movements: TableData,
    counts: TableData,
    wording: Wording,
    xlsx: Path | None,
) -> tuple[list[str], list[TableData]]:
    """What compare shows on a terminal (the rich format): the lines said before its tables and
    the tables — its ``movements`` and the ``counts`` per policy; of many bodies, the counts
    per body and where the list is instead of the list (review 156 #6); none moved, a sentence
    instead of an empty box (changes.no_movement)."""
    said, tables = [], [movements, counts]
    if many_bodies(movements):
        said.append(listed_where(movements, wording, xlsx))
        tables = [body_counts(movements), counts]
    if not movements.rows:
        from planeval.report.changes import no_movement

        said.append(no_movement(comparison))
        tables = tables[1:]
    return said, tables
