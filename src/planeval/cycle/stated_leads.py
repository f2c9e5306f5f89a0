"""A row whose form states another lead (所管部) than the plan's: every reading command given
the plan warns of it at the form's department cell, naming both departments (review 162 #4).

This year's forms read with last year's plan: 世田谷区's 1-1-2④ moved to 子ども・若者部 in 令和5,
its form 「子ども・若者部（共管: 政策経営部）」, the plan given 政策経営部's (子ども・若者部 not even
a 関係部 of 1-1-2) — validate said 「問題は見つかりませんでした」 and compare nothing, though the
plan's lead decides who owes the item (提出状況: 政策経営部's 36, its form holding 35). The count
does not change (the row is the plan's item), so a warning, as a form's department the plan
names no more is (with_plan.departments_apart). Only a department the plan names is compared:
a form's 所管部 column may name a 課 or another unit, and a placeholder (関係各部) names nobody."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.cycle.against_plan import TextColumns
from planeval.marks import lead_and_others
from planeval.model import Entry, Problem, Severity
from planeval.plan import Plan, PlanItem, is_placeholder_department
from planeval.plan_pairing import numbered_as_read
from planeval.text import comparable_name
from planeval.text_cells import text_cell
from planeval.wording import DEFAULT_WORDING, Wording


def stated_leads(
    entries: Sequence[Entry],
    plan: Plan,
    columns: TextColumns,
    *,
    wording: Wording = DEFAULT_WORDING,
    repeat_symbol: str | None = None,
) -> list[Problem]:
    """A warning at each row of ``entries`` whose department cell (``columns``:
    ReadResult.text_columns; else its status cell) states as its lead a department of the
    plan other than the plan's lead of its item. A repeat listing (``repeat_symbol``) is rated
    where it is listed first: not compared."""
    known = {name for name in plan.departments if not is_placeholder_department(name)}
    if not known:
        return []
    found: dict[tuple[str, str, str], list[PlanItem]] = {}
    for one in numbered_as_read(plan, entries).items:
        key = _key(one.project_id, one.item_no, one.item_label, one.item_name)
        found.setdefault(key, []).append(one)
    # (one item a key: 「(1)ア」 and 「(1)イ」 share a number, told apart by their labels)
    items = {key: ones[0] for key, ones in found.items() if len(ones) == 1 and ones[0].departments}
    who = wording.department
    said = []
    for entry in entries:
        stated = lead_and_others(entry.department)[0] if entry.department else ""
        item = items.get(_key(entry.project_id, entry.item_no, entry.item_label, entry.item_name))
        if item is None or stated not in known or entry.status == repeat_symbol:
            continue
        lead = item.departments[0]
        if stated == lead or is_placeholder_department(lead):
            continue
        also = (
            "" if stated in item.departments else f"。「{stated}」はこの事業の関係部にもありません"
        )
        said.append(
            Problem(
                text_cell(entry.location, columns, "department"),
                Severity.WARNING,
                f"{entry.shown_id} の{who}が計画と違います: 調査票では「{stated}」、計画では"
                f"「{lead}」です（{item.department_location or item.location}）{also}。"
                f"計画がこの回の年度のものでないおそれがあります（件数は変わりません）",
                "この回の年度の計画を --plan（または planeval.toml の [plan] file）に指定してください。"
                f"計画が今の版なら、調査票の{who}を計画に合わせ、「{lead}」に記入してもらってください",
            )
        )
    return said


def _key(project_id: str, number: int | None, label: str, name: str) -> tuple[str, str, str]:
    """An item as a row and the plan's item are paired here: its project, number and label
    (its name where it has none)."""
    return project_id, str(number), label or comparable_name(name)
