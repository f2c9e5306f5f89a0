"""A plan's item no file of the round holds, as against_plan says it: at the plan's cell, naming
the department that leads it (所管課) and the files that department returned, which lack its
row; where the plan added the item this year, that 課 may have sent last year's form again under
this year's title, and is to send this year's (review 138 #4: the error named no 課, and a
notice offered --no-plan for a round as new as the plan)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from planeval.cycle.submission import lead_of
from planeval.marks import named_unit
from planeval.model import Problem, Severity
from planeval.plan import Plan, PlanItem


def missing_said(
    item: PlanItem,
    named: str,
    files: Sequence[str],
    added: bool,
    plan: Plan,
    word: str,
    circled: bool = True,
) -> Problem:
    """The error of a plan's item no file holds (``named``: as _named), naming its lead (所管課)
    and the files it returned (``files``) where it did: those lack the row. Where the plan added
    the item (``added``: added_items), a 課 that sent last year's form again under this year's
    title is told to send this year's (review 138 #4: 人事課 unnamed, the item new in the plan).
    Its number circled only where the forms circle theirs (``circled``: PlanItem.written_id)."""
    unit, lead = named_unit(plan.departments), lead_of(item)
    said = f"計画の{word} {item.written_id(circled)} {named} がどのファイルにもありません"
    if not lead:
        fix = f"所管{unit}の調査票が届いているか、行が削除されていないか確認してください"
        return Problem(item.location, Severity.ERROR, said, fix)
    if not files:
        fix = f"{lead}の調査票が届いているか、行が削除されていないか確認してください"
        return Problem(item.location, Severity.ERROR, f"{said}（所管{unit}: {lead}）", fix)
    shown = "、".join(files[:3]) + (f" ほか {len(files) - 3} ファイル" if len(files) > 3 else "")
    said += f"（所管{unit}: {lead}。{lead}の回答 {shown} にこの行がありません）"
    fix = f"{lead}の調査票で行が削除されていないか確認してください"
    if added:  # (an item the plan added: last year's form has no row of it)
        fix = (
            f"計画に新しく加わった{word}です。{lead}が前年度の調査票を写して（表題の年度だけ"
            "改めて）回答していないか確かめ、そうなら今年度の調査票で回答し直してもらって"
            f"ください。前からある{word}なら、{fix}"
        )
    elif item.treatment:  # (its 区分 says it was there before: its row deleted — review 178 #5)
        fix = f"計画の区分は「{item.treatment}」で、前からある{word}です。{fix}"
    return Problem(item.location, Severity.ERROR, said, fix)


def added_items(missing: Sequence[PlanItem], plan: Plan) -> list[PlanItem]:
    """The items of ``missing`` the plan has added: marked 新規 in its 区分; where it has none,
    the last of its project, after another (as a plan adds one; a project of one item — a
    取組項目 rated as one row — tells nothing). One its 区分 carries on (継続, 拡大) is not new,
    wherever it stands (review 178 #5: 2-2-1③ 継続, its row deleted, was said new)."""
    last = {planned.project_id: planned.location for planned in plan.items}
    held = Counter(planned.project_id for planned in plan.items)
    return [
        one
        for one in missing
        if "新規" in one.treatment
        or (
            not one.treatment
            and last.get(one.project_id) == one.location
            and held[one.project_id] > 1
        )
    ]
