"""A number of the items whose rating moved since last year a report states (「前年度から改善した
事務事業は7件、後退した事務事業は5件です」, stated_changes.MOVED): with ``check --previous`` it is
compared with compare's own 改善/後退 counts — the library's compare of the two rounds, each
movement's Comparison.trend, as compare's 「前回から改善した事務事業 6件」 counts them —, not counted
again here (review 147 #7: the wrong 7 was only listed as not compared, both rounds at hand).
「前年度と同じ事務事業は22事業」 (UNMOVED) is compared alike with compare's 変化なし, the items paired
whose rating is the same (review 202 #1: it was read as the plan's total, 22 against 46).
Without last year's round, or on a scale of no order (区分 A–H, ranked = false), it stays listed;
a number compared is no longer said 「比べていません」 in check's JSON (review 202 #5)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from planeval.check_result import CheckResult, Disagreement, NotCompared
from planeval.cycle.trend_words import DOWN, UP
from planeval.model import Location
from planeval.scale import Scale
from planeval.stated_changes import MOVED, MOVED_DOWN_WORDS, MOVED_UP_WORDS, UNMOVED

if TYPE_CHECKING:
    from planeval.cycle.compare import Comparison
    from planeval.statements import StatedCounts

# a disagreement's ``what`` (改善, 後退, 変化なし)
MOVED_UP, MOVED_DOWN, UNMOVED_ITEMS = "moved up", "moved down", "unmoved"
SAME = "変化なし"  # (trend_of's word for the items whose rating did not move)
_TRENDS = {MOVED_UP: UP, MOVED_DOWN: DOWN, UNMOVED_ITEMS: SAME}
# the words a movement is said with (stated_changes._MOVED's), each its way
_UP = re.compile(rf"{MOVED_UP_WORDS}|評価が上が")
_DOWN = re.compile(rf"{MOVED_DOWN_WORDS}|評価が下が")


def trend_of(what: str) -> str:
    """改善, 後退 or 変化なし of a disagreement's ``what`` (MOVED_UP…), else ""."""
    return _TRENDS.get(what, "")


def _said(number: NotCompared) -> str:
    """MOVED_UP or MOVED_DOWN by the last word of a movement before the number, else "";
    UNMOVED_ITEMS for one whose words say it did not move."""
    if number.reason == UNMOVED:
        return UNMOVED_ITEMS
    digits = re.search(rf"(?<![\d.]){int(number.stated or 0)}(?![\d.])", number.phrase)
    before = number.phrase[: digits.start()] if digits else number.phrase
    found = [(m.start(), MOVED_UP) for m in _UP.finditer(before)]
    found += [(m.start(), MOVED_DOWN) for m in _DOWN.finditer(before)]
    return max(found)[1] if found else ""


def compare_moves(
    checked: CheckResult, comparison: Callable[[], Comparison], scale: Scale
) -> CheckResult:
    """``checked`` with each number of items that moved since last year, of the whole plan or
    of one top-level group, compared with ``comparison``'s (compare of last year's round and
    this one, made only where such a number is stated); one below the top level left listed."""
    said = {s.location for s in checked.statements if s.below or s.among}
    moves = [
        (number, what)
        for number in checked.not_compared
        if number.reason in (MOVED, UNMOVED)
        and number.location not in said
        and (what := _said(number))
    ]
    if not moves or all(scale.rank(status.symbol) is None for status in scale.statuses):
        return checked
    compared = comparison()
    wrong = []
    for number, what in moves:
        counted = sum(
            1
            for movement in compared.movements
            if (SAME if movement.kind == "same" else compared.trend(movement)) == _TRENDS[what]
            and number.policy_id in (None, movement.entry.policy_id)
        )
        if counted != number.stated:
            wrong.append(
                Disagreement(
                    number.policy_id,
                    what,
                    number.stated,
                    counted,
                    number.location,
                    number.scope,
                    phrase=number.phrase,
                )
            )
    taken = {id(number) for number, _ in moves}
    done = {(n.location, n.phrase, n.stated): what for n, what in moves}
    return replace(
        checked,
        statements=tuple(_compared(statement, done) for statement in checked.statements),
        disagreements=(*checked.disagreements, *wrong),
        not_compared=tuple(n for n in checked.not_compared if id(n) not in taken),
        compared=checked.compared + len(moves),
    )


def _compared(
    statement: StatedCounts, done: dict[tuple[Location, str, int | float], str]
) -> StatedCounts:
    """``statement`` with each of its numbers ``done`` compared (keyed by place, words and
    value) said so: what it counts (MOVED_UP…), no reason left of 「比べていません」."""
    if not any(key[0] == statement.location for key in done):
        return statement
    numbers = tuple(
        replace(n, what=what, reason="", settled=False)
        if n.reason in (MOVED, UNMOVED)
        and (what := done.get((statement.location, n.phrase, n.value), ""))
        else n
        for n in statement.numbers
    )
    return replace(statement, numbers=numbers)
