"""validate --plan: the returned rows against the plan — items not in it, named otherwise,
or missing from every file — and the plan's own list against its project cards."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from planeval.combine import describe
from planeval.cycle.submission import lead_of
from planeval.ids import parse_item
from planeval.model import Entry, ItemSeen, Problem, Severity
from planeval.plan import Plan, PlanItem, numbered_as_read
from planeval.text import MARKS, comparable_name
from planeval.wording import DEFAULT_WORDING, Wording


def _plan_key(project_id: str, item_no: int | None, name: str) -> tuple[str, str]:
    return project_id, str(item_no) if item_no is not None else comparable_name(name)


def against_plan(
    entries: Sequence[Entry],
    plan: Plan,
    items_seen: Sequence[ItemSeen] = (),
    *,
    absent: Collection[str] = (),
    wording: Wording = DEFAULT_WORDING,
    repeat_symbol: str | None = None,
) -> list[Problem]:
    """Items not in the plan, named differently, or missing from every file (except those of
    the departments in ``absent``, which returned nothing: the submission status says so).
    A repeat listing (rated ``repeat_symbol``) the plan does not list is no error: a plan
    lists each item once, where it is rated."""
    plan = numbered_as_read(plan, ((entry.project_id, entry.item_label) for entry in entries))
    planned: dict[tuple[str, str], list[PlanItem]] = {}
    for item in plan.items:
        planned.setdefault(_plan_key(item.project_id, item.item_no, item.item_name), []).append(
            item
        )
    problems = []
    # an item whose row is there with a wrong status is reported for that, not as missing;
    # items sharing a number ((1)ア and (1)イ are both (1)) are told apart by their names
    seen: set[tuple[str, str] | tuple[str, str, str]] = set()
    for _body, project, number, name in items_seen:
        key = _plan_key(project, number, name)
        seen |= {key, (*key, comparable_name(name))}
    for entry in entries:
        key = _plan_key(entry.project_id, entry.item_no, entry.item_name)
        name = comparable_name(entry.item_name)
        seen |= {key, (*key, name)}
        candidates = planned.get(key)
        if candidates is None and entry.status == repeat_symbol:
            continue
        if candidates is None:
            problems.append(
                Problem(
                    entry.location,
                    Severity.ERROR,
                    f"{describe(entry)} は計画にない{wording.item}です",
                    f"{wording.project_short}番号・{wording.item}の番号を計画事業一覧と照らしてください",
                )
            )
        elif all(name != comparable_name(item.item_name) for item in candidates):
            named = "」「".join(item.item_name for item in candidates)
            problems.append(
                Problem(
                    entry.location,
                    Severity.ERROR,
                    f"{entry.shown_id} の名称が計画と違います: "
                    f"「{entry.item_name}」（計画: 「{named}」、{candidates[0].location}）",
                    "計画事業一覧の名称に合わせてください",
                )
            )
    for key, items in planned.items():
        for item in items:
            # (one plan item of its number: its row, named differently, was said above)
            own = (*key, comparable_name(item.item_name)) if len(items) > 1 else key
            if own in seen or item.ended or lead_of(item) in absent:
                continue
            problems.append(
                Problem(
                    item.location,
                    Severity.ERROR,
                    f"計画の{wording.item} {item.project_id}{item.item_label} {item.item_name} が"
                    "どのファイルにもありません",
                    "所管部の調査票が届いているか、行が削除されていないか確認してください",
                )
            )
    return problems


def plan_disagreements(plan: Plan) -> list[Problem]:
    """Where the plan's list and its project card (個票) word an item differently."""
    problems = []
    for item in plan.items:
        if not item.card_item:
            continue
        card = parse_item(item.card_item)
        listed = f"{item.item_label} {item.item_name}"
        if comparable_name(card.name) != comparable_name(item.item_name):
            message = (
                f"計画事業一覧と事業個票で {item.project_id}{item.item_label} の名称が違います"
            )
        elif sorted(MARKS.findall(card.name)) != sorted(MARKS.findall(item.item_name)):
            message = f"計画事業一覧と事業個票で {item.project_id}{item.item_label} の【新規】【拡充】の表示が違います"
        else:
            continue
        problems.append(
            Problem(
                item.location,
                Severity.NOTICE,  # about the plan as published, not about the returns
                f"{message}: 一覧「{listed}」／個票「{item.card_item}」",
                "計画書としてはどちらかに揃えてください（planeval は一覧の名称を使います）",
            )
        )
    return problems
