"""The plan's own list against its project cards (個票): each item the two word differently —
its name, or its 【新規】【拡充】 marks —, said item by item by template as it makes the forms
(plan_disagreements) and in one notice by validate (plan_disagreements_said)."""

from __future__ import annotations

from planeval.ids import parse_item
from planeval.model import Location, Problem, Severity
from planeval.plan import Plan, PlanItem
from planeval.text import MARKS, comparable_name
from planeval.wording import DEFAULT_WORDING, Wording

_NAME, _MARKS = "名称", "【新規】【拡充】の表示"


def _disagreeing(plan: Plan) -> list[tuple[PlanItem, str]]:
    """Each item the plan's list and its project card (個票) word differently, and how."""
    found = []
    for item in plan.items:
        if not item.card_item:
            continue
        card = parse_item(item.card_item)
        if comparable_name(card.name) != comparable_name(item.item_name):
            found.append((item, _NAME))
        elif sorted(MARKS.findall(card.name)) != sorted(MARKS.findall(item.item_name)):
            found.append((item, _MARKS))
    return found


def plan_disagreements(plan: Plan) -> list[Problem]:
    """Where the plan's list and its project card (個票) word an item differently."""
    return [
        Problem(
            item.location,
            Severity.NOTICE,  # about the plan as published, not about the returns
            f"計画事業一覧と事業個票で {item.shown_id} の{how}が違います: "
            f"一覧「{item.item_label} {item.item_name}」／個票「{item.card_item}」",
            "計画書としてはどちらかに揃えてください（planeval は一覧の名称を使います）",
        )
        for item, how in _disagreeing(plan)
    ]


DISAGREEMENTS_NAMED = 20  # items one notice of the list's and cards' wording names


def plan_disagreements_said(plan: Plan, wording: Wording = DEFAULT_WORDING) -> list[Problem]:
    """plan_disagreements as validate says them: several in one notice, each item named with
    its cell. They are about the plan as published, the same every round, and nothing in a
    department's form changes them (review 26: 14 of a clean round's 17 notices); template
    says each in full when the forms are made from the plan."""
    found = _disagreeing(plan)
    if len(found) < 2:
        return plan_disagreements(plan)
    kinds: dict[str, list[str]] = {}
    for item, how in found:
        kinds.setdefault(how, []).append(f"{item.shown_id}（{item.location.cell}）")
    said = "；".join(
        f"{how} {len(items)} 件: {'・'.join(items[:DISAGREEMENTS_NAMED])}"
        + (
            f" ほか {len(items) - DISAGREEMENTS_NAMED} 件"
            if len(items) > DISAGREEMENTS_NAMED
            else ""
        )
        for how, items in kinds.items()
    )
    first = found[0][0].location
    return [
        Problem(
            Location(first.file, first.sheet),
            Severity.NOTICE,
            f"計画事業一覧と事業個票で {wording.item} {len(found)} 件の表記が違います（{said}）",
            "計画書としてはどちらかに揃えてください（planeval は一覧の名称を使います。"
            "一つずつの違いは planeval template で調査票を作るときに示します）",
        )
    ]
