"""The library's report stage (planeval.api re-exports it): the Chapter 3 report built once as
data from entries (build_report) or from a read whole (report_of: what export writes and
what summarize --narrative says, from the same arguments), and what a read counted past its
errors left out (counted_past)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from planeval.read_records import ReadResult
from planeval.report.building import build_report
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.wording import DEFAULT_WORDING, Wording

if TYPE_CHECKING:
    from planeval.aggregate import GroupBy, Summary
    from planeval.past_errors import CountedPast
    from planeval.plan import Plan
    from planeval.report.document import Report
    from planeval.report.gaps import Gap
    from planeval.report.typed_notes import TypedNote

__all__ = ["build_report", "counted_past", "gaps_read", "report_of", "summary_of", "typed_notes"]


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
    from planeval.io.roster import body_codes
    from planeval.message_words import with_form_words
    from planeval.past_errors import partly_counted, uncounted_why
    from planeval.text_cells import issue_cells

    report = build_report(
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
        headed=result.headed,  # (群馬県's lines above its tables under 施策5: review 166 #3)
        partly_counted=partly_counted(result),
        unreturned=result.unreturned,
        without_issue=result.without_issue_column,
        departments=result.department_column,  # (長瀬町's 担当課: review 175 #6)
        unreturned_policies=result.unreturned_policies,
        unreturned_why=result.unreturned_why,
        unreturned_rows=result.unreturned_rows,
        error_rows=rows_in_error(result),
        number_gaps=gaps_read(result),  # (a department unheard of: summarize's note too)
        plan_places=result.plan_places,  # (its items in the plan's order)
        notes=typed_notes(result),  # (those typed under a table's rows)
        codes=body_codes(result),  # (団体コード beside each body in the data: review 120 #4)
        prefectures=result.prefectures,  # (and the list's 都道府県: review 179 #4)
        issue_parts=result.issue_parts,  # (評価の理由 | 今後の方向性: review 148 #1)
        ended=[word for word, _project, _name in result.plan_ended],  # (…廃止の1項目を除く…)
        planned_mark=result.planned_mark,  # (うち重点 counted as the plan marks: its note)
    )
    # (each issue's own cell, the issue list's 出典: review 162 #7)
    report = replace(report, issue_cells=issue_cells(report.issues, result.text_columns))
    if report.by_body is None or not result.prefectures:
        return report
    from planeval.prefecture_counts import read_prefecture_counts
    from planeval.report.prefecture_table import prefecture_count_table

    # (the counts per 都道府県 the list gives: the ministry's first table, review 204 #4)
    rows = read_prefecture_counts(report.by_body, result)
    return replace(
        report, prefecture_table=prefecture_count_table(rows, report.by_body, report.wording)
    )


def summary_of(
    result: ReadResult,
    *,
    by: GroupBy = "policy",
    scale: Scale = DEFAULT_SCALE,
    percent_decimals: int = 1,
    wording: Wording = DEFAULT_WORDING,
    plan: Plan | None = None,
) -> Summary:
    """summarize of a read's rows as its report counts them and as summarize_workbooks counts
    them: each group numbered as its body typed it (``result.level_labels``), the rows a
    column marks counted under it (``result.marks``: うち重点), called as the plan marks them
    (``result.planned_mark``), its bodies in the read's order — what summarize --narrative
    prints above report_of's sentences of the same read. What summarize says of its groups
    (apart_names.summary_said: their names, the 区分なし group; in ``wording``, ``plan`` the
    plan read with the forms, if any) is added to ``result.problems``."""
    from planeval.aggregate import in_body_order, tallied
    from planeval.apart_names import summary_said
    from planeval.marked_counts import plan_marked

    summary, tally = tallied(
        result.entries, by, scale, percent_decimals, result.level_labels, result.marks
    )
    summary = plan_marked(summary, result.planned_mark)  # (重点 as the plan marks it)
    result.problems += summary_said(summary, result, tally.names, wording, plan=bool(plan))
    return in_body_order(summary, result.bodies)


def counted_past(result: ReadResult) -> CountedPast:
    """What a read counted past its errors (--keep-going) left out of its count: the places of
    its errors (and those an export it read records) and the items read there of which no row
    was counted; ``build_report(not_counted=…)`` takes it. Of read_workbooks' result."""
    from planeval.left_out_items import counted_past as left_out

    return left_out(result)


def gaps_read(result: ReadResult) -> tuple[Gap, ...]:
    """What no file of ``result`` holds between the numbers read (level_names' gaps: 「推進項目
    3-2」), as 集計 of every export, its policy's section and summarize's note say it
    (report/gaps.py): one source. One per number missing where its facts (level_names.gap_facts)
    say which, of a project or direction (review 172 #1: 施策3's (3) said under 基本目標2)."""
    import re

    from planeval.io.level_names import GAP_KIND, GAP_SAID
    from planeval.report.gaps import Gap

    gaps: list[Gap] = []
    for problem in result.problems:
        if GAP_SAID not in problem.message:
            continue
        said = problem.message.partition(GAP_SAID)[0]
        body = problem.location.file if problem.location.file in result.bodies else ""
        level = problem.kind.removeprefix(GAP_KIND)
        missing = problem.value.split("\x1f")[1:]
        word, _, numbers = said.partition(" ")
        shown = numbers.split("・")
        if (
            not problem.kind.startswith(GAP_KIND)
            or level not in ("project", "direction")
            or len(shown) != len(missing)
            or " のうち " in numbers
        ):
            gaps.append(Gap(f"{body}の{said}" if body else said, body))
            continue
        typed = (
            {e.project_label for e in result.entries if e.body == body}
            if level == "project"
            else set(result.level_labels.values())
        )
        for identifier, number in zip(missing, shown, strict=True):
            upper = identifier.rpartition("-")[0]
            # (「2-(3)」: the group typed 「(3)」 under its 基本目標, as its table prints it;
            # 4-1-(2) where its neighbours are typed 4-1-(1))
            printed = number
            if not any(label.startswith(f"{upper}-") for label in typed):
                printed = re.sub(rf"^{re.escape(upper)}-(?=[(（])", "", number)
            named = f"{body}の{word} {number}" if body else f"{word} {number}"
            gaps.append(Gap(named, body, identifier.partition("-")[0], level, printed))
    return tuple(gaps)


def typed_notes(result: ReadResult) -> tuple[TypedNote, ...]:
    """The notes typed under a table's rows in ``result`` (its notices of them, the form's own
    notes typed alike under several tables left out: note_rows.forms_notes_unsaid), in the
    order read, each with its place: build_report's ``notes``."""
    from planeval.io.note_rows import NOTE

    return tuple((p.location, p.value) for p in result.problems if p.kind == NOTE and p.value)
