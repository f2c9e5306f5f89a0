"""The cells a terminal's column needs for its words to stay whole (box_widths.py lays the
box out by them): a header's widest part that never breaks, a name's widest word, and whether
a name folded is broken inside a word — 「交通安全」 over 「教室の開催」 and 「防災街づくり」 over
「担当部」, not 「交通安／全教室」, 「防災街づく／り担当部」 or 「未提出（令／和4年度」."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planeval.report.fold import Measure

_BRACKETS = frozenset("（(【[「")
# cells: a text up to this wide is a name or a label (「交通安全教室の開催」, 「未提出（令和4年度の
# 調査票）」), read as one, whose words are kept whole; a longer one (a 課題 of sentences) wraps
# over lines anyway, weighed by its katakana words alone (box_widths._best_share)
NAME_UP_TO = 30


def is_name(text: str, measure: Measure) -> bool:
    """Whether a cell's line is a name or a label, read as one (NAME_UP_TO cells at most:
    「多言語化におけるICTの活用」), folded a line taller rather than between two kana of a word
    (fold.folded's ``name``)."""
    return measure(text) <= NAME_UP_TO


def unbroken(header: str, measure: Measure) -> int:
    """The widest part of a header that never breaks: a bracketed word (「（再掲）」「（%）」) or
    a Latin one; Japanese breaks wherever breaks.py finds any break but inside a word: 「計画
    ど／おり」, never 「前／回」 (review 31: compare's header at 40 columns)."""
    from planeval.report.widths import header_words

    return max(
        (
            measure(word) if word[0] in _BRACKETS or word.isascii() else widest_piece(word, measure)
            for word in header_words(header)
            if not word.isspace()
        ),
        default=1,
    )


def widest_piece(word: str, measure: Measure, *, name: bool = False) -> int:
    """The widest piece of a Japanese ``word`` cut at every break but one inside a word
    (breaks.ranks' INSIDE): a two-kanji word whole, 「前回」; a ``name`` only where a word ends
    or before a particle (``_name_breaks``): 「づくり」 whole too."""
    from planeval.report.breaks import INSIDE, TOKENS, ranks

    parts = TOKENS.findall(word)
    found: list[str] = []
    for part, rank in zip(parts, ranks(parts), strict=True):
        cut = rank is not None and (_name_breaks(rank) if name else rank != INSIDE)
        if found and not cut:
            found[-1] += part
        else:
            found.append(part)
    return max(map(measure, found), default=1)


def _name_breaks(rank: int) -> bool:
    """Whether a name breaks where a break of ``rank`` is: between its words or before a
    particle (breaks.PARTICLE: 「教室の」 over 「開催」), not between two kana of a word nor
    after an ID (「づく／り」, 「①」 alone)."""
    from planeval.report.breaks import PARTICLE

    return rank <= PARTICLE


def name_words(cells: Iterable[str], measure: Measure) -> int:
    """The widest word of a column's names (its texts up to NAME_UP_TO cells; 0 for none)."""
    lines = {line for cell in cells for line in cell.split("\n")}
    names = (line for line in lines if measure(line) <= NAME_UP_TO)
    return max((widest_piece(name, measure, name=True) for name in names), default=0)


def broken_inside(text: str, lines: Sequence[str], measure: Measure) -> bool:
    """Whether ``lines``, ``text`` folded, break a name (a text up to NAME_UP_TO cells) inside
    a word (``_name_breaks``); a longer text is never said to be."""
    from planeval.report.breaks import PARTICLE, TOKENS, bracketed, ranks

    if len(lines) < 2 or measure(text) > NAME_UP_TO:
        return False
    parts = TOKENS.findall(text)
    ends, at = set(), 0  # (where a line may end, counted in characters, spaces left out)
    kept = {i for i, rank in bracketed(parts).items() if rank != PARTICLE}  # (「（施策6 →」)
    for index, (part, rank) in enumerate(zip(parts, ranks(parts), strict=True)):
        if (part.isspace() and index not in kept) or (rank is not None and _name_breaks(rank)):
            ends.add(at)
        if not part.isspace():
            at += len(part)
    at = 0
    for line in lines[:-1]:
        at += len(line.replace(" ", ""))
        if at not in ends:
            return True
    return False


def part_words(cells: Iterable[str], measure: Measure) -> int:
    """The widest word of the parts of a column of files' names or places in them (fold.
    FILE_PARTS; breaks.pieces): 「政策」 over 「経営部.xlsx ›」 where 「政策経営部.xlsx ›」 does not
    fit (0 for none)."""
    from planeval.report.breaks import pieces
    from planeval.report.cell_folds import FILE_PARTS

    parts = {part.rstrip() for cell in cells for part in FILE_PARTS.findall(cell)}
    return max((measure(word) for part in parts for word in pieces(part)), default=0)


def bracket_breaks(text: str, lines: Sequence[str]) -> int:
    """How many times ``lines``, ``text`` folded, break a bracketed word or move kept whole
    (breaks.bracketed): 「（施策6 →」 over 「施策7）」 in compare's 変化 (review 181 #3's
    leftover), weighed as a katakana word broken (text_shares.best_share)."""
    from planeval.report.breaks import TOKENS, bracketed

    parts = TOKENS.findall(text)
    kept, inside, at = set(bracketed(parts)), set(), 0
    for index, part in enumerate(parts):
        if index in kept:  # (a break before it: inside the brackets)
            inside.add(at)
        at += 0 if part.isspace() else len(part)
    at, found = 0, 0
    for line in lines[:-1]:
        at += len(line.replace(" ", ""))
        found += at in inside
    return found
