"""The words a report's text names what it speaks of with (for ``check``): the levels of a plan
(基本方針1, 情報化政策Ⅱ, 改革の柱3 — the number in Arabic or Roman numerals), the directions it
quotes (「1-1 …」), a numbered heading (2 民間委託等の推進), the whole plan (全体, 本計画, 合計),
and the counters a stated number is written with (件, 事業, 項目 …)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from planeval.lazy_pattern import LazyPattern
from planeval.text import ROMAN_NUMERALS

COUNTERS = "件|事業|個|項目|指標|施策"
# a whole number as a report types it, with thousands separators (1,680: full-width １，６８０ is
# 1,680 once normalised) or without; never the 1 of 1,680 (「回答団体数は1,680団体」 was read as
# 1, and 「市区町村1,635」 not at all: review 156 #1)
WHOLE_NUMBER = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?!,\d{3}(?!\d))"


def typed(value: float) -> str:
    """A pattern of ``value`` (its sign aside) as a text may type it, with thousands separators
    or without (1680: 1680 or 1,680; 98.8), to find it in the phrase it was read from."""
    whole, point, part = f"{abs(value)}".removesuffix(".0").partition(".")
    return ",?".join(whole) + re.escape(point + part)


DIRECTION_QUOTE = LazyPattern(r"「\s*(\d+)\s*-\s*(\d+)")
# the levels a paragraph may name, longest first (情報化政策 before 政策, 改革の柱 before 柱)
LEVEL_WORDS = (
    "目指すまちの姿",
    "施策の方向",
    "情報化政策",
    "施策の柱",
    "改革の柱",
    "基本目標",
    "基本方針",
    "基本施策",
    "基本政策",
    "重点目標",
    "政策",
    "施策",
    "分野",
    "柱",
)
LEVEL_WORD = LazyPattern(r"\s*(" + "|".join(LEVEL_WORDS) + ")")
# a row of a table in a report text: Markdown's 「| 1.1.1 | 電子申請の拡充 | S | … |」, or a
# Word table saved as text (or a page's table as a browser copies it), its cells between tabs
TABLE_ROW = LazyPattern(r"^\s*\|.*\|\s*$|\t")
# the words a heading names a direction with before its number (取り組みの方向性1-1), besides
# LEVEL_WORDS (施策1-1, 施策の方向1-1)
DIRECTION_WORDS = ("取り組みの方向性", "取組みの方向性", "取組の方向性", "施策の方向性", "方向性")
ROMAN_LETTERS = "IVX"
# (a number joined to another by a dash, 施策2-2, names a level below the groups: not group 2)
LEVEL_NUMBER = (
    rf"(?P<num>\d+|[{ROMAN_LETTERS}]+)"
    rf"(?![\d.{ROMAN_LETTERS}]|\s*(?:{COUNTERS}|つ|%)|\s*[-－]\s*\d)"
)


def level_number(counters: Iterable[str] = ()) -> str:
    """LEVEL_NUMBER, a number before one of ``counters`` too (the body's words for its rated
    rows and projects) a count and not a level's number: 「6施策20事務事業」 names no 施策20."""
    own = "".join(f"{re.escape(word)}|" for word in sorted(filter(None, counters), key=len)[::-1])
    return LEVEL_NUMBER.replace(f"(?:{COUNTERS}|", f"(?:{own}{COUNTERS}|", 1)


# a numbered heading: "2 民間委託等の推進", "1.評価結果の概要", "(3) 市民との協働", "第2章 …"
GENERIC_HEADING = LazyPattern(
    rf"^\s*(?:\(\d+\)\s*)?第?(?P<num>\d+|[{ROMAN_LETTERS}]+)(?:章|節)?"
    r"(?:\s*[.、)]\s*(?!\d)|\s+)(?P<name>\S.*)$"
)
# words naming the whole plan (全体 of a share, 「全体の66.7%」, names no scope)
WHOLE_MARKS = LazyPattern(r"全体(?!\s*の\s*\d)|本\s*(?:プラン|計画|大綱)(?!事業)|合計|総計|総数")


# a note or a sentence, never a heading however short, its 。 left off (after NFKC): planeval's
# own 「※対象外は件数に含めません」, 「(注)…」, 「なお、…」, 「…含めません」 — taken for a heading, it
# closed the 分野's heading above a body's (review 126)
REMARK = LazyPattern(r"^\s*(?:※|\(?注[):]|(?:なお|ただし|また)、)|(?:ません|でした|ました)\s*$")
_MARKS = LazyPattern(r"^[\s#■□◆◇●・*]*")  # before a heading's words (## 基本方針1, ■ まとめ)


def unmarked(plain: str) -> str:
    """A line without the marks before a heading's words (## 基本方針1 → 基本方針1)."""
    return _MARKS.sub("", plain, count=1).strip()


def to_roman(number: int) -> str:
    """12 → XII (as NFKC writes Ⅻ)."""
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while number >= value:
            out, number = out + letters, number - value
    return out


def from_roman(text: str) -> int:
    """XII → 12."""
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for here, there in zip(text, [*text[1:], ""], strict=True):
        value = values[here]
        total += -value if there and values[there] > value else value
    return total


def shown_level(word: str, number: str) -> str:
    """A level as a message names it: 「基本方針Ⅰ」 as the body writes it, where the text, read
    after NFKC, has the Latin letters 「I」 (U+2160 Ⅰ is 「I」 under NFKC)."""
    if number and set(number) <= set(ROMAN_LETTERS) and 0 < from_roman(number) <= 12:
        number = ROMAN_NUMERALS[from_roman(number) - 1]
    return f"{word}{number}"


def level_of(ids: Iterable[str]) -> str:
    """The word the groups' IDs name their level with, where they all have one (情報化政策1,
    情報化政策2 → 情報化政策); "" otherwise."""
    prefixes = {re.sub(r"[\dIVXⅠ-Ⅻ]+$", "", unicodedata.normalize("NFKC", i)) for i in ids}
    if len(prefixes) == 1:
        prefix = prefixes.pop()
        return prefix if prefix and not re.search(r"[\d-]", prefix) else ""
    return ""
