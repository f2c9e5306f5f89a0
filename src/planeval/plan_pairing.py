"""The plan numbered as the returned workbooks number its items: what validate --plan, the
submission status (提出状況) and a co-owned item's lead compare the rows with.

A plan and the departments' forms often number one item in two ways: the plan lists 事業番号
「1-1」 and 実施内容番号 「(1)」 (or 「1-1-(1)」, the project's number carried in front), the
forms write 「1-1-(1) 防災訓練推進事業」 under 施策 「1-1 …」 — both item 1 of project 1-1, which
pairs them. Where the forms' numbers say otherwise, an item is paired

1. by its whole number, the levels above it included (「1-3-(1)」 under a 施策 the form left
   unnumbered, so counted 1-2; 「(3)-1」 under 「(3) …」): each whole number once on either side;
2. else by its name — within its project, then anywhere —, each name once on either side (a
   form numbering its rows 1, 2, 3 down the table, or not at all).

An item found by its name under another number is listed (``renamed``): validate says so — an
error at a row numbered in the plan's own way (「③」 for its 「④」), once per file for a form
numbering in another way. Where a row's name is on several items of the plan (or on several rows), nothing is
guessed: the row stays unpaired, listed (``ambiguous``), and validate says so once per file.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from planeval.ids import id_form, number_parts
from planeval.mistyped_numbers import mistyped, plan_numbers
from planeval.model import Entry, Location
from planeval.numbering_runs import through_policies
from planeval.plan import Plan, PlanItem, lead_key
from planeval.plan_as_read import repeats_as_read, through_as_read, two_levels_as_read
from planeval.read_records import ItemSeen
from planeval.sole_items import sole_projects
from planeval.text import JOINED_ROWS, comparable_name


class _Row(NamedTuple):
    """A returned row as the plan is paired with it: rated (an entry), or seen unrated."""

    policy_id: str  # ("" of an item seen unrated: only a rated row is said renamed)
    project_id: str
    item_no: int | None
    item_label: str
    item_name: str
    location: Location | None  # (None: an item seen, its status blank or unreadable)
    project_name: str = ""
    project_shown: str = ""  # (its project's number as typed: 2.1.4)
    sub_item: str | None = None  # (a row's is read per item: sole_items needs none of it)
    repeat: bool = False  # (a repeat listing's row, seen: its status the repeat symbol)


@dataclass(frozen=True, slots=True)
class Renamed:
    """A plan item paired with a row by its name, the row numbering it otherwise."""

    row: Location
    shown: str  # the row's number as the form writes it
    item: PlanItem  # the plan's item, as the plan numbers it
    name: str = ""  # the name said of it where not the item's: its project's (sole_items)

    @property
    def said(self) -> str:
        """The item's name as the messages say it."""
        return self.name or self.item.item_name


@dataclass(frozen=True, slots=True)
class Ambiguous:
    """A row unpaired whose name is on several of the plan's items unpaired (or on other rows
    too), its number none of theirs: which it is, nothing tells."""

    row: Location
    shown: str  # the row's number as the form writes it ("" where it has none)
    name: str
    items: tuple[PlanItem, ...]  # the plan's items of its name


@dataclass(frozen=True, slots=True)
class Paired:
    """The plan as the rows number it, and what pairing it found by name or could not decide."""

    plan: Plan  # numbered as the rows number its items
    renamed: tuple[Renamed, ...]
    ambiguous: tuple[Ambiguous, ...] = ()
    # rows of a project rated as one row (sole_items) paired with the plan's by the project's
    # number, their description worded otherwise: each row and the plan's item as it words it
    reworded: tuple[tuple[Location, PlanItem], ...] = ()
    # rows paired by name whose number, in the plan's shape, is no item's: each row and the
    # plan's item as the plan numbers it (mistyped_numbers.py)
    mistyped: tuple[tuple[Location, PlanItem], ...] = ()


def numbered_as_read(plan: Plan, rows: Iterable[Entry], seen: Iterable[ItemSeen] = ()) -> Plan:
    """The plan as the returned ``rows`` (and the items ``seen`` unrated) number its items."""
    return paired(plan, rows, seen).plan


def paired(plan: Plan, rows: Iterable[Entry], seen: Iterable[ItemSeen] = ()) -> Paired:
    """The plan numbered as the rows number it, and the items found by their names only."""
    rows = list(rows)
    read = [
        _Row(
            e.policy_id,
            e.project_id,
            e.item_no,
            e.item_label,
            e.item_name,
            e.location,
            e.project_name,
            e.project_shown_id,
        )
        for e in rows
        if e.repeat_of is None  # (a repeat listing numbers the item it repeats, not its own)
    ]
    # (a repeat listing's row seen is paired with the plan's repeat listing: review 174 #2)
    repeats = {(e.body, e.project_id, e.item_no) for e in rows if e.repeat_of is not None}
    read += [
        _Row("", project, number, "", name, None, repeat=(body, project, number) in repeats)
        for body, project, number, name in seen
    ]
    plan = two_levels_as_read(plan, [(row.project_id, row.item_label) for row in read])
    plan = through_as_read(plan, {row.project_id for row in read})
    plan = repeats_as_read(plan, [e for e in rows if e.repeat_of is not None])
    planned = {lead_key(i): i for i in plan.items}
    named = {(item.project_id, _name(item)) for item in plan.items}

    def agrees(row: _Row) -> bool:
        """Whether the row is the plan's item of its number: only where named so or its name
        is none of its project's other items' (「6 職員研修事業」 on a 課's form, under 施策 5-2
        whose 6 is 広報紙発行事業 and which has a 職員研修事業: paired by name, not said
        misnamed — review 76; on any form, numbers swapped, 7 感染症予防の啓発 where the plan's
        is 6 — review 102)."""
        item = planned.get(lead_key(row))
        if item is None or row.location is None:
            return item is not None
        return _name(item) == _name(row) or (row.project_id, _name(row)) not in named

    agreeing = [agrees(row) for row in read]
    numbers = plan_numbers(plan.items)
    typos: list[tuple[Location, PlanItem]] = []  # (a rated row its item's by its name alone)
    for row, agreed in zip(read, agreeing, strict=True):
        if numbers and agreed and row.location is not None and row.item_no is None:
            item = planned[lead_key(row)]
            if mistyped(row.item_label, row.project_id, item, numbers):
                typos.append((row.location, item))
    # (an item's number on a blank row yields to its name on a rated row numbered otherwise:
    # a co-owner's blank 「1 地域防災訓練の実施支援」 is not the item its lead rated — review 102)
    rated_otherwise = {
        _name(row)
        for row, agreed in zip(read, agreeing, strict=True)
        if row.location and not agreed
    }
    keys = {
        lead_key(row)
        for row, agreed in zip(read, agreeing, strict=True)
        if agreed and (row.location is not None or _name(row) not in rated_otherwise)
    }
    open_items = [index for index, item in enumerate(plan.items) if lead_key(item) not in keys]
    outside: dict[tuple[str, str, str], _Row] = {}  # (a rated row's before the same item seen)
    for row, agreed in zip(read, agreeing, strict=True):
        if not agreed:
            key = (*lead_key(row), _name(row))
            outside.setdefault(key, row)
    open_rows = list(outside.values())
    if not open_items or not open_rows:
        return Paired(plan, (), mistyped=tuple(typos))
    items = list(plan.items)
    rows_left, items_left = list(range(len(open_rows))), open_items
    matched: dict[int, tuple[int, bool]] = {}  # plan item → (its row, whether by name)
    sole_items = sole_projects(items)
    sole_rows = sole_projects(read)
    for by_name, of_item, of_row in (
        (False, lambda i: _whole(items[i]), lambda r: _unnamed_whole(open_rows[r], named)),
        # (a name within its project first: two 施策 may each have a 「事業の推進」; a 再掲 row
        # with the plan's 再掲 listing first, a rated row with the item it repeats: review 174 #2)
        *(
            (True, _listed(items, of_item, repeated), _listed(open_rows, of_row, repeated))
            for repeated in (True, False)
            for of_item, of_row in ((_placed, _placed), (_name, _name), (_labelled, _name))
        ),
        # (a project rated as one row, its description reworded: the plan's of its number)
        (False, lambda i: _sole(items[i], sole_items), lambda r: _sole(open_rows[r], sole_rows)),
    ):
        found = _once(items_left, rows_left, of_item, of_row)
        matched |= {index: (row, by_name) for index, row in found.items()}
        items_left = [index for index in items_left if index not in found]
        taken = set(found.values())
        rows_left = [row for row in rows_left if row not in taken]
    renamed = []
    reworded: list[tuple[Location, PlanItem]] = []
    through = through_policies(plan)
    for index, (at, by_name) in matched.items():
        item, row = items[index], open_rows[at]
        shown = row.item_label or (str(row.item_no) if row.item_no else "")
        project = ""  # (a project rated as one row: its number and name are the row's own)
        if not shown and _sole(row, sole_rows):
            shown, project = row.project_shown, item.project_name
        # (No. 5 under 「基本方針1」's heading is the plan's 1-5, the same number: review 69;
        # No. 14 under 「柱1」 the plan's 1-4⑭, numbered through its 柱: review 102; an item the
        # plan numbers not, under the row's own project, has no number to differ from — review
        # 103: 「計画では「33」」, its 施策's)
        if (
            by_name
            and row.location is not None
            and shown
            and (item.item_no is not None or item.item_label or item.project_id != row.project_id)
            # (1-5, or 5 under 1; 「（2）-2」 the plan's 「(2)-2」 in its brackets' width: review 174)
            and id_form(item.shown_id) not in (id_form(shown), f"{row.project_id}-{id_form(shown)}")
            and not (through and (row.policy_id, row.item_no) == (item.policy_id, item.item_no))
        ):
            renamed.append(Renamed(row.location, shown, item, project))
        elif by_name and row.location and mistyped(shown, row.project_id, item, numbers):
            typos.append((row.location, item))
        label = row.item_label or item.item_label
        name = row.item_name if _labelled(item) == _name(row) else item.item_name  # (glued)
        if _sole(item, sole_items) and _sole(row, sole_rows) and _name(item) != _name(row):
            # (the plan's description with the row below it joined, one row split over two:
            # worded as the plan's — io/merged_rows.py)
            if row.location is not None and not _continued(item, row):
                reworded.append((row.location, item))
            name = row.item_name
        items[index] = replace(
            item, project_id=row.project_id, item_no=row.item_no, item_label=label, item_name=name
        )
    return Paired(
        replace(plan, items=items),
        tuple(renamed),
        _ambiguous([open_rows[at] for at in rows_left], [items[i] for i in items_left]),
        tuple(reworded),
        tuple(typos),
    )


def _ambiguous(rows: Sequence[_Row], items: Sequence[PlanItem]) -> tuple[Ambiguous, ...]:
    """The rows left unpaired whose name is on items of the plan left unpaired: on several
    of them, or several rows have it — which is which, nothing tells."""
    named: dict[str, list[PlanItem]] = {}
    for item in items:
        named.setdefault(_name(item), []).append(item)
    return tuple(
        Ambiguous(
            row.location, row.item_label or str(row.item_no or ""), row.item_name, tuple(same)
        )
        for row in rows
        if row.location is not None and (same := named.get(_name(row)))
    )


def _name(found: PlanItem | _Row) -> str:
    return comparable_name(found.item_name)


def _continued(item: PlanItem, row: _Row) -> bool:
    """Whether ``row``'s description is the plan's ``item``'s, the row below it joined to it."""
    return row.item_name.startswith(f"{item.item_name}{JOINED_ROWS}")


def _sole(found: PlanItem | _Row, sole: frozenset[tuple[str, str]]) -> str | None:
    """The project of a project rated as one row (sole_items), else None."""
    return found.project_id if ("", found.project_id) in sole else None


def _labelled(item: PlanItem) -> str | None:
    """A plan item's label and name as one name (「オ」 and 「テレワーク…」: 「オテレワーク…」)."""
    return comparable_name(item.item_label + item.item_name) if item.item_label else None


def _listed(
    found: Sequence[PlanItem] | Sequence[_Row], key: Callable[[Any], Hashable | None], apart: bool
) -> Callable[[int], Hashable | None]:
    """The key of ``found[i]`` by name (``key``); ``apart``, with whether it is a 再掲 listing
    (the plan's 「ふるさと納税の推進（再掲 2-(1)-3）」, a form's row rated 再掲): a rated row is
    its original's, not one of two items of its name, neither counted — review 174 #2."""

    def of(index: int) -> Hashable | None:
        one = found[index]
        if (named := key(one)) is None or not apart:
            return named
        return named, one.repeat_listing if isinstance(one, PlanItem) else one.repeat

    return of


def _placed(row: _Row | PlanItem) -> tuple[str, str]:
    return row.project_id, _name(row)


def _once(
    items: Sequence[int],
    rows: Sequence[int],
    of_item: Callable[[int], Hashable | None],
    of_row: Callable[[int], Hashable | None],
) -> dict[int, int]:
    """Plan item → row (their indexes), where a key (not None) is on one of each only."""
    items_by: dict[Hashable, list[int]] = {}
    for index in items:
        if (key := of_item(index)) is not None:
            items_by.setdefault(key, []).append(index)
    rows_by: dict[Hashable, list[int]] = {}
    for index in rows:
        if (key := of_row(index)) is not None:
            rows_by.setdefault(key, []).append(index)
    return {
        found[0]: rows_by[key][0]
        for key, found in items_by.items()
        if len(found) == 1 and len(rows_by.get(key, ())) == 1
    }


def _whole(found: PlanItem | _Row) -> tuple[int, ...] | None:
    return whole_number(found.project_id, found.item_no, found.item_label)


def _unnamed_whole(row: _Row, named: set[tuple[str, str]]) -> tuple[int, ...] | None:
    """A row's whole number, None where its name is an item's of its project in the plan
    (``named``): it is that item, whatever its number (numbers swapped, 7 感染症予防の啓発
    where the plan's is 6 — review 102)."""
    return None if _placed(row) in named else _whole(row)


def whole_number(project_id: str, item_no: int | None, label: str) -> tuple[int, ...] | None:
    """An item's number with every level's above it: (1, 3, 1) for 「(1)」 under 1-3, for
    「1-3-(1)」 (the project's number carried: under any project) and for 「(3)-1」 under 1-x (the
    施策's number carried, the policy's not); None for an item without a number."""
    if item_no is None:
        return None
    upper = [int(part) for part in project_id.split("-") if part.isdecimal()]
    own = number_parts(label)
    if len(own) < 2:
        own = [item_no]
    kept = max(0, len(upper) + 1 - len(own))
    return (*upper[:kept], *own)
