"""A No. column running down the rows of several projects: 施策 「1.1 …」 merged over No. 1, 2,
3 and the next 施策's first row No. 4 (浜松市's compiled workbook, a sheet per 基本方針 — review
113). It numbers the rows, not the items (a row inserted above shifts it; the 課's own forms
number the same KPI 「KPI1-2-1」), so each of the table's numbers is marked a running one,
「No.4」 (ids.RUNNING), as the No. beside a 番号 column is (levels.row_number): shown 「1.2 No.4」,
and no renumbering against a round that numbers the items (cycle/pairing.moved). A number that
starts again under each project is the item's own (1.1 1, 2, 3; 1.2 1, 2); so is one through
the items rated right under their policies (愛知県's 柱 | No. | 指標, 枚方市's 施策 No. 1–40:
distinct_ids.numbered_through), and a No. beside the project column numbers the projects, or
rows that pairing tells by running_number (千種区's No. | 取組み項目 | 取組み内容)."""

from __future__ import annotations

from planeval.ids import RUNNING
from planeval.io.tables import SheetResult, TableState
from planeval.model import Entry
from planeval.title_years import row_of


def running_row_number(
    table: TableState, result: SheetResult, project: tuple[str, str], number: str
) -> str:
    """The rated row's ``number`` (digits, beside an item column) as its table reads it: marked
    a running one where the table's No. runs on from the project above (its rows read so far
    marked too), else as typed. Asked before ``table.project`` becomes ``project``."""
    if table.running_rows:
        return RUNNING + number
    above = table.item
    if (
        above is None
        or above.number is None
        or table.project in (None, project)
        or above.label != str(above.number)
        or int(number) != above.number + 1
    ):
        return number
    table.running_rows = True
    header = table.first_row + 1  # (its Excel row: the entries' cells are named so)
    for rows in (result.entries, result.error_rows):
        rows[:] = [
            _marked(row) if row_of(row.location.cell or "") > header else row for row in rows
        ]
    return RUNNING + number


def _marked(row: Entry) -> Entry:
    label = row.item_label
    return row._replace(item_label=RUNNING + label) if label.isdecimal() else row
