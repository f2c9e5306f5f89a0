"""A rated row split over two rows (or more) of its table: one 事業 of a body rating one row per
事業, its long 指標 (or a second one) typed on the row below, the 番号 cell merged down over both
(and the 事業名 and 評価 cells too, or left blank below). The row below continues the row above
— one rating, its texts joined to it — never a second row of the 事業 counted twice or asked for
a rating of its own (review 135: 2.8 counted A twice, or 「計画にない事業」 with the plan).
Asked by io/named.py only of a row whose number cell a merge above fills."""

from __future__ import annotations

from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.levels import item_number
from planeval.io.tables import SheetResult, TableState
from planeval.model import Location, Problem, Severity
from planeval.text import JOINED_ROWS as _JOINED


def continues_above(
    grid: SheetGrid,
    row: int,
    table: TableState,
    file: str,
    result: SheetResult,
    texts: dict[str, str],
) -> bool:
    """Whether ``row`` — its number cell merged down from the row above, its own item cell
    naming no number (a 指標, not 「② …」) — continues the row above it, its project's only
    rated row so far: its rating merged down with the number (one rating), or left blank
    (the number alone merged: said in a notice, the blank perhaps a rating forgotten). Its
    item's name and figures are joined to the row above's, as one row's."""
    if table.project is None or table.item is None:
        return False
    project, entries, errors = table.project[0], result.entries, result.error_rows
    # (the row above counted, or left out for its error: this row none of its own either way)
    if table.last_entry is not None and entries[table.last_entry].project_id == project:
        rows, index = entries, table.last_entry
    elif errors and errors[-1].project_id == project:
        rows, index = errors, len(errors) - 1
    else:
        return False
    above = rows[index]
    if (
        above.location[:2] != (file, grid.name)
        or table.item.label
        or item_number("", texts["item"]).label
        or (index and rows[index - 1].project_id == project)
    ):
        return False  # (a project of several rated rows, numbered ones: this row one of them)
    if rows is errors:  # (its error said at the row above: nothing to join to a row not counted)
        return True
    name = f"{above.item_name}{_JOINED}{texts['item']}"
    entries[index] = above._replace(item_name=name)
    seen = result.items_seen[-1]
    if seen[1:] == (project, above.item_no, above.item_name):
        result.items_seen[-1] = (*seen[:3], name)
    if table.values is not None and (figures := table.values.rows.get(above.location)):
        table.values.read(grid, row, above.location)
        below = table.values.rows[above.location]
        joined = zip(figures, below, strict=True)  # (one table's columns, both rows)
        table.values.rows[above.location] = tuple(
            (title, _joined(figure, again)) for (title, figure), (_, again) in joined
        )
    if "status" not in texts:  # (the number alone merged: its blank rating is the row above's,
        # or a rating forgotten)
        shown = above.project_label or above.project_id
        result.problems.append(
            Problem(
                Location(file, grid.name, cell_ref(row, table.status_column)),
                Severity.NOTICE,
                f"評価が空の行「{texts['item']}」は、番号のセルが上の行と結合されているため、"
                f"上の行（{above.location.cell}）の {shown} の続きとして読み、{shown} を 1 件"
                "として数えました",
                "別に評価する行なら番号のセルを分けて評価を記入してください。同じ行の続きなら、"
                "評価のセルも上の行と結合すると、このお知らせは出ません",
            )
        )
    return True


def _joined(first: str, second: str) -> str:
    return f"{first}{_JOINED}{second}" if first and second else first or second
