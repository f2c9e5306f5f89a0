"""The yearly cycle's library functions: templates for the departments from the plan,
validation and who has returned what (comparing rounds: cycle/rounds_api.py). Nothing here
prints (the CLI's cycle.py calls these); each is planeval's own name (``planeval.validate``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.io.limits import Limits
from planeval.read_records import ReadResult
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.wording import DEFAULT_WORDING, Wording

DEFAULT_LIMITS = Limits()
# [wording]'s words a plan's column titles may be (io/plan_titles.py)
PLAN_WORDS = ("policy", "direction", "project", "item", "department")

if TYPE_CHECKING:  # (imported when called: start-up pays only for what a command uses)
    from planeval.cycle.form_statuses import FormStatus
    from planeval.cycle.submission import Submission
    from planeval.cycle.template_set import WrittenTemplate
    from planeval.io.headers import Layout
    from planeval.model import Problem
    from planeval.plan import Plan

__all__ = [
    "read_plan",
    "submissions",
    "template_notices",
    "validate",
    "write_templates",
]


def validate(
    result: ReadResult,
    *,
    scale: Scale = DEFAULT_SCALE,
    plan: Plan | None = None,
    fiscal_year: int | None = None,
    wording: Wording = DEFAULT_WORDING,
) -> list[Problem]:
    """Every problem of the read workbooks (and, with ``plan``, against the plan), reading
    problems first; with ``fiscal_year``, a returned template of another year is an error
    (a round of one file has no other file to tell it by). Its messages name the levels in
    the body's words (``wording``)."""
    from planeval.cycle.validate import validate as check_all

    return check_all(result, scale, plan=plan, fiscal_year=fiscal_year, wording=wording)


def submissions(
    result: ReadResult, plan: Plan, *, scale: Scale = DEFAULT_SCALE
) -> list[Submission]:
    """Per department of the plan: 提出済, 未提出 (returned nothing) or 未記入 N件 (that many of
    the items it leads have no status), by the department each returned workbook was written
    for; how many items it leads that its form asks a status of (not 再掲 rows, where the
    ``scale`` has a repeat symbol)."""
    from planeval.cycle.submission import submissions as returned

    return returned(result, plan, scale.repeat_symbol)


def read_plan(
    path: Path | str,
    *,
    limits: Limits = DEFAULT_LIMITS,
    layout: Layout | None = None,
    wording: Wording | None = None,
) -> Plan:
    """The plan's items (計画事業一覧), read through the same judging as status workbooks, its
    columns titled as planeval knows or in the body's words (``layout``, ``wording``:
    planeval.toml's [layout.titles] and [wording]: 事業 | 取組 | 区分 | 所管局)."""
    from planeval.io.plan_reader import read_plan as read

    words = None
    if wording is not None:  # (the words a plan's titles may be: io reads no Wording)
        words = {key: getattr(wording, key) for key in PLAN_WORDS}
    return read(Path(path), limits=limits, layout=layout, words=words)


def write_templates(
    plan: Plan,
    output: Path | str,
    *,
    fiscal_year: int,
    scale: Scale = DEFAULT_SCALE,
    due: date | None = None,
    include_ended: bool = False,
    split_by_department: bool = False,
    inputs: Sequence[Path] = (),
    force: bool = False,
    wording: Wording | None = DEFAULT_WORDING,
    layout: Layout | None = None,
    others: Sequence[FormStatus] = (),
) -> list[WrittenTemplate]:
    """The status workbook(s) departments fill in (one per department into the folder
    ``output`` when split), written whole or not at all; titled so that ``layout``
    (planeval.toml's, which validate reads them with) reads them back; ``others``: the status
    columns beside the counted one, each another planeval.toml's (cycle/form_statuses.py).
    ``wording`` None (no planeval.toml): in the plan's own words where its header row's are
    not Setagaya's (cycle/plan_words.py; template_notices says so)."""
    from planeval.cycle.form_statuses import distinct, form_status
    from planeval.cycle.plan_words import form_wording
    from planeval.cycle.template import TemplateOptions
    from planeval.cycle.template_set import write_templates as write
    from planeval.io.headers import DEFAULT_LAYOUT

    layout = layout or DEFAULT_LAYOUT
    # (the status column titled as the settings choose it, 実施状況 beside a 達成度: review 94)
    counted = form_status(scale, form_wording(plan, wording), layout.status_column)
    distinct([counted, *others])
    options = TemplateOptions(
        fiscal_year, due, include_ended, counted.wording, layout, tuple(others)
    )
    return write(
        plan,
        Path(output),
        options,
        scale=scale,
        split_by_department=split_by_department,
        inputs=inputs,
        force=force,
    )


def template_notices(
    plan: Plan,
    wording: Wording | None = DEFAULT_WORDING,
    scale: Scale | None = None,
    *,
    others: Sequence[FormStatus] = (),
    due: date | None = None,
    fiscal_year: int | None = None,
) -> list[Problem]:
    """What ``template`` says of the plan it wrote forms from (and of its deadline ``due``
    before the end of the ``fiscal_year`` the forms ask of: due_notice): a plan naming no department
    (its forms' department cells left empty; split by department it was an error and nothing
    was written), the plan's own problems, its list and cards disagreeing, its columns the
    forms leave out (cycle/form_figures.unread_columns) and the other status column a
    ``scale`` reading blanks by it asks of (other_status_column; none where the forms carry
    ``others``, the other planeval.toml's columns), and a character
    outside Shift_JIS in a name the forms carry — each once, here: validate of the forms made
    does not say them again (cycle/plan_notices.py). ``wording`` None (no planeval.toml):
    the forms' scale and the plan's own words they were written in, where those are not
    Setagaya's, with the planeval.toml lines that choose them (plan_words.unchosen_notice)."""
    from dataclasses import replace

    from planeval.cycle.form_figures import other_status_column, unread_columns
    from planeval.cycle.jis_notices import planned_outside_jis
    from planeval.cycle.plan_cards import plan_disagreements
    from planeval.cycle.plan_words import form_wording, plain_status_notice, unchosen_notice
    from planeval.cycle.unnumbered_directions import unnumbered_directions

    unchosen = unchosen_notice(plan, scale or DEFAULT_SCALE) if wording is None else []
    if wording is not None and wording is not DEFAULT_WORDING and scale is not None:
        unchosen += plain_status_notice(plan, wording, scale)  # (評価 titled 達成状況)
    wording = form_wording(plan, wording)

    unnamed = [
        replace(missing, message=f"{missing.message}。調査票の{wording.department}の欄は空欄です")
        for missing in filter(None, [plan.no_departments])
    ]
    said = [*unnamed, *plan.problems, *plan_disagreements(plan), *unread_columns(plan)]
    said += other_status_column(plan, scale, wording) if scale is not None and not others else []
    said += planned_outside_jis(plan, wording) + unnumbered_directions(plan, wording)
    if due is not None and fiscal_year is not None:
        said += due_notice(due, fiscal_year)
    return unchosen + said


def due_notice(due: date, fiscal_year: int) -> list[Problem]:
    """A notice of a deadline on or before the end of the fiscal year the forms ask of
    (fiscal.due_after_year): a year's results are asked after it ends, but a survey in the
    year's course may mean it — said, not refused (review 162 #8)."""
    from planeval.fiscal import due_after_year, era_date, era_year, fiscal_year_label, year_end
    from planeval.model import Location, Problem, Severity

    later = due_after_year(due, fiscal_year)
    if later is None:
        return []
    return [
        Problem(
            Location("--due"),
            Severity.NOTICE,
            f"提出期限の{era_date(due)}は、調査票が尋ねる{fiscal_year_label(fiscal_year)}の"
            f"終わり（{era_date(year_end(fiscal_year))}）より前です",
            f"{era_year(fiscal_year)}の実績を年度が終わってから尋ねるなら、提出期限は翌年度の日付に"
            f"してください（例: --due {later.year}/{later.month}/{later.day}）。"
            "年度の途中の状況を尋ねるなら、このままで構いません",
        )
    ]
