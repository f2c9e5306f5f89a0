"""A co-owner's view of the items its lead rates (共管の実施内容, in the body's words 共管の
取組内容): written into the co-owner's workbook for reference, with a cell for its remark (read
back by planeval/remarks.py).

The sheet is deliberately not a Chapter 3 table (it has no 達成状況 column): no reader counts
its rows or asks for their status. Every reader keeps its cells as text cells, and
``remarks.co_owner_remarks`` finds the remarks among them by their column's title.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from planeval.cycle.form_words import reference_sheet, reference_titles, remark_title
from planeval.marks import REFERENCE_HEADER_ROW, co_owned_cell, lead_note
from planeval.plan import PlanItem
from planeval.wording import DEFAULT_WORDING, Wording

WIDTHS = {"hierarchy": 34, "item": 44, "sub_item": 14, "department": 30, "remark": 44}


def write_reference_sheet(
    writer: Any,
    items: Sequence[PlanItem],
    *,
    title: str,
    mark: str,
    wording: Wording = DEFAULT_WORDING,
    unit: str = "部",
    sub_items: bool = True,
    department: str = "",
    owned: str = "",
    upper: str = "",
) -> None:
    """The shared items, locked, each saying who rates it; the remark cells free. Its columns
    are the main sheet's (細目 only where the plan rates an item in parts: ``sub_items``) and
    the remark, titled in the body's words (``unit``: what the plan's departments are, 部);
    printed as the main sheet is, ``title`` and ``department`` in the page header. ``upper``:
    the main sheet's title of the level above the rated rows where not the hierarchy's."""
    from planeval.report.cell_wrap import text_width
    from planeval.report.safety import excel_text
    from planeval.report.xlsx_chapter3 import XLSX_UNITS
    from planeval.report.xlsx_writer import LINE_HEIGHT, line_count, page_setup

    sheet = writer.sheet(reference_sheet(wording))
    locked = writer.fmt(border=1, text_wrap=True, valign="top", bg_color="#F2F2F2", locked=True)
    free = writer.fmt(border=1, text_wrap=True, valign="top", bg_color="#FFF2CC", locked=False)
    head = writer.fmt(bold=True, border=1, bg_color="#DDEBF7", align="center", locked=True)
    w, own = wording, unit
    # (in the level the plan gives its departments to, ``owned``: 事務事業, or 施策の事務事業)
    shared = w.item if owned == w.item else f"{owned or w.project}の{w.item}"
    sheet.write_string(
        0, 0, f"{title}（共管の{w.item}・参考）", writer.fmt(bold=True, font_size=14)
    )
    sheet.write_string(1, 0, mark, writer.fmt(locked=True))
    sheet.write_string(
        2,
        0,
        f"この{own}が共管する{shared}です。{w.status}は所管{own}が記入します"
        f"（この調査票での記入は不要です）。補足があれば「{remark_title(own)}」の欄に書いてください。",
        writer.fmt(locked=True),
    )
    titles = reference_titles(wording, own, sub_items=sub_items, upper=upper)
    roles = ("hierarchy", "item", *(("sub_item",) if sub_items else ()), "department", "remark")
    for column, text in enumerate(titles):
        sheet.write_string(REFERENCE_HEADER_ROW - 1, column, text, head)
    # (the departments' column as much wider as keeps a lone 「）」 off a line: cell_wrap.text_width)
    owners = [
        f"{co_owned_cell(item.departments)}\n{lead_note(item.departments[0])}" for item in items
    ]
    least = WIDTHS["department"]
    widths = WIDTHS | {"department": text_width(owners, least, XLSX_UNITS.wrap, most=least + 8)}
    for row, (item, owner) in enumerate(zip(items, owners, strict=True), REFERENCE_HEADER_ROW):
        parts = (item.sub_item or "",) if sub_items else ()
        cells = (
            f"{item.shown_project} {item.project_name}",
            f"{item.item_label} {item.item_name}".strip(),
            *parts,
            owner,
        )
        for column, value in enumerate(cells):
            sheet.write_string(row, column, excel_text(value)[0], locked)
        sheet.write_blank(row, len(cells), None, free)
        # (tall enough for every line: 所管: 企画部が記入 under the departments, when printed)
        lines = max(
            line_count(text, widths[role]) for role, text in zip(roles, cells, strict=False)
        )
        sheet.set_row(row, max(lines, 2) * LINE_HEIGHT)
    for column, role in enumerate(roles):
        sheet.set_column(column, column, widths[role])
    sheet.protect("", {"format_columns": True, "format_rows": True})
    page_setup(sheet, left=title, right=department, repeat_row=REFERENCE_HEADER_ROW - 1)
