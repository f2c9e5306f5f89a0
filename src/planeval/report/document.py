"""The Chapter 3 report as data, computed once from entries; every export renders from it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planeval.aggregate import Count, Group, Summary, id_order, summarize
from planeval.fiscal import fiscal_year_label
from planeval.model import Entry
from planeval.report import DEFAULT_TITLE
from planeval.report.views import select_issues
from planeval.scale import Scale
from planeval.wording import policy_sentence


@dataclass(frozen=True, slots=True)
class PolicySection:
    """One policy as Chapter 3 prints it: heading, count sentence, one table per direction."""

    group: Group
    directions: tuple[Group, ...]
    sentence: str
    entries: tuple[Entry, ...]  # in project order, rows of a project as they were read

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
    policies: tuple[PolicySection, ...]
    issues: tuple[Entry, ...]
    entries: tuple[Entry, ...]

    @property
    def fiscal_label(self) -> str:
        """ "令和3年度（2021年度）", or "" when no fiscal year was given."""
        return fiscal_year_label(self.fiscal_year) if self.fiscal_year is not None else ""


def build_report(
    entries: Sequence[Entry],
    scale: Scale,
    *,
    title: str = DEFAULT_TITLE,
    fiscal_year: int | None = None,
) -> Report:
    ordered = tuple(sorted(entries, key=lambda entry: id_order(entry.project_id)))
    by_policy = summarize(ordered, by="policy", scale=scale)
    by_direction = summarize(ordered, by="direction", scale=scale)
    sections = []
    for group in by_policy.groups:
        directions = tuple(d for d in by_direction.groups if d.id.split("-")[0] == group.id)
        sections.append(
            PolicySection(
                group=group,
                directions=directions,
                sentence=policy_sentence(group, directions, scale),
                entries=tuple(entry for entry in ordered if entry.policy_id == group.id),
            )
        )
    return Report(
        title=title,
        fiscal_year=fiscal_year,
        scale=scale,
        summary=by_policy,
        policies=tuple(sections),
        issues=tuple(select_issues(ordered, scale)),
        entries=ordered,
    )


def percentages(count: Count) -> dict[str, int]:
    """Whole percentages of the counted statuses that add up to exactly 100 (largest remainder,
    ties to the earlier symbol of the scale); all zeros when nothing is counted."""
    total = count.total
    if total == 0:
        return dict.fromkeys(count.counts, 0)
    exact = {symbol: 100 * number / total for symbol, number in count.counts.items()}
    shares = {symbol: int(value) for symbol, value in exact.items()}
    order = sorted(exact, key=lambda symbol: -(exact[symbol] - shares[symbol]))
    for symbol in order[: 100 - sum(shares.values())]:
        shares[symbol] += 1
    return shares
