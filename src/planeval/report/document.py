"""The Chapter 3 report as data, computed once from entries; every format renders from it
(the rows of its tables: report.tables, report.chapter3_rows)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from planeval.aggregate import Summary, in_body_order, summarize
from planeval.distinct_ids import AS_SHOWN, ListedIds, listed_ids, under_policy
from planeval.error_rows import in_body_order_rows, in_read_order
from planeval.fiscal import dated_title, fiscal_year_label, states_year
from planeval.level_labels import NO_LABELS, LevelLabels
from planeval.marked_counts import Marks
from planeval.model import Entry
from planeval.past_errors import CountedPast
from planeval.plan_order import PlanPlaces, in_plan_order
from planeval.read_records import ErrorPlace
from planeval.report.chapter3_columns import Chapter3Columns, columns_of, written_issues
from planeval.report.chapter3_rows import by_body as rows_by_body
from planeval.report.chapter3_rows import (
    has_issues,
    has_projects,
    sort_entries,
)
from planeval.report.gaps import gap_line
from planeval.report.indicator_values import Values, value_keys
from planeval.report.issue_list import IssueTable, issue_table, select_issues
from planeval.report.policy_section import PolicySection
from planeval.report.policy_tables import each_body, policy_tables
from planeval.report.table_notes import (
    UNCOUNTED_WHY,
    left_out_line,
    partly_line,
    uncounted_line,
    unreturned_line,
)
from planeval.report.tables import CountTable, count_table, percentages
from planeval.report.uncounted_policies import in_id_order, policy_table
from planeval.report.uncounted_summary import uncounted_groups
from planeval.scale import Scale
from planeval.unanswered_words import PolicyUnreturned, counted_sentence
from planeval.unlevelled import policy_entries, unlevelled_lines
from planeval.wording import DEFAULT_WORDING, Wording

__all__ = ["BODIES_TITLE", "CountSection", "PolicySection", "Report", "build_report", "percentages"]

BODIES_TITLE = "団体別集計"  # the counts per body, with several bodies at once (--bodies)


# the report -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CountSection:
    """A table of counts as every format prints it: 集計 (per policy) or 団体別集計."""

    title: str  # its heading (and sheet name): 集計
    table: CountTable
    per: str  # what a row is: 情報化政策, 団体
    chart_title: str  # 情報化政策別の達成状況


@dataclass(frozen=True, slots=True)
class Report:
    title: str
    fiscal_year: int | None
    scale: Scale
    summary: Summary
    summary_table: CountTable  # per policy, with percentages: 集計
    policies: tuple[PolicySection, ...]
    issues: tuple[Entry, ...]
    entries: tuple[Entry, ...]
    wording: Wording = DEFAULT_WORDING  # the body's words: headings, titles, sentences
    # per body, when several bodies were read at once (None otherwise)
    by_body: Summary | None = None
    body_table: CountTable | None = None
    # the bodies the inputs named, no row counted of → why ("" where no reasons were given)
    uncounted: Mapping[str, str] = field(default_factory=dict)
    # the bodies some of whose replies or rows were not counted → why (marked in 団体別集計)
    partly_counted: Mapping[str, str] = field(default_factory=dict)
    # each body's 団体コード (roster.body_codes), beside its name in the data (coded_bodies.py)
    codes: Mapping[str, str] = field(default_factory=dict)
    issue_statuses: tuple[str, ...] = ()  # the statuses the issue list keeps (all when empty)
    # what a count made past errors left out (--keep-going): said under 集計, recorded in xlsx
    counted_past: CountedPast = field(default_factory=CountedPast)
    # the policies' and directions' numbers as typed (ReadResult.level_labels): data sheet
    labels: LevelLabels = field(default_factory=dict)
    # the rows a column marks (ReadResult.marks: うち重点), kept in the xlsx export's data sheet
    marks: Marks = field(default_factory=dict)
    # the IDs as its flat list (the issue list) shows them, judged over every entry: an item's
    # as compare and rounds show it (distinct_ids.py: 1-(1)ア where (1) restarts per policy)
    listed: ListedIds = AS_SHOWN
    # each row's indicator figures (ReadResult.values: 策定時 | 現状値 …) and their columns
    values: Values = field(default_factory=dict)
    value_keys: tuple[tuple[str, int], ...] = ()
    # Chapter 3's rows flat (進捗状況.csv): those counted, those left out for an error in their
    # place (未集計（エラー）) and the items of departments that sent nothing (未提出)
    chapter3_rows: tuple[Entry, ...] = ()

    # Chapter 3's 体系 and 課題等 columns: only where some row's project is not its policy
    # (the heading above the table names it) and some row has an issue text (build_report)
    with_project: bool = True
    with_issue: bool = True
    mark: str = ""  # the column marking rows, titled by its word (重点), where a form has one

    @property
    def columns(self) -> Chapter3Columns:
        """The columns of every Chapter 3 table of the report together (each table has its
        body's own: DirectionTable.columns — with one body, these)."""
        return Chapter3Columns(self.value_keys, self.with_project, self.with_issue, self.mark)

    @property
    def chapter3_headers(self) -> tuple[str, ...]:
        """The Chapter 3 tables' titles, the mark column and an indicator's value columns
        between the item and the rating (Chapter3Columns.headers)."""
        return self.columns.headers(self.wording)

    @property
    def uncounted_bodies(self) -> tuple[str, ...]:
        """The bodies no row was counted of, in the inputs' order."""
        return tuple(self.uncounted)

    @property
    def uncounted_why(self) -> Mapping[str, str]:
        """Each of them → why, where reasons were given (else empty)."""
        return self.uncounted if any(self.uncounted.values()) else {}

    @property
    def fiscal_label(self) -> str:
        """ "令和3年度（2021年度）", or "" when no fiscal year was given."""
        return fiscal_year_label(self.fiscal_year) if self.fiscal_year is not None else ""

    def year_beside(self, title: str) -> str:
        """The fiscal label to print beside ``title`` (a heading, a page header); "" where the
        title names the year already (「令和6年度 …調査」 over 「令和6年度（2024年度）」 said
        it twice: review 125 #10)."""
        if self.fiscal_year is None or states_year(title, self.fiscal_year):
            return ""
        return self.fiscal_label

    @property
    def count_sections(self) -> tuple[CountSection, ...]:
        """集計, then 団体別集計 where several bodies were read."""
        wording = self.wording
        sections = [
            CountSection(
                wording.summary_title, self.summary_table, wording.policy, wording.by_policy_title
            )
        ]
        if self.body_table is not None:
            by_body = wording.by("団体")
            sections.append(CountSection(BODIES_TITLE, self.body_table, "団体", by_body))
        return tuple(sections)

    def issue_table(self, *, with_sources: bool = False) -> IssueTable:
        """The issue list; with several bodies, a 団体 column first."""
        return issue_table(
            self.issues,
            with_sources=with_sources,
            wording=self.wording,
            bodies=self.by_body is not None,
            shown=self.wording.statuses_shown(self.scale),
            ids=self.listed,
        )


def build_report(
    entries: Sequence[Entry],
    scale: Scale,
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
    partly_counted: Mapping[str, str] | None = None,
    unreturned: Mapping[str, int] | None = None,
    without_issue: Collection[tuple[str, str]] = (),
    unreturned_policies: Mapping[str, PolicyUnreturned] | None = None,
    unreturned_why: Mapping[str, tuple[str, str]] | None = None,
    unreturned_rows: Sequence[Entry] = (),
    error_rows: Sequence[Entry] = (),
    number_gaps: Sequence[str] = (),
    plan_places: PlanPlaces | None = None,
    codes: Mapping[str, str] | None = None,
) -> Report:
    """The report of ``entries`` in ``wording``'s words (Setagaya's by default); ``title``
    replaces the wording's title; ``labels`` (ReadResult.level_labels) number the policies and
    directions as typed, in every heading, table and sentence. ``bodies`` the inputs named and
    ``uncounted_bodies``, those no row was counted of, are said under 集計 and 団体別集計, as
    are the places of the errors a run counted past (``not_counted``: --keep-going; with the
    items they left out, left_out_items.counted_past, which the xlsx export records).
    ``issue_statuses`` keeps only those statuses in the issue list (select_issues). ``marks``
    (ReadResult.marks): the rows a column marks, counted under each group's (うち重点).
    ``values`` (ReadResult.values): each row's indicator figures. ``partly_counted``
    (past_errors.partly_counted): the bodies some of whose replies or rows were not counted,
    each marked in 団体別集計 and named with its reason under both tables; ``unreturned``
    (ReadResult.unreturned, why: ``unreturned_why``): departments that returned nothing, noted
    under 集計 and after a policy's sentence (unanswered_words), their items listed in Chapter
    3's tables with their label for a status (``unreturned_rows``, ReadResult's: 未提出) and
    in no count, as are the rows left out for their errors (``error_rows``, in their place:
    error_rows.rows_in_error); ``without_issue``: has_issues; ``number_gaps``: what no file
    holds between numbers read (io/level_names.gaps_said), said under 集計 (report/gaps.py).
    Every table lists the items in the plan's order where it was given
    (``plan_places``: ReadResult.plan_places). ``codes``: each body's 団体コード, in the data
    of bodies (report/coded_bodies.py, the xlsx's 団体別集計)."""
    if not isinstance(not_counted, CountedPast):
        not_counted = CountedPast(places=tuple(ErrorPlace("", place) for place in not_counted))
    places = plan_places or {}
    ordered = tuple(sort_entries(in_plan_order(entries, places)))
    by_policy = summarize(ordered, by="policy", scale=scale, labels=labels, marks=marks)
    by_direction = summarize(ordered, by="direction", scale=scale, labels=labels)  # (bodies' own)
    policy_of = {
        (entry.body, entry.direction_id): entry.policy_id for entry in ordered if entry.direction_id
    }
    sections = []
    shown = wording.statuses_shown(scale)
    keys = value_keys(ordered, values or {})
    listed_rows = [*ordered, *error_rows, *unreturned_rows]
    written = written_issues(listed_rows)  # (no 課題等 column anywhere where no row has one)
    columns = {  # (each body's tables their own columns, from its own rows: review 84)
        body: columns_of(own, values or {}, marks or {}, without_issue, among=keys, written=written)
        for body, own in rows_by_body(listed_rows).items()
    }
    said_apart = (unreturned_policies, not_counted)  # (left out, said after its sentence)
    none_counted = uncounted_groups(by_policy, [*error_rows, *unreturned_rows], labels)
    for group in in_id_order(by_policy.groups, none_counted):
        in_policy = policy_entries(ordered, group.id, by_policy.unlevelled)
        directions = under_policy(  # (「(1)」 under its heading, not the flat list's 1-(1))
            [d for d in by_direction.groups if d.id and policy_of.get((d.body, d.id)) == group.id],
            labels,
        )
        own = each_body(in_policy, scale, labels, named=not group.id and bool(in_policy))
        # (a body's rows in error, in their place among its counted ones; a body none of whose
        # rows here was counted, in its own tables in its place among the bodies: 茅野市's,
        # review 84)
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
        tables = policy_tables(
            listed,
            group,
            {d.id: d for d in directions},
            apart,
            (shown, labels, values or {}, marks or {}),
            columns=columns,
            word=wording.direction_word,
            codes=codes,
        )
        sections.append(
            PolicySection(
                group=group,
                directions=directions,
                sentence=counted_sentence(
                    group, directions, scale, wording, own.values(), apart=said_apart
                ),
                entries=in_policy,
                tables=tables,
                wording=wording,
            )
        )
    by_body = (
        in_body_order(summarize(ordered, by="body", scale=scale, marks=marks), bodies)
        if any(e.body for e in ordered)
        else None
    )
    issues = select_issues(ordered, scale, statuses=issue_statuses)
    if by_body is not None:  # each body's issues together, bodies as in 団体別集計
        place = {group.id: number for number, group in enumerate(by_body.groups)}
        issues.sort(key=lambda entry: place.get(entry.body, len(place)))  # (stable: in ID order)
    said_whole = set(uncounted_bodies) - {""}  # (bodies not counted: uncounted_line's)
    uncounted_remarks = tuple(
        line
        for line in (
            uncounted_line(bodies, uncounted_bodies, UNCOUNTED_WHY),
            partly_line(partly_counted or {}),
            unreturned_line(unreturned or {}, wording.item, unreturned_why),
            gap_line(number_gaps),
            # (the places of a body no row of which was counted are said with it, above:
            # 「評価尺度が違うため（5 団体）」 was also 「エラーのあった 73 か所…直した後の件数は
            # この表と異なります」 — review 80)
            left_out_line(not_counted, said_whole, fixed_said=bool(partly_counted)),
        )
        if line
    )
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
            remarks=uncounted_remarks + unlevelled_lines(by_policy.unlevelled, wording.policy),
            word=wording.status,
        ),
        policies=tuple(sections),
        issues=tuple(issues),
        entries=ordered,
        chapter3_rows=tuple(
            in_plan_order([*in_read_order(ordered, error_rows), *unreturned_rows], places)
        ),
        wording=wording,
        by_body=by_body,
        uncounted=(
            dict(uncounted_bodies)
            if isinstance(uncounted_bodies, Mapping)
            else dict.fromkeys(uncounted_bodies, "")
        ),
        partly_counted=dict(partly_counted or {}),
        codes=dict(codes or {}),
        issue_statuses=tuple(issue_statuses),
        counted_past=not_counted,
        labels=labels,
        marks=marks or {},
        listed=listed_ids(ordered, labels),
        values=values or {},
        value_keys=keys,
        with_project=has_projects(ordered),
        with_issue=has_issues(ordered, without_issue, written=written),
        mark=columns_of(listed_rows, {}, marks or {}).mark,
        body_table=(
            replace(
                count_table(
                    by_body,
                    shares=True,
                    id_headers=("団体", ""),
                    blank=(
                        dict(uncounted_bodies)
                        if isinstance(uncounted_bodies, Mapping)
                        else tuple(uncounted_bodies)
                    ),
                    bodies=bodies,
                    partly=dict(partly_counted or {}),
                    word=wording.status,
                ),
                remarks=uncounted_remarks,
            )
            if by_body
            else None
        ),
    )
