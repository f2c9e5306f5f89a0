"""The order of numbered groups and items: by their numbers, part by part, not as text."""

from __future__ import annotations

import unicodedata

from planeval.lazy_pattern import LazyPattern

_LAST = 2**63  # (the place of no number)


def id_order(identifier: str) -> tuple[int, ...]:
    """Sort "1-10-2" after "1-2-1": numerically, part by part; no number ("": 区分なし) last."""
    if not identifier:
        return (_LAST,)
    return tuple(int(part) if part.isdecimal() else 0 for part in identifier.split("-"))


def item_order(identifier: str) -> tuple[int, ...]:
    """An item's ID (--by item) by its numbers, its circled number one of them: 「1-1-1⑩」 after
    「1-1-1②」; no number last."""
    numbers = _NUMBERS.findall(identifier)
    return tuple(int(n) if n.isdecimal() else int(unicodedata.numeric(n)) for n in numbers) or (
        _LAST,
    )


_NUMBERS = LazyPattern(r"\d+|[\u2460-\u2473]")  # (digits, or one of ①–⑳)
