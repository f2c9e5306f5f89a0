"""A co-owner's view of the items its lead rates (共管の実施内容): written into the co-owner's
workbook for reference, with a cell for its remark, and that remark read back.

The sheet is deliberately not a Chapter 3 table (it has no 達成状況 column): no reader counts
its rows or asks for their status. Every reader keeps its cells as text cells, and
``co_owner_remarks`` finds the remarks among them by the sheet's fixed columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from planeval.cycle.marks import (
    REFERENCE_COLUMNS,
    REFERENCE_FIRST_ROW,
    REFERENCE_HEADER,
    REFERENCE_SHEET,
    TemplateMark,
    co_owned_cell,
    is_placeholder,
    lead_note,
)
from planeval.ids import parse_item, parse_project
from planeval.model import Location, TextCell, item_key
from planeval.plan import PlanItem

WIDTHS = (34, 44, 14, 30, 44)


@dataclass(frozen=True, slots=True)
class Remark:
    """A co-owner's remark on a shared item: the item's key, who wrote it, where."""

    key: tuple[str, str, str]  # (project, item number or name, sub-item), as combine keys
    department: str
    text: str
    location: Location


def write_reference_sheet(writer: Any, items: Sequence[PlanItem], *, title: str, mark: str) -> None:
    """The shared items, locked, each saying who rates it; the remark cells free."""
    from planeval.report.safety import excel_text

    sheet = writer.sheet(REFERENCE_SHEET)
    locked = writer.fmt(border=1, text_wrap=True, valign="top", bg_color="#F2F2F2", locked=True)
    free = writer.fmt(border=1, text_wrap=True, valign="top", bg_color="#FFF2CC", locked=False)
    head = writer.fmt(bold=True, border=1, bg_color="#DDEBF7", align="center", locked=True)
    sheet.write_string(
        0, 0, f"{title}（共管の実施内容・参考）", writer.fmt(bold=True, font_size=14)
    )
    sheet.write_string(1, 0, mark, writer.fmt(locked=True))
    sheet.write_string(
        2,
        0,
        "この部が共管する事業の実施内容です。記入は所管部が行います（この調査票での記入は不要）。"
        "補足があれば「共管部の意見」の欄に書いてください。",
        writer.fmt(locked=True),
    )
    for column, text in enumerate(REFERENCE_HEADER):
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


def co_owner_remarks(texts: Iterable[TextCell], marks: Mapping[str, TemplateMark]) -> list[Remark]:
    """The remarks co-owners wrote on their reference sheets (their own workbooks only)."""
    rows: dict[tuple[str, int], dict[str, TextCell]] = {}
    for cell in texts:
        where = cell.location
        if where.sheet != REFERENCE_SHEET or where.cell is None or where.file not in marks:
            continue
        letters = where.cell.rstrip("0123456789")
        number = int(where.cell[len(letters) :])
        if number >= REFERENCE_FIRST_ROW:
            rows.setdefault((where.file, number), {})[letters] = cell
    remarks = []
    for (file, _number), cells in sorted(rows.items()):
        department = marks[file].department
        remark = cells.get(REFERENCE_COLUMNS["remark"])
        project = parse_project(_text(cells, "project"))
        if department is None or remark is None or project is None:
            continue
        if is_placeholder(remark.text):
            continue
        item = parse_item(_text(cells, "item"))
        key = item_key(project.id, item.number, item.name, _text(cells, "sub_item") or None)
        remarks.append(Remark(key, department, remark.text, remark.location))
    return remarks


def _text(cells: Mapping[str, TextCell], role: str) -> str:
    cell = cells.get(REFERENCE_COLUMNS[role])
    return cell.text if cell is not None else ""
