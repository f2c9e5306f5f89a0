"""The library's export stage (planeval.api re-exports it): a report written in each format
asked for, and what was written (Exported)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planeval.config import Config
    from planeval.model import Problem
    from planeval.plan import Plan
    from planeval.read_records import ReadResult
    from planeval.report.document import Report

__all__ = ["Exported", "export", "export_year"]


@dataclass(frozen=True, slots=True)
class Exported:
    """The files an export wrote, and what is worth saying of them (cells cut to Excel's limit)."""

    files: tuple[Path, ...]
    problems: tuple[Problem, ...]


def export(
    report: Report,
    *,
    xlsx: Path | str | None = None,
    md: Path | str | None = None,
    html: Path | str | None = None,
    csv: Path | str | None = None,
    json: Path | str | None = None,
    docx: Path | str | None = None,
    inputs: Sequence[Path | str] = (),
    force: bool = False,
    with_sources: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> Exported:
    """Write the report in each format given (``csv``: a folder of three files, four with several
    bodies: 団体別集計.csv). Nothing is written if an output is one of ``inputs``, exists without
    ``force`` or is named for another format; all are written, then published together.
    ``with_sources`` adds each row's file, sheet and cell to the public formats (internal use),
    and prints the workbook's 課題一覧 出典 (on its sheet always, off the page without it);
    ``progress`` is called with (what is being written, its number, how many) before each."""
    from planeval.report.export import ExportTargets
    from planeval.report.export import export as write

    def path(given: Path | str | None) -> Path | None:
        return None if given is None else Path(given)

    targets = ExportTargets(
        xlsx=path(xlsx), md=path(md), html=path(html), csv_dir=path(csv), json=path(json),
        docx=path(docx),
    )  # fmt: skip
    problems = write(
        report,
        targets,
        inputs=[Path(p) for p in inputs],
        force=force,
        with_sources=with_sources,
        progress=progress,
    )
    from planeval.report.export import more_csv

    files = targets.files(bodies=report.body_table is not None, more=more_csv(report))
    return Exported(tuple(files), tuple(problems))


def export_year(
    result: ReadResult,
    config: Config,
    *,
    fiscal_year: int | None = None,
    title: str | None = None,
    output: Path | str = "",
    plan: Plan | None = None,
    issue_statuses: Sequence[str] = (),
) -> tuple[int | None, list[Problem]]:
    """The fiscal year a report of ``result`` is written for, and what to say before it is:
    the year the workbooks record (a ``fiscal_year`` given against it a UsageError), else the
    one given, else the one their titles or names state (stated_year.report_year); the
    problems, in the order export says them — the issue list's hint where no
    ``issue_statuses`` choose its rows (issue_list_hint), the year's (a year given that the
    titles contradict, none found: year_problems) and the title's where neither ``title``
    nor the settings give one and the forms state none (form_titles.untitled, offering the
    title ``plan`` names). ``output``: the file where those are said."""
    from planeval.form_titles import untitled
    from planeval.issue_list_hint import issue_list_hint
    from planeval.stated_year import report_year, year_problems

    said = [] if issue_statuses else issue_list_hint(result.entries, config)
    year = report_year(
        result, fiscal_year
    )  # (the workbooks' own year; one given against it refused)
    said += year_problems(result, fiscal_year, year, str(output))
    said += untitled(
        result,
        title or config.wording.title,
        str(output),
        worded=config.layout.worded,
        plan_title=plan.title if plan is not None else "",
        item=config.wording.item,
        settings=str(config.source or ""),
    )
    return year, said
