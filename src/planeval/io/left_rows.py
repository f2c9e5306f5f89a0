"""The rows of a table an error in them leaves out of the count, noted where they are read
(ReadResult.error_rows): Chapter 3 lists those still left out once the read is combined,
「未集計（エラー）」 in their status cell, the issue and department as typed beside it
(planeval/error_rows.py). Asked only on a row's error path: nothing here for a rated row."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from planeval.ids import ItemNumber, parse_item, parse_lower_level
from planeval.model import Entry, Location

if TYPE_CHECKING:
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
