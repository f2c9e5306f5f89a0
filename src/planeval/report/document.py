"""The Chapter 3 report as data, computed once from entries; every format renders from it
(the rows of its tables: report.tables)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planeval.aggregate import Group, Summary, summarize
from planeval.fiscal import fiscal_year_label
from planeval.model import Entry
from planeval.report import DEFAULT_TITLE
from planeval.report.tables import (
    CountTable,
    DirectionTable,
    IssueTable,
    count_table,
    direction_tables,
    issue_table,
    percentages,
    select_issues,
    sort_entries,
)
from planeval.scale import Scale
from planeval.wording import policy_sentence

__all__ = ["PolicySection", "Report", "build_report", "percentages"]


# the report -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PolicySection:
    """One policy as Chapter 3 prints it: heading, count sentence, one table per direction."""

    group: Group
    directions: tuple[Group, ...]
    sentence: str
    entries: tuple[Entry, ...]  # in project order, rows of a project as they were read
    tables: tuple[DirectionTable, ...]  # one per direction, with its counts

    @property
    def heading(self) -> str:
        return f"（{self.group.id}）情報化政策{self.group.id} {self.group.name}".strip()

    def direction_entries(self, direction_id: str) -> list[Entry]:
        return [entry for entry in self.entries if entry.direction_id == direction_id]


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

    @property
    def fiscal_label(self) -> str:
        """ "令和3年度（2021年度）", or "" when no fiscal year was given."""
        return fiscal_year_label(self.fiscal_year) if self.fiscal_year is not None else ""

    def issue_table(self, *, with_sources: bool = False) -> IssueTable:
        return issue_table(self.issues, with_sources=with_sources)


def build_report(
    entries: Sequence[Entry],
    scale: Scale,
    *,
    title: str = DEFAULT_TITLE,
    fiscal_year: int | None = None,
) -> Report:
    ordered = tuple(sort_entries(entries))
    by_policy = summarize(ordered, by="policy", scale=scale)
    by_direction = summarize(ordered, by="direction", scale=scale)
    groups = {group.id: group for group in by_direction.groups}
    tables = [
        DirectionTable(table.id, table.name, table.rows, groups.get(table.id))
        for table in direction_tables(ordered)
    ]
    sections = []
    for group in by_policy.groups:
        directions = tuple(d for d in by_direction.groups if d.id.split("-")[0] == group.id)
        in_policy = tuple(entry for entry in ordered if entry.policy_id == group.id)
        ids = {d.id for d in directions}
        sections.append(
            PolicySection(
                group=group,
                directions=directions,
                sentence=policy_sentence(group, directions, scale),
                entries=in_policy,
                tables=tuple(t for t in tables if t.id in ids),
            )
        )
    return Report(
        title=title,
        fiscal_year=fiscal_year,
        scale=scale,
        summary=by_policy,
        summary_table=count_table(by_policy, shares=True, id_headers=("政策番号", "政策名")),
        policies=tuple(sections),
        issues=tuple(select_issues(ordered, scale)),
        entries=ordered,
    )
