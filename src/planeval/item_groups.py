"""summarize --by item's groups. An item is its place — its policy, direction and project as its
rows carry them, its number as shown and, an item with no number, its name (``item_path``) —,
not its shown number alone: 長与町's KPI sheet numbers its groups anew under each 基本目標, and
基本目標1's 「(1)ア」 and 基本目標2's 「(1)ア」 are two indicators, counted apart, each under its own
name, not one counted twice under the first's (a 集中改革プラン's (1)ア under each 改革項目
alike); 川崎市's 事務事業, typed with no number under their 施策 1-1, are each a row of
their own, not the 施策's one named after its first. Bodies answering one form still add an
item over them: the same place of each body is one item (README, --by item with --bodies).

The path is made of the row alone, so the rows a column marks (marked_counts.MarkedTally, うち
重点: a part of the rows, counted apart) are grouped as the whole and paired with its groups by it
(Group.path). The ID a group shows is decided over the whole read, as a flat list's is
(distinct_ids.listed_ids_of): led by its policy's number, 「1-(1)ア」, 「2-(1)ア」, where one
shown ID is of two policies' items — as the issue list, rounds and compare show them."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from planeval.distinct_ids import Joined, listed_ids_of, through_bodies
from planeval.id_order import item_order
from planeval.level_labels import NO_LABELS, LevelLabels
from planeval.model import Entry
from planeval.name_numbers import beside_project
from planeval.text import comparable_name

if TYPE_CHECKING:
    from planeval.aggregate import Group

_APART = "\x1f"  # (between the path's parts: in no ID)
_K = TypeVar("_K", bound=Hashable)


def item_path(entry: Entry) -> str:
    """The item's place, made of its row alone: policy, direction, project, its ID as shown
    (Entry.shown_id) and, where it has no number of its own, its name (as names compare)."""
    name = "" if entry.item_label else comparable_name(entry.item_name)
    shown = beside_project(entry)  # (「3 15」 of 「15 特定健診事業」, not 3: review 164)
    return _APART.join((entry.policy_id, entry.direction_id, entry.project_id, shown, name))


def _levels(path: str) -> tuple[str, str]:
    """The policy and direction of the item at ``path``."""
    policy, direction, _rest = path.split(_APART, 2)
    return policy, direction


def path_shown(path: str) -> str:
    """The ID as shown of the item at ``path`` (item_path's)."""
    return path.split(_APART, 4)[3]


def items_listed(entries: Iterable[Entry]) -> int:
    """How many items the rows are of: a direction's table lists each once (its sub-items'
    rows are rated, not items of their own): what planeval's caption says and check reads."""
    return len({(entry.project_id, entry.item_no, entry.item_name) for entry in entries})


def items_by(rows: Iterable[Entry], key: Callable[[Entry], _K]) -> dict[_K, int]:
    """How many items ``rows`` are of (items_listed), by ``key`` (a row's department, policy…):
    an item rated in rows of 細目 once, as a direction's caption counts it (review 184)."""
    seen: dict[_K, set[tuple[str, int | None, str]]] = {}
    for entry in rows:
        seen.setdefault(key(entry), set()).add((entry.project_id, entry.item_no, entry.item_name))
    return {found: len(items) for found, items in seen.items()}


def unrated_counts(entries: Iterable[Entry]) -> dict[str, int]:
    """The rows with no status (未提出, 未集計（エラー）…) per reason, as a direction's caption
    says them after its breakdown: in the unit of the rated figure beside them — each item once
    where no rated row is a sub-item's (「評価した実施内容：5件…ほかに未提出 4」, adding up to
    the 実施内容 12 before it), each row where some is (「評価した実施内容と細目」): never the
    rows of 細目 beside a count of items (review 184 #6: 5 + 5 + 6 said of 12)."""
    rows = list(entries)
    by_rows = any(entry.sub_item for entry in rows if entry.status)
    seen: dict[str, set[object]] = {}
    for index, entry in enumerate(rows):
        if not entry.status:
            item = (entry.project_id, entry.item_no, entry.item_name)
            seen.setdefault(entry.status_text, set()).add(index if by_rows else item)
    return {why: len(found) for why, found in seen.items()}


def listed_items(
    groups: Sequence[Group],
    labels: LevelLabels = NO_LABELS,
    own: Mapping[tuple[str, str], str] | None = None,
    joined: Mapping[tuple[str, str], Joined] | None = None,
) -> tuple[Group, ...]:
    """--by item's ``groups`` (each with its path, its ID as shown) shown as a flat list shows
    them: led by the policy's number (by the direction's) in the bodies where one shown ID is
    of two policies' (directions') items, in the order of those numbers (1-(1)イ before
    2-(1)ア, ties as read). An item rated right under its policy (``joined``: Tally.joined) and
    led by its policy's number already (``own``: distinct_ids.item_numbers' 「Ⅱ-1」) keeps it;
    one shown by its own number (Group.label: 27) is led in its label, its ID planeval's; one
    shown beside its project's number, 「3 15」, by its own alone where its body numbers its
    items through the plan (_alone), as every flat list shows it (distinct_ids.own_id)."""
    own, joined = own or {}, joined or {}
    led = {key[1] for key, number in own.items() if number != joined[key][2]}
    alone = _alone(groups)
    rows = [(g.body, *_levels(g.path), alone.get(g.path, g.shown_id)) for g in groups]
    listed = listed_ids_of(rows, labels)
    shown = [
        as_shown if path in led else listed.shown(body, policy, as_shown, direction)
        for (body, policy, direction, as_shown), path in zip(
            rows, (g.path for g in groups), strict=True
        )
    ]
    numbered = [
        replace(g, label=number) if g.label else replace(g, id=number)
        for g, number in zip(groups, shown, strict=True)
    ]
    bodies = {body: n for n, body in enumerate(dict.fromkeys(g.body for g in groups))}
    return tuple(sorted(numbered, key=lambda g: (bodies[g.body], item_order(g.id))))


def _alone(groups: Sequence[Group]) -> dict[str, str]:
    """Each path's own number, of the items shown beside their project's number (「3 15」: a
    template's 事業番号, or a number typed in the name, name_numbers.py) in the bodies that
    number their items through the plan — under two projects or more, no number under two
    (distinct_ids.numbered_through) —: 「15」, as the body numbers it (review 164 #3)."""
    beside: dict[str, Joined] = {}
    for group in groups:
        head, _, number = group.shown_id.rpartition(" ")
        if head and number.isdecimal():
            beside[group.path] = (group.body, group.path.split(_APART, 3)[2], number)
    projects: dict[str, set[str]] = {}
    for body, project, _ in beside.values():
        projects.setdefault(body, set()).add(project)
    through = {body for body in through_bodies(beside.values()) if len(projects[body]) > 1}
    return {path: number for path, (body, _, number) in beside.items() if body in through}
