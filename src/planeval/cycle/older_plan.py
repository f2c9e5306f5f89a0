"""A round read with an older plan: this year's replies, the plan since revised (an item
dropped, one added, 3-1-2 renumbered 3-1-3), read with last year's plan still named in
planeval.toml. Each row the revision changed was an error whose fix undid it in the replies —
「計画の一覧の番号「3-1-2②」に直してください」 of the renumbered 3-1-3②, the new 3-1-2① to be
renamed last year's 「ICT-BCPの見直し」 —, the plan's year said only in a notice among them
(review 136 #4). Where the plan states a year before the one the round states, one error says
so first, naming the plan, both years and the fix (this year's plan, with --plan or in
planeval.toml), and each row's fix is said as what to do only if the plan is right.

A plan stating no year (one 計画事業一覧.xlsx titled with its period, 令和5年度～令和9年度) or a
round stating none: where the rows disagree with it as a revision would — a row of a plan's
item by name under another number, and a row the plan lacks or a plan's item no file holds —,
one error says first that the plan may not be the current one, what disagrees, counted, and the
fix, each row's fix then said as what to do if it is (maybe_older_plan). One row's number
mistyped keeps its own fix alone. Nor is the plan doubted where its title's span of years
(令和4年度～令和5年度) holds the round's, or where the rows disagreeing are all of one form and
at least two others match the plan: that form was copied from last year's, and the row's own
error says so (review 163 #1)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from planeval.cycle.against_plan import Judged
from planeval.cycle.earlier_round import named_earlier, plan_year_seen
from planeval.cycle.submission import lead_of
from planeval.cycle.workbook_owners import file_writers
from planeval.fiscal import era_year, stated_years
from planeval.model import Location, Problem, Severity
from planeval.plan import Plan
from planeval.read_records import ReadResult
from planeval.stated_year import year_seen

OLDER_PLAN = "older_plan"  # (Problem.kind of the error saying so: said before every other)
MAYBE_OLDER = "older_plan_maybe"  # (the same of a plan or round stating no year)
_IF_SO = {
    OLDER_PLAN: "計画をこの回の年度のものにしても出るなら、",
    MAYBE_OLDER: "計画が今の版なら、",
}


def older_plan(
    result: ReadResult, found: Judged, plan: Plan, item: str = "実施内容"
) -> Problem | None:
    """The error leading ``found``'s where its rows disagree with ``plan`` (an error of
    found's) and the plan states a year before the round's (stated_year.year_seen), or one of
    them states none and the rows disagree as a revision would (maybe_older_plan); else None.
    ``item``: the body's word for an item."""
    errors = sum(problem.is_error for problem in found.problems)
    seen, planned = year_seen(result), plan_year_seen(plan)
    if not errors:
        return None
    if seen is None or planned is None:
        return maybe_older_plan(result, found, plan, item)
    if planned[0] >= seen[0]:
        return None
    (year, where), (plan_of, how) = seen, planned
    named = f"計画『{plan.file}』" if plan.file else "計画"
    first = next(problem.location for problem in found.problems if problem.is_error)
    return Problem(
        Location(plan.file) if plan.file else Location(first.file),
        Severity.ERROR,
        f"{named}は{era_year(plan_of)}の計画ですが（{how}）、この回は{era_year(year)}の回です"
        f"（{where}）。計画と合わないエラー {errors} 件は、計画が古いためとみられます",
        f"調査票の番号・名称は直さないでください。{era_year(year)}の計画のブックを --plan で"
        "指定するか、planeval.toml の [plan] file をそのブックに改めて、読み直してください",
        kind=OLDER_PLAN,
    )


def maybe_older_plan(
    result: ReadResult, found: Judged, plan: Plan, item: str = "実施内容"
) -> Problem | None:
    """The error leading ``found``'s where the plan or the round states no year and the rows
    disagree with ``plan`` as its revision would: a row of a plan's item under another number
    (Judged.renumbered) and a row the plan lacks or a plan's item no file holds. None for a
    round named as an earlier one (前年度, 前回: earlier_round says --no-plan) or where a
    message already names --no-plan (a file of another numbering: against_plan)."""
    if not found.renumbered or not (found.unplanned or found.missing):
        return None
    if named_earlier(result) or any("--no-plan" in p.hint for p in found.problems):
        return None
    seen, planned = year_seen(result), plan_year_seen(plan)
    span = sorted(stated_years([plan.title])) if planned is None else []
    if len(span) > 1 and seen is not None and span[0] <= seen[0] <= span[-1]:
        return None  # (the plan's period holds the round's year)
    if _one_form(result, found, plan):
        return None
    counted = [
        (found.renumbered, "番号だけが違う行"),
        (found.misnamed, "名称だけが違う行"),
        (found.unplanned, "計画にない行"),
        (len(found.missing), f"どのファイルにもない計画の{item}"),
    ]
    said = "、".join(f"{what} {count} 件" for count, what in counted if count)
    named = f"計画『{plan.file}』" if plan.file else "計画"
    if len(span) > 1:
        stated = f"{named}は{era_year(span[0])}～{era_year(span[-1])}の計画で（表題）"
        if seen is not None:
            stated += f"、この回は{era_year(seen[0])}の回で（{seen[1]}）"
    elif planned is None:
        stated = f"{named}は表題にもファイル名にも年度がなく"
        if seen is not None:
            stated = f"この回は{era_year(seen[0])}の回ですが（{seen[1]}）、{stated}"
    else:
        stated = (
            f"{named}は{era_year(planned[0])}の計画ですが（{planned[1]}）、この回は年度が読み取れず"
        )
    first = next(problem.location for problem in found.problems if problem.is_error)
    return Problem(
        Location(plan.file) if plan.file else Location(first.file),
        Severity.ERROR,
        f"{stated}、計画と合わない行が計画を改めたときの形をしています（{said}）。"
        "計画が今の版でないおそれがあります",
        "調査票の番号・名称を直す前に、計画が今の版か確かめてください。今の版の計画のブックを "
        "--plan で指定するか、planeval.toml の [plan] file をそのブックに改めて、読み直して"
        "ください（計画が今の版で、この回が計画を改める前の回なら、--no-plan で読めます）",
        kind=MAYBE_OLDER,
    )


def _one_form(result: ReadResult, found: Judged, plan: Plan) -> bool:
    """Whether every row disagreeing with ``plan`` (in error, or a plan's item missing from the
    files its lead returned) is of one form, and at least two other forms were read."""
    forms = set(result.files)
    wrong = {p.location.file for p in found.problems if p.is_error and p.location.file in forms}
    writers = file_writers(result, plan.departments)
    for item in found.missing:
        lead = lead_of(item)
        wrong |= {file for file, writer in writers.items() if lead and writer == lead} or {lead}
    return len(wrong) == 1 and len(forms - wrong) >= 2


def if_the_plan_is_right(problems: Sequence[Problem], lead: Problem) -> list[Problem]:
    """``problems``, each error's fix said as what to do only if the plan is right: after the
    error ``lead`` (older_plan), the plan's numbers and names are last year's, or may be."""
    return [
        replace(problem, hint=f"{_IF_SO[lead.kind]}{problem.hint}")
        if problem.is_error and problem.hint and problem is not lead
        else problem
        for problem in problems
    ]


def leading(problems: Sequence[Problem]) -> list[Problem]:
    """``problems`` with the older plan's error (older_plan) first: every row's error after it
    follows from it, whatever file it is of."""
    return sorted(problems, key=lambda problem: problem.kind not in _IF_SO)
