"""An item's identity: the key that says which rows are the same item (item_key: its project,
number **and** name), the same within its body (entry_key, body_item_key).
"""

from planeval.model import Entry
from planeval.text import comparable_name

# (project ID, "number:name", sub-item) that says which rows are the same item
EntryKey = tuple[str, str, str]


def item_key(
    project_id: str, item_no: int | None, item_name: str, sub_item: str | None = None
) -> EntryKey:
    """An item is its project, its number and its name: two rows with the same number and
    different names are two items (never one count), and the same item read twice is one
    (names compared without spacing and 【新規】-style marks)."""
    number = str(item_no) if item_no is not None else ""
    sub = comparable_name(sub_item) if sub_item else ""
    return project_id, f"{number}:{comparable_name(item_name)}", sub


def entry_key(entry: Entry) -> EntryKey:
    """The item's key, within its body: items of different bodies are never the same item."""
    project, item, sub = item_key(entry.project_id, entry.item_no, entry.item_name, entry.sub_item)
    return (f"{entry.body}\x1f{project}" if entry.body else project), item, sub


def body_item_key(entry: Entry) -> tuple[str, str, str, str]:
    """The entry's item within its body: (body, project, number and name, sub-item) — what a
    blank row's item (ReadResult.unrated) is compared by."""
    return (entry.body, *item_key(entry.project_id, entry.item_no, entry.item_name, entry.sub_item))
