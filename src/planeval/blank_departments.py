"""A department that left every one of its rows blank in a workbook other departments filled in
(東山市's compiled 集中改革プラン book, one sheet of every 課's rows: 資産経営課's two rows blank,
review 174 #5, 177 #2). Read without the plan, it gave one 「…が空です（資産経営課の行）」 error a
row, with no word that the 課 looks not to have answered, nor that the plan would count its rows
未提出. It now gets one error naming its rows, with both fixes, ahead of them: the error sums
them up (Problem.sums_up: its settings the plan's line), so the rows' own errors stay as they
are, each row left out where it is, and the errors are counted as before. With the plan, its
warning says 未提出 (cycle/unreturned_notes.py): nothing here. Part of combining (combine.py)."""

from __future__ import annotations

from planeval.blanks import FORM_BLANK_FROM, blank_cells
from planeval.cells import cell_list
from planeval.model import Location, Problem, Severity
from planeval.past_errors import FILLED_BESIDE
from planeval.read_records import ReadResult

# (the plan's line: the settings Problem.sums_up shows under the error, to be copied)
_PLAN_LINE = '[plan]\nfile = "計画.xlsx"   # 計画（計画事業一覧）のブックの名前にしてください'


def unanswered_departments(result: ReadResult, repeat_symbol: str | None) -> None:
    """Where a workbook holds rated rows and, of one department its rows name, only blank
    statuses (FORM_BLANK_FROM of them at least) — no row of it rated or typed wrong anywhere —,
    one error ahead of its blanks' errors naming the department and its rows, with the fixes:
    ask it for them, or give the plan to have them counted 未提出."""
    blanks = [
        problem
        for problem in (result.problems if result.unrated else ())
        if problem.is_error and problem in result.unrated and problem.kind != FILLED_BESIDE
    ]
    if len(blanks) < FORM_BLANK_FROM:
        return  # (most reads: no blank at all, and the rows are not looked at)
    at = {problem.location for problem in blanks}
    owners = {row.location: row.department for row in result.error_rows if row.location in at}
    by_department: dict[tuple[str, str], list[Problem]] = {}
    for problem in blanks:
        if owner := owners.get(problem.location, ""):
            by_department.setdefault((problem.location.file, owner), []).append(problem)
    rated = [entry for entry in result.read if entry.status != repeat_symbol]
    filled = {entry.location.file for entry in rated}
    answered = [entry.department for entry in rated]
    answered += [row.department for row in result.error_rows if row.location not in at]
    said: dict[int, Problem] = {}
    for (file, department), found in by_department.items():
        items = {result.unrated[problem] for problem in found}
        if len(items) < FORM_BLANK_FROM or file not in filled:
            continue  # (one item: its own error says whose; a form all blank: blanks.py's)
        lead = department.partition("（")[0]  # (「危機管理部（共管: 総務部）」: its lead's)
        if any(lead in other or (other and other in lead) for other in answered):
            continue  # (a row of it rated, or typed wrong: it answered)
        said[id(found[0])] = _unanswered(department, found)
    if said:
        result.problems[:] = [
            kept
            for problem in result.problems
            for kept in ((said[id(problem)], problem) if id(problem) in said else (problem,))
        ]


def _unanswered(department: str, blanks: list[Problem]) -> Problem:
    first = blanks[0].location
    one_sheet, cells = blank_cells(blanks)
    return Problem(
        Location(first.file, first.sheet) if one_sheet else Location(first.file),
        Severity.ERROR,
        f"{department}の {len(blanks)} 行（{cell_list(cells, 5)}）は達成状況がすべて空欄です。"
        f"{department}の回答が未提出ではありませんか",
        f"{department}に記入を依頼し、記入したブックで集計し直してください。未提出のまま集計するなら、"
        "計画のブックを --plan で指定するか、planeval.toml に次の設定を加えてください。"
        f"{department}の行を未提出として集計の外に示し、エラーにしません",
        settings=_PLAN_LINE,
    )
