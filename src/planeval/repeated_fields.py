"""The fields a body's rows repeat, which the flat data outputs write once.

Setagaya's plan has four levels, each with its own number and name. A body whose plan has
fewer is read into the same fields: 枚方市's 施策, rated under a 基本目標 with no level between,
are items whose project is their policy (羽村市's 事業 under a 施策, 名古屋市守山区's under a
基本方針, alike), and an item numbered 1, 2 … has its label the number's text. Its data sheet
and 進捗状況.csv had each such value twice, under one title twice where the body calls both
levels by one word (基本方針番号, 基本方針名: review 82). They write it once.

The export's data sheet records a field it leaves out for repeating another among its
columns' fields (cells.DATA_COLUMNS_PROPERTY) as 「project_id=policy_id」, after them;
io/export_data.py reads it back as the other field's value (``restored``)."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Sequence

from planeval.model import Entry

SAME = "="  # (a recorded field's 「project_id=policy_id」)
# the project's fields, each with the policy's it repeats in a plan of two levels
_PROJECT_AS_POLICY = {"project_id": "policy_id", "project_name": "policy_name"}


def repeated_fields(entries: Sequence[Entry]) -> dict[str, str]:
    """Each field every entry repeats another's value in, with that other field: the project's
    number and name, of rows rated under their policy with no project of their own (and no
    number typed for it); the item's label, where it is its number's text on every row (1, not
    ①); the status as typed, where every row typed its symbol. None of an empty list."""
    if not entries:
        return {}
    repeated: dict[str, str] = {}
    if all(project_is_policy(entry) for entry in entries):
        repeated |= _PROJECT_AS_POLICY
    if all(entry.item_label == number_text(entry.item_no) for entry in entries):
        repeated["item_label"] = "item_no"
    # (the status as typed, where every row typed its symbol as it is: 進捗状況（入力値） beside
    # 進捗状況, the same on every row — review 98)
    if all(entry.status_text == entry.status for entry in entries):
        repeated["status_text"] = "status"
    return repeated


def project_is_policy(entry: Entry) -> bool:
    """Whether the entry's project is its policy (a plan of two levels: 基本目標 › 施策)."""
    return (
        entry.project_id == entry.policy_id
        and entry.project_name == entry.policy_name
        and not entry.project_label
    )


def number_text(number: int | None) -> str:
    """An item's number as its label would be: 「1」, "" for none."""
    return "" if number is None else str(number)


def recorded(field: str, other: str) -> str:
    """A left-out field as the data sheet records it: 「project_id=policy_id」."""
    return f"{field}{SAME}{other}"


def split_recorded(fields: Sequence[str]) -> tuple[tuple[str, ...], dict[str, str]]:
    """The fields of the data sheet's columns, and each field left out with the one it repeats
    (recorded)."""
    columns = tuple(name for name in fields if SAME not in name)
    pairs = (name.split(SAME, 1) for name in fields if SAME in name)
    return columns, {field: other for field, other in pairs}


def restored(values: MutableMapping[str, object], repeated: Mapping[str, str]) -> None:
    """``values`` (field → value, as read) given each repeated field's value: its other
    field's (an item's label its number's text)."""
    for field, other in repeated.items():
        value = values.get(other)
        if field == "item_label":
            values[field] = number_text(value if isinstance(value, int) else None)
        else:
            values[field] = value


def distinct_titles(titles: Sequence[str], plain: Sequence[str]) -> list[str]:
    """Column titles no two alike (a CSV read by its header, pandas or Power Query, keeps one
    of two columns titled alike): a title met before replaced by its ``plain`` one (planeval's
    word: 事業番号 where a body calls its policy and project both 基本方針 and rates under
    projects of their own), numbered after it where that is met too."""
    seen: set[str] = set()
    shown = []
    for title, fallback in zip(titles, plain, strict=True):
        if title in seen:
            title, number = fallback, 2
            while title in seen:
                title, number = f"{fallback}（{number}）", number + 1
        seen.add(title)
        shown.append(title)
    return shown
