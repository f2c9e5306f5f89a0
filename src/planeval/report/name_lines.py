"""A cell of several names joined by 「、」 (an item's co-owning departments, 「市民課、デジタル・
スマートシティ推進課」) as a printed column shows it: where they do not fit on one line, each
line as many whole names as it holds, broken after a 「、」. Word, Excel and LibreOffice fill a
line as far as it goes and printed 「市民課、デジタル・スマー／トシティ推進課」 (review 125 #6);
a name wider than a line of its own still wraps inside itself."""

from __future__ import annotations

import math
from functools import lru_cache

from planeval.ids import name_gap
from planeval.lazy_pattern import LazyPattern
from planeval.report.breaks import TOKENS, is_katakana, phrase_starts
from planeval.report.cell_wrap import SET_WIDER, Advance, Wrap, wrapping
from planeval.report.fold import laid_out

_NAMES = LazyPattern(r"[^、]+、*")  # (each name with the 「、」 after it)
_TAGS = LazyPattern(r"【[^】]*】")  # (「【拡充】」: never broken inside)
_UNIT = 0.1  # mm


def names_on_lines(text: str, room: float, measure: Advance) -> str:
    """``text`` with a line break after each 「、」 a line of ``room`` (as ``measure`` sets a
    text) ends at; as it is where it fits one line, or names nothing apart."""
    if "、" not in text or "\n" in text or measure(text) <= room:
        return text
    lines: list[str] = []
    for name in _NAMES.findall(text):
        if lines and measure(lines[-1] + name) <= room:
            lines[-1] += name
        else:
            lines.append(name)
    return "\n".join(lines)


def phrases_on_lines(
    text: str, room: float, measure: Advance, *, lead: str = "", lines: int = 1
) -> str:
    """``text`` (a name: a project's, an item's; after ``lead``, its ID, on its first line)
    with a line break where each line of ``room`` ends, as fold.py breaks a name: between its
    phrases — after 「・」「、」, around a 【…】 tag, before a bracket, where kanji meets kana —
    and inside a word only where a phrase is wider than a line. Word fills a Japanese line
    anywhere and printed 「庁内システムのクラウ／ド移行率」「推進【拡／充】」 (review 130 #3); where
    the measure has it break between words, a renderer setting it narrower printed 「1-1-1
    防災対策の推／進」, so a name wider than its line is broken wherever it is. As it is where
    it fits one line, where a break would fall inside a 【…】 tag, or where its phrases take
    more lines than Word's and its row's other cells (``lines``) do: a row taller for each
    such name added a page to 浜松市's issue list. A text of several lines (「評価の理由：…」 over
    「今後の方向性：…」) is broken so line by line, each in no more lines than Word's own: Word
    printed 「…今年度は評価対象外とす／る。」 (review 157 #6)."""
    if "\n" in text:
        first, *more = text.split("\n")
        lines_of = [phrases_on_lines(first, room, measure, lead=lead)]
        return "\n".join(lines_of + [phrases_on_lines(line, room, measure) for line in more])
    if measure(f"{lead}{text}") <= room:
        return text

    # (fold.py lays out whole units, here a tenth of a millimetre; each line set as a renderer
    # may set it wider, so that Word breaks none of them again — else, where that takes more
    # lines than it has, as measured: the measure is a text's widest likely width)
    filled, _, _, starts = wrapping(f"{lead}{text}", measure).fill(room)
    # (a line more where Word's would break a run of katakana: 「ノウハ／ウ」, review 145 #4)
    most = max(lines, filled) + _katakana_broken(f"{lead}{text}", starts)
    for wider in (SET_WIDER, 1.0):

        def units(part: str, wider: float = wider) -> int:
            return math.ceil(measure(part) * wider / _UNIT)

        rooms = int((room - measure(lead)) / _UNIT), int(room / _UNIT)
        phrases = laid_out(text, rooms, units, name=True, whole=True)
        if len(phrases) <= most:
            break
    else:
        return text
    at, ends = 0, []
    for line in phrases[:-1]:
        at = text.index(line, at) + len(line)
        ends.append(at)
    tags = [tag.span() for tag in _TAGS.finditer(text)]
    parts = TOKENS.findall(text)
    phrase_at = {len("".join(parts[:at])) for at in phrase_starts(parts)}
    if any(start < end < stop for end in ends for start, stop in tags) or not phrase_at >= {
        end + len(text[end:]) - len(text[end:].lstrip()) for end in ends
    }:  # (a break inside a tag, or where no phrase ends: left to Word, review 201 #1)
        return text
    return "\n".join(phrases)


def _katakana_broken(text: str, starts: list[int]) -> bool:
    """Whether a line starting at each of ``starts`` (parts: breaks.TOKENS) breaks ``text``
    inside a run of katakana."""
    parts = TOKENS.findall(text)
    return any(
        is_katakana(parts[at - 1][-1]) and is_katakana(parts[at][0])
        for at in starts
        if 0 < at < len(parts)
    )


def name_cell(identifier: str, name: str, width: float, wrap: Wrap, *, lines: int) -> str:
    """``name`` after ``identifier`` in a cell of ``width`` (mm) that ``wrap`` fills, broken
    between its phrases in no more than ``lines`` or Word's own (phrases_on_lines)."""
    lead = f"{identifier}{name_gap(identifier)}" if identifier else ""
    room = width - wrap.padding
    return phrases_on_lines(name, room, wrap.advance, lead=lead, lines=lines)


def names_cell(text: str, width: float, wrap: Wrap) -> str:
    """A department cell (``text``: one name or several joined by 「、」) in a cell of ``width``
    that ``wrap`` fills: broken after a 「、」 (names_on_lines), and a name still wider than
    its line between its phrases (phrases_on_lines: 「企画部・」 over 「県民生活部」, two 部
    joined by 「・」, where Word filled the line and printed 「企画部・県民生活／部」: review
    145 #4 — the column is as wide as the widest of its names' words, not of the names)."""
    room = width - wrap.padding
    shown = names_on_lines(text, room, wrap.advance)
    return "\n".join(phrases_on_lines(line, room, wrap.advance) for line in shown.split("\n"))


def figure_cell(text: str, width: float, wrap: Wrap) -> str:
    """A figure with its note in full-width brackets, 「27.1%（速報値）」, in a cell of ``width``
    that ``wrap`` fills: the note on a line of its own where the two do not fit on one — Word
    filled the line, 「27.1%（速／報値）」, in a column as wide as the wider of them
    (table_units.figure_need: not 30 mm for it, review 201 #2)."""
    figure, bracket, note = text.partition("（")
    if not figure.strip() or not bracket or "\n" in text:
        return text
    return text if wrap.advance(text) <= width - wrap.padding else f"{figure}\n{bracket}{note}"


@lru_cache(maxsize=4096)
def cell_lines(text: str, width: float, wrap: Wrap) -> int:
    """The lines ``text`` takes in a cell of ``width`` (mm), as ``wrap`` fills them (each
    measured once: 300 bodies' tables repeat their 課題 and statuses, and the Word writer asks
    a cell's lines for its row's height and again for its text — 10 of 45 s, review 137 #12)."""
    room = width - wrap.padding
    return sum(wrapping(line, wrap.advance).filled(room)[0] for line in text.split("\n"))
