"""A plan's sub-item row in the seed's shape: the item's first 細目 on its own row, the others on
rows below with the 事業 and 実施内容 cells blank (世田谷区's 1-1-3① over 「IC タグ」「電子資料公開
システム」…). Each such row is a sub-item of the item above, as the forms reader reads the same
shape in a status table (numbered.py: a row with no item, its 細目 named, rates the item above);
one that has no item of its project above is an error at its cell, never left out unsaid
(review 178 #1)."""

from __future__ import annotations

from dataclasses import replace

from planeval.model import Location, Problem, Severity
from planeval.plan import Plan, PlanItem


def add_sub_item(
    plan: Plan,
    above: PlanItem | None,
    project_id: str | None,
    where: Location,
    sub_item: str,
    treatment: str,
    figures: tuple[tuple[str, str], ...],
) -> None:
    """Into ``plan``, the item of a row naming only its 細目 (``sub_item``, at ``where``): the
    item ``above`` (the sheet's last, of the row's project ``project_id``) rated in that part,
    its own 区分 and figures where the row has them; else the error saying so at its cell."""
    if above is not None and above.project_id == project_id:
        plan.items.append(
            replace(
                above,
                location=where,
                sub_item=sub_item,
                treatment=treatment or above.treatment,
                figures=figures if any(shown for _, shown in figures) else above.figures,
            )
        )
        return
    plan.problems.append(
        Problem(
            where,
            Severity.ERROR,
            f"細目「{sub_item}」がどの実施内容のものか分かりません（実施内容の列が空で、"
            "上に同じ事業の実施内容の行がありません）。この行は計画の細目として読んでいません",
            "細目の行は、その実施内容の行（実施内容の列に「① 名前」がある行）のすぐ下に置くか、"
            "この行の実施内容の列に実施内容を書いてください",
        )
    )
