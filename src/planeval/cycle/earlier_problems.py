"""An earlier round's own problems, as compare and rounds say them: once, as what they mean for
the comparison. 東尾張県's clerk compared last year's compiled book with this year's; last
year's had 警察本部's three rows blank, and compare stopped on those three errors, exit 1 every
year from then on — with --keep-going it compared rightly (the three 前回未集計) and still
repeated last year's errors and 合計 warning, exit 1 (review 180 #6). Those rows were that
year's business, settled or not when its report went out; this year's compare cannot fix them.

So the problems found in the rows of an earlier round's workbooks that were read (its errors,
and its warnings and notices at a cell of them) are said in one notice naming how many
there were, that the rows in error are 未集計 in the comparison, and how to see them one by one;
they make no error of the comparison. (Notices alone are said as they are: one notice for one
is no shorter.) Kept as they are: a workbook of it that could not be read
or was left out whole (locked by Excel, damaged, another year's: a fix now, and its body's items
all 未集計), what is of no workbook read (the settings, the plan), and every problem of a round
none of whose rows was counted (a round that could not be read at all stops, as it did).

The library says it, not the commands: ``planeval.compare`` and ``planeval.rounds`` given the
earlier rounds' paths (``given``), ``check_under`` given ``--previous``'s (told_last_year)."""

from __future__ import annotations

import os
from collections import Counter

from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult


def told_once(
    result: ReadResult,
    round_name: str,
    item: str,
    given: str,
    uncounted: str | None = "前回未集計",
) -> list[Problem]:
    """``result``'s problems with those of its rows' data (above) as one notice: ``round_name``
    the round as the comparison names it (前回, 令和5年度, check's 前年度), ``item`` the body's
    word for an item, ``given`` the round's path as given (what validate is to be run on),
    ``uncounted`` what the comparison shows a row in error as (compare's 前回未集計, rounds'
    未集計; None: check, which shows no row, says it is not in that round's counts)."""
    if not result.entries:  # (nothing counted: its errors are why, and stop the comparison)
        return result.problems
    counted = set(result.files) - set(result.left_out)
    folded = [p for p in result.problems if _its_data(p, counted)]
    if all(problem.severity is Severity.NOTICE for problem in folded):
        return result.problems  # (a notice or two said as they are: no shorter said once)
    kept = [p for p in result.problems if not _its_data(p, counted)]
    return [*kept, _notice(folded, (round_name, uncounted), item, given)]


def told_last_year(
    last: ReadResult, item: str, given: str, *, beside: ReadResult | None = None
) -> None:
    """check --previous's last year (``last``, its path ``given``) with its own problems told
    once in place, its rows in error not in last year's counts (check shows no row); ``beside``:
    the same round read under check's second planeval.toml, whose problems join ``last``'s
    first, one both reads found said once (two_scales.both_problems), then told once together."""
    if beside is not None:
        from planeval.two_scales import both_problems

        last.problems = both_problems(last.problems, beside.problems)
    last.problems = told_once(last, "前年度", item, given, None)


def _its_data(problem: Problem, counted: set[str]) -> bool:
    """Whether ``problem`` is of the rows of a workbook read and counted: an error anywhere in
    it, a warning or notice at a cell of it (not one of a sheet or the workbook: a sheet skipped,
    an export's rows it records as left out, which say what the comparison holds)."""
    place = problem.location
    if place.file not in counted:
        return False
    return problem.is_error or place.cell is not None


def _notice(folded: list[Problem], named: tuple[str, str | None], item: str, given: str) -> Problem:
    round_name, uncounted = named
    # (as the closing line counts them: not one that sums up the errors after it)
    severities = Counter(problem.severity for problem in folded if not problem.sums_up)
    kinds = "、".join(
        f"{severity.label} {severities[severity]} 件"
        for severity in Severity
        if severities[severity]
    )
    files = list(dict.fromkeys(problem.location.file for problem in folded))
    where = files[0] if len(files) == 1 else os.path.commonpath(files) or given
    said = (
        f"{round_name}のブックの問題（{kinds}）は{round_name}の集計のときのものとして、"
        "ここでは一つずつ示していません"
    )
    if severities[Severity.ERROR] and uncounted is None:
        said += (
            f"。エラーで数えなかった{round_name}の行の{item}は、{round_name}の件数に含めていません"
        )
    elif severities[Severity.ERROR]:
        said += f"。エラーで数えなかった{round_name}の行の{item}は「{uncounted}」です"
    hint = f"一つずつ見るには planeval validate {given} を実行してください"
    return Problem(Location(where), Severity.NOTICE, said, hint)
