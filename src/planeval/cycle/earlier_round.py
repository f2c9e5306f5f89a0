"""A round whose rows the plan refuses for their numbers, read against the settings' plan: last
year's round, its 取組 numbered as they were before this year's plan renumbered them, read with
this year's [plan] file, had each row told 「計画の一覧の番号に直してください」 — to renumber last
year's book (review 119 #4). README reads last year's round with --no-plan; the round saying
which year it is, that is said once beside those errors."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.fiscal import era_year
from planeval.model import Location, Problem, ReadResult, Severity
from planeval.stated_year import year_seen


def earlier_round(
    result: ReadResult, renumbered: int, problems: Sequence[Problem]
) -> list[Problem]:
    """A notice naming --no-plan where ``renumbered`` rows of ``result`` are in error for their
    numbers alone and the round states its fiscal year; none where a message of ``problems``
    already names --no-plan (a file none of whose rows is in the plan: against_plan), nor for
    one row (a number mistyped: a plan renumbering its items moves two or more)."""
    if renumbered < 2 or any("--no-plan" in problem.hint for problem in problems):
        return []
    seen = year_seen(result)
    if seen is None:
        return []
    year, where = seen
    first = next(problem.location for problem in problems if problem.is_error)
    return [
        Problem(
            Location(first.file),
            Severity.NOTICE,
            f"この回は{era_year(year)}の回です（{where}）。名称は計画と同じで番号だけが計画と違う"
            f"行が {renumbered} 行あります",
            "計画がこの回の後に番号を改めたもの（今年度の計画）で、この回が前年度の回なら、番号は"
            "直さずに --no-plan で読んでください（計画と照らさず、この回の番号のまま数えます）",
        )
    ]
