"""One item number given to two items of a project within one file: a department's rows sorted
by status in Excel (after unmerging the project cells, which Excel will not sort) put another
project's ③ and ④ under this one, and both of each were counted, exit 0 (review 61). Two rows
of one number and different names are two items by the model's rule (never one count); within
one file and project they are a warning naming both, with the fix. Looked for only among the
rows whose number another row shares (same_items.merge_duplicates' ``shared``: most reads none).
Its project is named by planeval's word for it, 情報化計画事業, which message_words says in the
body's (review 97: 「同じ事業の…」 under [wording] project = "取組項目")."""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter, itemgetter

from planeval.ids import describe
from planeval.model import Entry, Problem, Severity
from planeval.text import comparable_name

_KEY = attrgetter("location.file", "body", "project_id", "item_no", "item_label")
_NAMED = attrgetter("location.file", "body", "project_id", "item_no", "item_label", "item_name")
_UNNAMED = itemgetter(0, 1, 2, 3, 4)  # (a _NAMED key's _KEY)


def numbers_twice(entries: Sequence[Entry]) -> list[Problem]:
    """A warning for each number of a project's items that one file gives two items' names."""
    named = set(map(_NAMED, entries))  # (its keys from these: not a pass over the rows)
    if len(set(map(_UNNAMED, named))) == len(named):
        return []  # (each number one name, as typed: nothing to say)
    first: dict[tuple[object, ...], tuple[str, Entry]] = {}
    said: dict[tuple[object, ...], Problem] = {}
    for entry in entries:
        if entry.item_no is None or entry.repeat_of is not None:
            continue
        key, name = _KEY(entry), comparable_name(entry.item_name)
        known, seen = first.setdefault(key, (name, entry))
        if known != name and key not in said:
            said[key] = Problem(
                entry.location,
                Severity.WARNING,
                f"同じ情報化計画事業の同じ番号に名前の違う{_item(entry)}が二つあります: {describe(seen)}"
                f"（{seen.location.cell}）と {describe(entry)}（{entry.location.cell}）。"
                "別々に数えています",
                "表を並べ替えて別の情報化計画事業の行が入っていないか、番号が正しいか確かめてください",
            )
    return list(said.values())


def _item(entry: Entry) -> str:
    return "実施内容" if entry.item_label else "行"
