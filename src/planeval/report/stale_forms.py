"""Under 集計, each workbook counted whose title states another fiscal year than the other
files' (title_years.stale_titles' warning, STALE_TITLE): without --fiscal-year last year's form sent
again is counted as this year's, and the report must say so, not only the terminal (review 87:
大町市's 令和5年度 form in a 令和6年度 roll-up) — in the reader's words: who sent it and the
years, never a file's name or an option (the command's warning gives those: review 132)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from planeval.fiscal import fiscal_year_label
from planeval.model import Problem
from planeval.title_years import STALE_TITLE


class StaleForm(NamedTuple):
    """A workbook counted whose title states another year than the other files': who sent
    it (its body, else the department its form states; "" where neither is known), the year
    its title states and the round's (Problem.year, Problem.round_year)."""

    who: str
    year: int | None
    round_year: int | None = None


def stale_forms(
    problems: Iterable[Problem],
    file_bodies: Mapping[str, str],
    file_departments: Mapping[str, str] | None = None,
) -> tuple[StaleForm, ...]:
    """Each warning's workbook, who sent it — its body's read with --bodies, else the
    department its form states (「担当部：教育部」) — and the years."""
    departments = file_departments or {}
    said = []
    for problem in problems:
        if problem.reason == STALE_TITLE:
            file = problem.location.file
            who = file_bodies.get(file) or departments.get(file, "")
            said.append(StaleForm(who, problem.year, problem.round_year))
    return tuple(said)


def stale_line(forms: Sequence[StaleForm]) -> str:
    """A sentence each (stale_forms'), for the report's reader: 「大町市の回答は、表題の年度が
    令和5年度（2023年度）でしたが、令和6年度（2024年度）の回答としてこの集計に含めています。」 —
    no file's name, no option: what to do is the command's warning's (review 132 #4); "" when
    none."""
    return "".join(
        f"{f'{form.who}の回答は、' if form.who else '回答の一つは、'}表題の年度が"
        f"{_label(form.year)}でしたが、{_label(form.round_year)}の回答としてこの集計に"
        "含めています。"
        for form in forms
    )


def _label(year: int | None) -> str:
    return fiscal_year_label(year) if year is not None else "ほかの年度"
