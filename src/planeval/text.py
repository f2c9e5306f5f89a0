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

# Characters that are invisible: zero-width ones, and control characters other than tab and
# line breaks (a cell cannot show them; a crafted file can hold them).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x7f\x00-\x08\x0b\x0c\x0e-\x1f]")
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SPACES = re.compile(r"\s+")
MARKS = re.compile(r"【[^】]*】")  # 【新規】【拡充】… after an item's name
POLICY_HEADING = re.compile(r"情報化政策\s*([0-9０-９]+)\s*(.*)$")
_CACHE_MOST = 65_536


def clean_text(value: object) -> str:
    """The text of a cell with invisible characters removed and outer spaces (any width)
    trimmed; a whole number stored as a float (``3.0``) reads as ``3``, a date as
    ``2022-05-31``.

    Excel stores characters XML cannot hold as ``_x0007_``; those are decoded first (and, being
    control characters, then removed)."""
    if type(value) is str:
        found = _CLEANED.get(value)
        if found is None:
            found = _clean(value)
            if len(_CLEANED) < _CACHE_MOST:
                _CLEANED[value] = found
        return found
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    return _clean(str(value))


_CLEANED: dict[str, str] = {}


def _clean(text: str) -> str:
    if "_x" in text:
        text = _OOXML_ESCAPE.sub(lambda match: chr(int(match[1], 16)), text)
    if not text.isprintable() and _INVISIBLE.search(text):  # (printable text has none)
        text = _INVISIBLE.sub("", text)
    return text.strip()


@functools.lru_cache(maxsize=_CACHE_MOST)
def compact(text: str) -> str:
    """The form titles, symbols and aliases are compared in: cleaned, NFKC (full-width to
    ASCII), with no spaces of any width."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", clean_text(text)))


@functools.lru_cache(maxsize=_CACHE_MOST)
def comparable_name(name: str) -> str:
    """A name as compared with another: compact, and without 【新規】-style marks."""
    return compact(MARKS.sub("", name))


def policy_heading(text: str) -> tuple[str, str] | None:
    """ "情報化政策１ 区民の力を活かす情報化" → ("1", "区民の力を活かす情報化"); None for any
    other text (a heading is short: a paragraph that mentions a policy is not one)."""
    match = POLICY_HEADING.search(text)
    if match is None or len(match[0]) >= 80:
        return None
    return str(int(unicodedata.normalize("NFKC", match[1]))), match[2].strip()
