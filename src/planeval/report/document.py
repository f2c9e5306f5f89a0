"""The Chapter 3 report as data, computed once from entries (report/building.py); every format
renders from it (the rows of its tables: report.tables, report.chapter3_rows)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from planeval.aggregate import Summary
from planeval.distinct_ids import AS_SHOWN, ListedIds
from planeval.fiscal import fiscal_year_label, states_year
from planeval.level_labels import LevelLabels
from planeval.marked_counts import Marks
from planeval.model import Entry, Location
from planeval.past_errors import CountedPast
from planeval.report.chapter3_columns import Chapter3Columns
from planeval.report.indicator_values import Values
from planeval.report.issue_list import IssueTable, issue_table, keeps_sub_items
from planeval.report.policy_section import PolicySection
from planeval.report.summary_legend import count_legend
from planeval.report.tables import CountTable, percentages
from planeval.scale import Scale
from planeval.wording import DEFAULT_WORDING, Wording

__all__ = ["BODIES_TITLE", "CountSection", "PolicySection", "Report", "percentages"]

BODIES_TITLE = "団体別集計"  # the counts per body, with several bodies at once (--bodies)
PREFECTURES_TITLE = "都道府県別集計"  # … and per 都道府県, where the list gives it (review 204 #4)
# more bodies than this: 団体別集計 after 課題一覧, not after 集計 — on the page (grouped by
# 都道府県: html_bodies), in the workbook and in the Word document alike (review 179 #5)
MANY_BODIES = 100


# the report -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CountSection:
    """A table of counts as every format prints it: 集計 (per policy) or 団体別集計."""

    title: str  # its heading (and sheet name): 集計
    table: CountTable
    per: str  # what a row is: 情報化政策, 団体
    chart_title: str  # 情報化政策別の達成状況
    # another scale's 集計 (report/beside.py: a 大綱's 達成度 after its 実施状況): its own
    # scale and words; None: the report's
    scale: Scale | None = None
    wording: Wording | None = None
    # False: its legend line is the first 集計's, said once over that (「※再掲は件数に含めません」
    # under both scales' 集計: review 151/152)
    legend: bool = True
    # False: no charts where its table runs over pages (a survey's bodies, its items charted:
    # 43 pages of bars for 1,045 bodies, review 171 #6)
    long_charts: bool = True


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
    # … and its prefecture, where the list of bodies gives it (ReadResult.prefectures)
    prefectures: Mapping[str, str] = field(default_factory=dict)
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
    # the 集計 of another scale rated on the same items, after 集計 (report/beside.py)
    more_counts: tuple[CountSection, ...] = ()

    # Chapter 3's 体系 and 課題等 columns: only where some row's project is not its policy
    # (the heading above the table names it) and some row has an issue text (build_report)
    with_project: bool = True
    with_issue: bool = True
    mark: str = ""  # the column marking rows, titled by its word (重点), where a form has one
    with_department: bool = False  # a body's own form's department column (has_departments)
    # the whole count first said under 集計 (repeat_total: 「全52項目で、再掲の3項目と廃止の1項目を
    # 除く48項目を集計しました」), "" where no row is a repeat listing and the plan ends no item
    whole: str = ""
    # the whole plan's count sentence, said after it (whole_sentence: 「計画全体では、…」), ""
    # where the plan has one policy counted
    sentence: str = ""
    # the titles of the issue columns read together (ReadResult.issue_parts: 評価の理由 |
    # 今後の方向性), a column each in the issue list and the data sheet; () where one was read
    issue_parts: tuple[str, ...] = ()
    # each issue's own cell by its status cell (text_cells.issue_cells): the issue list's 出典
    issue_cells: Mapping[Location, Location] = field(default_factory=dict)
    # a survey's items counted over its bodies (report/survey.py: 実施内容別集計, its policies
    # then no tables of each body's rows), and what its issue list says of the rows it leaves out
    item_table: CountTable | None = None
    issues_note: str = ""
    # the counts per project where projects are the level under the policies and hold several
    # items (report/project_counts.py: 施策別集計, after 集計), else None
    project_table: CountTable | None = None
    # the counts per 都道府県 where the list of bodies gives each one's (prefecture_counts.py:
    # 都道府県別集計, before 団体別集計), else None
    prefecture_table: CountTable | None = None

    @property
    def columns(self) -> Chapter3Columns:
        """The columns of every Chapter 3 table of the report together (each table has its
        body's own: DirectionTable.columns — with one body, these)."""
        return Chapter3Columns(
            self.value_keys, self.with_project, self.with_issue, self.mark, self.with_department
        )

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
        """集計 (another scale's after it: beside.py; the counts per project after it where the
        report has them: 施策別集計), then 団体別集計 where several bodies were read."""
        wording = self.wording
        sections = [
            CountSection(
                wording.summary_title, self.summary_table, wording.policy, wording.by_policy_title
            ),
            *self.more_counts,  # (another scale's, rated beside: beside.py)
        ]
        if self.project_table is not None:  # (a 施策評価's 施策: report/project_counts.py)
            from planeval.report.project_counts import project_title

            project = wording.project
            sections.append(
                CountSection(
                    project_title(wording), self.project_table, project, wording.by(project),
                    legend=False,
                )
            )  # fmt: skip
        if self.item_table is not None:  # (a survey's items: report/survey.py)
            from planeval.report.survey import item_title

            item = wording.item
            sections.append(  # (集計's legend over it says the same: said once, review 193 #9)
                CountSection(
                    item_title(wording), self.item_table, item, wording.by(item), legend=False
                )
            )
        if self.prefecture_table is not None:  # (a survey's first table: review 204 #4)
            sections.append(
                CountSection(
                    PREFECTURES_TITLE, self.prefecture_table, "都道府県", wording.by("都道府県"),
                    legend=False,
                )
            )  # fmt: skip
        if self.body_table is not None:
            by_body = wording.by("団体")
            charted = self.item_table is None  # (a survey's: its items' chart, not its bodies')
            table = self.body_table  # (its legend 集計's, but for a table after 課題一覧)
            sections.append(
                CountSection(
                    BODIES_TITLE,
                    table,
                    "団体",
                    by_body,
                    long_charts=charted,
                    legend=self.bodies_last,
                )
            )
        return tuple(sections)

    @property
    def bodies_last(self) -> bool:
        """Whether 団体別集計 has more than MANY_BODIES bodies: every export's last table (a
        national survey's 1,045 bodies stood between its reader and the 分野 sections)."""
        table = self.body_table
        return table is not None and sum(not r.sub for r in table.rows[: total_at(table)]) > (
            MANY_BODIES
        )

    def counts_placed(self, *, last: bool) -> tuple[CountSection, ...]:
        """count_sections written after the title (not ``last``), or after 課題一覧 (``last``):
        団体別集計 there where the bodies are many (bodies_last), else none."""
        late = self.bodies_last
        return tuple(s for s in self.count_sections if (late and s.title == BODIES_TITLE) == last)

    def of_section(self, section: CountSection) -> Report:
        """The report as ``section`` is written: with its own scale and words where it has
        them (another scale's 集計: its legend, its statuses' titles and colours)."""
        if section.scale is None:
            return self
        return replace(self, scale=section.scale, wording=section.wording or self.wording)

    def legend_over(self, section: CountSection) -> str:
        """The legend line over ``section``'s table, in its own scale's words (count_legend);
        "" where it is the first 集計's said again (CountSection.legend)."""
        own = self.of_section(section)
        return count_legend(own.scale, own.wording) if section.legend else ""

    def policy_legend(self, section: PolicySection) -> str:
        """The legend line under ``section``'s sentence, without the line 集計 has said over its
        table (the same 「※A：…」 five times in one document: review 193 #9)."""
        return section.legend(self.scale, count_legend(self.scale, self.wording))

    def issue_table(self, *, with_sources: bool = False) -> IssueTable:
        """The issue list; with several bodies, a 団体 column first."""
        return issue_table(
            self.issues,
            with_sources=with_sources,
            wording=self.wording,
            bodies=self.by_body is not None,
            shown=self.wording.statuses_shown(self.scale),
            ids=self.listed,
            values=self.values,  # (another scale's rating beside: report/beside.py)
            parts=self.issue_parts,  # (評価の理由 | 今後の方向性: a column each)
            cells=self.issue_cells,  # (each issue's own cell, its 出典)
            sub_items=self.has_sub_items,
        )

    @property
    def has_sub_items(self) -> bool:
        """Whether the issue list keeps its 細目 column: keeps_sub_items of every row read and
        listed in Chapter 3 (review 184 #7)."""
        shown = (row.entry for policy in self.policies for t in policy.tables for row in t.rows)
        return keeps_sub_items((*self.entries, *shown))


def total_at(table: CountTable) -> int:
    """The index of ``table``'s 合計 row (its last but its うち重点 lines)."""
    return max((i for i, row in enumerate(table.rows) if not row.sub), default=0)
