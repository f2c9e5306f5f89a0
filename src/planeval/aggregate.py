"""Counting statuses per policy, direction, project, body, or policy within each body: the
groups and the summary (``Group``, ``Summary``), and ``summarize``. Every count comes from
entries, counted by tally.py; each group's count is a ``Count`` (count.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from operator import attrgetter
from typing import TYPE_CHECKING, Literal

from planeval.count import Count, SubCounts
from planeval.level_labels import NO_LABELS, LevelLabels
from planeval.model import Entry, Location, first_places, made_often
from planeval.scale import DEFAULT_SCALE, Scale

if TYPE_CHECKING:
    from planeval.tally import Tally

GroupBy = Literal["policy", "direction", "project", "item", "body", "body-policy"]
GROUP_LEVELS: tuple[GroupBy, ...] = (
    "policy",
    "direction",
    "project",
    "item",
    "body",
    "body-policy",
)


@made_often(frozen=True, slots=True)
class Group:
    """One policy, direction or project with its counts; ``projects`` is how many plan
    projects it holds (for the narrative's "N つの計画事業"); ``body`` is the body the group
    belongs to when each body's groups are counted apart (by="body-policy", and by direction or
    project when the entries carry bodies: two bodies' 1-1-1 are two projects)."""

    id: str
    name: str
    count: Count
    projects: int
    body: str = ""
    # its rated rows are its projects (施策 | 事業 | 評価: no project level under the policy)
    rows_are_projects: bool = False
    rated: int | None = None  # its projects with a counted row (評価できない alone: not), if known
    label: str = ""  # its number as its body typed it, where not as its ID (level_labels.py)
    path: str = ""  # by item: the item's place, which tells it from another shown alike

    @property
    def shown_id(self) -> str:
        """Its number as a reader sees it: as typed (1.1, Ⅰ), else its ID."""
        return self.label or self.id

    @property
    def key(self) -> tuple[str, str]:
        """What its counts are paired by (its うち重点 line's): its body and its path, else ID."""
        return (self.body, self.path or self.id)


@made_often(frozen=True, slots=True)
class Summary:
    by: GroupBy
    groups: tuple[Group, ...]
    total: Count
    scale: Scale
    percent_decimals: int = 1  # the places of every percentage (planeval.toml's, default one)
    marked: SubCounts | None = None  # the rows a column marks, per group (うち重点), if any
    unlevelled: tuple[str, ...] = ()  # the bodies counted in 区分なし (unlevelled.py)
    # by project: the bodies whose numbers a flat list leads by their policy's (Ⅰ-2, Ⅱ-2)
    policy_led: frozenset[str] = frozenset()

    @property
    def of_bodies(self) -> bool:
        """Whether each group is one body's (its ``body`` said beside its ID)."""
        return self.by == "body-policy" or any(group.body for group in self.groups)

    def as_dict(self) -> dict[str, object]:
        """The JSON shape documented in the README; each group and the total carry
        ``"percent": {symbol: share}`` at ``percent_decimals`` places, adding up to 100; each
        group its ``"label"``, its number as the body typed it where not as its ID (Ⅰ, 27)."""
        places = self.percent_decimals
        # (asked once, not per group: a national roll-up has a thousand groups)
        bodies, marked = self.of_bodies or self.by == "body", self.marked
        return {
            "by": self.by,
            **({"marked_label": marked.label} if marked else {}),
            "groups": [
                {
                    **({"body": g.body or g.id} if bodies else {}),
                    "id": g.id,
                    "label": g.label,
                    "name": g.name,
                    **g.count.as_dict(places),
                    "projects": g.projects,
                    **(marked.as_dict(g.key, places) if marked else {}),
                }
                for g in self.groups
            ],
            "total": self.total.as_dict(places) | (marked.as_dict(None, places) if marked else {}),
        }


def in_body_order(summary: Summary, bodies: Sequence[str]) -> Summary:
    """A summary by body (or of each body's groups) with its bodies in the order of ``bodies``
    (a read's: its files', its bodies' folders', or their 団体コード), those not named after them
    as they were; any other summary as it is."""
    if not bodies or (summary.by != "body" and not summary.of_bodies):
        return summary
    place = first_places(bodies)
    body_of = attrgetter("id" if summary.by == "body" else "body")  # (body-policy: its body's)
    groups = sorted(summary.groups, key=lambda group: place.get(body_of(group), len(place)))
    return replace(summary, groups=tuple(groups))


def summarize(
    entries: Iterable[Entry],
    *,
    by: GroupBy = "policy",
    scale: Scale = DEFAULT_SCALE,
    percent_decimals: int = 1,
    labels: LevelLabels = NO_LABELS,
    marks: Mapping[Location, tuple[str, str]] | None = None,
) -> Summary:
    """Counts per group, groups in ID order, with the total over all groups; ``percent_decimals``
    is how many places the percentages of ``Summary.as_dict`` have; ``labels`` the levels'
    numbers as typed (ReadResult.level_labels), which the groups show (Group.shown_id);
    ``marks`` (ReadResult.marks) the rows a column marks (川崎市's うち重点: Summary.marked)."""
    return tallied(entries, by, scale, percent_decimals, labels, marks)[0]


def tallied(
    entries: Iterable[Entry],
    by: GroupBy,
    scale: Scale,
    percent_decimals: int,
    labels: LevelLabels,
    marks: Mapping[Location, tuple[str, str]] | None,
) -> tuple[Summary, Tally]:
    """summarize's summary and the tally it was made of (its ``names``: what summarize says of
    the groups' names, apart_names.summary_said)."""
    from planeval.tally import Tally  # (which makes this module's Group and Summary)

    entries = entries if isinstance(entries, list | tuple) else list(entries)
    tally = Tally(by).add(entries)
    summary = tally.summary(scale, percent_decimals, labels)
    if not marks:
        return summary, tally
    from planeval.marked_counts import with_marked  # (which counts with Tally too)

    return with_marked(summary, entries, marks, labels), tally
