"""A share a report names by its status's rate or states in brackets (「柱Ⅲの完了率は62.5%」:
完了's share, the usual word of a 行政改革大綱's report; 「達成率（Aの割合）は63.6%」: A's), and
the share the next scope's figure carries on (「…63.6%と最も高く、基本方針2は40.0%」) — review
117."""

from __future__ import annotations

import functools
import re

from planeval.lazy_pattern import LazyPattern
from planeval.scale_words import ScaleWords

_END = r"\s*(?:は|が|で|:|=)?\s*(?:約)?\s*$"


@functools.cache
def _rate(core: str) -> re.Pattern[str]:
    """The pattern of a status's rate (no other kanji before its word: 「未完了率」 is not 完了's)
    or of its share in brackets, right before a percent (``core``: the scale's words)."""
    return re.compile(
        rf"(?:(?<![\u3005\u4e00-\u9fff])(?P<core>{core})\s*率"
        rf"|\(\s*(?P<paren>{core})\s*(?:評価)?\s*の\s*割合\s*\)){_END}"
    )


def rate_of(before: str, words: ScaleWords) -> str | None:
    """The status whose share a percent after ``before`` is, where ``before`` ends with that
    status's rate (「完了率は」) or its share in brackets (「達成率(Aの割合)は」); None else."""
    if "率" not in before[-12:] and "割合" not in before[-12:]:
        return None
    found = _rate(words.core).search(before)
    return words.symbol(found) if found is not None else None


# the gap from one scope's share to the next's in the same sentence (「と最も高く、基本方針2は」
# 「、柱Ⅱは」): a comparison at most, then a group's name with its number and a particle
_NEXT_SCOPE = LazyPattern(
    r"[^。\d%]{0,12}?[、,]\s*[^\s、。,\d%「」()]{1,8}?\s*(?:\d+|[IVXⅠ-Ⅻ]+)\s*(?:は|が|で)\s*$"
)


def next_scope_share(gap: str) -> bool:
    """Whether a percent after ``gap`` from a share states the same share of another scope."""
    return _NEXT_SCOPE.fullmatch(gap) is not None
