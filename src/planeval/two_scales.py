"""The library's report of two scales rated on the same items (a 行政改革大綱's 実施状況 and
達成度, each counted by its own planeval.toml, its own read of the same workbooks): one report,
the first's counted as ever, the second's rating beside each row of Chapter 3 and its 集計
after the first's (report/beside.py); the two reads' problems, each said once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from planeval.model import Problem
from planeval.read_records import ReadResult
from planeval.scale import Scale
from planeval.wording import Wording

if TYPE_CHECKING:
    from planeval.config import Config
    from planeval.report.document import Report

    # (the second settings, their read of the same workbooks, the problems only it raised)
    Beside = tuple[Config, ReadResult, frozenset[Problem]]

__all__ = ["both_problems", "rated_beside", "read_alone", "report_of_read", "report_of_scales"]


def report_of_read(
    result: ReadResult,
    config: Config,
    *,
    beside: Beside | None = None,
    title: str | None = None,
    fiscal_year: int | None = None,
    issue_statuses: Sequence[str] = (),
) -> Report:
    """The report export writes of ``result``, read with ``config``: report_of where one
    planeval.toml was given, report_of_scales where ``beside`` holds a second's (its settings,
    its read of the same workbooks and the problems only that read raised, joined to
    ``result``'s): the first read's report made of its own problems (read_alone)."""
    if beside is None:
        from planeval.report_api import report_of

        return report_of(
            result, config.scale, wording=config.wording, title=title, fiscal_year=fiscal_year,
            issue_statuses=issue_statuses,
        )  # fmt: skip
    other, second, joined = beside
    return report_of_scales(
        read_alone(result, joined), second, config.scale, other.scale, wording=config.wording,
        other_wording=other.wording, title=title, fiscal_year=fiscal_year,
        issue_statuses=issue_statuses,
    )  # fmt: skip


def report_of_scales(
    first: ReadResult,
    second: ReadResult,
    scale: Scale,
    other_scale: Scale,
    *,
    wording: Wording,
    other_wording: Wording,
    title: str | None = None,
    fiscal_year: int | None = None,
    issue_statuses: Sequence[str] = (),
) -> Report:
    """report_of ``first`` (its scale's counts, sentences and issue list as ever) with each of
    its Chapter 3 rows rated by ``second`` too, in a column titled by ``other_wording``'s
    status word (達成度) — the row on the same file, sheet and row (else of the same item),
    as that read writes it: a blank its settings read as a status (「－」) so, a row it left
    out for an error 未集計（エラー）, none blank —, and ``second``'s 集計, sentences and
    legend after ``first``'s, each counted by its own settings' rules."""
    from planeval.report.beside import with_beside
    from planeval.report_api import report_of

    report = report_of(
        rated_beside(first, second, other_scale, other_wording), scale, wording=wording, title=title, fiscal_year=fiscal_year,
        issue_statuses=issue_statuses,
    )  # fmt: skip
    other = report_of(
        second, other_scale, wording=other_wording, title=title, fiscal_year=fiscal_year
    )
    return with_beside(report, other)


def rated_beside(
    first: ReadResult, second: ReadResult, other_scale: Scale, other_wording: Wording
) -> ReadResult:
    """``first`` with each of its Chapter 3 rows' rating by ``second`` among its values, in a
    column titled ``other_wording``'s status word (report/beside.beside_values): what
    report_of_scales and the tables command show beside the first scale's rating."""
    from planeval.error_rows import chapter3_rows
    from planeval.report.beside import beside_values

    shown = other_wording.statuses_shown(other_scale)
    rows = chapter3_rows(first, as_read=True), chapter3_rows(second, as_read=True)
    values = beside_values(*rows, other_wording.status, shown, first.values)
    return replace(first, values=values)


def both_problems(first: Sequence[Problem], second: Sequence[Problem]) -> list[Problem]:
    """The two reads' problems, ``second``'s after ``first``'s, one said by both (a file of
    another year's form, a sheet not read) once."""
    seen = set(first)
    return [*first, *(problem for problem in second if problem not in seen)]


def read_alone(result: ReadResult, joined: frozenset[Problem]) -> ReadResult:
    """``result`` (the first read) without the problems ``joined`` to it that only the second
    read raised (cli/two_scales.read_beside): its report's notes are of its own rows —
    「エラーのあった 1 か所の行は集計に含めていません。直した後の件数はこの表と異なります」 under a
    実施状況 table that counts every row was the 達成度 read's blank cell (review 151 #2)."""
    return replace(result, problems=[p for p in result.problems if p not in joined])
