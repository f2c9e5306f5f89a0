"""A lead's own status left blank where another department's form rates the item (review 122
#7: 北嶺県's 行政改革課 leaving its Ⅱ-1(3) blank, which 情報政策課 rates in a 「（共管分）」
table). That rating counts, as every blank another file rates does (blanks.py), but this is no
co-owner leaving a shared item to its lead, as designed: the plan makes the lead answer for it
(its rating, 担当課 and text — README), and the lead answered nothing. A warning at the lead's
cell names both cells, in place of blanks.py's notice; the item stays the lead's (its 担当課),
the other department's text attributed; validate's 提出状況 counts the cell among the lead's
未記入 (cycle/submission.py). Part of combining, with the plan only, asked only of a blank
whose item a file another department wrote rates."""

from __future__ import annotations

from collections.abc import Callable

from planeval.ids import describe
from planeval.item_keys import body_item_key
from planeval.marks import unit
from planeval.model import Entry, Location, Problem, Severity
from planeval.plan import Plan
from planeval.read_records import ReadResult

LEAD_BLANK = "所管の空欄"  # (Problem.kind of the warning, its value the lead: submission.py)


def lead_left_blank(
    result: ReadResult,
    entries: list[Entry],
    plan: Plan,
    writer: Callable[[str], str | None],
) -> tuple[list[Entry], list[Problem]]:
    """``entries`` with each item its lead (``plan``'s first department) left blank and another
    department rated given back to its lead, and a warning for each; the blank's error taken
    out of ``result.problems``. ``writer``: the department a file was written for (None: not
    known — a copy of the whole-plan workbook: anyone's, nothing said)."""
    present = {problem for problem in result.problems if problem.is_error}
    blanks: dict[tuple[str, str, str, str], list[Problem]] = {}
    for problem, key in result.unrated.items():
        if problem in present and writer(problem.location.file) is not None:
            blanks.setdefault(key, []).append(problem)
    projects = {key[:2] for key in blanks}
    rated = [
        (index, entry, found)
        for index, entry in enumerate(entries)
        if (entry.body, entry.project_id) in projects
        and (found := blanks.get(body_item_key(entry)))
        and writer(entry.location.file) not in (None, *(writer(p.location.file) for p in found))
    ]
    if not rated:
        return entries, []
    owners = plan.owners_of(result.read)
    kept = list(entries)
    said: list[Problem] = []
    left: set[int] = set()
    for index, entry, found in rated:
        departments = owners(entry)
        own = [p for p in found if departments and writer(p.location.file) == departments[0]]
        if not own:
            continue  # (a co-owner's blank: blanks.py's notice)
        lead, rater = departments[0], writer(entry.location.file) or ""
        shared = rater in departments
        by = f"（共管 {rater}）" if shared else f"（{rater}）"  # (its text, as remarks.attributed)
        kept[index] = entry._replace(department=lead, issue=entry.issue and by + entry.issue)
        named = f"共管{unit([lead, rater])}の{rater}" if shared else rater
        said.append(_warning(entry, own[0].location, lead, named))
        left.update(map(id, own))
    result.problems[:] = [problem for problem in result.problems if id(problem) not in left]
    return kept, said


def _warning(entry: Entry, blank: Location, lead: str, rater: str) -> Problem:
    own = unit([lead])
    return Problem(
        blank,
        Severity.WARNING,
        f"{describe(entry)} の達成状況が所管{own}の{lead}の調査票で空欄のため、{rater}の調査票の"
        f"評価 {entry.status}（{entry.location}）を数えました。計画ではこの実施内容の評価は"
        f"所管{own}のものです",
        f"{lead}に {blank.cell} の記入を依頼してください。{rater}の評価のとおりなら、同じ評価を"
        "記入すればこの警告は出ません",
        kind=LEAD_BLANK,
        value=lead,
    )
