"""The plan as the returned forms shape it before plan_pairing pairs their rows with its items:
a plan of two levels renumbered as a form's three (1-1 ア as 1 (1)ア), and its 再掲 items named
as the rows marking them name them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from planeval.model import Entry
from planeval.plan import Plan
from planeval.repeat_marks import without_repeat_mark
from planeval.text import comparable_name

# An item cell carrying the level above the item: 「(1)ア」 under 改革項目 「1 …」.
_MIDDLE_LEVEL = re.compile(r"^[（(]\s*(\d+)\s*[）)]")


def repeats_as_read(plan: Plan, repeats: Sequence[Entry]) -> Plan:
    """The plan's 再掲 items named as the rows listing them name them, where a row's name is
    the item's with the repeat mark added: a form made before the mark was read off the plan's
    取組項目 (「審議会の活用（1.5再掲）」) wrote it after the 取組内容 (「…実施する。（1.5再掲）」),
    and such forms, already with the departments, still pair with their plan (review 99)."""
    marked = {
        (row.project_id, row.item_no, comparable_name(bare)): row.item_name
        for row in repeats
        if (bare := without_repeat_mark(row.item_name)) != row.item_name
    }
    if not marked:
        return plan
    items = [
        replace(item, item_name=name)
        if item.repeat_listing
        and (name := marked.get((item.project_id, item.item_no, comparable_name(item.item_name))))
        is not None
        else item
        for item in plan.items
    ]
    return replace(plan, items=items)


def two_levels_as_read(plan: Plan, read: Iterable[tuple[str, str]]) -> Plan:
    """A plan of two levels lists 1-(1) over ア and イ, and a body's form writes 改革項目 「1 …」
    over 「(1)ア …」 — project 1, item (1)ア, numbered (1) — so every item of the plan is
    renumbered so (1-1 ア → 1 (1)ア). The plan as it is when no row is numbered so."""
    projects = {item.project_id for item in plan.items}
    inside = {
        f"{project_id}-{int(match[1])}"
        for project_id, label in read  # (each row's project and item label)
        if "-" not in project_id and (match := _MIDDLE_LEVEL.match(label))
    }
    if not inside & projects or any(project.count("-") != 1 for project in projects):
        return plan
    renumbered = []
    for item in plan.items:
        upper, middle = item.project_id.split("-")
        renumbered.append(
            replace(
                item,
                project_id=upper,
                item_no=int(middle),
                item_label=f"({middle}){item.item_label}",
            )
        )
    return replace(plan, items=renumbered)


def through_as_read(plan: Plan, read: Iterable[str]) -> Plan:
    """A plan of two levels lists 1-(1) over ア and イ, and the forms number the same groups on
    through each 基本目標 under its 施策 headings (「施策1 …」 over 「(1) …」, 「施策2 …」 over
    「(3) …」: numbering_runs.through_directions): the form's (1)ア under 施策1, read 1-1-1, is
    the plan's 1-(1)ア, so each of the plan's projects is renumbered as the rows' ``read`` (their
    project IDs) number it — the 施策 heading a grouping the plan does not number (review 166
    #2: every row said misnumbered, 「計画では「1-1ア」」). The plan as it is otherwise."""
    from planeval.numbering_runs import through_directions

    if any(item.project_id.count("-") != 1 for item in plan.items):
        return plan
    under = {own: project for project, own in through_directions(read).items()}
    if not under:
        return plan
    items = [
        replace(item, project_id=under[item.project_id]) if item.project_id in under else item
        for item in plan.items
    ]
    return replace(plan, items=items)
