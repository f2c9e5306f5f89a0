"""A range of a level's numbers a paragraph names (羽村市's 「施策27から施策29までの全15事業の
うち」, 「施策27～29」, 「施策27〜施策29」, 「基本目標Ⅰ～Ⅲ」): every level between its two
numbers, both named — 27, 28 and 29 —, which statements.py compares the paragraph with (the
whole plan where they are all its groups, else those groups' rows added up), or says which of
them the rows have none of. A hyphen (施策2-3) is a direction's number, never a range; 「から」
names one only with 「まで」 after its second number (「施策27から3事業を…」 is none)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cache

from planeval.scope_words import ROMAN_LETTERS, from_roman, shown_level, to_roman

_NUMBER = rf"\d+|[{ROMAN_LETTERS}]+"
_LONGEST = 100  # the most levels one range names (a larger one is no range of a plan's)


@dataclass(frozen=True, slots=True)
class LevelRange:
    """A range as the paragraph names it (「施策27～施策29」), its level's word and each
    number between its two, in order (27, 28, 29), as the text writes them (Arabic or Roman)."""

    label: str
    word: str
    numbers: tuple[str, ...]

    def levels(self) -> tuple[str, ...]:
        """Each level of the range as a message names it: 施策27, 施策28, 施策29."""
        return tuple(shown_level(self.word, number) for number in self.numbers)

    def placed(
        self, find: Callable[[str, str], str | None], every: Collection[str]
    ) -> tuple[tuple[str, ...], str]:
        """(the groups it names, why it names none) by ``find`` (word, number → a group's ID):
        no group where they are ``every`` group (the whole plan); why where the rows have
        none of one of its levels (「施策27～施策29 のうち 施策28 の行がありません」)."""
        found = [find(self.word, number) for number in self.numbers]
        missing = [level for level, gid in zip(self.levels(), found, strict=True) if not gid]
        if missing:
            return (), f"{self.label} のうち {'・'.join(missing)} の行がありません"
        among = tuple(gid for gid in found if gid)
        return (() if set(among) == set(every) else among), ""


@cache
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    word = "(?P<word>" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"
    second = r"(?:(?P=word)\s*)?"
    return re.compile(
        rf"{word}\s*(?P<first>{_NUMBER})\s*"
        rf"(?:から\s*{second}(?P<until>{_NUMBER})\s*まで|[~〜～]\s*{second}(?P<last>{_NUMBER}))"
        rf"(?![\d{ROMAN_LETTERS}]|\s*[-.]\s*\d)"
    )


def level_range(plain: str, words: Sequence[str]) -> LevelRange | None:
    """The first range of a level's numbers ``plain`` (a paragraph after NFKC) names with one
    of ``words`` (the level words); None when it names none (or its second number is not above
    its first)."""
    if not words:
        return None
    for found in _pattern(tuple(words)).finditer(plain):
        first, last = found["first"], found["until"] or found["last"]
        roman = not first.isdecimal()
        if roman != (not last.isdecimal()):
            continue
        start, end = (from_roman(first), from_roman(last)) if roman else (int(first), int(last))
        if not 0 < start < end or end - start >= _LONGEST:
            continue
        numbers = tuple(to_roman(n) if roman else str(n) for n in range(start, end + 1))
        word = found["word"]
        label = f"{shown_level(word, first)}～{shown_level(word, last)}"
        return LevelRange(label, word, numbers)
    return None
