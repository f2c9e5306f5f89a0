"""A round whose rows the plan refuses for their numbers, read against the settings' plan: last
year's round, its 取組 numbered as they were before this year's plan renumbered them, read with
this year's [plan] file, had each row told 「計画の一覧の番号に直してください」 — to renumber last
year's book (review 119 #4). README reads last year's round with --no-plan; the round saying
which year it is, that is said once beside those errors. One such row is a number mistyped as
well, and is said so only of a round that shows itself an earlier one: its titles state a year
before the one the plan states, or its files' or folder's names say 前年度 or 前回 (review 122
101-6). So is a round lacking items the plan added after it: last year's round read with this
year's plan, which added 「Ⅱ-3(5) 生成AI活用ガイドラインの策定」, was told only that a 課 had
deleted the row (review 127 101-6): a round shown earlier than the plan is told so, with the
fix. A round lacking items of a plan whose year is unknown is not: the plan may be this year's
and the round too, a 課 in it sending last year's form again (review 138 #4, 青葉台市's 人事課 —
the error at the item says that)."""

from __future__ import annotations

from pathlib import Path

from planeval.cycle.against_plan import Judged
from planeval.fiscal import era_year, named_years, titled_year
from planeval.lazy_pattern import LazyPattern
from planeval.model import Location, Problem, Severity
from planeval.plan import Plan, circled_labels
from planeval.read_records import ReadResult
from planeval.stated_year import year_seen

# a round's file or folder named as an earlier one: 「前年度」, 「昨年度」, 「前回」
_EARLIER_NAME = LazyPattern(r"前年度|昨年度|前回")


def earlier_round(
    result: ReadResult, found: Judged, plan: Plan, item: str = "実施内容"
) -> list[Problem]:
    """A notice naming --no-plan where rows of ``result`` are in error for their numbers alone
    (``found.renumbered``) or ``found.missing`` lacks items of the plan, and the round states
    its fiscal year (or is named 前回); none where a message of ``found`` already names
    --no-plan (a file none of whose rows is in the plan: against_plan), nor for one row (a
    number mistyped: a plan renumbering its items moves two or more) or items missing of a
    round not shown earlier than ``plan`` (see above: its year before the one the plan states,
    or named 前年度), nor for a round stating a year not before the plan's: this year's round, a
    課 in it that sent last year's form again (the error at the item says so, review 138 #4).
    ``item``: the body's word for an item."""
    renumbered, missing = found.renumbered, found.missing
    if not (renumbered or missing) or any("--no-plan" in p.hint for p in found.problems):
        return []
    seen = year_seen(result)
    named = named_earlier(result) if seen is None or renumbered < 2 else ""
    planned = plan_year(plan)
    older = False  # (the round states a year before the plan's)
    if seen is not None and planned is not None:
        if seen[0] >= planned and not named:  # (no older: its 課 to fix their rows, review 138 #4)
            return []
        older = seen[0] < planned
    # (items missing alone, the plan's year unknown: it may be this year's plan, the round this
    # year's too, a 課 in it sending last year's form again — review 138 #4)
    if renumbered < 2 and not (named or older):
        return []
    if seen is not None:
        year, where = seen
        said = f"この回は{era_year(year)}の回です（{where}）"
    elif named:
        said = f"この回は前の回のようです（{named}）"
    else:
        return []
    # (at the plan where only its items are missing, not at another 課's row in error: review
    # 138 #4 filed it under 広報課's workbook)
    first = missing[0].location if missing and not renumbered else found_first(found)
    found_here, changed = [], []
    if renumbered:
        found_here.append(f"名称は計画と同じで番号だけが計画と違う行が {renumbered} 行あります")
        changed.append("番号を改めた")
    if missing:
        circled = circled_labels(result.entries)  # (as the error at each says it: review 164)
        listed = "・".join(f"{one.written_id(circled)} {one.item_name}" for one in missing[:3])
        more = f" ほか {len(missing) - 3} 件" if len(missing) > 3 else ""
        found_here.append(f"計画の{item} {listed}{more} がこの回のどのファイルにもありません")
        changed.append(f"{item}を加えた")
    fix = (
        f"計画がこの回の後に{'・'.join(changed)}もの（今年度の計画）で、この回が前年度の回なら、"
        f"{'番号は直さずに ' if renumbered else ''}--no-plan で読んでください（計画と照らさず、"
        "この回の番号のまま数えます）。この回の年度の計画があれば、--plan でそれを指定しても"
        "読めます"
    )
    if not renumbered:  # (an item the plan had all along: a row deleted, as the error says)
        # (or this year's round, a 課 of which sent last year's form again: review 138 #4)
        fix += f"。この回が今年度の回か、前から計画にある{item}なら、上のエラーのとおり確かめてください"
    return [Problem(Location(first.file), Severity.NOTICE, f"{said}。{'。'.join(found_here)}", fix)]


def found_first(found: Judged) -> Location:
    """The place of ``found``'s first error."""
    return next(problem.location for problem in found.problems if problem.is_error)


def plan_year(plan: Plan) -> int | None:
    """The one fiscal year the plan states: its title's (「令和6年度 …取組一覧」, not a period
    「令和5年度～令和8年度」), else its workbook's or folder's name's."""
    seen = plan_year_seen(plan)
    return seen[0] if seen is not None else None


def plan_year_seen(plan: Plan) -> tuple[int, str] | None:
    """plan_year with where it is stated: 「表題」, 「ファイル名」 or 「フォルダ名「R6」」."""
    if (year := titled_year([plan.title])) is not None:
        return year, "表題"
    if plan.file is None:
        return None
    path = Path(plan.file)
    if len(years := named_years([path.stem])) == 1:
        return years.pop(), "ファイル名"
    if not years and len(years := named_years([path.parent.name])) == 1:
        return years.pop(), f"フォルダ名「{path.parent.name}」"
    return None


def named_earlier(result: ReadResult) -> str:
    """「r5.xlsx のフォルダ名「前年度」」 where a file's or its folder's name says 前年度 or 前回."""
    for file in result.files:
        path = Path(file)
        for name, what in ((path.stem, "ファイル名"), (path.parent.name, "フォルダ名")):
            if found := _EARLIER_NAME.search(name):
                return f"{file} の{what}「{found[0]}」"
    return ""
