"""What a percent a report states is the share of (share_of): the count's right before it
(「Aが43（68.2%）」), a status's a report names by its rate or states in brackets (「柱Ⅲの完了率
は62.5%」: 完了's share, the usual word of a 行政改革大綱's report; 「達成率（Aの割合）は63.6%」:
A's), the one the next scope's figure carries on (「…63.6%と最も高く、基本方針2は40.0%」) —
review 117 —, the whole's, or the bodies' that answered."""

from __future__ import annotations

import functools
import re

from planeval.body_words import RATE_BEFORE, RATE_REASON
from planeval.lazy_pattern import LazyPattern
from planeval.number_context import PERCENT_OF_TOTAL, SHARE_AFTER_COUNT
from planeval.scale_words import ScaleWords
from planeval.stated_number import ANSWERED, TOTAL, StatedNumber

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


def share_of(
    before: str, gap: str, previous: StatedNumber | None, words: ScaleWords, reason: str
) -> tuple[str, str]:
    """What a percent after ``before`` (``gap`` after the ``previous`` number read) is the
    share of, "" where its words do not say, and why it is not compared (``reason``, else the
    answered bodies' rate's)."""
    if (
        previous is not None
        and previous.what
        and not previous.percent
        and SHARE_AFTER_COUNT.fullmatch(gap)
    ):
        return previous.what, reason
    if (share := words.share.search(before)) is not None:
        return words.symbol(share), reason
    if (rated := rate_of(before, words)) is not None:
        return rated, reason  # (「完了率は」「達成率(Aの割合)は」: review 117)
    if previous and previous.percent and previous.what and next_scope_share(gap):
        return previous.what, reason  # (「63.6%と最も高く、基本方針2は40.0%」: the same share)
    if PERCENT_OF_TOTAL.search(before):
        return TOTAL, reason
    if RATE_BEFORE.search(before):  # (the bodies that answered: body_counts.py)
        return ANSWERED, reason or RATE_REASON
    return "", reason
