"""The library's report stage (planeval.api re-exports it): the Chapter 3 report built once as
data from entries (build_report) or from a read whole (report_of: what export writes and
what summarize --narrative says, from the same arguments), and what a read counted past its
errors left out (counted_past)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from planeval.level_labels import NO_LABELS, LevelLabels
from planeval.model import Location
from planeval.read_records import ReadResult
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.wording import DEFAULT_WORDING, Wording

if TYPE_CHECKING:
    from planeval.model import Entry
    from planeval.past_errors import CountedPast
    from planeval.plan_order import PlanPlaces
    from planeval.report.document import Report


def build_report(
    entries: Sequence[Entry],
    scale: Scale = DEFAULT_SCALE,
    *,
    title: str | None = None,
    fiscal_year: int | None = None,
    wording: Wording = DEFAULT_WORDING,
    bodies: Sequence[str] = (),
    uncounted_bodies: Sequence[str] | Mapping[str, str] = (),
    issue_statuses: Sequence[str] = (),
    not_counted: Sequence[str] | CountedPast = (),
    labels: LevelLabels = NO_LABELS,
    marks: Mapping[Location, tuple[str, str]] | None = None,
    values: Mapping[Location, tuple[tuple[str, str], ...]] | None = None,
    partly_counted: Mapping[str, str] | None = None,
    unreturned: Mapping[str, int] | None = None,
    without_issue: Collection[tuple[str, str]] = (),
    unreturned_policies: Mapping[str, tuple[int, int] | tuple[int, int, str]] | None = None,
    unreturned_why: Mapping[str, tuple[str, str]] | None = None,
    issue_title: str = "",
    unreturned_rows: Sequence[Entry] = (),
    error_rows: Sequence[Entry] = (),
    number_gaps: Sequence[str] = (),
    plan_places: PlanPlaces | None = None,
    codes: Mapping[str, str] | None = None,
) -> Report:
    """The Chapter 3 report as data (headings, sentences, tables, summary, issue list) in the
    body's words (``wording``, planeval.toml's [wording]; Setagaya's by default): every output
    format renders this one model. Each argument as report.building.build_report says; most are
    a read's own, which report_of gives it."""
    from planeval.report.building import build_report as build

    return build(
        entries,
        scale,
        title=title,
        fiscal_year=fiscal_year,
        wording=replace(wording, issue=issue_title or wording.issue),  # (the forms' title)
        bodies=bodies,
        uncounted_bodies=uncounted_bodies,
        issue_statuses=issue_statuses,
        not_counted=not_counted,
        labels=labels,
        marks=marks,
        values=values,
        partly_counted=partly_counted,
        without_issue=without_issue,
        unreturned=unreturned,
        unreturned_policies=unreturned_policies,
        unreturned_why=unreturned_why,
        unreturned_rows=unreturned_rows,
        error_rows=error_rows,
        number_gaps=number_gaps,
        plan_places=plan_places,
        codes=codes,
    )


def report_of(
    result: ReadResult,
    scale: Scale = DEFAULT_SCALE,
    *,
    wording: Wording = DEFAULT_WORDING,
    title: str | None = None,
    fiscal_year: int | None = None,
    issue_statuses: Sequence[str] = (),
) -> Report:
    """build_report of a read, given all the read says of itself (its bodies, those counted
    in none or part of their rows with why, its marks, values, labels, the departments that
    sent nothing, what it counted past errors): what the export writes and what summarize's
    sentences say, from the same arguments, so that neither passes for the whole count."""
    from planeval.error_rows import rows_in_error
    from planeval.io.level_names import gaps_said
    from planeval.io.roster import body_codes
    from planeval.message_words import with_form_words
    from planeval.past_errors import partly_counted, uncounted_why

    return build_report(
        result.entries,
        scale,
        title=title,
        fiscal_year=fiscal_year,
        wording=with_form_words(wording, result),  # (its project column's title: message_words)
        bodies=result.bodies,
        uncounted_bodies=uncounted_why(result),
        issue_statuses=issue_statuses,
        not_counted=counted_past(result),
        labels=result.level_labels,
        marks=result.marks,
        values=result.values,
        partly_counted=partly_counted(result),
        unreturned=result.unreturned,
        without_issue=result.without_issue_column,
        unreturned_policies=result.unreturned_policies,
        unreturned_why=result.unreturned_why,
        issue_title=result.issue_title,
        unreturned_rows=result.unreturned_rows,
        error_rows=rows_in_error(result),
        number_gaps=gaps_said(result.problems, result.bodies),  # (a department unheard of)
        plan_places=result.plan_places,  # (its items in the plan's order)
        codes=body_codes(result),  # (団体コード beside each body in the data: review 120 #4)
    )


def counted_past(result: ReadResult) -> CountedPast:
    """What a read counted past its errors (--keep-going) left out of its count: the places of
    its errors (and those an export it read records) and the items read there of which no row
    was counted; ``build_report(not_counted=…)`` takes it. Of read_workbooks' result."""
    from planeval.left_out_items import counted_past as left_out

    return left_out(result)
