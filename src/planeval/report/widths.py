"""Column widths that follow their content, for the tables printed on paper (xlsx in Excel's
character units, docx in mm): laid out as a browser lays out an automatic table.

Each column lies between its least width and its most. The least: its header's widest word
(「基本方針番号」 whole, never 「基本方針番／号」; 「実施内容番号（表記）」 as 「実施内容番号」
over 「（表記）」, never a lone 「）」), and an ID's or a status's whole text (a column of
symbols no wider than that). The most: its widest text on one line. Where the room holds
every column's most, each has it; otherwise each has its least and a share of the rest in
proportion to what it lacks (a 担当課 of 15 characters is not left three lines tall beside
a column of single symbols given 17 mm).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from planeval.lazy_pattern import LazyPattern

Measure = Callable[[str], float]

# a header breaks before these (an opening bracket goes down with what follows it)
OPENING_BRACKETS = "（「『【〔〈《(［["


# A header's words: a run of spaces; an opening bracket with what follows it up to the next
# space or opening bracket; any other run up to one.
_OPENING = re.escape(OPENING_BRACKETS)
_WORDS = LazyPattern(rf" +|[{_OPENING}]+[^ {_OPENING}]*|[^ {_OPENING}]+")


def header_words(header: str) -> list[str]:
    """The words a header may break between, spaces kept as words of their own: 「A 割合（%）」
    is 「A」「 」「割合」「（%）」."""
    return _WORDS.findall(header)


def widest_word(header: str, measure: Measure, *, up_to: float | None = None) -> float:
    """The width of a header's widest word, up to ``up_to`` (a longer one, a whole-phrase
    status 「次年度以降計画を見直す」, breaks inside as Japanese does)."""
    word = max(
        (measure(word) for line in header.split("\n") for word in header_words(line)),
        default=0.0,
    )
    return word if up_to is None else min(word, up_to)


def widest(texts: Iterable[str], measure: Measure) -> float:
    """The width of the widest line of ``texts`` (0 for none)."""
    lines = {line for text in texts for line in text.split("\n")}  # (each distinct once)
    return max((measure(line) for line in lines), default=0.0)


# a run of katakana (「ナレッジマネジメントシステム」) or of Latin letters and digits: a word no
# renderer breaks well and planeval cannot break between its words (no dictionary); with a
# name's ID, where the name starts with one and the ID stays on its line (「① システムライフサイクル」)
_KANA = "[\u30a1-\u30faー\uff66-\uff9f]+"
_RUNS = LazyPattern(rf"{_KANA}|[!-~]+")
_LEAD_RUNS = LazyPattern(rf"^\S+ {_KANA}|{_KANA}|[!-~]+", re.M)


def runs(texts: Iterable[str], *, lead: bool = False) -> set[str]:
    """The runs of katakana and of Latin letters in ``texts``, each a word no column should
    break inside (「ナレッジマネジメ」 over 「ントシステムの」: review 145 #4); with ``lead``, a
    name's first run with the ID before it."""
    return {run for text in texts for run in (_LEAD_RUNS if lead else _RUNS).findall(text)}


@dataclass(frozen=True, slots=True)
class Need:
    """What a column needs: ``least`` never narrower, ``most`` its widest text on one line."""

    least: float
    most: float


def need(
    header: str,
    values: Iterable[str],
    measure: Measure,
    *,
    margin: float,
    word_up_to: float,
    whole: bool = False,
    least: float = 0.0,
    most: float | None = None,
) -> Need:
    """A column's need: its header's widest word (up to ``word_up_to``), ``least`` at the
    least, and its values whole where ``whole`` (IDs, statuses); its widest text, up to
    ``most``; ``margin`` (the cell's padding) added to both."""
    texts = list(values)
    longest = max(widest(texts, measure), measure(header))
    if most is not None:
        longest = min(longest, most)
    smallest = max(widest_word(header, measure, up_to=word_up_to), least)
    if whole:
        smallest = max(smallest, widest(texts, measure))
    return Need(smallest + margin, max(longest, smallest) + margin)


def with_runs(
    needs: Sequence[Need],
    words: Sequence[Iterable[str] | None],
    room: float,
    measure: Measure,
    *,
    margin: float,
    wider: float,
) -> list[Need]:
    """``needs`` with each column whose ``words`` (its runs) are given (None: as it is) at
    least as wide as the widest of them, set ``wider`` as a renderer may, where ``room``
    holds every column's least so; else ``needs`` as they are."""
    widened = []
    for have, shown in zip(needs, words, strict=True):
        widest_run = widest(shown, measure) * wider + margin if shown else 0.0
        widened.append(Need(max(have.least, widest_run), max(have.most, widest_run)))
    return widened if sum(n.least for n in widened) <= room else list(needs)


def shared(
    needs: Sequence[Need],
    room: float,
    *,
    free: Sequence[int] = (),
    spare: bool = False,
    snap: float = 0.0,
) -> list[float]:
    """Each column's width in ``room``: its most where every column's fits (with ``spare``,
    what is left given to the ``free`` columns evenly: a page-wide table), else its least and
    a share of what is left in proportion to what it lacks (only the leasts where they fill
    it). Then a column short of its one line by ``snap`` at most gets it from the ``free``
    ones (texts that wrap anyway): 「デジタル・スマートシティ推進課」 a hair short of its line
    printed its row two lines tall."""
    lacking = sum(n.most - n.least for n in needs)
    left = room - sum(n.least for n in needs)
    if left >= lacking:
        widths = [n.most for n in needs]
        for column in free if spare else ():
            widths[column] += (room - sum(n.most for n in needs)) / len(free)
        return widths
    part = max(left, 0.0) / lacking
    widths = [n.least + (n.most - n.least) * part for n in needs]
    short = [c for c in range(len(needs)) if c not in free and widths[c] < needs[c].most]
    for column in sorted(short, key=lambda c: needs[c].most - widths[c]):
        wanted = needs[column].most - widths[column]
        given = sum(widths[c] - needs[c].least for c in free)
        if wanted > snap or wanted > given:
            break
        for donor in free:  # (each text column gives in proportion to what it has above its least)
            widths[donor] -= wanted * (widths[donor] - needs[donor].least) / given
        widths[column] = needs[column].most
    return widths
