"""Normalising text, written once: a cell's text as read, the compact form titles, symbols and
names are compared in, and the patterns several stages share (policy headings, 【新規】 marks).

Reading a large workbook meets the same few values (statuses, departments, titles) thousands
of times; ``clean_text`` and ``compact`` remember what each distinct value gave, so each is
normalised once.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata

from planeval.ids import DIGITS
from planeval.lazy_pattern import LazyPattern
from planeval.repeat_marks import without_repeat_mark


@functools.cache  # (compiled when first needed: only text with a line break or a control character)
def _invisible() -> re.Pattern[str]:
    """Characters that are invisible: zero-width ones, and control characters other than tab and
    line breaks (a cell cannot show them; a crafted file can hold them)."""
    return re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x7f\x00-\x08\x0b\x0c\x0e-\x1f]")


@functools.cache
def _ooxml_escape() -> re.Pattern[str]:
    return re.compile(r"_x([0-9A-Fa-f]{4})_")


MARKS = LazyPattern(r"【[^】]*】")  # 【新規】【拡充】… after an item's name
POLICY_HEADING = re.compile(r"情報化政策\s*([0-9０-９]+)\s*(.*)$")
_CACHE_MOST = 65_536
# between a rated row's texts and those of the row continuing it below, one row of its
# table split over two (its number cell merged down: io/merged_rows.py)
JOINED_ROWS = "／"


def clean_text(value: object) -> str:
    """The text of a cell with invisible characters removed and outer spaces (any width)
    trimmed; a whole number stored as a float (``3.0``) reads as ``3``, a date as
    ``2022-05-31``.

    Excel stores characters XML cannot hold as ``_x0007_``; those are decoded first (and, being
    control characters, then removed)."""
    if type(value) is str:
        found = CLEANED.get(value)
        if found is None:
            # (most texts need trimming at most: told by two scans in C, not a call more)
            found = value.strip() if "_x" not in value and value.isprintable() else _clean(value)
            if len(CLEANED) < _CACHE_MOST:
                CLEANED[value] = found
        return found
    if value is None:
        return ""
    if type(value) is int:  # (digits and a sign: nothing to clean; a sheet's figures)
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    return _clean(str(value))


# every text clean_text has met → what it gave; a reader of many cells looks here first, and
# calls clean_text only for a text it has not met
CLEANED: dict[str, str] = {}


def _clean(text: str) -> str:
    if "_x" in text:
        text = _ooxml_escape().sub(lambda match: chr(int(match[1], 16)), text)
    if not text.isprintable() and _invisible().search(text):  # (printable text has none)
        text = _invisible().sub("", text)
    return text.strip()


@functools.lru_cache(maxsize=_CACHE_MOST)
def compact(text: str) -> str:
    """The form titles, symbols and aliases are compared in: cleaned, NFKC (full-width to
    ASCII), with no spaces of any width."""
    # (str.split drops the same whitespace as the regex's \s, a few times faster)
    return "".join(unicodedata.normalize("NFKC", clean_text(text)).split())


# a title's remark: in brackets, or after ※ (「達成状況（◎○△×）」, 「課題等 ※必須」), in a
# compacted title (NFKC: （ ） ＊ are ( ) * there; a class naming both widths, [※＊*], would cost
# the regex compiler a table of 65,536 at every start, ~2 M instructions)
_TITLE_REMARK = re.compile(r"\([^)]*\)|[※*].*$")


def bare_title(text: str) -> str:
    """A column title as compared (io/headers.title_key's rule): compact, and no remark in
    brackets or after ※ (「達成率（％）」 is 達成率); a title that is all remark kept whole."""
    compacted = compact(text)
    return _TITLE_REMARK.sub("", compacted) or compacted


@functools.lru_cache(maxsize=_CACHE_MOST)
def comparable_name(name: str) -> str:
    """A name as compared with another: compact, and without 【新規】-style marks nor a repeat
    listing's (「（再掲）」「（2.3再掲）」: the read has its 再掲 from it — review 195 #4, one
    item was 追加 and 削除 in compare)."""
    if "再掲" in name:  # (most have none)
        name = without_repeat_mark(name)
    return compact(MARKS.sub("", name) if "【" in name else name)  # (most have none)


@functools.lru_cache(maxsize=4096)  # (the same headings stand in every file of a template)
def policy_heading(text: str) -> tuple[str, str] | None:
    """ "情報化政策１ 区民の力を活かす情報化" → ("1", "区民の力を活かす情報化"); None for any
    other text (a heading is short: a paragraph that mentions a policy is not one)."""
    match = POLICY_HEADING.search(text)
    if match is None or len(match[0]) >= 80:
        return None
    return str(int(unicodedata.normalize("NFKC", match[1]))), match[2].strip()


# The words bodies put before a level's number in headings above their tables (planeval.toml's
# [layout] headings adds more).
HEADING_WORDS = (
    "情報化政策", "基本目標", "基本方針", "目指すまちの姿", "改革の柱", "重点項目", "政策分野",
    "基本施策", "施策", "政策", "分野", "柱",
)  # fmt: skip
ROMAN_NUMERALS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
_NUMBER = rf"[0-9０-９]+|[{ROMAN_NUMERALS}]"


def _alternatives(words: tuple[str, ...]) -> str:
    """The heading words as one regex alternation, the longest first (基本施策 before 施策)."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# the brackets a heading's word and number may stand in, a form's 「【分野1】名前」
HEADING_OPENS = "【〔［["


@functools.lru_cache(maxsize=64)
def _heading_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = _alternatives(words)
    return re.compile(  # (a space or none between the word and its number: 「運営方針 1」)
        rf"^\s*(?:[（(][0-9０-９]+[)）])?\s*(?P<open>[{HEADING_OPENS}])?"
        rf"\s*(?P<word>{alternatives})\s*"
        rf"(?P<number>{_NUMBER})(?(open)\s*[】〕］\]]\s*|"
        r"(?:\s*[.．:：]?\s+|\s*(?=[「『])|\s*$))[「『]?(?P<name>[^。]*?)[」』]?\s*$"
    )


def number_value(text: str) -> int | None:
    """ "3", "３", "Ⅲ" → 3; None for anything else."""
    text = unicodedata.normalize("NFKC", text) if text not in ROMAN_NUMERALS else text
    if text.isdigit():
        return int(text)
    if len(text) == 1 and text in ROMAN_NUMERALS:
        return ROMAN_NUMERALS.index(text) + 1
    return None


def level_heading(
    text: str, words: tuple[str, ...] = HEADING_WORDS
) -> tuple[str, str, str, str] | None:
    """ "基本方針1　安心・安全に…" → ("基本方針", "1", "安心・安全に…", "1"); "施策27「都市基盤整備」"
    → ("施策", "27", "都市基盤整備", "27"); the number as typed last ("基本方針Ⅰ …": "1", "Ⅰ");
    None for any other text (a heading is short)."""
    if len(text) > 80:
        return None
    match = _heading_pattern(words).match(text)
    if match is None:
        return None
    number = number_value(match["number"])
    if number is None:
        return None
    return match["word"], str(number), match["name"].strip(), match["number"]


@functools.lru_cache(maxsize=64)
def _sub_heading_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"^\s*(?:{_alternatives(words)})?\s*([0-9０-９]+(?:\s*[-－.．]\s*[0-9０-９]+)+)"
        r"(?:\s*[.．:：]?\s+|\s*(?=[「『]))[「『]?([^。]+?)[」』]?\s*$"
    )


def sub_heading(text: str, words: tuple[str, ...] = HEADING_WORDS) -> tuple[str, str, str] | None:
    """ "施策1-1　行政手続のオンライン化" (or "1-1 …", "施策1.1「…」") → ("1-1", "行政手続の…",
    "1-1"): a heading of the level under a policy, above a table written in names (Aichi's 施策
    under its 基本方針), its number the policy's and its own, and last as typed ("1.1"); None
    for any other text."""
    stripped = text.lstrip()  # (what the pattern's ^\s* passes over)
    if len(text) > 80 or not (stripped[:1] in DIGITS or stripped.startswith(words)):
        return None  # (its number or word first, or no match: not compiled for 「第3章 …」)
    match = _sub_heading_pattern(words).match(text)
    if match is None:
        return None
    parts = re.findall(r"[0-9０-９]+", match[1])
    return "-".join(str(number_value(part)) for part in parts), match[2], match[1]


# a heading numbered in brackets, its word before the number or none: 「(1)　事務事業の再編・
# 整理」, 「（1）名前」, 「推進項目(1)　名前」 (letters only before it: no note's ※ or 注; no
# indicator's 「(1)ア 名前」 after it)
# (compiled when first asked: only of a line no table row took, above or between tables)
_BRACKETED_HEADING = LazyPattern(
    r"^\s*([^\W\d_]{0,8}?)\s*[(（]([0-9０-９]+)[)）][\s　]*(?![ア-ン][\s　])"
    r"([^\s。(（][^。]{0,60})$"
)


def bracketed_heading(text: str) -> tuple[str, str, str, str] | None:
    """ "(1)　事務事業の再編・整理" → ("1", "事務事業の再編・整理", "", "(1)"); "推進項目（1）　名前"
    → ("1", "名前", "推進項目", "（1）"): a heading whose number is its own only, read as the level
    under the policy heading above it (io/text_rows.nested), and its number as typed (without
    its word, as 基本方針Ⅰ's is Ⅰ); None for any other text."""
    if len(text) > 80:
        return None
    match = _BRACKETED_HEADING.match(text)
    if match is None:
        return None
    number = str(int(unicodedata.normalize("NFKC", match[2])))
    return number, match[3].strip(), match[1], text[match.start(2) - 1 : match.end(2) + 1]


# a bare section heading above named tables: a number and a short title, no heading word
_BARE_HEADING = re.compile(r"^\s*([0-9０-９]+)[\s　]+([^\s。].{0,60})$")


def bare_heading(text: str) -> tuple[str, str] | None:
    """ "4　給与の適正化" (a section number and a short title, no 基本目標-like word) →
    ("4", "給与の適正化"); taken as a heading only above named tables."""
    match = _BARE_HEADING.match(text)
    if match is None or "。" in text:
        return None
    return str(int(unicodedata.normalize("NFKC", match[1]))), match[2].strip()


_BREAK = LazyPattern(r"(\S?)[^\S\n]*\n\s*(\S?)")


def one_line(name: str) -> str:
    """A name typed over two lines (Alt+Enter in a cell) as one: joined as written where
    either side is Japanese, 「区民の安全・安心なIC」+「T利用」 → 「…ICT利用」, else by a space
    (「Free」+「Wi-Fi」 → 「Free Wi-Fi」) — a name, unlike an issue's text, has no line of its own
    (review 61: 「IC／T」 printed in every output)."""
    return _BREAK.sub(
        lambda m: m[1] + ("" if not (m[1].isascii() and m[2].isascii()) else " ") + m[2], name
    )


_PLAIN_PATH = LazyPattern(r"[\w./\\:@%+=,-]+")  # (no space, quote or character a shell reads)


def pasted_path(path: str) -> str:
    """A path as a command a message suggests writes it, to work when pasted: as given, in
    double quotes where it holds a space (「R7回答 再提出/」) or a character a shell reads —
    the same in sh, cmd and PowerShell —, in sh's single quotes where it holds one double
    quotes leave read ($, `, !, ")."""
    if _PLAIN_PATH.fullmatch(path):
        return path
    if not any(char in path for char in '"$`!'):
        return f'"{path}"'
    import shlex  # (a path with such characters: rare)

    return shlex.quote(path)
