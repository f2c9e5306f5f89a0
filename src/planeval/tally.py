"""Counting entries into groups (施策, 方向, 事業, 実施内容, 団体): a ``Tally`` of each group's
statuses, added a file at a time and merged, and the summary it gives (aggregate.summarize
counts with it)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from operator import attrgetter, eq, itemgetter
from types import ModuleType

from planeval.aggregate import Group, GroupBy, Summary
from planeval.count import Count
from planeval.distinct_ids import Joined, item_numbers
from planeval.errors import PlanevalError
from planeval.id_order import id_order, item_order
from planeval.ids import policy_joined
from planeval.level_labels import NO_LABELS, LevelLabels, shown_number
from planeval.model import Entry, body_key
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.status_runs import (
    ROW,
    StatusCounts,
    StatusProjects,
    count_run,
    project_of,
    runs,
)
from planeval.text import comparable_name
from planeval.unlevelled import UNLEVELLED, unlevelled_bodies, unlevelled_group


class Tally:
    """What summarize needs of the entries, without the entries: per (body, group) the count of
    each status, the projects of its rows of each status, and the group's name. Entries are
    added as they come (a file at a time, when a large read is counted without keeping its
    rows) and tallies merged; the summary is the same as counting every entry at once."""

    __slots__ = ("by", "counts", "joined", "names", "order", "policies", "projects", "typed")

    def __init__(self, by: GroupBy = "policy") -> None:
        self.by = by
        # (body, group id, status) → entries, and the projects they are of (status_runs.py)
        self.counts: StatusCounts = Counter()
        self.projects: StatusProjects = {}
        self.order: dict[tuple[str, str], None] = {}  # (body, group id) in the order first met
        self.names: dict[tuple[str, str], str] = {}  # (body, group id) → its first name
        # (body, project id) → its numbers as typed (1.1 for 1-1): by project, where typed so
        self.typed: dict[tuple[str, str], set[str]] = {}
        # (body, project ID) → its (policy ID, direction ID): a flat list's IDs (distinct_ids)
        self.policies: dict[tuple[str, str], tuple[str, str]] = {}
        # by item: (body, group id) → (body, policy ID, label) of an item rated right under its
        # policy, which a flat list numbers as its body does (distinct_ids.item_numbers: 14)
        self.joined: dict[tuple[str, str], Joined] = {}

    @property
    def bodies(self) -> set[str]:  # (of the entries tallied)
        return {body for body, _ in self.order}

    def add(self, entries: Iterable[Entry]) -> Tally:
        entries = entries if isinstance(entries, list | tuple) else list(entries)
        group_id, name = _GROUP_FIELDS[self.by]
        # (a column at a time, and a Python step per run of one group's rows: status_runs.py)
        bodies = list(map(_BODY, entries))
        # (item: its place; another group, its ID's field)
        of = _items().item_path if self.by == "item" else itemgetter(Entry._fields.index(group_id))
        groups = bodies if group_id == "body" else list(map(of, entries))
        statuses, held = list(map(_STATUS, entries)), list(map(_PROJECT, entries))
        policies = groups if group_id == "policy_id" else map(_POLICY, entries)
        if any(map(eq, held, policies)):
            # rated at the project level (no level between a policy and its rated rows: a
            # policy's 事業 or 施策 each a row): each rated row is a project of its own
            held = list(map(project_of, entries))
        named = None if name is None else attrgetter(name)
        joined = self.joined if self.by == "item" else None
        for start, end in runs(bodies, groups):
            key = (bodies[start], groups[start])
            count_run(self.counts, self.projects, key, statuses[start:end], held[start:end])
            self.order.setdefault(key)
            if joined is not None and policy_joined(first := entries[start]):
                joined[key] = (first.body, first.policy_id, first.item_label)
            if named is None or self.names.get(key):  # (its first name given, kept)
                continue
            if text := next(filter(None, map(named, entries[start:end])), ""):
                self.names[key] = text
        if self.by == "project":
            for body, identifier, label in dict.fromkeys(map(_PROJECT_TYPED, entries)):
                self.typed.setdefault((body, identifier), set()).add(label or identifier)
            self.policies.update(((e.body, e.project_id), _LEVELS(e)) for e in entries)
        return self

    def merge(self, other: Tally) -> None:
        """Add another tally of the same grouping (read later: names met here first stay)."""
        self.counts.update(other.counts)  # (a few keys a group: its statuses)
        for counted, projects in other.projects.items():
            self.projects.setdefault(counted, set()).update(projects)
        self.order.update(other.order)
        for key, numbers in other.typed.items():
            self.typed.setdefault(key, set()).update(numbers)
        self.policies.update(other.policies)
        self.joined.update(other.joined)
        for key, text in other.names.items():
            if text and not self.names.get(key):
                self.names[key] = text

    def drop_bodies(self, bodies: Collection[str]) -> None:
        """Forget the rows of ``bodies`` (a reply left out after it was tallied: a body the
        list of bodies lacks, roster_match.left_out_unlisted)."""
        self.counts = Counter({k: n for k, n in self.counts.items() if k[0] not in bodies})
        self.projects = {k: held for k, held in self.projects.items() if k[0] not in bodies}
        self.order = {key: None for key in self.order if key[0] not in bodies}
        self.names = {key: name for key, name in self.names.items() if key[0] not in bodies}
        self.typed = {key: held for key, held in self.typed.items() if key[0] not in bodies}
        self.policies = {k: ids for k, ids in self.policies.items() if k[0] not in bodies}
        self.joined = {key: one for key, one in self.joined.items() if key[0] not in bodies}

    def rename(self, policies: Mapping[str, str], directions: Mapping[str, str]) -> None:
        """Name each policy or direction group by the names read anywhere in its body's inputs
        (keys as model.body_key makes them), as combine names entries."""
        if self.by == "direction":
            found = directions
        elif self.by in ("policy", "body-policy"):
            found = policies
        else:
            return
        self.names = {key: found.get(body_key(*key), "") for key in self.order}

    def summary(
        self,
        scale: Scale = DEFAULT_SCALE,
        percent_decimals: int = 1,
        labels: LevelLabels = NO_LABELS,
    ) -> Summary:
        """Groups in ID order, with the total. Each body's groups in turn for "body-policy", and
        for "direction" and "project" when the entries carry bodies (every body numbers its own
        plan: one group over two bodies' 1-1-1 would add different projects together); only
        "policy" adds the same number of every body together, as documented. ``labels``
        (ReadResult.level_labels): each policy's or direction's number as typed, a group of
        several bodies' typed alike by all of them (else shown as its ID); a project's as its
        rows typed it (Entry.project_label), where all typed it alike — led by its policy's
        number (1-(1)) where a body numbers its projects anew under each policy (distinct_ids)."""
        within_bodies = self.by == "body-policy" or (self.by in _OWN_NUMBERING and any(self.bodies))
        statuses: dict[tuple[str, str], Counter[str]] = {}
        projects: dict[tuple[str, str], dict[str, set[str]]] = {}  # key → body → its projects
        rated: dict[tuple[str, str], dict[str, set[str]]] = {}  # key → body → projects rated
        names: dict[tuple[str, str], str] = {}
        typed: dict[tuple[str, str], set[str]] = {}
        named_apart: set[tuple[str, str]] = set()
        levels, every = labels if self.by in _LABELLED else {}, Counter[str]()
        # (bodies with no policy level, where others have one: one group of their own, last)
        apart = (
            unlevelled_bodies(self.order, self.projects, ROW, labels) if self.by == "policy" else {}
        )
        own = item_numbers(self.joined, labels) if self.joined else {}  # (by item: 14, not 2-14)
        shown = _items().path_shown if self.by == "item" else str  # (an item's ID, of its path)
        for body, identifier in self.order:  # (bodies merged, unless counted apart)
            key = (body if within_bodies else "", UNLEVELLED if body in apart else identifier)
            statuses[key], projects[key] = Counter(), {}
            typed.setdefault(key, set()).update(
                self.typed.get((body, identifier))
                or {own.get((body, identifier)) or shown_number(levels, shown(identifier), body)}
            )
            name = self.names.get((body, identifier), "")
            if not names.get(key):
                names[key] = name
            elif name and comparable_name(name) != comparable_name(names[key]):
                named_apart.add(key)
        for key in named_apart:  # (policy 1 of bodies that name it apart: no one body's name)
            names[key] = ""
        if apart:
            names[("", UNLEVELLED)], typed[("", UNLEVELLED)] = unlevelled_group(apart)
        for (body, identifier, status), number in self.counts.items():
            key = (body if within_bodies else "", UNLEVELLED if body in apart else identifier)
            statuses[key][status] += number
            # (one within its body: 1-1-1 of two bodies is two; one of repeat listings alone,
            # 3.11 …（2.3再掲）, is the other's; one of 評価できない alone is no project rated)
            held = self.projects[(body, identifier, status)]
            if status != scale.repeat_symbol:
                projects[key].setdefault(body, set()).update(held)
            if status in scale.counted:
                rated.setdefault(key, {}).setdefault(body, set()).update(held)
        # bodies in the order they were read, each one's groups in ID order
        bodies = {body: n for n, body in enumerate(dict.fromkeys(body for body, _ in statuses))}
        numbered = item_order if self.by == "item" else id_order
        order = sorted(statuses, key=lambda key: (bodies[key[0]], numbered(shown(key[1]))))
        groups = tuple(
            Group(
                id=shown(identifier),
                name=names[(body, identifier)],
                count=_count(statuses[(body, identifier)], scale),
                projects=sum(map(len, projects[(body, identifier)].values())),
                body=body,
                rows_are_projects=_rows_are_projects(projects[(body, identifier)]),
                rated=sum(map(len, rated.get((body, identifier), {}).values())),
                label=_label(shown(identifier), typed[(body, identifier)]),
                path=identifier if self.by == "item" else "",
            )
            for body, identifier in order
        )
        led = frozenset[str]()
        if self.by == "project":  # (a flat list: (1) of two policies is 1-(1) and 2-(1))
            from planeval.distinct_ids import listed_groups

            groups, led = listed_groups(groups, self.policies, labels)
        elif self.by == "direction" and any(group.label for group in groups):
            from planeval.distinct_ids import listed_directions  # (1-(1), 2-(1): review 99)

            groups = listed_directions(groups, labels)
        elif self.by == "item":  # (two policies' (1)ア: 1-(1)ア and 2-(1)ア, as listed)
            groups = _items().listed_items(groups, labels, own, self.joined)
        for counted in statuses.values():  # (into one, not a new Counter per group)
            every.update(counted)
        _check_scale(every, scale)
        return Summary(
            by=self.by,
            groups=groups,
            total=_count(every, scale),
            scale=scale,
            percent_decimals=percent_decimals,
            unlevelled=tuple(apart),
            policy_led=led,
        )


def _rows_are_projects(held: Mapping[str, set[str]]) -> bool:
    """Whether a group's projects (each body's) are all rated rows (project_of)."""
    return any(held.values()) and all(ROW in p for projects in held.values() for p in projects)


def _label(identifier: str, typed: set[str]) -> str:
    """A group's number as typed, where every body counted in it typed it alike, not as its ID."""
    [number] = typed if len(typed) == 1 else [identifier]
    return "" if number == identifier else number


def _check_scale(statuses: Counter[str], scale: Scale) -> None:
    """Every status is the scale's: one it has not (a body's rows, counted with the default
    scale) would be counted nowhere."""
    if outside := {s: n for s, n in statuses.items() if s not in scale.symbols}:
        said = "、".join(f"'{symbol}' {number} 件" for symbol, number in outside.items())
        raise PlanevalError(
            f"この評価尺度（{' '.join(scale.symbols)}）にない達成状況の行があります: {said}。"
            "読み込んだときと同じ評価尺度で数えてください"
            "（例: planeval.summarize(result.entries, scale=config.scale)）"
        )


# (an entry's fields taken by position, as a tuple's: in C, cheaper than by name, every row)
_PROJECT, _BODY, _STATUS, _POLICY = (
    itemgetter(Entry._fields.index(field))
    for field in ("project_id", "body", "status", "policy_id")
)
_PROJECT_TYPED = attrgetter("body", "project_id", "project_label")
_LEVELS = attrgetter("policy_id", "direction_id")


def _count(tally: Mapping[str, int], scale: Scale) -> Count:
    return Count(
        {symbol: tally.get(symbol, 0) for symbol in scale.counted},
        {symbol: tally.get(symbol, 0) for symbol in scale.uncounted},
        scale.rounding,
        scale.ties,
    )


# The groupings whose groups are levels a body may number otherwise (1.1, Ⅰ)
_LABELLED: frozenset[GroupBy] = frozenset({"policy", "body-policy", "direction"})
# The groupings whose numbers each body gives its own (never added over bodies)
_OWN_NUMBERING: frozenset[GroupBy] = frozenset({"direction", "project"})

# The entry fields a grouping is by: the group's id and its name.
_GROUP_FIELDS: dict[GroupBy, tuple[str, str | None]] = {
    "policy": ("policy_id", "policy_name"),
    "body-policy": ("policy_id", "policy_name"),
    "direction": ("direction_id", "direction_name"),
    "project": ("project_id", "project_name"),
    "item": ("shown_id", "item_name"),  # (by its place, item_groups.py; added over bodies)
    "body": ("body", None),
}


def _items() -> ModuleType:
    """item_groups.py, what a count by item asks for: imported for one."""
    import planeval.item_groups

    return planeval.item_groups
