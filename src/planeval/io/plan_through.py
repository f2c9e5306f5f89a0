"""A plan numbering its projects straight through, their policy in a column of its own.

枚方市's 事務事業一覧 lists 基本目標 | 施策番号 | 施策名 | 事務事業名, its 施策 numbered 1–40
across 基本目標 Ⅰ–Ⅴ: 施策 10 is of 基本目標 Ⅱ, as its row's 基本目標 cell 「Ⅱ　健やかで…」 says,
not of a 基本目標 10 (review 103: its 未提出 rows counted under Ⅱ and Ⅳ for 施策 2 and 4). Each
such project is placed under the policy its cell numbers and numbered as the forms number a
施策 under a 基本目標 heading (2-10), shown as typed (10). Its cell is read as typed, its number
too where written in digits: 西羽根市's 「基本目標2　いきいきと…」 beside 施策 7 (review 196 #1:
the number was dropped before it was read, and a late 部's 施策 7 made a 基本目標7)."""

from __future__ import annotations

from dataclasses import replace

from planeval.io.levels import level_id
from planeval.plan import PlanItem
from planeval.text import HEADING_WORDS


def under_policies(items: list[PlanItem], words: tuple[str, ...] = HEADING_WORDS) -> list[PlanItem]:
    """The items of projects numbered by one number each (no policy's in it) placed under the
    policy their policy cell numbers, where the plan numbers some project otherwise than its
    policy (施策 2 under Ⅰ: numbered through; a plan whose 改革項目 1 is its own policy 1 is
    left as it is)."""
    policies = {
        index: own_id
        for index, item in enumerate(items)
        if "-" not in item.project_id
        and item.policy_name
        and (own_id := level_id(item.policy_name, words)[0]) is not None
        and "-" not in own_id
    }
    if all(items[index].project_id == own_id for index, own_id in policies.items()):
        return items
    placed = list(items)
    for index, policy in policies.items():
        item = items[index]
        placed[index] = replace(
            item,
            policy_id=policy,
            project_id=f"{policy}-{item.project_id}",
            project_label=item.project_label or item.project_id,
        )
    return placed
