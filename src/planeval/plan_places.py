"""A form's projects placed under the plan's policies where the form names no policy.

A plan numbering its 施策 straight through, 1–40 under 基本目標 Ⅰ–Ⅴ (its 基本目標 column
saying which: io/plan_through.py), is answered by a 部 whose form has 施策番号 | 施策名 |
事務事業名 and no 基本目標 column: its 施策 10 is read as a level of its own, policy 10 (the
project its own policy), and was counted beside Ⅰ–Ⅴ as 基本目標 10 (review 103). The plan
says where it belongs: it is placed under the plan's policy, numbered as the plan and a form
with the 基本目標 column number it (2-10), and counted there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planeval.model import ReadResult

if TYPE_CHECKING:
    from planeval.plan import Plan


def place_by_plan(result: ReadResult, plan: Plan) -> None:
    """``result``'s rows read with their project as their own policy (施策 10 as 基本目標 10)
    placed under the policy of the plan's project numbered so through the plan (2-10)."""
    through = {
        item.project_label: (item.policy_id, item.policy_label, item.project_id)
        for item in plan.items
        if item.project_label and item.project_id == f"{item.policy_id}-{item.project_label}"
    }
    if not through:  # (most plans: their projects' numbers carry their policies')
        return
    placed = []
    for entry in result.read:
        found = through.get(entry.project_id)
        if found is None or entry.policy_id != entry.project_id or entry.direction_id:
            placed.append(entry)
            continue
        policy, label, project = found
        placed.append(entry._replace(policy_id=policy, project_id=project))
        if label:
            result.level_labels.setdefault(policy, label)
    result.read = placed
    result.items_seen = [  # (its rows left blank, as the plan pairs them)
        (body, through[project][2] if project in through else project, number, name)
        for body, project, number, name in result.items_seen
    ]
