"""The rows of a table an error in them leaves out of the count, noted where they are read
(ReadResult.error_rows): Chapter 3 lists those still left out once the read is combined,
「未集計（エラー）」 in their status cell, the issue and department as typed beside it
(planeval/error_rows.py). Asked only on a row's error path: nothing here for a rated row — an
item line left blank over its lower levels (ア, イ …) waits, its row made only if none rates it
(wait_blank)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from planeval.ids import ItemNumber, parse_item, parse_lower_level
from planeval.io.blank_reads import blank_read
from planeval.item_keys import item_key
from planeval.model import Entry, Location, Problem, Severity

if TYPE_CHECKING:
    from planeval.ids import ItemNumber
    from planeval.io.tables import SheetResult, TableState


def left_in_error(
    result: SheetResult,
    table: TableState,
    location: Location,
    sub_item: str | None,
    typed: tuple[str, str] = ("", ""),
    item: ItemNumber | None = None,
) -> None:
    """Note the table's current item's row (its ``sub_item``; ``item``'s, an item its error
    left the table's current one) as one its error leaves out, its status ``location`` where
    the error is, with its issue and department as ``typed`` and its figures (策定時 | 現状値 …,
    ReadResult.values): the clerk's text is shown beside 「未集計（エラー）」 (ReadResult.error_rows;
    error_rows.py lists it in Chapter 3 where the error stays one and no other row counts the
    item)."""
    row = row_entry(table, location, sub_item, item)
    if table.values is not None:
        table.values.read_left(location)
    issue, department = typed
    result.error_rows.append(
        row._replace(
            issue=issue,
            department=department,
            body=result.body,
            direction_name=result.direction_names.get(row.direction_id, ""),
            policy_name=result.policy_names.get(row.policy_id, ""),
        )
    )


def typed_texts(texts: Mapping[str, str]) -> tuple[str, str]:
    """A row's issue and department as typed (``texts`` by role): what a row its error leaves
    out shows beside 「未集計（エラー）」 (left_in_error)."""
    return texts.get("issue", ""), texts.get("department", "")


def status_unread(
    texts: dict[str, str], new_item: bool, table: TableState, result: SheetResult, cell: Location
) -> None:
    """A row whose status (at ``cell``) could not be read, a formula's error or one not saved:
    its item, on its own row, read all the same (compare and rounds call it 未集計 there, not
    gone; a lower level's row is its item's), and the row one its error leaves out, listed
    「未集計（エラー）」 (left_in_error)."""
    if table.project is None:
        return
    item, sub_item = table.item, texts.get("sub_item")
    if new_item:
        lower = parse_lower_level(texts["item"]) if item is not None else None
        if lower:
            sub_item = f"{lower} {sub_item}" if sub_item else lower
        else:
            item = parse_item(texts["item"])
            result.items_seen.append((result.body, table.project[0], item.number, item.name))
    if item is not None:
        left_in_error(result, table, cell, sub_item, typed_texts(texts), item)


def row_entry(
    table: TableState, location: Location, sub_item: str | None, item: ItemNumber | None = None
) -> Entry:
    """The table's current item's row (``item``'s, where given) at ``location`` with no
    status: a row its error leaves out (left_in_error), or what a message names it by."""
    item = item or table.item
    assert table.project is not None and item is not None
    project_id, project_name = table.project
    number, label, name = item
    return Entry(location, table.policy_id, table.direction_id, project_id, project_name,
                 number, label, name, sub_item, "", "", project_label=table.project_label)  # fmt: skip


# An item line whose status is blank, waiting for its lower levels (ア, イ …) to rate it: in a
# Setagaya-style table most such lines are rated so (8,331 of bench's independent 100,000 rows),
# and their error is said only for those left unrated. What the error needs is taken as the line
# is read — its cell, its item and project, its level names, where its entries would have stood
# among the sheet's unrated items and rows left out — and the error, the item noted unrated and
# the row left out are made only when the table goes on without rating it (TableState.flush):
# in their places as if made at once, none for a line its lower levels rate.

BLANK_STATUS = "達成状況が空です"

# (status cell, hint, issue and department as typed, project (ID, name), item, policy ID,
# direction ID, project as typed, direction's and policy's names then, the sheet's counts of
# unrated items and rows left out then, the symbol it is read as where left unrated and the
# error's kind: io/blank_reads.py)
Waiting = tuple[
    Location, str, tuple[str, str], tuple[str, str], "ItemNumber", str, str, str, str, str,
    int, int, str | None, str,
]  # fmt: skip


def blank_said(item: ItemNumber, sub_item: str | None) -> str:
    """The message of a blank status of ``item`` (its ``sub_item``): 「実施内容「① 名前」の達成状況
    が空です」 (which item: 「D11: 達成状況が空です」 named none, review 51)."""
    _number, label, name = item
    named, sub = " ".join(filter(None, (label, name))), f"（{sub_item}）" if sub_item else ""
    return f"実施内容「{named}{sub}」の達成状況が空です" if named else BLANK_STATUS


def wait_blank(
    result: SheetResult,
    table: TableState,
    cell: Location,
    hint: str,
    typed: tuple[str, str],
    line: Sequence[object],
) -> None:
    """Let the table's current item's line (``line``), its status blank at ``cell``, wait for
    its lower levels (TableState.unrated_item); its figures (策定時 | 現状値 …) read now, as its
    row left out reads them (left_rows.left_in_error)."""
    assert table.project is not None and table.item is not None
    if table.values is not None:
        table.values.read_left(cell)
    read_as, beside, kind = blank_read(table, line, cell)
    policy_id, direction_id = table.policy_id, table.direction_id
    table.unrated_item = (
        cell, beside or hint, typed, table.project, table.item, policy_id, direction_id,
        table.project_label, result.direction_names.get(direction_id, ""),
        result.policy_names.get(policy_id, ""), len(result.unrated), len(result.error_rows),
        read_as, kind,
    )  # fmt: skip


def say_waiting(result: SheetResult, waiting: Waiting | Problem) -> None:
    """A waiting line its lower levels did not rate: its error said, its item noted unrated
    and its row left out, each where it would have stood made at once (``waiting`` a Problem:
    the error of a line with no number, said as it is); or, blank as the settings read a row
    not rated (io/blank_reads.py), its entry of that status."""
    if isinstance(waiting, Problem):
        result.problems.append(waiting)
        return
    cell, hint, (issue, department), project, item, policy_id, direction_id = waiting[:7]
    label, direction_name, policy_name, unrated_at, rows_at, read_as, kind = waiting[7:]
    number, item_label, name = item
    if read_as is not None:
        result.entries.append(
            Entry(cell, policy_id, direction_id, project[0], project[1], number, item_label, name,
                  None, read_as, "", issue, department, direction_name, policy_name, None,
                  result.body, label)
        )  # fmt: skip
        return
    empty = Problem(cell, Severity.ERROR, blank_said(item, None), hint, kind=kind)
    result.problems.append(empty)
    key = (result.body, *item_key(project[0], number, name, None))
    unrated = result.unrated
    if len(unrated) == unrated_at:
        unrated[empty] = key
    else:  # (a sub-item's blank below it said since: this one first, as read)
        after = list(unrated.items())[unrated_at:]
        for problem, _key in after:
            del unrated[problem]
        unrated[empty] = key
        unrated.update(after)
    row = Entry(cell, policy_id, direction_id, project[0], project[1], number, item_label, name,
                None, "", "", issue, department, direction_name, policy_name, None, result.body,
                label)  # fmt: skip
    result.error_rows.insert(rows_at, row)
