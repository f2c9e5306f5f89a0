"""What a round read and could not count: an item whose row was read but not counted (an
error in it: a status the scale does not know, a formula error, two rows disagreeing), and
the bodies a file of which could not be read (the item may be in it). Such an item missing
from a round is 未集計 there — 前回未集計/今回未集計 in compare, 「未集計」 in rounds — never
added or removed, and out of the counts of every round it is compared in (like_for_like).

Items are compared as compare pairs them: body, project (in the last round's numbers) and
name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from planeval.aggregate import Summary
from planeval.id_order import id_order
from planeval.item_keys import EntryKey, entry_key
from planeval.model import Entry
from planeval.read_records import ReadResult
from planeval.text import comparable_name

Item = tuple[str, str, str]  # (body, project in the last round's numbers, comparable name)
NO_NAMES: Mapping[str, str] = {}


@dataclass(frozen=True, slots=True)
class Uncounted:
    """One round's items read and not counted, and its bodies a file of which could not be
    read (or an export it read records as left out)."""

    items: frozenset[Item] = frozenset()
    incomplete: frozenset[str] = frozenset()
    # of ``items``, those of a workbook of another year it left out (ReadResult.other_year_rows:
    # last year's sent again, or an export's record of such): not an error's
    dated: frozenset[Item] = frozenset()
    # the plan's items the round's replies have no row of, their department having replied
    # (a row deleted: ReadResult.unreturned_rows, 「回答に行がない」): 未提出, as validate and
    # summarize with the plan say — compare's 今回未集計, not 削除 (review 178 #2)
    rowless: frozenset[Item] = frozenset()

    def holds(self, entry: Entry, mapping: Mapping[str, str] = NO_NAMES) -> bool:
        """Whether the round may have ``entry``'s item and counted nothing of it (``mapping``:
        the renumbering of the round ``entry`` is of, none for the last round's)."""
        return entry.body in self.incomplete or item_of(entry, mapping) in self.items

    def lacks(self, entry: Entry, mapping: Mapping[str, str] = NO_NAMES) -> bool:
        """Whether the plan the round was read with has ``entry``'s item and the round's
        replies no row of it (``rowless``)."""
        return bool(self.rowless) and item_of(entry, mapping) in self.rowless

    def of_other_year(self, entry: Entry, mapping: Mapping[str, str] = NO_NAMES) -> bool:
        """Whether the round left ``entry``'s item out as of a workbook of another year."""
        return bool(self.dated) and item_of(entry, mapping) in self.dated


def uncounted_in(
    result: ReadResult,
    *,
    renamed: Mapping[str, str] = NO_NAMES,
    mapping: Mapping[str, str] = NO_NAMES,
) -> Uncounted:
    """What ``result``'s round read and could not count (``renamed``: its bodies' names in the
    last round; ``mapping``: its projects' numbers in the last round, none for the last)."""

    def body(name: str) -> str:
        return renamed.get(name, name)

    counted = {item_of(entry._replace(body=body(entry.body)), mapping) for entry in result.entries}
    read = {
        (body(name), mapping.get(project, project), comparable_name(item))
        for name, project, _number, item in result.items_seen
    }
    # (a workbook left out as another year's was read: its items are ``dated``, and an item
    # not among them is not in it — removed from the plan, not 未集計: review 91)
    dated = {item_of(e._replace(body=body(e.body)), mapping) for e in result.other_year_rows}
    known = {e.location.file for e in result.other_year_rows}
    incomplete = {
        result.file_bodies.get(file, "") for file in result.left_out if file not in known
    } | {place.body for place in result.recorded_errors if place.whole_file}
    sent_none = set(result.unreturned_items)  # (its departments that sent nothing: answered.py)
    rowless = {
        item_of(e._replace(body=body(e.body)), mapping)
        for e in result.unreturned_rows
        if e.department not in sent_none
    }
    return Uncounted(
        frozenset((read - counted) | dated),
        frozenset(body(name) for name in incomplete),
        frozenset(dated - counted),
        frozenset(rowless - counted),
    )


def item_of(entry: Entry, mapping: Mapping[str, str] = NO_NAMES) -> Item:
    """An item as its round read it: body, project (in the last round's numbers) and name."""
    project = mapping.get(entry.project_id, entry.project_id)
    return entry.body, project, comparable_name(entry.item_name)


def like_for_like(
    rounds: Sequence[Sequence[Entry]], left_out: Iterable[Sequence[Entry | None]]
) -> list[list[Entry]]:
    """Each round's entries without the items some round compared counted nothing of
    (``left_out``: each such item's entries, one per round, None where a round has none):
    the one rule of compare's and rounds' counts per policy. An item 未集計 in one round (in
    error there, its department's or body's workbook missing or unreadable) is out of every
    round's counts, not out of that round's only: a count that falls or rises by an item one
    round could not count is no change of the plan's progress (like with like)."""
    keys: list[set[EntryKey]] = [set() for _ in rounds]
    for entries in left_out:
        for index, entry in enumerate(entries):
            if entry is not None:
                keys[index].add(entry_key(entry))
    return [
        [entry for entry in entries if entry_key(entry) not in out] if out else list(entries)
        for entries, out in zip(rounds, keys, strict=True)
    ]


def not_compared(
    whole: Sequence[Summary], compared: Sequence[Summary]
) -> tuple[tuple[str, str, int, int], ...]:
    """The policies two rounds counted rows under (``whole``: each round's summary of every
    row it counted) that the counts per policy like for like have none of (``compared``), each
    as (ID, number as shown, each round's 計 of them): every item of theirs 未集計 in one round,
    a row compare's counts leave out and must say (review 86: 改革項目3, whose 課 did not answer
    last year)."""
    shown = {group.id for summary in compared for group in summary.groups}
    found: dict[str, tuple[str, list[int]]] = {}
    for side, summary in enumerate(whole):
        for group in summary.groups:
            if group.id not in shown and group.count.total:
                found.setdefault(group.id, (group.shown_id, [0, 0]))[1][side] = group.count.total
    ordered = sorted(found, key=id_order)
    return tuple((key, found[key][0], found[key][1][0], found[key][1][1]) for key in ordered)
