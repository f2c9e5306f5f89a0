"""Building the Chapter 3 report (report/document.py's Report) once from a read's entries: the
counts per policy and per body, each policy's section and its tables per direction, the issue
list, and the remarks under 集計 and 団体別集計 (bodies not counted or counted in part,
departments that returned nothing, gaps in the numbers, errors counted past)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from planeval.aggregate import in_body_order, summarize
from planeval.distinct_ids import listed_ids, under_policy
from planeval.error_rows import in_body_order_rows, in_read_order
from planeval.fiscal import dated_title
from planeval.level_labels import NO_LABELS, LevelLabels
from planeval.marked_counts import Marks, marked_of, plan_marked
from planeval.model import Entry, Location
from planeval.name_numbers import shown_numbered
from planeval.past_errors import CountedPast
from planeval.plan_order import PlanPlaces, in_plan_order
from planeval.read_records import ErrorPlace
from planeval.report.chapter3_columns import columns_of, has_departments, written_issues
from planeval.report.chapter3_rows import by_body as rows_by_body
from planeval.report.chapter3_rows import has_issues, has_projects, sort_entries
from planeval.report.coded_bodies import prefixed_each, prefixed_past
from planeval.report.document import Report
from planeval.report.gaps import Gap, gap_line, policies_named, policy_gap_sentence
from planeval.report.indicator_values import Values, value_keys
from planeval.report.issue_list import select_issues
from planeval.report.policy_section import PolicySection
from planeval.report.policy_tables import each_body, policy_tables
from planeval.report.project_counts import project_table
from planeval.report.repeat_total import repeat_total, total_told_once
from planeval.report.shown_scale import shown_scale
from planeval.report.sub_counts import one_mark
from planeval.report.survey import is_survey, issues_note, item_table
from planeval.report.table_notes import (
    UNCOUNTED_WHY,
    in_rows,
    left_out_line,
    partly_line,
    published_why,
    uncounted_line,
    unreturned_line,
)
from planeval.report.tables import count_table
from planeval.report.typed_notes import TypedNote, sections_with_notes
from planeval.report.uncounted_policies import in_id_order, policy_table
from planeval.report.uncounted_summary import uncounted_groups
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.unanswered_words import (
    MISSING_ROW,
    PolicyUnreturned,
    counted_sentence,
    table_levels,
    with_items,
)
from planeval.unlevelled import policy_entries, unlevelled_lines
from planeval.whole_sentence import holds_several, whole_sentence
from planeval.wording import DEFAULT_WORDING, Wording


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
    marks: Marks | None = None,
    values: Values | None = None,
    headed: Mapping[Location, str] | None = None,
    partly_counted: Mapping[str, str] | None = None,
    unreturned: Mapping[str, int] | None = None,
    without_issue: Collection[tuple[str, str]] = (),
    departments: Collection[tuple[str, str]] = (),
    unreturned_policies: Mapping[str, PolicyUnreturned] | None = None,
    unreturned_why: Mapping[str, tuple[str, str]] | None = None,
    unreturned_rows: Sequence[Entry] = (),
    error_rows: Sequence[Entry] = (),
    number_gaps: Sequence[Gap] = (),
    plan_places: PlanPlaces | None = None,
    codes: Mapping[str, str] | None = None,
    prefectures: Mapping[str, str] | None = None,
    issue_title: str = "",
    issue_parts: Sequence[str] = (),
    notes: Sequence[TypedNote] = (),
    ended: Sequence[str] = (),
    planned_mark: str = "",
) -> Report:
    """The report of ``entries`` in ``wording``'s words (Setagaya's by default); ``title``
    replaces the wording's title; ``labels`` (ReadResult.level_labels) number the policies and
    directions as typed, in every heading, table and sentence. ``bodies`` the inputs named and
    ``uncounted_bodies``, those no row was counted of, are said under 集計 and 団体別集計, as
    are the places of the errors a run counted past (``not_counted``: --keep-going; with the
    items they left out, left_out_items.counted_past, which the xlsx export records).
    ``issue_statuses`` keeps only those statuses in the issue list (select_issues). ``marks``
    (ReadResult.marks): the rows a column marks, counted under each group's (うち重点).
    ``values`` (ReadResult.values): each row's indicator figures; ``headed``
    (ReadResult.headed): the lines typed above tables heading their rows. ``partly_counted``
    (past_errors.partly_counted): the bodies some of whose replies or rows were not counted,
    each marked in 団体別集計 and named with its reason under both tables; ``unreturned``
    (ReadResult.unreturned, why: ``unreturned_why``): departments that returned nothing, noted
    under 集計 and after a policy's sentence (unanswered_words), their items listed in Chapter
    3's tables with their label for a status (``unreturned_rows``, ReadResult's: 未提出) and
    in no count, as are the rows left out for their errors (``error_rows``, in their place:
    error_rows.rows_in_error); ``without_issue``: has_issues; ``departments``: has_departments;
    ``number_gaps``: what no file holds between numbers read (report_api.gaps_read), said
    under 集計 and after its policy's sentence (report/gaps.py). Every table lists the items
    in the plan's order where it was given (``plan_places``: ReadResult.plan_places).
    ``codes``: each body's 団体コード, in the data of bodies (report/coded_bodies.py, the
    xlsx's 団体別集計), and ``prefectures`` each one's prefecture as the list gives it (after
    the code; a list of bodies not counted names each with it: 秋田県福岡市). ``issue_title``
    (ReadResult.issue_title): the issue column as the forms title it, ``issue_parts``
    (ReadResult.issue_parts) the titles of several read together, a column each in the issue
    list and the data sheet (issue_parts.py); ``notes`` (typed_notes): those typed under a
    table's rows, each under the tables of those rows; ``ended``: the 区分's
    word of each item the plan ends (ReadResult.plan_ended), in the whole count (repeat_total);
    ``planned_mark`` (ReadResult.planned_mark): the plan's mark where the plan's column decided
    which rows are marked, said so under the count tables."""
    if issue_title:
        wording = replace(wording, issue=issue_title)
    if not isinstance(not_counted, CountedPast):
        not_counted = CountedPast(places=tuple(ErrorPlace("", place) for place in not_counted))
    places = plan_places or {}
    # (each name's leading number as published, 「44 …」 for a 課's 「４４　…」: review 164 #6)
    ordered = tuple(map(shown_numbered, sort_entries(in_plan_order(entries, places))))
    error_rows = [*map(shown_numbered, error_rows)]
    unreturned_rows = [*map(shown_numbered, unreturned_rows)]
    # (a not-counted status no row has: no column of 0 in every table, no legend of it)
    scale = shown_scale(scale, (*ordered, *error_rows, *unreturned_rows))
    by_policy = summarize(ordered, by="policy", scale=scale, labels=labels, marks=marks)
    by_policy = plan_marked(by_policy, planned_mark)  # (the plan's 重点 ●: review 173 #6)
    by_direction = summarize(ordered, by="direction", scale=scale, labels=labels)  # (bodies' own)
    policy_of = {
        (entry.body, entry.direction_id): entry.policy_id for entry in ordered if entry.direction_id
    }
    sections = []
    shown = wording.statuses_shown(scale)
    keys = value_keys(ordered, values or {})
    listed_rows = [*ordered, *error_rows, *unreturned_rows]
    written = written_issues(listed_rows)  # (no 課題等 column anywhere where no row has one)
    seen = (values or {}, marks or {}, without_issue)  # (each body's columns: columns_of)
    in_all = has_departments(listed_rows, departments)  # (担当課 in all or none: review 193 #5)
    columns = {  # (each body's tables their own columns, from its own rows: review 84)
        body: columns_of(own, *seen, among=keys, written=written, with_department=in_all)
        for body, own in rows_by_body(listed_rows).items()
    }
    shown_marks = one_mark(marks or {})  # (○ and ● of one column: one kind, review 147)
    named = prefectures or {}  # (a body named with its prefecture: review 179 #4, 204 #5)
    said_past = prefixed_past(not_counted, named)  # (the sentences': 宮城県浜浦市)
    said_apart = (with_items(unreturned_policies, unreturned_rows), said_past)  # (said after)
    # (the departments that replied without rows of their items: the legend's why, review 138)
    lacking = frozenset(d for d, why in (unreturned_why or {}).items() if why[0] == MISSING_ROW)
    none_counted = uncounted_groups(by_policy, uncounted := [*error_rows, *unreturned_rows], labels)
    levels: set[tuple[bool, bool]] = set()
    survey = is_survey(ordered)  # (one form, many bodies: each item once, review 171 #6)
    gap_words = (wording.project, wording.direction)
    for group in in_id_order(by_policy.groups, none_counted):
        in_policy = policy_entries(ordered, group.id, by_policy.unlevelled)
        directions = under_policy(  # (「(1)」 under its heading, not the flat list's 1-(1))
            [d for d in by_direction.groups if d.id and policy_of.get((d.body, d.id)) == group.id],
            labels,
        )
        own = each_body(in_policy, scale, labels, named=not group.id and bool(in_policy))
        levels |= table_levels(own.values())  # (the whole sentence's, as each policy's)
        # (a body's rows in error, in their place among its counted ones; a body none of whose
        # rows here was counted, in its own tables in its place among the bodies: review 84)
        in_error = [row for row in error_rows if row.policy_id == group.id]
        listed = in_plan_order(
            [
                *in_body_order_rows(in_read_order(in_policy, in_error), ordered),
                *(row for row in unreturned_rows if row.policy_id == group.id),
            ],
            places,
        )
        apart = own  # (each body's tables apart: one counted here, another's rows in error)
        if not own and len(rows_by_body(listed)) > 1:
            apart = each_body(in_policy, scale, labels, named=True)
        tables = (
            ()
            if survey
            else policy_tables(
                listed,
                group,
                {d.id: d for d in directions},
                apart,
                (shown, labels, values or {}, shown_marks),
                columns=columns,
                word=wording.direction_word,
                codes=codes,
                headed=headed or {},
            )
        )
        sections.append(
            PolicySection(
                group=group,
                directions=directions,
                sentence=counted_sentence(
                    group,
                    directions,
                    scale,
                    wording,
                    own.values(),
                    apart=said_apart,
                    marked=marked_of(by_policy, group),
                )
                + policy_gap_sentence(number_gaps, group.id, gap_words),  # (review 172 #1)
                entries=in_policy,
                tables=tables,
                wording=wording,
                lacking=lacking,
            )
        )
    sections = sections_with_notes(sections, notes)  # (「※現状値は令和6年度末」 under its table)
    by_body = (
        in_body_order(
            plan_marked(summarize(ordered, by="body", scale=scale, marks=marks), planned_mark),
            bodies,
        )
        if any(e.body for e in ordered)
        else None
    )
    issues = select_issues(ordered, scale, statuses=issue_statuses)
    off_plan = len(issues)
    issues = [entry for entry in issues if entry.issue] if survey else issues
    if by_body is not None:  # each body's issues together, bodies as in 団体別集計
        place = {group.id: number for number, group in enumerate(by_body.groups)}
        issues.sort(key=lambda entry: place.get(entry.body, len(place)))  # (stable: in ID order)
    said_whole = set(uncounted_bodies) - {""}  # (bodies not counted: uncounted_line's)
    published = published_why(uncounted_bodies)  # (no filing reason: review 204 #5)
    uncounted_remarks = tuple(
        line
        for line in (
            # (each named with its prefecture, where the list gives it: 秋田県福岡市)
            uncounted_line(bodies, prefixed_each(published, named), UNCOUNTED_WHY),
            partly_line(prefixed_each(partly_counted or {}, named)),
            unreturned_line(unreturned or {}, wording, unreturned_why, unreturned_rows),
            gap_line(number_gaps, gap_words, policies_named(by_policy.groups, wording)),
            # (a body none of whose rows was counted: its places said with it, above — 「評価尺度が
            # 違うため（5 団体）」 was also 「エラーのあった 73 か所…この表と異なります」, review 80)
            left_out_line(not_counted, said_whole, fixed_said=bool(partly_counted)),
        )
        if line
    )
    # (全52項目で、…廃止の1項目を除く…; the items of rows in error among them; rows rated in 細目
    # counted as the captions count them, 「評価した実施内容と細目」: review 162 #6)
    parts = any(entry.sub_item for entry in ordered)
    unreturned_items = sum((unreturned or {}).values())  # (未提出: in 全 and said, review 163 #4)
    whole = repeat_total(
        by_policy,
        wording,
        ended,
        in_error=len(error_rows),
        sub_items=parts,
        unreturned=unreturned_items,
    )
    # (the whole plan's counts, before each policy's: 「計画全体では、…」 — review 148 #7)
    sentence = whole_sentence(
        by_policy,
        wording,
        [entry.body for entry in ordered if entry.body],  # (the bodies read)
        levels_differ=len(levels) > 1,
        unreturned=unreturned_items,
        sub_items=parts,
        not_counted=said_past,  # (「なお、このほか…」, as each policy's: review 175 #4)
        # (a plan of 8 改革項目, one 部 silent: 「全8つの…のうち回答のあった7つ」, review 170 #7)
        unreturned_projects=len(
            {r.project_id for r in unreturned_rows} - {e.project_id for e in ordered}
        ),
        gapped=bool(number_gaps),
        each_several=holds_several(ordered),  # (「施策を構成する事業は…」: review 196 #7)
    )
    once = "" if ended or error_rows or unreturned_items or not whole else sentence
    if once := once and total_told_once(by_policy, wording, once, sub_items=parts):
        whole, sentence = "", once  # (the total said once: review 172 #7)
    return Report(
        # (「令和6年度 …調査」 with its 2024年度, on the title page and every page header)
        title=dated_title(wording.title if title is None else title, fiscal_year),
        fiscal_year=fiscal_year,
        scale=scale,
        summary=by_policy,
        summary_table=policy_table(  # (a policy none of whose rows was counted: blank)
            by_policy,
            none_counted,
            id_headers=wording.policy_id_headers,
            remarks=(
                tuple(filter(None, (whole, sentence)))  # (全52項目…; 計画全体では、…)
                + uncounted_remarks
                + unlevelled_lines(by_policy.unlevelled, wording.policy)
            ),
            word=wording.status,
        ),
        policies=tuple(sections),
        item_table=item_table(ordered, scale, wording, labels) if survey else None,
        project_table=project_table(ordered, uncounted, scale, wording, labels),
        issues_note=issues_note(len(issues), off_plan, wording) if survey else "",
        issues=tuple(issues),
        entries=ordered,
        chapter3_rows=tuple(
            in_plan_order([*in_read_order(ordered, error_rows), *unreturned_rows], places)
        ),
        wording=wording,
        whole=whole,
        sentence=sentence,
        by_body=by_body,
        uncounted=(
            dict(uncounted_bodies)
            if isinstance(uncounted_bodies, Mapping)
            else dict.fromkeys(uncounted_bodies, "")
        ),
        partly_counted=dict(partly_counted or {}),
        codes=dict(codes or {}),
        prefectures=dict(prefectures or {}),
        issue_statuses=tuple(issue_statuses),
        issue_parts=tuple(issue_parts),
        counted_past=not_counted,
        labels=labels,
        marks=marks or {},
        listed=listed_ids(ordered, labels),
        values=values or {},
        value_keys=keys,
        with_project=has_projects(ordered),
        with_issue=has_issues(ordered, without_issue, written=written),
        mark=columns_of(listed_rows, {}, marks or {}).mark,
        with_department=in_all,
        body_table=(
            replace(
                count_table(
                    by_body,
                    shares=True,
                    id_headers=("団体", ""),
                    blank=published,
                    bodies=bodies,
                    partly=dict(partly_counted or {}),
                    word=wording.status,
                    prefectures=prefectures,
                ),
                remarks=tuple(map(in_rows, uncounted_remarks)),  # (named under 集計)
            )
            if by_body
            else None
        ),
    )
