"""A co-owner's view of the items its lead rates (共管の実施内容): written into the co-owner's
workbook for reference, with a cell for its remark (read back by planeval/remarks.py).

The sheet is deliberately not a Chapter 3 table (it has no 達成状況 column): no reader counts
its rows or asks for their status. Every reader keeps its cells as text cells, and
``remarks.co_owner_remarks`` finds the remarks among them by the sheet's fixed columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from planeval.marks import (
    REFERENCE_FIRST_ROW,
    REFERENCE_HEADER,
    REFERENCE_SHEET,
    co_owned_cell,
    lead_note,
)
from planeval.plan import PlanItem
from planeval.wording import DEFAULT_WORDING, Wording

WIDTHS = (34, 44, 14, 30, 44)


def write_reference_sheet(
    writer: Any,
    items: Sequence[PlanItem],
    *,
    title: str,
    mark: str,
    wording: Wording = DEFAULT_WORDING,
) -> None:
    """The shared items, locked, each saying who rates it; the remark cells free. Its columns
    are fixed (remarks.py reads them by their letters); their titles in the body's words."""
    from planeval.report.safety import excel_text

    sheet = writer.sheet(REFERENCE_SHEET)
    locked = writer.fmt(border=1, text_wrap=True, valign="top", bg_color="#F2F2F2", locked=True)
    free = writer.fmt(border=1, text_wrap=True, valign="top", bg_color="#FFF2CC", locked=False)
    head = writer.fmt(bold=True, border=1, bg_color="#DDEBF7", align="center", locked=True)
    w = wording
    sheet.write_string(
        0, 0, f"{title}（共管の{w.item}・参考）", writer.fmt(bold=True, font_size=14)
    )
    sheet.write_string(1, 0, mark, writer.fmt(locked=True))
    sheet.write_string(
        2,
        0,
        f"この部署が共管する{w.project}の{w.item}です。記入は所管部署が行います（この調査票での"
        "記入は不要）。補足があれば「共管部の意見」の欄に書いてください。",
        writer.fmt(locked=True),
    )
    titles = (w.hierarchy, w.item, w.sub_item, *REFERENCE_HEADER[3:])
    for column, text in enumerate(titles):
        sheet.write_string(REFERENCE_FIRST_ROW - 2, column, text, head)
    for row, item in enumerate(items, start=REFERENCE_FIRST_ROW - 1):
        cells = (
            f"{item.project_id} {item.project_name}",
            f"{item.item_label} {item.item_name}".strip(),
            item.sub_item or "",
            f"{co_owned_cell(item.departments)}\n{lead_note(item.departments[0])}",
        )
        for column, value in enumerate(cells):
            sheet.write_string(row, column, excel_text(value)[0], locked)
        sheet.write_blank(row, len(cells), None, free)
    for column, width in enumerate(WIDTHS):
        sheet.set_column(column, column, width)
    sheet.protect("", {"format_columns": True, "format_rows": True})
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(REFERENCE_FIRST_ROW - 2)
