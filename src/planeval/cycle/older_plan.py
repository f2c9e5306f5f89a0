"""A round read with an older plan: this year's replies, the plan since revised (an item
dropped, one added, 3-1-2 renumbered 3-1-3), read with last year's plan still named in
planeval.toml. Each row the revision changed was an error whose fix undid it in the replies —
「計画の一覧の番号「3-1-2②」に直してください」 of the renumbered 3-1-3②, the new 3-1-2① to be
renamed last year's 「ICT-BCPの見直し」 —, the plan's year said only in a notice among them
(review 136 #4). Where the plan states a year before the one the round states, one error says
so first, naming the plan, both years and the fix (this year's plan, with --plan or in
planeval.toml), and each row's fix is said as what to do only if the plan is right."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from planeval.cycle.against_plan import Judged
from planeval.cycle.earlier_round import plan_year_seen
from planeval.fiscal import era_year
from planeval.model import Location, Problem, ReadResult, Severity
from planeval.plan import Plan
from planeval.stated_year import year_seen

OLDER_PLAN = "older_plan"  # (Problem.kind of the error saying so: said before every other)


def older_plan(result: ReadResult, found: Judged, plan: Plan) -> Problem | None:
    """The error leading ``found``'s where its rows disagree with ``plan`` (an error of
    found's) and the plan states a year before the round's (stated_year.year_seen); else
    None."""
    errors = sum(problem.is_error for problem in found.problems)
    seen, planned = year_seen(result), plan_year_seen(plan)
    if not errors or seen is None or planned is None or planned[0] >= seen[0]:
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


def if_the_plan_is_right(problems: Sequence[Problem], lead: Problem) -> list[Problem]:
    """``problems``, each error's fix said as what to do only if the plan is right: after the
    error ``lead`` (older_plan), the plan's numbers and names are last year's."""
    return [
        replace(problem, hint=f"計画をこの回の年度のものにしても出るなら、{problem.hint}")
        if problem.is_error and problem.hint and problem is not lead
        else problem
        for problem in problems
    ]


def leading(problems: Sequence[Problem]) -> list[Problem]:
    """``problems`` with the older plan's error (older_plan) first: every row's error after it
    follows from it, whatever file it is of."""
    return sorted(problems, key=lambda problem: problem.kind != OLDER_PLAN)
