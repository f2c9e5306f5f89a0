"""A policy the forms give that the plan has not, over a project the plan lists under another
(review 115 #2: 建設緑政局's 政策 column titled as planeval did not know, its 施策 1-2-2 put under a
nameless 政策 「1」 made of the number's first part — the plan's 政策 1-2 lost a row, said only in
a notice). Said once per file and policy, as a warning: the count by policy is wrong."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.model import Entry, Problem, Severity
from planeval.plan import Plan
from planeval.wording import Wording


def stray_policies(entries: Sequence[Entry], plan: Plan, wording: Wording) -> list[Problem]:
    """A warning at the first row of each file's policy that is none of the plan's, whose
    project the plan lists under one of its own."""
    planned = {item.project_id: item for item in plan.items}
    policies = {item.policy_id for item in plan.items}
    said: dict[tuple[str, str], Problem] = {}
    for entry in entries:
        item = planned.get(entry.project_id)
        if item is None or entry.policy_id in policies or entry.policy_id == item.policy_id:
            continue  # (the usual row: its policy the plan's)
        key = (entry.location.file, entry.policy_id)
        if key in said:
            continue
        policy, project = wording.policy, wording.project
        named = f"{item.policy_id} {item.policy_name}".strip()
        said[key] = Problem(
            entry.location,
            Severity.WARNING,
            f"{policy}「{entry.policy_id}」は計画にない{policy}です: {project} {entry.project_id}"
            f" は計画では{policy} {named} の{project}ですが、このファイルの行は{policy}"
            f"「{entry.policy_id}」として数えています",
            f"この表の{policy}の列が読めているか（列名が「{policy}」か）、{policy}の番号が計画と"
            "同じか確かめてください",
            value=entry.policy_id,
        )
    return list(said.values())
