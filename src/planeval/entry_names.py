"""An entry's policy and direction names, and its department, from what its inputs say
beside its row (combine.py): the names wherever in its body's inputs they stood, the
department its form states above its table."""

from __future__ import annotations

import operator
from collections.abc import Mapping

from planeval.model import Entry, body_key
from planeval.read_records import ReadResult

# An entry's body, policy and direction IDs, and the names it carries (taken by position, as a
# tuple's: in C, cheaper than by name)
_NAMES = operator.itemgetter(
    *map(
        Entry._fields.index, ("body", "policy_id", "direction_id", "policy_name", "direction_name")
    )
)


def named_entries(entries: list[Entry], result: ReadResult) -> list[Entry]:
    """Every entry with its policy's and direction's names, wherever in its body's inputs they
    stood: only the few distinct (body, IDs, names) are looked up, and the entries are left as
    they are when all are named right already (the usual case)."""
    renamed: dict[tuple[str, ...], tuple[str, str]] = {}
    for key in dict.fromkeys(map(_NAMES, entries)):
        body, policy_id, direction_id, *names = key
        if body:
            policy_id, direction_id = body_key(body, policy_id), body_key(body, direction_id)
        found = (
            result.policy_names.get(policy_id, ""),
            result.direction_names.get(direction_id, ""),
        )
        if found != tuple(names):
            renamed[key] = found
    if not renamed:
        return entries
    # (each entry made again as the tuple it is, its two names changed: a third of
    # _replace's cost, every row)
    return [
        entry if (right := renamed.get(_NAMES(entry))) is None else _named(entry, *right)
        for entry in entries
    ]


def _named(entry: Entry, policy_name: str, direction_name: str) -> Entry:
    fields = list(entry)
    fields[_POLICY_NAME], fields[_DIRECTION_NAME] = policy_name, direction_name
    return _new(Entry, fields)


_new = tuple.__new__
_POLICY_NAME = Entry._fields.index("policy_name")
_DIRECTION_NAME = Entry._fields.index("direction_name")


def stated_departments(entries: list[Entry], stated: Mapping[str, str]) -> list[Entry]:
    """A row with no department of its own (the form has no 担当課 column) is the
    department's its form states above the table (「担当部局：総務部」); after merging, where a
    row's department tells the lead's own copy from a co-owner's."""
    if not stated:
        return entries
    return [
        entry._replace(department=stated[entry.location.file])
        if not entry.department and entry.location.file in stated
        else entry
        for entry in entries
    ]
