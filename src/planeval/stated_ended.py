"""A count a report states of the items the plan's 区分 ends (「完了・廃止の2取組を除く44取組」,
stated_number.ENDED): compared for check with the plan's own (ReadResult.plan_ended), not with
a status — 青葉台市's 「完了・廃止の2取組」 was read as D (評価できない) and said to differ from 0
(review 138 #2). No row is asked of those items, so without the plan it is never compared."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.check_result import Disagreement, NotCompared
from planeval.stated_number import ENDED
from planeval.statements import StatedCounts
from planeval.unreturned_said import Unreturned

_NO_PLAN = (
    "計画の区分で終えた（完了・廃止など）件数で、回答の行からは数えられないため比べていません"
    "（計画の一覧のブックを --plan で渡すと、計画の区分と照らし合わせます）"
)
_BELOW = "計画の区分で終えた件数は、計画全体と、いちばん上の区分ごとにだけ照らし合わせます"


def stated_ended(
    statements: Sequence[StatedCounts], plan: Unreturned | None
) -> tuple[list[Disagreement], list[NotCompared], int]:
    """(disagreements, not compared, how many compared) of the numbers ``statements`` say the
    plan ended: each compared with the items of its scope the plan's 区分 ends (``plan``:
    Unreturned.ended, read with the plan), else listed."""
    wrong: list[Disagreement] = []
    skipped: list[NotCompared] = []
    compared = 0
    for statement in statements:
        for number in (n for n in statement.numbers if n.what == ENDED):
            policy, scope, place = statement.policy_id, statement.scope, statement.location
            said = NotCompared(policy, scope, number.phrase, number.value, _NO_PLAN, place)
            if plan is None or plan.ended is None:
                skipped.append(said)
            elif statement.below or statement.among:
                skipped.append(
                    NotCompared(policy, scope, number.phrase, number.value, _BELOW, place)
                )
            elif number.value == (planned := plan.ended_in(policy)):
                compared += 1
            else:
                compared += 1
                wrong.append(
                    Disagreement(
                        policy, ENDED, number.value, planned, place, scope, phrase=number.phrase
                    )
                )
    return wrong, skipped, compared
