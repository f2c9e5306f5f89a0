"""How Word, Excel and LibreOffice wrap a table cell's text, and what each layout costs.

They fill each line as far as it goes and break Japanese between any two characters, 禁則
aside: a character that may not start a line takes the one before it down with it (review 23:
「…見直して実／施。」). So a column's width decides where every text in it breaks: 28 mm
printed 「都市整備部建築指／導課」, 16 mm would print 「都市整備部」 over 「建築指導課」, one
line 「都市整備部建築指導課」. ``Wrapping`` lays a text out as they do and prices each break by
breaks.py's ranks with fold.py's costs (between words little, inside a word much, each line
something), so that a table's widths can be chosen where its texts break between their words
(wrap_widths.between_words); no character is added to a text for it (a zero-width space
would be copied with it).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from planeval.report.breaks import GOOD, INSIDE, TOKENS, WORDS, pieces, ranks
from planeval.report.fold import BREAK_COST, FORCED_COST, LINE_COST
from planeval.report.widths import OPENING_BRACKETS, header_words, widest

Advance = Callable[[str], float]
# a header broken inside one of its words (「対象外（評価対象／外）」) costs this more than the
# break itself: a title is a line taller rather than that; but a longer word is a phrase
# (「次年度以降計画を見直す」), broken where a word of it ends (widths' word_up_to: 8)
HEADER_COST = BREAK_COST[INSIDE] + LINE_COST
PHRASE = 8
# a line full just before a character that may not start the next (「。」「）」) or just after
# one that may not end it (「（」) is set otherwise by each renderer: Word takes the character
# before down with it, LibreOffice starts the line with 「。」 (review 113: 「…達した／。」「（累計
# ／）」, review 112: 「達成率（／%）」); either way a width at which no line falls there is better
KINSOKU_COST = HEADER_COST
# the measure is a line's widest likely width; LibreOffice set 23 wide characters in a column
# the measure gives 22 (review 113: 「…見直しが課題／。」), so a line is judged as set this wider too
SET_WIDER = 1.0625
_SPACED_MOST = 200  # the widest figures with spaces kept whole between them (spaced_width)


def advance(full: float, half: float, space: float, *, autospace: float = 0.0) -> Advance:
    """A text's width, ``full`` a wide character (kanji, kana, ◎), ``space`` a space, ``half``
    any other, added up as a renderer sets them on a line; ``autospace`` where a kanji or kana
    meets a Latin letter or a digit (script_changes)."""

    def measured(text: str) -> float:
        wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WFA")
        spaces = text.count(" ")
        width = wide * full + spaces * space + (len(text) - wide - spaces) * half
        return width + autospace * script_changes(text) if autospace else width

    return measured


def script_changes(text: str) -> int:
    """How often a wide letter (kanji, kana: not a bracket or a mark) meets a Latin letter or
    a digit in ``text``: Word and LibreOffice set a space there (autoSpaceDE/DN, about a fifth
    of an em in LibreOffice), so 「年4回」 is wider than its characters (review 82: 「年4／回」 in
    a column measured to hold it)."""
    kinds = [_script(ch) for ch in text]
    return sum(1 for a, b in pairwise(kinds) if a and b and a != b)


def _script(character: str) -> str:
    if character.isascii():
        return "latin" if character.isalnum() else ""
    wide = unicodedata.east_asian_width(character) in "WF"
    return "wide" if wide and unicodedata.category(character)[0] == "L" else ""


@dataclass(frozen=True, slots=True)
class Wrap:
    """How a format's renderers wrap a cell's text: a text's width as they set it
    (``advance``, a likely width where a format's measure for a text's line is the widest),
    the padding they leave in a cell, the step by which a column's width is tried (a quarter
    of a wide character), and the lines a text is given in a column of a width where the
    format sets its rows' heights itself (``heights``; Word lays them out)."""

    advance: Advance
    padding: float
    step: float
    heights: Callable[[str, float], int] | None = None


@dataclass(frozen=True, slots=True)
class Wrapping:
    """A text's parts (breaks.tokens: a Latin word, a space, any other character), their
    widths, whether each is a space, and the cost of a line breaking before each (None: no
    line breaks there, 禁則 or the text's start)."""

    sizes: tuple[float, ...]
    spaces: tuple[bool, ...]
    costs: tuple[int | None, ...]
    width: float  # (on one line)

    def laid_out(self, room: float) -> tuple[int, int]:
        """Its lines and the cost of its breaks, each line filled as far as ``room`` goes; a
        break no line may take moved back to the last that one may (a part alone on a line
        wider than it left there, as a renderer cuts it); KINSOKU_COST more where a line
        falls where 禁則 moves its break, in ``room`` or in up to SET_WIDER more."""
        lines, cost, moved = self.filled(room)
        if moved or self.kinsoku(room * SET_WIDER):
            cost += KINSOKU_COST
        return lines, cost

    def kinsoku(self, room: float, *, wider: float = 1.0) -> bool:
        """Whether a line falls where 禁則 moves its break in ``room`` (or in ``wider``
        times it too)."""
        rooms = (room, room * wider) if wider != 1.0 else (room,)
        return any(self.width > r and self.filled(r)[2] for r in rooms)

    def filled(self, room: float) -> tuple[int, int, bool]:
        """laid_out's lines and the cost of its breaks, and whether a line fell where 禁則
        moves its break."""
        lines, cost, moved, _ = self.fill(room)
        return lines, cost, moved

    def fill(self, room: float) -> tuple[int, int, bool, list[int]]:
        """filled's, and the part each line after the first starts at."""
        starts: list[int] = []
        if self.width <= room:
            return 1, 0, False, starts
        sizes, spaces, costs = self.sizes, self.spaces, self.costs
        lines, cost, start, used, trailing, at = 1, 0, 0, 0.0, 0.0, 0
        moved = False
        while at < len(sizes):
            if spaces[at]:
                trailing += sizes[at]  # (shown only before more text on its line)
                at += 1
                continue
            if at == start or used + trailing + sizes[at] <= room:
                used, trailing, at = used + trailing + sizes[at], 0.0, at + 1
                continue
            back = next((k for k in range(at, start, -1) if costs[k] is not None), None)
            lines += 1
            cost += FORCED_COST if back is None else costs[back] or 0
            moved = moved or back not in (at, None)
            at = at if back is None else back
            starts.append(at)
            while at < len(sizes) and spaces[at]:
                at += 1
            start, used, trailing = at, 0.0, 0.0
        return lines, cost, moved, starts


def wrapping(text: str, measure: Advance, *, header: bool = False) -> Wrapping:
    """``text`` (one line of it) as a renderer wraps it; a ``header`` breaks for free between
    its words (widths.header_words: at a space, before an opening bracket), inside a phrase
    (a word of more than PHRASE characters) where a word of it ends, and at HEADER_COST more
    anywhere else."""
    parts = TOKENS.findall(text)
    costs: list[int | None] = []
    phrase = False  # (whether the header's word a part is in is a phrase)
    for index, rank in enumerate(ranks(parts)):
        boundary = parts[index].isspace() or (index > 0 and parts[index - 1].isspace())
        if header and (index == 0 or boundary or parts[index][0] in OPENING_BRACKETS):
            first = header_words("".join(parts[index:]))[:1]
            phrase = bool(first) and len(first[0].strip()) > PHRASE
        if rank is None:
            costs.append(None)
        elif not header:
            costs.append(BREAK_COST[rank])
        elif boundary or parts[index][0] in OPENING_BRACKETS:
            costs.append(0)
        else:
            costs.append(BREAK_COST[rank] + (0 if phrase and rank <= GOOD else HEADER_COST))
    # (each part measured after the character before it: a space set where scripts meet)
    before = ["", *(part[-1] for part in parts)][: len(parts)]
    sizes = tuple(measure(b + part) - measure(b) for b, part in zip(before, parts, strict=True))
    return Wrapping(sizes, tuple(p.isspace() for p in parts), tuple(costs), sum(sizes))


def header_width(header: str, least: float, wrap: Wrap, *, most: float) -> float:
    """The least width from ``least`` up to ``most`` at which renderers break ``header`` only
    between its words (each width judged with a step either side too): 「対象外（評価対象外）」
    on one line, never 「対象外（評価対象」 over 「外）」; ``most`` where none does."""
    wrapped = [wrapping(line, wrap.advance, header=True) for line in header.split("\n")]
    width = least
    while width < most:
        rooms = [width + move * wrap.step - wrap.padding for move in (-1, 0, 1)]
        if all(w.laid_out(room)[1] < HEADER_COST for w in wrapped for room in rooms):
            return width
        width += wrap.step
    return max(most, least)


def text_width(texts: Iterable[str], least: float, wrap: Wrap, *, most: float) -> float:
    """The least width from ``least`` up to ``most`` at which no line of ``texts`` falls
    where 禁則 moves its break (laid_out: set as measured or up to SET_WIDER; each width
    judged with a step either side too), so that a template's 「人事課（共管: 情報政策課）」
    never prints with 「）」 alone on a line; ``most`` where none does."""
    wrapped = [wrapping(line, wrap.advance) for text in set(texts) for line in text.split("\n")]
    width = least
    while width < most:
        rooms = [width + move * wrap.step - wrap.padding for move in (-1, 0, 1)]
        if not any(w.kinsoku(room, wider=SET_WIDER) for w in wrapped for room in rooms):
            return width
        width += wrap.step
    return max(most, least)


def spaced_width(
    shown: Iterable[str], least: float, wrap: Wrap, measure: Callable[[str], float], margin: float
) -> float:
    """The least width from ``least`` at which renderers break each of the ``shown`` values
    with a space (figures with their words apart: 「実施回数 10回」) only at its spaces, as set
    (with a step either side) and as set up to SET_WIDER: a renderer filling a line printed
    「実施回数 10」 over 「回」 — a line filled past a break the renderer may take (10／回),
    though breaks.py keeps a number with its counter — and Word 「実施」 over 「回数 9回」
    (review 149 #9); the widest one's on one line where none does. Only the widest
    _SPACED_MOST are tried: a column of 100,000 rows' figures is measured in seconds else."""
    spaced = sorted({value for value in shown if " " in value.strip()}, key=measure)
    if not spaced:
        return least
    most = measure(spaced[-1]) + margin
    wrapped = [wrapping(text, wrap.advance, header=True) for text in spaced[-_SPACED_MOST:]]
    width = least
    while width < most:
        room = width - wrap.padding
        rooms = (room - wrap.step, room, room + wrap.step, room / SET_WIDER)
        if all(_at_spaces(w.filled(r)) for w in wrapped for r in rooms):
            return width
        width += wrap.step
    return max(most, least)


def _at_spaces(filled: tuple[int, int, bool]) -> bool:
    _lines, cost, moved = filled
    return cost < HEADER_COST and not moved


def phrase_width(
    width: float, statuses: Sequence[str], wrap: Wrap, measure: Advance, *, margin: float
) -> float | None:
    """The status column's width where a whole-phrase status is wider than its ``width``:
    as wide as keeps whole each piece of it between two scripts (breaks.pieces' WORDS), and
    every shorter status — 「次年度以降計画を」 over 「見直す」, 「計画どおり完了」 on its line,
    where 34 mm printed 「次年度以降計画を見直」 over 「す」 (review 106); None where none is
    wider, or the pieces are not narrower (a sub-item's 「電子申請 ◎」 wraps as it goes)."""
    shown = {status for status in statuses if " " not in status}
    room = width - wrap.padding  # (as the format's renderers fill a line)
    wide = {s for s in shown if wrapping(s, wrap.advance).laid_out(room)[0] > 1}
    if not wide:
        return None
    words = [word for status in wide for word in pieces(status, worst=WORDS)]
    found = widest([*words, *(shown - wide)], measure) + margin + wrap.step
    return found if found < width else None
