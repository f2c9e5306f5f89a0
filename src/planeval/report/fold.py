"""Text folded to a terminal's width as Japanese is set: between any two characters, never
inside a number, an ID or a Latin word that fits a line (rich breaks at spaces only, leaving
「①」 or 「1-1-1 ICT」 alone on a line and the rest of a name on the next).

How wide a text is drawn depends on the console (``console_measure``): a Japanese Windows
console, or a file written in cp932 and opened in a Japanese editor, draws ◎ ○ △ × ① ※ two
cells wide — every character of two bytes in cp932 — where rich counts one (Unicode's
"ambiguous" width), and a box measured by rich would have its borders out of line. A terminal
table's cells, a file's name among them, are folded by report/cell_folds.py."""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from typing import IO

from planeval.report.breaks import (
    BRACKETED_UP_TO,
    INSIDE,
    KANA,
    PARTICLE,
    TOKENS,
    is_katakana,
    phrase_starts,
    ranks,
    word_ends,
)

Measure = Callable[[str], int]


def console_measure(stream: IO[str] | None) -> Measure:
    """How many cells a text takes where ``stream`` is shown: a cp932 stream, or a Japanese
    Windows console (code page 932) that Python writes in UTF-16, as ``cp932_width``; rich's
    count elsewhere, and in Windows Terminal, which draws ambiguous characters narrow."""
    from rich.cells import cell_len

    if os.environ.get("WT_SESSION"):
        return cell_len
    encoding = getattr(stream, "encoding", None) or ""
    try:
        japanese = codecs.lookup(encoding).name in _JAPANESE if encoding else False
    except LookupError:
        japanese = False
    if japanese or _windows_console_932(stream):
        return cp932_width
    return cell_len


_JAPANESE = {"cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213", "euc_jp"}


def _windows_console_932(stream: IO[str] | None) -> bool:
    if sys.platform != "win32" or stream is None or not stream.isatty():
        return False
    try:
        import ctypes

        return bool(getattr(ctypes, "windll").kernel32.GetConsoleOutputCP() == 932)  # noqa: B009
    except (AttributeError, OSError):
        return False


def cp932_width(text: str) -> int:
    """Cells as a Japanese console draws ``text``: one a byte in cp932 (a kanji, ◎ or ① two;
    half-width katakana one); a character cp932 lacks as rich counts it."""
    if text.isascii():
        return len(text)
    try:
        return len(text.encode("cp932"))
    except UnicodeEncodeError:
        from rich.cells import cell_len

        return sum(cp932_width(char) if _in_cp932(char) else cell_len(char) for char in text)


def _in_cp932(char: str) -> bool:
    try:
        char.encode("cp932")
    except UnicodeEncodeError:
        return False
    return True


def folded(
    text: str,
    first: int,
    width: int | None = None,
    measure: Measure | None = None,
    *,
    name: bool = False,
    phrases: bool = False,
) -> list[str]:
    """``text`` cut into lines of at most ``first`` cells, then ``width`` (a wide character
    is two; cells counted by ``measure``, rich's by default), in as few lines as it takes,
    each broken where a word ends where it can (breaks.py: after 「_」「›」「、」, at a change of
    script, between two-kanji words: 「計画どおり」 over 「完了」; then before a particle, then
    between two kana) — a sentence is not made taller for that (review 21) — and made a line
    taller rather than broken inside a word: a run of katakana, a kanji word, a number
    (review 22: 「ベン／ダー」「デジタル支／援員」); never inside an ID or a Latin word that fits
    a line (「ICT」, 「123,456」), never before 「、」「）」「ー」 or after 「（」, no line starting
    with a space; of the layouts as good, the one whose lines are the most even. A ``name``
    (a short text, read as one) is not broken between two kana of a word either where a line
    more keeps it whole (_NAME_COST). A note's ``phrases`` (「5団体のうち4団体の行を数えました。」
    「数えた行のない団体：」 「青葉市（エラーのため）」) are broken between them, after 「。」「：」
    「、」, where a line more keeps them whole (_PHRASE_ENDS), not 「数えた／行のない団体」."""
    if measure is None:  # (--help gives its own: no rich imported for it, cli/help_text.py)
        from rich.cells import cell_len

        measure = cell_len
    size_of = measure
    if size_of(text) <= first and "\n" not in text:
        return [text]  # (most lines: nothing to rank)
    lines: list[str] = []
    for number, paragraph in enumerate(text.split("\n")):
        room = first if number == 0 else width or first
        lines += laid_out(paragraph, (room, width or first), size_of, name=name, phrases=phrases)
    return lines


# what a break costs, by its rank (breaks.py: after a mark, between words, between kanji words,
# before a particle, between kana, after an ID, inside a word), against a line more: a text is a
# line taller rather than broken inside a word or after an ID, for nothing less; a word wider than
# a line is cut where it must be, a break no line takes (before 「）」) only where nothing fits
BREAK_COST = (0, 1, 2, 4, 6, 12, 25)
LINE_COST = 10
# a name's (a short text, read as one: word_widths.NAME_UP_TO) break between two kana of a word
# costs as one inside a word: 「多言語化に」 over 「おけるICTの」 over 「活用」, not 「多言語化におけ」
# over 「るICTの活用」 (review 86)
_NAME_COST = BREAK_COST[INSIDE]
# where a note's phrase ends: a break anywhere else in it costs a line more, and thrice its
# rank's (fold's ``phrases``: 「…行を」 over 「数えました。」 rather than 「…数えま」 over 「した。…」)
_PHRASE_ENDS = frozenset("。：、")
_CUT = 60
FORCED_COST = 200
# a break inside a bracketed group of a name or a note (「（未提出、令和2年度の調査票）」), where
# the group fits a line, costs as one inside a word and a line more: the xlsx 集計 note printed
# 「…含めていません（未提出」 over 「（令和2年度の調査票））。」 (review 183, left over)
_GROUP_COST = BREAK_COST[INSIDE] + LINE_COST


def _groups(parts: Sequence[str]) -> list[tuple[int, int]]:
    """The outermost bracketed groups of ``parts`` (fold's tokens), nested ones inside them:
    (the opening bracket's index, the closing one's)."""
    found, opened = [], []
    for at, part in enumerate(parts):
        if part in "（(":
            opened.append(at)
        elif part in "）)" and opened:
            start = opened.pop()
            found += [] if opened else [(start, at)]
    return found


def laid_out(
    text: str,
    rooms: tuple[int, int],
    size_of: Measure,
    *,
    name: bool = False,
    phrases: bool = False,
    whole: bool = False,
) -> list[str]:
    """``text`` (one line of its own) in lines of ``rooms`` cells (the first, the others), at
    the least cost (``BREAK_COST``, ``LINE_COST``), then the least sum of each line's room left
    squared (all but the last), then the fullest first lines: every layout is weighed, not only the one that fills each
    line first (which broke 「ベン／ダー」 where 「ベンダー」 fit the next line whole)."""
    parts = TOKENS.findall(text)
    if size_of(text) <= rooms[0] or not parts:
        return [text]
    costs = [FORCED_COST if rank is None else BREAK_COST[rank] for rank in ranks(parts)]
    if whole:  # (a Word cell's name: where a phrase ends, else where nothing fits: review 201)
        phrase_at = phrase_starts(parts)
        costs = [cost if at in phrase_at else FORCED_COST for at, cost in enumerate(costs)]
    elif name:  # (between two kana of a word: as inside it)
        kana = [len(part) == 1 and "\u3041" <= part <= "\u309f" for part in parts]
        costs = [
            _NAME_COST if cost == BREAK_COST[KANA] and kana[at - 1] and kana[at] else cost
            for at, cost in enumerate(costs)
        ]
    if phrases:  # (inside a phrase: a line more, and the worse a break the dearer still)
        # (a bracketed aside of sentences is a phrase of its own: 「「うち重点」は、」 alone on
        # a line of 120 before 「…件数です（内数。…）。」 — review 189 #7; not 「印」 over
        # 「（●）」, nor 「3 件」 over its list 「（1-1-(1) 耐震化促進事業、…）」)
        asides = {start for start, end in _groups(parts) if "。" in parts[start:end]}
        inside = [3 * cost + LINE_COST for cost in costs]
        # (a topic's 「は」 ends a phrase too, 「…件数は」 over 「すべて…」; a line it or 「、」 ends less
        # than half full a line more: 「教育委員会の取組 9 件は、」 alone at 80, review 199 #6)
        ends = [parts[at - 1][-1] in _PHRASE_ENDS or (at > 1 and parts[at - 1] == "は"
                and costs[at] <= BREAK_COST[PARTICLE] and not "ぁ" <= parts[at - 2][-1] <= "ゟ")
                for at in range(len(parts))]  # fmt: skip
        early = [(inside[at] + LINE_COST) * (end and parts[at - 1][-1] not in "。：")
                 for at, end in enumerate(ends)]  # fmt: skip
        costs = [
            cost if at == 0 or ends[at] or at in asides else inside[at]
            for at, cost in enumerate(costs)
        ]
        for start, end in _groups(parts):  # (a short aside with its word: 「（未提出）。」)
            if start > 0 and end - start - 1 <= BRACKETED_UP_TO:
                costs[start] = max(costs[start], inside[start] + 3 * BREAK_COST[PARTICLE])
    early = early if phrases else [0] * len(parts)
    sizes = [size_of(part) for part in parts]
    if name or phrases:  # (a bracketed aside that fits a line: as a word, kept whole)
        for start, end in _groups(parts):
            if sum(sizes[start : end + 1]) <= min(rooms):
                costs[start + 1 : end + 1] = [
                    max(c, _GROUP_COST) for c in costs[start + 1 : end + 1]
                ]
    if max(sizes) > min(rooms):  # (a word wider than a line: cut where it must be)
        split: list[str] = []
        cut: list[int] = []
        cut_early: list[int] = []
        for part, cost, size, dear in zip(parts, costs, sizes, early, strict=True):
            pieces = list(part) if size > min(rooms) and len(part) > 1 else [part]
            split += pieces
            cut += [cost, *([_CUT] * (len(pieces) - 1))]
            cut_early += [dear, *([0] * (len(pieces) - 1))]
        parts, costs, early = split, cut, cut_early
        sizes = [size_of(part) for part in parts]
    spaces = [part.isspace() for part in parts]
    count = len(parts)
    # the least cost and unevenness of the text before parts[at] laid out with a line
    # breaking before it, and where that line started
    least = [_UNREACHED] * (count + 1)
    uneven = [0] * (count + 1)
    back = [0] * (count + 1)
    least[0] = 0
    for at in range(count):
        if least[at] == _UNREACHED:
            continue
        start = at
        while at and start < count and spaces[start]:
            start += 1  # (a line after the first starts with no space)
        room = rooms[0] if at == 0 else rooms[1]
        used = trailing = 0
        for end in range(start + 1, count + 1):
            size = sizes[end - 1]
            used += size
            trailing = trailing + size if spaces[end - 1] else 0  # (not shown at a line's end)
            shown = used - trailing
            if shown > room and end > start + 1:
                break
            cost, even = least[at] + LINE_COST, uneven[at]
            if end < count:
                broken = early[end] if early[end] and 2 * shown < room else costs[end]
                cost, even = cost + broken, even + (room - shown) ** 2
            if cost < least[end] or (cost == least[end] and even <= uneven[end]):
                # (of two as good, the one whose earlier lines hold more: 「次年度以降」 over
                # 「計画を」 over 「見直す」, not 「次年度」 over 「以降計画を」)
                least[end], uneven[end], back[end] = cost, even, at
    breaks = [count]
    while breaks[-1]:
        breaks.append(back[breaks[-1]])
    breaks.reverse()
    lines = ["".join(parts[at:end]) for at, end in pairwise(breaks)]
    lines = [lines[0], *(line.lstrip() for line in lines[1:])]
    return [line.rstrip() for line in lines[:-1]] + lines[-1:]


_UNREACHED = 1 << 60


def folded_words(text: str, width: int, measure: Measure | None = None) -> list[str]:
    """A header in lines of at most ``width`` cells, broken between its words — at a space
    and before an opening bracket: 「C」 over 「割合（%）」, 「割合」 over 「（%）」 — and
    inside a word (as ``folded``) only where the word alone is wider than a line (「C 割」
    over 「合」 over 「（%）」 read as no word)."""
    from rich.cells import cell_len

    from planeval.report.widths import header_words

    size_of = measure or cell_len
    lines: list[str] = []
    line, space = "", ""
    for word in header_words(text):
        if word.isspace():
            space = word
            continue
        joined = f"{line}{space}{word}" if line else word
        space = ""
        if size_of(joined) <= width:
            line = joined
            continue
        if line:
            lines.append(line)
        *whole, line = folded(word, width, measure=size_of)
        lines += whole
    return [*lines, line]


def between_words(text: str, lines: Sequence[str]) -> bool:
    """Whether ``lines``, ``text`` folded, break it only at a space or where a word ends
    (breaks.py): 「計画どおり」 over 「完了」, not 「計画どお」 over 「り完了」."""
    ends, at = word_ends(text), 0
    for line in lines[:-1]:
        at += len(line.replace(" ", ""))
        if at not in ends:
            return False
    return True


def katakana_breaks(text: str, lines: Sequence[str]) -> int:
    """How many times ``lines``, ``text`` folded, break it inside a run of katakana (「ペーパー
    レ／ス化」), a word for certain where a break between kanji or kana is a guess (breaks.py)."""
    chars, at, found = text.replace(" ", ""), 0, 0
    for line in lines[:-1]:
        at += len(line.replace(" ", ""))
        found += 0 < at < len(chars) and is_katakana(chars[at - 1]) and is_katakana(chars[at])
    return found


def least_between_words(
    text: str, lines: int, widths: Iterable[int], measure: Measure | None = None
) -> int | None:
    """The first of ``widths`` (tried in their order) at which ``text`` folds in at most
    ``lines`` lines broken only between its words; None if none does."""
    for width in widths:
        folded = folded_words(text, width, measure)
        if len(folded) <= lines and between_words(text, folded):
            return width
    return None


def packed(
    line: str, width: int, measure: Measure, separator: str = " ／ ", *, phrases: bool = False
) -> list[str]:
    """A line of parts (the legend's 「◎ 計画を上回る実施 ／ ○ …」) in lines of ``width``
    cells, broken after a separator where one fits and folded inside a part only when the
    part alone is wider (a note's between its ``phrases``: folded); the lines after the first
    indented by two."""
    parts = line.split(separator)
    lines: list[str] = []
    current = ""
    for number, part in enumerate(parts):
        piece = part + (separator.rstrip() if number < len(parts) - 1 else "")
        room = width if not lines else width - 2
        joined = f"{current} {piece.lstrip()}" if current else piece
        if current and measure(joined) > room:
            lines.append(current)
            current, room = piece.lstrip(), width - 2
        else:
            current = joined
        if measure(current) > room:  # (one part wider than a line: folded inside it)
            *whole, current = folded(current, room, width - 2, measure, phrases=phrases)
            lines += whole
    lines.append(current)
    return [lines[0], *(f"  {line.rstrip()}" for line in lines[1:])]
