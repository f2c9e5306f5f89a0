"""The plan's items no round rated, their department having returned nothing in every round
that names them (羽根村市's 観光課, 事業 32 and 33 in both years: review 164 #7): rounds lists
them in its table of each item too, 「未提出」 in those rounds, as tables and export list them
(ReadResult.unreturned_rows) — a plan period's final evaluation shows that they were never
evaluated, not only a warning. They are in no round's counts. An item some round rated is
rounds.py's own row (「未集計」 in the rounds its department sent nothing: answered.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from planeval.cycle.rounds import RoundRow, Rounds
from planeval.id_order import id_order
from planeval.io.own_ids import leading_number, split_own_id
from planeval.model import Entry
from planeval.read_records import ReadResult
from planeval.text import comparable_name

# (body, project in the last round's numbers, the item's number or its name without one)
_Key = tuple[str, str, str]


def with_unreturned(
    found: Rounds,
    results: Sequence[ReadResult],
    renames: Sequence[Mapping[str, str]],
    mappings: Sequence[Mapping[str, str]],
) -> Rounds:
    """``found`` with a row for each item of ``results``' unreturned_rows (each round's, its
    bodies renamed and projects renumbered by ``renames`` and ``mappings`` into the last
    round's) that none of its rows is, placed among its project's rows by its number."""
    held = {key for row in found.rows for key in _keys(row.entry)}
    extra: dict[_Key, tuple[Entry, set[int]]] = {}
    for index, result in enumerate(results):
        names, numbers = renames[index], mappings[index]
        for entry in result.unreturned_rows:
            entry = entry._replace(
                body=names.get(entry.body, entry.body),
                project_id=numbers.get(entry.project_id, entry.project_id),
            )
            keys = _keys(entry)
            if keys & held:
                continue
            key = min(keys)
            extra[key] = (entry, extra.get(key, (entry, set()))[1] | {index})
    if not extra:
        return found
    blank = ("",) * len(results)
    rows = list(found.rows)
    in_names = {row.entry.body for row in rows if _named_number(row.entry)}
    for entry, rounds in extra.values():
        if entry.body in in_names and entry.item_no is not None and not _named_number(entry):
            # (numbered as the forms number theirs, in the name: 「32 観光PR事業」, not ㉜ —
            # and listed by that number as their rows are (name_numbers.py), not 8, its 施策's)
            name = f"{entry.item_no} {entry.item_name}"
            entry = entry._replace(item_label="", item_no=None, item_name=name)
        row = RoundRow(entry, blank, listed=found.listed(entry), unreturned=frozenset(rounds))
        rows.insert(_place(rows, entry), row)
    return replace(found, rows=tuple(rows))


def _named_number(entry: Entry) -> bool:
    """Whether ``entry``'s number is the one its name starts with (no label of its own)."""
    return not entry.item_label and leading_number(entry.item_name) is not None


def _number(entry: Entry) -> int | None:
    return entry.item_no if entry.item_no is not None else leading_number(entry.item_name)


def _keys(entry: Entry) -> set[_Key]:
    """An item's keys: by its number (its own, or the one its name starts with) and by its
    name without that number (「32 観光PR事業」 typed, 「観光PR事業」 No. 32 in the plan)."""
    name = entry.item_name
    number = _number(entry)
    if number is not None and leading_number(name) is not None:
        name = split_own_id(name)[1]
    where = (entry.body, entry.project_id)
    keys = {(*where, f"名:{comparable_name(name)}:{entry.sub_item or ''}")}
    if number is not None:
        keys.add((*where, f"番号:{number}:{entry.sub_item or ''}"))
    return keys


def _place(rows: Sequence[RoundRow], entry: Entry) -> int:
    """Where ``entry``'s row goes: after the last row of its body of a project before its
    own or of its project numbered up to its number; else before its body's first row, or
    last where its body has none."""
    mine = (id_order(entry.project_id), _number(entry) or 0)
    first = last = None
    for index, row in enumerate(rows):
        if row.entry.body != entry.body:
            continue
        first = index if first is None else first
        if (id_order(row.entry.project_id), _number(row.entry) or 0) <= mine:
            last = index
    if last is not None:
        return last + 1
    return first if first is not None else len(rows)
