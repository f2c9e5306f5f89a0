"""Counting statuses per policy, direction, project, body, or policy within each body. Every
count comes from entries."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from planeval.model import Entry
from planeval.scale import DEFAULT_SCALE, Scale

GroupBy = Literal["policy", "direction", "project", "body", "body-policy"]
GROUP_LEVELS: tuple[GroupBy, ...] = ("policy", "direction", "project", "body", "body-policy")


@dataclass(frozen=True, slots=True)
class Count:
    """Counts of every counted symbol (zeros included) and of every uncounted one."""

    counts: Mapping[str, int]
    uncounted: Mapping[str, int]

    @property
    def total(self) -> int:
        """The number of counted entries (repeat listings and other uncounted ones excluded)."""
        return sum(self.counts.values())

    def percent(self, decimals: int = 1) -> dict[str, float]:
        """Each counted symbol's share of the total in percent, at ``decimals`` places, adding up
        to exactly 100 (largest remainder: the shares rounded down, then one unit of the last
        place to each largest remainder, ties to the earlier symbol of the scale); all zeros
        when nothing is counted. Nagoya's 43/9/7/2/2 of 63 gives 68.2/14.3/11.1/3.2/3.2 (plain
        rounding gives 68.3 and a total of 100.1). Whole percents (``decimals=0``) are those
        report.document.percentages gives.

        Computed in integers (units of 10^-decimals), so no float drift decides a share."""
        if decimals < 0:
            raise ValueError(f"decimals must be 0 or more, not {decimals}")
        whole = 100 * 10**decimals  # 100 percent in units of the last place
        total = self.total
        if total == 0:
            return dict.fromkeys(self.counts, 0.0)
        units = {symbol: number * whole // total for symbol, number in self.counts.items()}
        remainders = {symbol: number * whole % total for symbol, number in self.counts.items()}
        order = list(self.counts)
        short = whole - sum(units.values())
        for symbol in sorted(order, key=lambda s: (-remainders[s], order.index(s)))[:short]:
            units[symbol] += 1
        return {symbol: round(units[symbol] / 10**decimals, decimals) for symbol in order}

    def as_dict(self, percent_decimals: int = 1) -> dict[str, object]:
        return {
            "counts": dict(self.counts),
            "uncounted": dict(self.uncounted),
            "total": self.total,
            "percent": self.percent(percent_decimals),
        }


@dataclass(frozen=True, slots=True)
class Group:
    """One policy, direction or project with its counts; ``projects`` is how many plan
    projects it holds (for the narrative's "N つの計画事業"); ``body`` is the body a policy
    belongs to when each body's policies are counted apart (by="body-policy")."""

    id: str
    name: str
    count: Count
    projects: int
    body: str = ""


@dataclass(frozen=True, slots=True)
class Summary:
    by: GroupBy
    groups: tuple[Group, ...]
    total: Count
    scale: Scale
    percent_decimals: int = 1  # the places of every percentage (planeval.toml's, default one)

    def as_dict(self) -> dict[str, object]:
        """The JSON shape documented in the README; each group and the total carry
        ``"percent": {symbol: share}`` at ``percent_decimals`` places, adding up to 100."""
        places = self.percent_decimals
        return {
            "by": self.by,
            "groups": [
                {
                    **({"body": g.body} if self.by == "body-policy" else {}),
                    "id": g.id,
                    "name": g.name,
                    **g.count.as_dict(places),
                    "projects": g.projects,
                }
                for g in self.groups
            ],
            "total": self.total.as_dict(places),
        }


def _count(entries: Iterable[Entry], scale: Scale) -> Count:
    tally = Counter(entry.status for entry in entries)
    return Count(
        counts={symbol: tally[symbol] for symbol in scale.counted},
        uncounted={symbol: tally[symbol] for symbol in scale.uncounted},
    )


def group_key(entry: Entry, by: GroupBy) -> tuple[str, str]:
    """The (id, name) of the group an entry belongs to (within its body, for "body-policy")."""
    if by == "policy" or by == "body-policy":
        return entry.policy_id, entry.policy_name
    if by == "direction":
        return entry.direction_id, entry.direction_name
    if by == "body":
        return entry.body, ""  # (a body is named by its ID: the name column stays empty)
    return entry.project_id, entry.project_name


def id_order(identifier: str) -> tuple[int, ...]:
    """Sort "1-10-2" after "1-2-1": numerically, part by part."""
    return tuple(int(part) if part.isdigit() else 0 for part in identifier.split("-"))


def summarize(
    entries: Iterable[Entry],
    *,
    by: GroupBy = "policy",
    scale: Scale = DEFAULT_SCALE,
    percent_decimals: int = 1,
) -> Summary:
    """Counts per group, groups in ID order, with the total over all groups; ``percent_decimals``
    is how many places the percentages of ``Summary.as_dict`` have."""
    entries = list(entries)
    within_bodies = by == "body-policy"
    bodies: dict[str, int] = {}
    members: dict[tuple[str, str], list[Entry]] = {}
    names: dict[tuple[str, str], str] = {}
    for entry in entries:
        identifier, name = group_key(entry, by)
        key = (entry.body if within_bodies else "", identifier)
        bodies.setdefault(key[0], len(bodies))
        members.setdefault(key, []).append(entry)
        if name and not names.get(key):
            names[key] = name
    groups = tuple(
        Group(
            id=identifier,
            name=names.get((body, identifier), ""),
            count=_count(members[(body, identifier)], scale),
            # (a project is one within its body: 1-1-1 of two bodies is two projects)
            projects=len({(entry.body, entry.project_id) for entry in members[(body, identifier)]}),
            body=body,
        )
        # bodies in the order they were read, each one's groups in ID order
        for body, identifier in sorted(members, key=lambda key: (bodies[key[0]], id_order(key[1])))
    )
    return Summary(
        by=by,
        groups=groups,
        total=_count(entries, scale),
        scale=scale,
        percent_decimals=percent_decimals,
    )
