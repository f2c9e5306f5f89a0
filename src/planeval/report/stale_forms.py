"""Under 集計, each workbook counted whose title states another fiscal year than the other
files' (title_years.stale_titles' warning, STALE_TITLE): without --fiscal-year last year's form sent
again is counted as this year's, and the report must say so, not only the terminal (review 87:
大町市's 令和5年度 form in a 令和6年度 roll-up)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePath
from typing import NamedTuple

from planeval.fiscal import era_year
from planeval.model import Problem
from planeval.title_years import STALE_TITLE


class StaleForm(NamedTuple):
    """A workbook counted whose title states another year than the other files': its warning's
    facts, who first, and the other files' year (Problem.round_year), the --fiscal-year that
    leaves it out."""

    facts: str
    round_year: int | None = None


def stale_forms(
    problems: Iterable[Problem], file_bodies: Mapping[str, str]
) -> tuple[StaleForm, ...]:
    """Each warning's facts, who first — its body's workbook read with --bodies, else its
    file's name (「福祉部.xlsx の表題の…」): 「大町市のブックの表題の年度が令和5年度（2023年度）
    です（ほかの 18 ファイルは令和6年度（2024年度））」 — with the other files' year."""
    said = []
    for problem in problems:
        if problem.reason == STALE_TITLE:
            file = problem.location.file
            body = file_bodies.get(file)
            who = f"{body}のブックの" if body else f"{PurePath(file).name} の"
            facts = who + problem.message.partition("。")[0]
            said.append(StaleForm(facts, problem.round_year))
    return tuple(said)


def stale_line(forms: Sequence[StaleForm]) -> str:
    """A sentence each (stale_forms'): its rows are in the count, and the fix — this year's
    form, or --fiscal-year with the other files' year to leave it out; "" when none."""
    return "".join(f"{form.facts}。{_counted_and_fix(form.round_year)}" for form in forms)


def _counted_and_fix(year: int | None) -> str:
    given = f"{era_year(year).removesuffix('年度')} を付けて" if year else "で今年度を指定して"
    return (
        "前の年度のブックのおそれがありますが、その行もこの集計に含めています（前の年度の"
        f"ブックなら、今年度のものを送り直してもらうか、--fiscal-year {given}集計から"
        "外してください）。"
    )
