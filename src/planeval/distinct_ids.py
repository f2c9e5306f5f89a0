"""An ID in a flat list — one with no policy column and no policy heading over its rows: rounds'
and compare's items, the issue list, summarize --by project. A body that numbers its groups
anew under each policy (長与町's KPI: 基本目標1's 「(1) 行政手続のオンライン化」, 基本目標2's
「(1) ICTを活用した教育の推進」) shows one ID, 「(1)ア」, for items of different policies; there, and
only in a body whose listed IDs do so, every ID the list shows of that body (not only those
shared: 「3-(1)ア … (2)ウ」 would say (2)ウ is numbered otherwise) is led by its policy's number
as a reader sees it (level_labels.shown_number): 「1-(1)ア」, 「2-(1)ア」, as Japanese plans write a
full number, the hyphen as planeval joins levels (1-1-1). A list whose IDs are each one item's
(Setagaya's 1-1-1①) shows them as they were; a section under its policy's heading never needs
it; JSON, CSV and the data sheet keep the IDs. A body numbering anew under each direction too
(施策1-1's and 施策1-2's 「(1)」) has every ID led by its direction's number, 「1-1-(1)ア」.

An item rated right under its policy, whose ID planeval joins to the policy's (ids.joined_id:
施策 No. 14 under 基本目標2 is 2-14, as (1) under 柱1 is 1-(1)), is listed by its own number
where its body numbers such items through the whole plan (枚方市's 施策 No. 1–40 under 基本目標
Ⅰ–Ⅴ, 羽村市's 施策 No. 27 under 基本目標Ⅳ: no number under two policies), 「14」 — 「2-14」 is
no number the body wrote (reviews 81, 82); elsewhere led by its policy's number as typed,
「Ⅱ-(1)」."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from planeval.ids import id_form, policy_joined, written_number
from planeval.lazy_pattern import LazyPattern
from planeval.level_labels import NO_LABELS, LevelLabels, shown_number
from planeval.model import Entry
from planeval.name_numbers import beside_project, name_numbered
from planeval.text import ROMAN_NUMERALS, number_value
from planeval.wording import ID_TITLE

if TYPE_CHECKING:
    from planeval.aggregate import Group
    from planeval.wording import Wording

# (body, policy ID, direction ID, the ID as shown): one row of a flat list
Listed = tuple[str, str, str, str]


class ListedIds:
    """How a flat list shows an ID: led by its policy's number in the ``bodies`` whose
    numbering restarts under each policy, by its direction's in the ``by_direction`` bodies
    whose numbering restarts under each direction (``listed_ids_of``), as it is elsewhere.
    (A plain class: a dataclass defined at every start compiles its methods then.)"""

    __slots__ = ("bodies", "by_direction", "in_policy", "labels", "projects_only", "through")

    def __init__(
        self,
        bodies: frozenset[str] = frozenset(),
        labels: LevelLabels = NO_LABELS,
        by_direction: frozenset[str] = frozenset(),
        through: frozenset[str] = frozenset(),
        *,
        projects_only: bool = False,
        in_policy: frozenset[str] = frozenset(),
    ) -> None:
        self.bodies = bodies
        # the policies' and directions' numbers as typed (ReadResult.level_labels)
        self.labels = labels
        self.by_direction = by_direction
        # the bodies numbering their items through the plan (numbered_through)
        self.through = through
        self.in_policy = in_policy  # (numbering their items through each policy)
        # no item read has a number of its own: each ID shown is its project's (header)
        self.projects_only = projects_only

    def header(self, wording: Wording) -> str:
        """The title of the list's ID column: 「番号」 (wording.ID_TITLE); where no item read has
        a number of its own, so that every ID the list shows is its project's (羽村市's 事業, each
        rated unnumbered under 施策27: Entry.shown_id is 「27」 for every one), the project's
        word, 「施策」 — an 「ID」 27 on two 事業 read as one 事業's number (review 92)."""
        own = wording.project_short if self.projects_only else ID_TITLE
        # (never the item column's title too: 「事業 | 事業」 under item = "事業", review 131 #7)
        return ID_TITLE if own == wording.item_column else own

    def __call__(self, entry: Entry) -> str:
        """The entry's ID in the list (Entry.shown_id, or 「1-(1)ア」, 「1-1-(1)ア」, 「14」)."""
        shown = own_id(entry, self.through, self.labels, self.in_policy)
        if (shown != id_form(entry.item_label) and policy_joined(entry)) or whole_number(entry):
            return shown  # (led by its policy's number already)
        return self.shown(entry.body, entry.policy_id, shown, entry.direction_id)

    def project(self, entry: Entry) -> str:
        """The entry's project's number as the list shows it: 「1-(2)-(1)」, not 「(1)」 (review 207)."""
        shown = entry.project_shown_id  # ("" where it has none: then "")
        led = whole_number(entry) or not shown
        return shown if led else self.shown(entry.body, entry.policy_id, shown, entry.direction_id)

    def shown(self, body: str, policy: str, shown: str, direction: str = "") -> str:
        """``shown`` led by its direction's or policy's number where the list needs it, in one
        form, ASCII brackets after the ASCII hyphen: 「1-(1)」, never 「1-（1）」 (id_form:
        review 116 #10); a number shown alone stays as typed, 「（1）」."""
        if direction and body in self.by_direction:
            if _numbered(shown, direction, more=True):  # (1-2-(1) under 施策1-2: review 207 #5)
                return id_form(shown)
            led = shown_number(self.labels, direction, body)
            if led[:1] in "(（" and policy:  # (「施策 (1)」 under 基本目標1: 1-(1), review 207 #1)
                led = f"{shown_number(self.labels, policy, body)}-{led}"
            return id_form(f"{led}-{without_dot(shown)}")
        if body not in self.bodies or not policy:
            return shown
        return id_form(f"{shown_number(self.labels, policy, body)}-{without_dot(shown)}")


def whole_number(entry: Entry) -> bool:
    """Whether the entry's project is shown by a number of all its levels, its policy's first
    (a template's 施策番号 「1-(1)」 of 施策 1-1): led already, never again — 「1-1-(1)③」 beside
    「1-(1)④」 of last year's form typing 「（１）」 under its 基本目標 heading (review 146 #3)."""
    return _numbered(entry.project_label, entry.project_id)


def _numbered(shown: str, identifier: str, *, more: bool = False) -> bool:
    """Whether ``shown`` holds the ID ``identifier``'s numbers first, then none (``more``: some)."""
    parts = identifier.split("-")
    numbers = [str(number_value(n)) for n in _NUMBERS.findall(shown)]
    return len(parts) > 1 and numbers[: len(parts)] == parts and (len(numbers) > len(parts)) == more


_NUMBERS = LazyPattern(f"[0-9０-９]+|[{ROMAN_NUMERALS}]")


def without_dot(shown: str) -> str:
    """A number led by its level's, without the dot ending it as typed alone: 「2.」 under 柱Ⅰ
    is 「Ⅰ-2」, as a 大綱 writes it (review 114), not 「Ⅰ-2.」."""
    return shown[:-1] if shown[-1:] in ".．" and shown[:-1] else shown


AS_SHOWN = ListedIds()  # (every ID as Entry.shown_id gives it, but for policy_joined's)


def numbered_through(entries: Iterable[Entry]) -> frozenset[str]:
    """The bodies ("" where none is named) whose items are numbered through the plan: each by a
    number (14, not 「(1)」: a 大綱's 1-(1)), none under two projects (io/missing_numbers.py
    alike) — its items rated right under a policy (枚方市's 施策 No. 14 under 基本目標Ⅱ), or
    under projects, two or more (羽村市's 事業 番号 1–61 under 施策1–12: 「1」, not 「施策1 1」)."""
    numbered: list[Joined] = []
    joined: set[str] = set()  # (the bodies rating an item right under its policy)
    projects: dict[str, set[str]] = {}
    for entry in map(name_numbered, entries):
        if entry.item_label.isdecimal():
            numbered.append((entry.body, entry.project_id, entry.item_label))
            if policy_joined(entry):
                joined.add(entry.body)
            else:
                projects.setdefault(entry.body, set()).add(entry.project_id)
    several = {body for body, under in projects.items() if len(under) > 1}
    return through_bodies(numbered) & (joined | several)


# (body, the ID of the level above it, item label) of an item numbered by its label: rated
# right under its policy (ids.policy_joined), or under a project (numbered_through)
Joined = tuple[str, str, str]


def through_bodies(joined: Iterable[Joined]) -> frozenset[str]:
    """The bodies that number the items ``joined`` through the plan, no number under two of
    the levels above them (numbered_through)."""
    policies: dict[tuple[str, str], str] = {}
    numbered: set[str] = set()
    within: set[str] = set()
    for body, policy, label in joined:
        if label.isdecimal():
            numbered.add(body)
            if policies.setdefault((body, label), policy) != policy:
                within.add(body)
    return frozenset(numbered - within)


def own_id(
    entry: Entry,
    through: frozenset[str],
    labels: LevelLabels = NO_LABELS,
    in_policy: frozenset[str] = frozenset(),
) -> str:
    """The entry's ID before a flat list leads it: Entry.shown_id, but an item by its own
    number where its body numbers its items ``through`` the plan (「14」, not 「施策1 14」 beside
    its project's), led by its policy's number where it numbers them through each policy
    (``in_policy``: 名東区's No. 11 of 柱1, 「⑪」, not 「1-2⑪」, review 152 #5); one rated right
    under its policy else led by its policy's number as typed (「Ⅱ-14」; ``labels``: level_labels);
    a row numbered in its name alone as by a label of that number (name_numbers.py: 「15」)."""
    if (named := name_numbered(entry)) is not entry and not policy_joined(named):
        return named.item_label if entry.body in through else beside_project(entry)
    entry = named
    if not policy_joined(entry):
        shown = entry.shown_id
        # (its number beside its project's, 「施策1 1」, not joined into one: 川崎市's (1)3)
        beside = shown == f"{entry.project_shown_id} {id_form(entry.item_label)}"
        if entry.body in in_policy and entry.body not in through and entry.item_no is not None:
            return id_form(entry.item_label)  # (led by its policy's where two share it)
        return id_form(entry.item_label) if beside and entry.body in through else shown
    return joined_number((entry.body, entry.policy_id, entry.item_label), through, labels)


def joined_number(item: Joined, through: frozenset[str], labels: LevelLabels = NO_LABELS) -> str:
    """own_id of an item rated right under its policy: its own number where its body numbers
    them ``through`` (「14」), else led by its policy's number as typed (「Ⅱ-14」)."""
    body, policy, label = item
    if body in through and written_number(label):  # (11-1 typed in parts: review 182 #5)
        return id_form(label)
    return f"{shown_number(labels, policy, body)}-{id_form(label)}"


def item_numbers(
    joined: Mapping[tuple[str, str], Joined], labels: LevelLabels = NO_LABELS
) -> dict[tuple[str, str], str]:
    """summarize --by item's numbers of the items rated right under their policy, ``joined``:
    (body, the item's shown_id) → (body, policy, label); each as a flat list shows it
    (own_id: 「14」 where its body numbers them through the plan, not planeval's 「2-14」)."""
    through = through_bodies(joined.values())
    return {key: joined_number(item, through, labels) for key, item in joined.items()}


def listed_ids_of(
    listed: Iterable[Listed],
    labels: LevelLabels = NO_LABELS,
    through: frozenset[str] = frozenset(),
    *,
    projects_only: bool = False,
) -> ListedIds:
    """How a flat list of rows ``listed`` shows their IDs: led by the policy's number in the
    bodies ("" where none is named) of which it shows one ID for rows of two policies, by the
    direction's in those of which it shows one ID for rows of two directions of one policy;
    ``through``: the bodies numbering their items through the plan;
    ``projects_only``: no item has a number of its own (ListedIds.header)."""
    policies: dict[tuple[str, str], str] = {}
    directions: dict[tuple[str, str, str], str] = {}
    by_policy: set[str] = set()
    by_direction: set[str] = set()
    for body, policy, direction, typed in listed:
        shown = id_form(typed)  # (「(1)」 of one 部, 「（1）」 of another: one number, review 207)
        if policies.setdefault((body, shown), policy) != policy:
            by_policy.add(body)
        elif directions.setdefault((body, policy, shown), direction) != direction:
            by_direction.add(body)
    return ListedIds(
        frozenset(by_policy), labels, frozenset(by_direction), through, projects_only=projects_only
    )


def listed_ids(
    entries: Iterable[Entry],
    labels: LevelLabels = NO_LABELS,
    in_policy: frozenset[str] | None = None,
) -> ListedIds:
    """How a flat list of ``entries`` (every row it lists) shows their IDs; ``labels``: the
    policies' and directions' numbers as typed (ReadResult.level_labels), which lead them
    where needed."""
    entries = entries if isinstance(entries, list | tuple) else list(entries)
    through = numbered_through(entries)
    if in_policy is None:  # (名東区's No. through each 柱: few bodies, a flat list — start-up)
        from planeval.policy_numbered import numbered_in_policy

        in_policy = numbered_in_policy(entries)
    rows: list[Listed] = []
    numbered = False  # (some item read has a number of its own: ListedIds.header's 「ID」)
    for e in entries:
        numbered = numbered or bool(name_numbered(e).item_label) or e.item_no is not None
        shown = own_id(e, through, labels, in_policy)
        if e.repeat_of is not None and not _has_number(shown):
            continue  # (「再掲」 typed in the number column under 柱1 and 柱2: no number restarting)
        rows.append((e.body, e.policy_id, e.direction_id, shown))
        if (project := e.project_shown_id) and e.shown_id.startswith(project):
            # (an ID led by its project's number, 「(1)3」: that number restarting, 施策 (1) of
            # 政策1 and of 政策3, names two projects though 「(1)3」 and 「(1)12」 differ)
            rows.append((e.body, e.policy_id, e.direction_id, f"{_PROJECT}{project}"))
    listed = listed_ids_of(rows, labels, through, projects_only=bool(rows) and not numbered)
    listed.in_policy = in_policy
    return listed


def listed_apart(rounds: Sequence[Sequence[Entry]], labels: LevelLabels = NO_LABELS) -> ListedIds:
    """listed_ids of the rows of several rounds in one flat list (compare's, rounds'), each
    round's numbering judged on its own: 枚方市's 施策5, of 基本目標Ⅱ last year and of Ⅰ once
    a 施策 was inserted before it, is numbered through the plan in each round, not anew under
    each policy — 「Ⅱ-5 → Ⅱ-6」 led the list with numbers the body never typed (review 121 #5)."""
    # (numbered through each policy in every round: one in error, rows left out, may seem so)
    from planeval.policy_numbered import numbered_in_policy

    each_in = [numbered_in_policy(entries) for entries in rounds if entries]
    in_policy = frozenset.intersection(*each_in) if each_in else frozenset()
    each = [listed_ids(entries, labels, in_policy) for entries in rounds if entries]
    bodies, directions, through = (
        frozenset[str]().union(*(getattr(listed, name) for listed in each))
        for name in ("bodies", "by_direction", "through")
    )
    only = bool(each) and all(listed.projects_only for listed in each)
    return ListedIds(bodies, labels, directions, through, projects_only=only, in_policy=in_policy)


def _has_number(shown: str) -> bool:
    """Whether an ID shows a number (1, １, Ⅱ, ①, 三), not 「再掲」 typed in the number column
    under every policy: read as one ID of two policies, it led the book's every ID by its
    policy's number again, 「1-1-(1)-④」 for 「1-(1)-④」 (review 180 #2)."""
    return any(unicodedata.numeric(ch, None) is not None for ch in shown)


_PROJECT = "\0project "  # (a project's number among the items' IDs: never one of theirs)


def listed_groups(
    groups: tuple[Group, ...],
    levels: Mapping[tuple[str, str], tuple[str, str]],
    labels: LevelLabels = NO_LABELS,
) -> tuple[tuple[Group, ...], frozenset[str]]:
    """summarize --by project's groups, numbered as a flat list shows them: projects numbered
    anew under each policy led by their policy's number; ``levels`` (Tally.policies): each
    (body, project ID)'s policy and direction. With the bodies so led (Summary.policy_led:
    a project none of whose rows was counted is numbered so too)."""
    rows = [(g.body, *levels.get((g.body, g.id), ("", "")), g.shown_id) for g in groups]
    listed = listed_ids_of(rows, labels)
    shown = [
        listed.shown(body, policy, as_shown, direction)
        for body, policy, direction, as_shown in rows
    ]
    relabelled = tuple(
        replace(g, label="" if label == g.id else label)
        for g, label in zip(groups, shown, strict=True)
    )
    return relabelled, listed.bodies


def listed_directions(
    groups: tuple[Group, ...], labels: LevelLabels = NO_LABELS
) -> tuple[Group, ...]:
    """summarize --by direction's groups, numbered as a flat list shows them: a body typing
    its directions anew under each policy, 南浜市's 推進項目 「(1)」 under 基本方針1 and 2
    (io/text_rows.nested), has each led by its policy's number, 「1-(1)」, 「2-(1)」 — three rows
    of 「(1)」 read as one 推進項目 (review 99); 「1.1」 or 長与町's 「施策3」, one direction's each,
    stay as typed. Under its policy's heading (a Chapter 3 section), each is shown as typed
    again: ``under_policy``."""
    rows = [(g.body, g.id.rpartition("-")[0], "", g.shown_id) for g in groups]
    listed = listed_ids_of(rows, labels)
    shown = [listed.shown(body, policy, as_shown) for body, policy, _, as_shown in rows]
    return tuple(
        replace(g, label="" if label == g.id else label)
        for g, label in zip(groups, shown, strict=True)
    )


def under_policy(groups: Sequence[Group], labels: LevelLabels = NO_LABELS) -> tuple[Group, ...]:
    """Directions under their policy's heading (a Chapter 3 section's sentence and tables), each
    numbered as its body typed it, 「(1)」 — not as a flat list leads it, 「1-(1)」
    (``listed_directions``)."""
    return tuple(
        replace(g, label=shown_number(labels, g.id, g.body)) if g.label else g for g in groups
    )
