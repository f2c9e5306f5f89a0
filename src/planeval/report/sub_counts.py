"""The lines of a table of counts that give, under each group's counts, those of its rows a
column marks (Summary.marked: 川崎市's 「うち重点」, published beside each status's count): a
内数 line named by the column's own title, and the note under the table saying what it counts;
and that column in the export's data sheet. Only where the read has such a column: a read
without one prints as before."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from planeval.cells import file_list
from planeval.count import SubCounts
from planeval.model import Entry, Location
from planeval.scale import Scale

Marks = Mapping[Location, tuple[str, str]]  # (ReadResult.marks: うち重点)

if TYPE_CHECKING:
    from planeval.report.count_rows import CountRow


def sub_rows(
    marked: SubCounts | None,
    key: tuple[str, str] | None,
    id_headers: tuple[str, str],
    scale: Scale,
    decimals: int | None = None,
) -> list[CountRow]:
    """The うち重点 line under the group ``key`` (Group.key; None: 合計), its numbers
    blank where not known (some of the group's rows in a table without the column), with its
    own shares where the table has them (``decimals``: its places; review 78, blank cells under
    each group's); none without marked rows' counts."""
    from planeval.report.count_rows import CountRow
    from planeval.report.tables import percentages

    if marked is None:
        return []
    count = marked.total if key is None else marked.groups.get(key)
    shown = ("", marked.label) if id_headers[1] else (marked.label, "")  # (a body: no names)
    if count is None:
        return [CountRow(*shown, (), 0, (), (), blank=True, sub=True)]
    return [
        CountRow(
            *shown,
            tuple(count.counts[symbol] for symbol in scale.counted),
            count.total,
            tuple(count.uncounted[symbol] for symbol in scale.uncounted),
            () if decimals is None else tuple(percentages(count, decimals).values()),
            sub=True,
        )
    ]


def sub_note(marked: SubCounts | None) -> str:
    """What the うち重点 lines count, said under the table; "" without them: the rows the
    forms' column marks, or, where the plan's column decided (SubCounts.planned), those the plan
    marks, quoting its mark (review 173 #6: the forms' ○ said where the plan's ● was counted)."""
    if marked is None:
        return ""
    known = marked.total is not None and None not in marked.groups.values()
    named = f": {file_list(marked.unmarked)}" if marked.unmarked else ""
    counted = (
        f"計画の「{marked.title}」の列に印（{marked.planned}）のある行の件数です（内数。"
        "調査票の列の印が計画と違う行も、計画の印で数えています）。"
        if marked.planned
        else f"「{marked.title}」の列に印（○ など）のある行の件数です（内数）。"
    )
    return f"「{marked.label}」は、{counted}" + (
        ""
        if known
        else f"空欄は、印の分からない行（「{marked.title}」の列のない表や、列に印でない値の"
        f"ある表の行{named}）を含むため数えていません。"
    )


def mark_title(marks: Mapping[Location, tuple[str, str]], entries: Iterable[Entry]) -> str:
    """The title of the column marking rows (ReadResult.marks) of the first of ``entries`` in
    a table with one, "" where none is: the export's data sheet keeps the column under it,
    after the source's columns — none for a body left out (its scale: 中川市's うち重点, review
    89), whose rows are not written."""
    if not marks:
        return ""
    return next((found[0] for entry in entries if (found := marks.get(entry.location))), "")


def mark_cell(marks: Mapping[Location, tuple[str, str]], entry: Entry, *, unknown: str = "") -> str:
    """An entry's cell in that column: its mark where the column marks its row (as its form
    types it, 川崎市's ●: io/mark_column.py), empty where it does not, ``unknown`` where its
    table has no such column (the data sheet's NO_MARK_COLUMN)."""
    found = marks.get(entry.location)
    return unknown if found is None else found[1]


def one_mark(marks: Marks) -> Marks:
    """``marks`` as the report's tables show them: every marked row with the mark most rows of
    its column carry (the first met where as many), where the departments typed different ones
    — 川崎市's ○ in four 局's forms and ● in 経済労働局's, both 重点, counted alike, printed in
    one column as two kinds (review 147 #8e). The data sheet keeps each as typed."""
    typed: dict[str, Counter[str]] = {}
    for title, mark in marks.values():
        if mark:
            typed.setdefault(title, Counter())[mark] += 1
    most = {title: kinds.most_common(1)[0][0] for title, kinds in typed.items() if len(kinds) > 1}
    if not most:
        return marks
    return {
        place: (title, most[title] if mark and title in most else mark)
        for place, (title, mark) in marks.items()
    }
