"""A sentence naming several groups, each with its own numbers right after it, read group by
group (「基本方針3の達成率（Aの割合）は63.6%と最も高く、基本方針2は40.0%でした」: reviews 117
N6, 119 — its wrong 40.0% was 「複数を挙げる文なので…決められません」). Each number is of the
one group its words name (StatedNumber.phrase, up to the nearest 、 or 。). Only where that
guesses nothing: every number's words name one group, and every group named has a number of
its own — 「基本方針1と基本方針2では、Aが7指標と3指標」, or 「…、全体では56.5%」 after them, stays
one sentence naming several (statements.py says so)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from planeval.stated_number import StatedNumber


def by_group(
    plain: str, numbers: Sequence[StatedNumber], named: re.Pattern[str]
) -> list[tuple[re.Match[str], list[StatedNumber]]] | None:
    """Each group ``named`` names in the sentence ``plain`` (normalised), with its numbers, in
    the order named; None where a number cannot be given to one group without guessing."""
    mentions = list(named.finditer(plain))
    parts: list[list[StatedNumber]] = [[] for _ in mentions]
    at = 0
    for number in numbers:
        start = plain.find(number.phrase, at)
        if start < 0:
            return None
        at, end = start, start + len(number.phrase)
        inside = [i for i, m in enumerate(mentions) if start <= m.start() < end]
        if len(inside) != 1:
            return None
        parts[inside[0]].append(number)
    if not all(parts):
        return None
    return list(zip(mentions, parts, strict=True))
