"""How a printed table's columns are measured (table_widths.py): a format's units, and a
column's need from its title and texts (widths.need), a figure column's as its figures
break."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planeval.lazy_pattern import LazyPattern
from planeval.report.cell_wrap import Wrap, header_width, spaced_width
from planeval.report.widths import Measure, Need, need
from planeval.report.word_widths import unbroken

_BRACKETED = LazyPattern("(?=（)")  # (a figure's note, 「（速報値）」: broken before)


@dataclass(frozen=True, slots=True)
class Units:
    """How a format measures a table: a text's width, a cell's padding, the widest title
    word kept whole, the least of a column of free text, and how short of its one line a
    column is given it (widths.shared's ``snap``); ``wrap``: how its renderers wrap a cell;
    ``lead``: whether a name's ID stays on its first line (the Word document's: name_lines);
    ``titles_folded``: whether the renderer writes each title's lines itself, broken between
    its words (the Word document's: docx_counts.title_lines), so a column is no wider for its
    title than the title's widest piece that never breaks (word_widths.unbroken);
    ``name_least``: the issue list's names' least (施策, 取組, an indicator's), else text_least."""

    measure: Measure
    margin: float
    word_up_to: float
    text_least: float
    snap: float
    wrap: Wrap
    lead: bool = False
    titles_folded: bool = False
    name_least: float | None = None


def figure_need(title: str, shown: Sequence[str], units: Units) -> Need:
    """A value column's need: each figure whole (its words: 「97.0%(小)」) and its title
    broken only between its words, its widest text on one line at the most."""
    # (each word, and a note in full-width brackets apart: 「27.1%（速報値）」 goes on two lines,
    # broken before 「（」 as Word and Excel break it, not a 30 mm column for it: review 201 #2)
    words = [word for value in shown for part in value.split() for word in _BRACKETED.split(part)]
    least = column_need(title, words, units, whole=True).least
    # (its title broken only between its words: 「達成率（%）」 in 9 printed 「達成率（」 over
    # 「%）」, review 112 #9; a figure column does not move) — where the renderer leaves that to
    # Excel: Word's titles are folded by hand, and 「基準値（R3）」 kept on one line made 基準値
    # 24 mm wide for 「1,500手続」 (review 201 #2)
    if not units.titles_folded:
        least = header_width(title, least, units.wrap, most=units.measure(title) + units.margin)
    # (a figure and its unit or measure apart, 「実施回数 10回」: whole between its spaces)
    least = spaced_width(shown, least, units.wrap, units.measure, units.margin)
    # (a title folded by hand beside other titles of two lines: the figures' own line the most)
    most = column_need("" if units.titles_folded else title, shown, units).most
    return Need(least, max(least, most))


def column_need(
    header: str,
    values: Sequence[str],
    units: Units,
    *,
    whole: bool = False,
    least: float = 0.0,
    most: float | None = None,
) -> Need:
    """A column's need (widths.need) in ``units``: a title folded by hand (``titles_folded``)
    no wider than its widest piece that never breaks, 「今後の方向性」 of 「課題・今後の方向性」,
    not 8 characters of it (review 201 #2); an ID's or a status's column (``whole``) no
    narrower than its title's widest word: 「達成／状況」 over a column of 「○」 made its header
    two lines tall."""
    folded = units.titles_folded and not whole
    if folded:  # (word_widths measures in whole units: thousandths here)
        least = max(least, unbroken(header, lambda text: round(units.measure(text) * 1000)) / 1000)
    return need(
        header,
        values,
        units.measure,
        margin=units.margin,
        word_up_to=0.0 if folded else units.word_up_to,
        whole=whole,
        least=least,
        most=None if most is None else most - units.margin,
    )
