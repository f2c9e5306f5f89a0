"""A reply planeval cannot read (an .xls) of a department the plan gives no item to lead: a
co-owner only, whose form asks no status and holds at most its remark (README: 提出不要). It
is still an error — its remark is not read — but no count depends on it (review 162 #1: 生涯学習部's
.xls, and the published report said 「直した後の件数はこの表と異なります」, the counts of the
form saved as .xlsx the same; validate called it 未提出 though it owed nothing).

Every read given the plan (with_plan.count_with_plan) says so in its error, naming the department
and the file to save again; the count made past it (--keep-going) records its place
(CountedPast.idle), so that the notes under 集計 say fixing it changes no count (table_notes);
validate's 提出状況 keeps such a department 提出不要 (cycle/submission.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from planeval.cells import WORKBOOK_SUFFIXES
from planeval.cycle.submission import lead_of
from planeval.io.inputs import RESAVE
from planeval.marks import department_named, named_unit
from planeval.model import Problem
from planeval.past_errors import IDLE_REPLY
from planeval.plan import Plan
from planeval.read_records import ReadResult


def idle_departments(plan: Plan) -> set[str]:
    """The plan's departments that lead no open item: their forms ask no status."""
    leads = {lead_of(item) for item in plan.items if not item.ended}
    return {department for department in plan.departments if department not in leads}


def unread_department(result: ReadResult, file: str, departments: list[str]) -> str | None:
    """The department a reply not read is of: the one its form stated (never known of an
    .xls), else the one its file's name names (submission.py's rule)."""
    return result.file_departments.get(file) or department_named(file, departments)


def idle_replies(result: ReadResult, plan: Plan, item: str) -> None:
    """Each error of a reply not read at all (a file planeval does not read, in its folder)
    of a department leading no item of ``plan`` said as such: 「生涯学習部は計画で所管する
    実施内容がないため、件数は変わりません」 (``item``: the body's word), the fix naming the
    file; its reason past_errors.IDLE_REPLY, its value the department."""
    idle = idle_departments(plan) if result.left_out else set()
    if not idle:
        return
    left_out, departments = set(result.left_out), list(plan.departments)
    said = []
    for problem in result.problems:
        file = problem.location.file
        department = (
            unread_department(result, file, departments)
            if problem.is_error
            and file in left_out
            and not problem.location.sheet
            and not problem.reason
            and Path(file).suffix.lower() not in WORKBOOK_SUFFIXES
            else None
        )
        if department in idle:
            problem = _said_idle(problem, department or "", item)
        said.append(problem)
    result.problems = said


def _said_idle(problem: Problem, department: str, item: str) -> Problem:
    kept = problem.message.split("。")[0]  # (「…ではないため読めません（.xls）」)
    message = (
        f"{kept}。{department}は計画で所管する{item}がないため件数は変わりませんが、"
        f"この回答の記入（共管{named_unit([department])}の意見など）は読めていません"
    )
    name = Path(problem.location.file).name
    hint = problem.hint.replace(RESAVE, f"「{name}」を {RESAVE}", 1)
    return replace(problem, message=message, hint=hint, reason=IDLE_REPLY, value=department)
