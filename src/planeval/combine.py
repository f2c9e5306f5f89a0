"""Combining what was read from several files: the same item said twice, and the names of
policies and directions wherever in the inputs they stood.

The same item (project, item number or name, sub-item) read twice is counted once when the
statuses agree (a warning names both places) and not at all when they differ (an error names
every place, so someone decides which is right).
"""

from __future__ import annotations

from collections.abc import Sequence

from planeval.model import Entry, Problem, ReadResult, Severity
from planeval.text import comparable_name

EntryKey = tuple[str, str, str]


def entry_key(entry: Entry) -> EntryKey:
    """An item is its number and its name: two rows with the same number and different names
    are two items (never one count), and the same item read twice is one."""
    number = str(entry.item_no) if entry.item_no is not None else ""
    item = f"{number}:{entry.item_label}:{comparable_name(entry.item_name)}"
    return entry.project_id, item, comparable_name(entry.sub_item) if entry.sub_item else ""


def describe(entry: Entry) -> str:
    """ "1-1-2① マイナポータル…（電子申請）" as messages name an item."""
    sub = f"（{entry.sub_item}）" if entry.sub_item else ""
    return f"{entry.project_id}{entry.item_label} {entry.item_name}{sub}"


def merge_duplicates(entries: Sequence[Entry]) -> tuple[list[Entry], list[Problem]]:
    keys = list(map(entry_key, entries))
    if len(set(keys)) == len(keys):
        return list(entries), []  # no item read twice: the usual case, found without grouping
    groups: dict[EntryKey, list[Entry]] = {}
    for key, entry in zip(keys, entries, strict=True):
        groups.setdefault(key, []).append(entry)
    kept: list[Entry] = []
    problems: list[Problem] = []
    for key, entry in zip(keys, entries, strict=True):
        group = groups[key]
        if len(group) == 1:
            kept.append(entry)
            continue
        if entry is not group[0]:
            continue  # reported with the first of its group
        places = "、".join(f"{e.status}（{e.location}）" for e in group)
        if len({e.status for e in group}) > 1:
            problems.append(
                Problem(
                    group[-1].location,
                    Severity.ERROR,
                    f"同じ実施内容 {describe(entry)} が {len(group)} か所にあり、達成状況が"
                    f"違います: {places}。どれも数えていません",
                    "どちらが正しいか所管部に確認し、一方を直すか削除してください",
                )
            )
            continue
        issues = list(dict.fromkeys(e.issue for e in group if e.issue))
        kept.append(entry._replace(issue="\n".join(issues)))
        problems.append(
            Problem(
                group[-1].location,
                Severity.WARNING,
                f"同じ実施内容 {describe(entry)} が {len(group)} か所にあります: {places}。"
                "達成状況が同じため 1 件として数えました",
            )
        )
    return kept, problems


def combine(result: ReadResult) -> ReadResult:
    """The read entries as counted: duplicates merged (or dropped, with an error), every entry
    named with its policy and direction. ``result.read`` keeps the entries as read."""
    entries, duplicates = merge_duplicates(result.read)
    policies, directions = result.policy_names, result.direction_names
    result.entries = [
        entry
        if entry.policy_name == policies.get(entry.policy_id, "")
        and entry.direction_name == directions.get(entry.direction_id, "")
        else entry._replace(
            policy_name=policies.get(entry.policy_id, ""),
            direction_name=directions.get(entry.direction_id, ""),
        )
        for entry in entries
    ]
    result.problems.extend(duplicates)
    return result
