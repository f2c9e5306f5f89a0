"""A plan's level between its policies and its projects named without numbers (愛知県's 施策
column, 「行政手続のオンライン化と利便性の向上」 beside 事業番号 1-(1), review 112): its forms are
numbered by policy and project alone, and the level was left out of them without a word."""

from __future__ import annotations

from planeval.model import Location, Problem, Severity
from planeval.plan import Plan
from planeval.wording import DEFAULT_WORDING, Wording


def unnumbered_directions(plan: Plan, wording: Wording = DEFAULT_WORDING) -> list[Problem]:
    """One notice where ``plan``'s items name a direction with no number of its own."""
    named = [item for item in plan.items if item.direction_name and not item.direction_id]
    if not named:
        return []
    names = list(dict.fromkeys(item.direction_name for item in named))
    rest = f"ほか {len(names) - 1} 件" if len(names) > 1 else ""
    first = named[0].location
    return [
        Problem(
            Location(first.file, first.sheet),
            Severity.NOTICE,
            f"計画の{wording.direction}（「{names[0]}」{rest}）は番号がないため、調査票には"
            f"書いていません。調査票の行は{wording.policy}と{wording.project}の番号で並べています",
            f"回答の表の上に{wording.direction}の名前の行があれば、同じ名前の行を同じ"
            f"{wording.direction}として集計します",
        )
    ]
