"""A round whose rows the plan refuses for their numbers, read against the settings' plan: last
year's round, its 取組 numbered as they were before this year's plan renumbered them, read with
this year's [plan] file, had each row told 「計画の一覧の番号に直してください」 — to renumber last
year's book (review 119 #4). README reads last year's round with --no-plan; the round saying
which year it is, that is said once beside those errors. One such row is a number mistyped as
well, and is said so only of a round that shows itself an earlier one: its titles state a year
before the one the plan states, or its files' or folder's names say 前年度 or 前回 (review 122
101-6)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from planeval.fiscal import era_year, named_years, titled_year
from planeval.lazy_pattern import LazyPattern
from planeval.model import Location, Problem, ReadResult, Severity
from planeval.plan import Plan
from planeval.stated_year import year_seen

# a round's file or folder named as an earlier one: 「前年度」, 「昨年度」, 「前回」
_EARLIER_NAME = LazyPattern(r"前年度|昨年度|前回")


def earlier_round(
    result: ReadResult, renumbered: int, problems: Sequence[Problem], plan: Plan
) -> list[Problem]:
    """A notice naming --no-plan where ``renumbered`` rows of ``result`` are in error for their
    numbers alone and the round states its fiscal year (or is named 前回); none where a message of ``problems``
    already names --no-plan (a file none of whose rows is in the plan: against_plan), nor for
    one row (a number mistyped: a plan renumbering its items moves two or more) of a round not
    shown earlier than ``plan`` (see above)."""
    if not renumbered or any("--no-plan" in problem.hint for problem in problems):
        return []
    seen = year_seen(result)
    named = _named_earlier(result) if seen is None or renumbered == 1 else ""
    if renumbered == 1 and not named:
        planned = plan_year(plan)
        if seen is None or planned is None or seen[0] >= planned:
            return []
    if seen is not None:
        year, where = seen
        said = f"この回は{era_year(year)}の回です（{where}）"
    elif named:
        said = f"この回は前の回のようです（{named}）"
    else:
        return []
    first = next(problem.location for problem in problems if problem.is_error)
    return [
        Problem(
            Location(first.file),
            Severity.NOTICE,
            f"{said}。名称は計画と同じで番号だけが計画と違う行が {renumbered} 行あります",
            "計画がこの回の後に番号を改めたもの（今年度の計画）で、この回が前年度の回なら、番号は"
            "直さずに --no-plan で読んでください（計画と照らさず、この回の番号のまま数えます）",
        )
    ]


def plan_year(plan: Plan) -> int | None:
    """The one fiscal year the plan states: its title's (「令和6年度 …取組一覧」, not a period
    「令和5年度～令和8年度」), else its workbook's or folder's name's."""
    if (year := titled_year([plan.title])) is not None or plan.file is None:
        return year
    path = Path(plan.file)
    years = named_years([path.stem]) or named_years([path.parent.name])
    return years.pop() if len(years) == 1 else None


def _named_earlier(result: ReadResult) -> str:
    """「r5.xlsx のフォルダ名「前年度」」 where a file's or its folder's name says 前年度 or 前回."""
    for file in result.files:
        path = Path(file)
        for name, what in ((path.stem, "ファイル名"), (path.parent.name, "フォルダ名")):
            if found := _EARLIER_NAME.search(name):
                return f"{file} の{what}「{found[0]}」"
    return ""
