"""The plan's order of its items (計画事業一覧の順), in which every output lists a read's rows
when the plan is given: a 施策's 事務事業 as the 実施計画 lists them, the same every year
whichever department's form was read first or came back at all (review 124 #2: 川崎市's
1-1-1 listed 防災施設整備事業 first, まちづくり局's file name sorting before 総務企画局's).

Without the plan, rows keep report.chapter3_rows.sort_entries' order: numbered items by
their numbers, others as read. The order is asked once per output, by sorting its rows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from planeval.model import Entry, first_places

if TYPE_CHECKING:
    from planeval.plan import Plan

PlanPlaces = Mapping[tuple[str, str], int]
"""Each item of the plan, keyed as plan.lead_key keys a row → its place in the plan's list."""


def plan_places(plan: Plan) -> dict[tuple[str, str], int]:
    """Each of the plan's items → its place in the plan (its sub-items share their item's)."""
    from planeval.plan import lead_key

    places: dict[tuple[str, str], int] = {}
    for item in plan.items:
        places.setdefault(lead_key(item), len(places))
    return places


def in_plan_order(rows: Iterable[Entry], places: PlanPlaces) -> list[Entry]:
    """``rows`` with each body's in the plan's order of their items (one of no item of the
    plan after them, a sub-item under its item as read); as they are where ``places`` is
    empty (no plan given: nothing more imported). Sorting by project and number after this
    (sort_entries, stable) keeps it."""
    if not places:
        return list(rows)
    from planeval.plan import lead_key  # (a read given the plan: read with it already)

    rows = list(rows)
    rank = first_places(row.body for row in rows)
    last = len(places)
    return sorted(
        rows,
        key=lambda row: (
            rank[row.body],
            places.get(lead_key(row), last),
        ),
    )
