"""A share's change in percentage points (for ``check``): 「前年度から▲13.4ポイント」「前年度比
+2.1pt」「3.0%ポイント上昇」 — a change from last year's share, never a count nor a share of this
year's rows. It is the share named before it in its sentence (「前進Bの割合は37.5%で、前年度から
▲13.4ポイント」: B's) or the status its words name; with --previous it is compared with this
year's share less last year's, as either way of rounding the shares gives it, and listed as
not compared without (review 122 #3: passed unread, a wrong ▲10.2 of +10.2 among them)."""

from __future__ import annotations

from planeval.count import Count
from planeval.lazy_pattern import LazyPattern
from planeval.scale_words import ScaleWords
from planeval.stated_changes import CHANGE, FALL, When
from planeval.stated_number import StatedNumber

UNITS = ("ポイント", "pt")  # (the counters of a change in points, after NFKC)
REASON = "割合の増減（ポイント）は件数ではないので比べません"
_POINTS_AFTER = LazyPattern(r"\s*(?:ポイント|pt)")  # (「3.0%ポイント」: after the % sign)
_DOWN_AFTER = LazyPattern(r"\s*(?:の)?\s*(?:低下|減少|下が|下回|悪化|減)")


def in_points(unit: str, after: str) -> bool:
    """Whether a number read with ``unit`` and followed by ``after`` is a change in points."""
    return unit in UNITS or (unit == "%" and _POINTS_AFTER.match(after) is not None)


def points_when(said: When, after: str) -> When:
    """``said`` (stated_changes.when_of) of a change in points: a change whatever its words —
    a fall where they say so (「2.0ポイント低下」) —, unless it is last year's own."""
    if said.when or said.reason:  # (▲, 増加, 前年度比 …; or last year's change: neither)
        return said
    fall = _DOWN_AFTER.match(after) is not None
    return When(FALL if fall else CHANGE, REASON, said.before)


def share_changed(previous: StatedNumber | None, gap: str, words: ScaleWords) -> str:
    """The status whose share a change in points is of where the number before it in its
    sentence, with ``gap`` between them, is this year's share of a status and nothing between
    names another (「Bの割合は37.5%で、前年度から▲13.4ポイント」: B); "" otherwise."""
    if previous is None or not previous.percent or previous.when or previous.points:
        return ""
    if "。" in gap or words.one.search(gap) is not None:
        return ""
    return previous.what if previous.what in words.scale.symbols else ""


def point_change(number: StatedNumber, now: Count, before: Count) -> tuple[float, bool] | None:
    """(this year's share of ``number``'s status less last year's, as planeval's tables give
    both; whether the change stated agrees with it as any way of rounding gives it: the shares
    adding up to 100, each rounded alone, or the exact shares' difference rounded); None for a
    share of no counted status."""
    what, places = number.what, number.decimals
    if what not in now.counts and what not in before.counts:
        return None
    stated = round(-abs(number.value) if number.when == FALL else number.value, places)
    tables = round(_share(now, what, places) - _share(before, what, places), places)
    alone = round(_alone(now, what, places) - _alone(before, what, places), places)
    exact = round(_alone(now, what, 9) - _alone(before, what, 9), places)
    return tables, stated in (tables, alone, exact)


def _share(count: Count, what: str, places: int) -> float:
    """``what``'s share of ``count`` as planeval's tables give it (its scale's rounding)."""
    return count.percent(places).get(what, 0.0)


def _alone(count: Count, what: str, places: int) -> float:
    """``what``'s share of ``count`` rounded on its own (a clerk's Excel ROUND)."""
    return count.rounded_share(what, places) if what in count.counts else 0.0


def shares_said(number: StatedNumber, count: Count) -> str:
    """``number``'s status's share of ``count`` as the note of a change in points says it."""
    return f"{_share(count, number.what, number.decimals)}%"
