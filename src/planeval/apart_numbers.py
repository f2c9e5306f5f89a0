"""A number typed in a No. column of its own beside the item's name (川崎市's 建設緑政局: 施策 |
No. | 事務事業, 1, 2, 3 anew under each 施策) where the body's other forms and its plan number no
item: each output would show 「1 交通安全施設整備事業」 beside the other 局's bare names, two
notations in one report (review 115). The number stays the item's own — its identity, which
pairs rounds and files (Entry.item_no) — and only its label, what the outputs show before the
name and in the ID (1-2-2 1), is left blank. Where the plan numbers its items, or most of the
body's forms (files) number theirs — a lone form too —, the label is kept; so is one typed at
the start of the name (「① …」, 「ア …」: a table without such a column) and a running No.
(「No.4」, io/running_rows.py). The tables are known once each as read (ReadResult.numbers_apart);
the rows are asked only where some table has such a column."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planeval.model import Entry
    from planeval.plan import Plan
    from planeval.read_records import ReadResult


def bare_numbers(result: ReadResult, plan: Plan | None = None) -> None:
    """Leave blank the labels of the items numbered in a No. column of their own (digits) in the
    bodies most of whose forms (files) number no item, where ``plan`` (if any) numbers none."""
    apart = result.numbers_apart
    if not apart or (plan is not None and any(item.item_label for item in plan.items)):
        return
    files: dict[str, set[str]] = {}  # body → its files read
    numbered: dict[str, set[str]] = {}  # body → those of its files numbering some item
    for entry in result.entries:
        files.setdefault(entry.body, set()).add(entry.location.file)
        if entry.item_label:
            numbered.setdefault(entry.body, set()).add(entry.location.file)
    bare = {body for body, own in numbered.items() if 2 * len(own) <= len(files[body])}
    if not bare:
        return

    def shown(entry: Entry) -> Entry:
        if (
            entry.body in bare
            and entry.item_label.isdecimal()
            and (entry.location.file, entry.location.sheet) in apart
        ):
            return entry._replace(item_label="")
        return entry

    for rows in (result.entries, result.read, result.error_rows):
        rows[:] = [shown(entry) for entry in rows]
