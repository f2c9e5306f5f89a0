"""A rated row whose status cell is blank, as the row readers (numbered.py, named.py,
item_rows.py) say it: its error, its item noted as unrated and its row as left out; the fix
the error asks; the item it names. Imported only when a row has a blank status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planeval.ids import describe
from planeval.io.grid import cell_ref
from planeval.io.left_rows import blank_said, left_in_error, row_entry
from planeval.io.swapped_columns import REMARKED
from planeval.item_keys import item_key
from planeval.model import Location, Problem, Severity

if TYPE_CHECKING:
    from planeval.io.tables import SheetResult, TableState
    from planeval.scale import Scale


def blank_status(
    result: SheetResult,
    table: TableState,
    cell: Location,
    sub_item: str | None,
    hint: str,
    typed: tuple[str, str] = ("", ""),
    kind: str = "",
) -> Problem:
    """The error of a rated row of the table's current item (or its ``sub_item``) whose status
    is blank, at its status ``cell``: its item noted as unrated (SheetResult.unrated: another
    sheet of the file may rate it), its row as left out with its issue and department as
    ``typed`` (left_in_error)."""
    assert table.project is not None and table.item is not None
    empty = Problem(cell, Severity.ERROR, blank_said(table.item, sub_item), hint, kind=kind)
    key = item_key(table.project[0], table.item.number, table.item.name, sub_item)
    result.unrated[empty] = (result.body, *key)
    left_in_error(result, table, cell, sub_item, typed)
    return empty


def blank_fix(scale: Scale, table: TableState, row: int, issue: str) -> str:
    """What the error of a blank status on ``row`` (0-based) asks: one of the scale's symbols
    — but where the row's issue cell holds one of them alone (「達成A」 typed a column to the
    right, review 105), to move it to the status cell; where it holds a remark starting with
    one's word (「事業中止（国の制度改正による）」, review 149 #4), to type that symbol."""
    if not issue or (symbol := scale.normalise(issue)) not in scale.counted:
        return scale.choose()
    issue_cell, status_cell = (
        cell_ref(row, table.columns["issue"]),
        table.status_letter + str(row + 1),
    )
    said = f"{issue_cell}（課題等）に「{issue}」とあります。"
    if REMARKED.search(issue):  # (the row's remark: stays where it is)
        return (
            f"{said}{scale.label(symbol)}なら、達成状況の欄（{status_cell}）に '{symbol}' を"
            f"入力してください。ほかの評価なら {scale.describe()} のいずれかを入力してください"
        )
    return f"{said}達成状況の欄（{status_cell}）に移してください"


def row_item(table: TableState, location: Location, sub_item: str | None) -> str:
    """The table's current item as messages name it (ids.describe: 「1-1-1② 取組2」), for a
    row that has no entry to name it by (its status blank)."""
    return describe(row_entry(table, location, sub_item))
