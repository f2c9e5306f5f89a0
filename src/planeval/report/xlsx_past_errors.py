"""The export's sheet of what its count left out past errors (--keep-going):
cells.COUNTED_PAST_SHEET, written only then. A heading and a line saying what it holds, then
two tables: the items read of which no row was counted (a 団体 column first with several
bodies; numbers and names titled as the データ sheet titles them), and the places of the errors
with their messages. io/export_past_errors.py reads it back (past_errors.py: its layout)."""

from __future__ import annotations

from typing import Any

from planeval.cells import COUNTED_PAST_SHEET
from planeval.model import ENTRY_COLUMNS
from planeval.past_errors import (
    BODIES_HEADER,
    BODY_COLUMN,
    ITEMS_HEADER_ROW,
    PLACE_COLUMNS,
    WHOLE_FILE,
    CountedPast,
    errors_left_out,
)
from planeval.report.document import Report
from planeval.report.xlsx_writer import Writer, display_width, line_count, row_height

HEAD = {"bold": True, "border": 1, "bg_color": "#DDEBF7", "text_wrap": True, "valign": "vcenter"}
BODY = {"border": 1, "text_wrap": True, "valign": "top"}
TEXT_WIDTH = 60.0  # the items' names and the errors' messages, wrapped


def write_counted_past(writer: Writer, report: Report) -> str:
    """The sheet of ``report.counted_past`` and, with several bodies, of the bodies no row was
    counted of (something must have been left out); returns its name."""
    left_out = report.counted_past
    wording = report.wording
    sheet = writer.sheet(COUNTED_PAST_SHEET)
    several = report.by_body is not None
    bodies = (
        several or any(item[0] for item in left_out.items) or any(p.body for p in left_out.places)
    )
    items, places = _rows(left_out, bodies=bodies)
    listed = _bodies(report) if several and report.uncounted else []
    values = items + places + ([list(BODIES_HEADER), *listed] if listed else [])
    widths = [_width(values, column) for column in range(len(PLACE_COLUMNS) - 1 + bodies)]
    widths.append(TEXT_WIDTH)
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)
    writer.text(sheet, 0, 0, COUNTED_PAST_SHEET, bold=True, font_size=14)
    shown = f"その{wording.item}と、" if items else ""
    caption = (
        f"{errors_left_out(left_out.place_names)}は集計に含めていません（直した後の件数は"
        f"「{wording.summary_title}」の表と異なります）。下の表は、{shown}エラーのあった場所です。"
        if places
        else "数えた行のない団体があります（下の表の「数えていない理由」のある団体）。"
    )
    sheet.set_row(1, row_height(line_count(caption, sum(widths))))
    writer.merged_text(sheet, (1, 0), (1, len(widths) - 1), caption, text_wrap=True, valign="top")
    row = ITEMS_HEADER_ROW - 1
    if items:
        titles = wording.entry_columns(ENTRY_COLUMNS)
        header = [titles["project_id"], titles["item_no"], titles["item_name"]]
        title = f"集計に含めていない{wording.item}（{len(items):,} 件）"
        row = _table(writer, sheet, row, title, [BODY_COLUMN] * bodies + header, items, widths)
        row += 1
    title = f"エラーのあった場所（{len(places):,} か所）"
    headers = [BODY_COLUMN] * bodies + list(PLACE_COLUMNS)
    row = _table(writer, sheet, row, title, headers, places, widths) + 1 if places else row
    if listed:  # (read back, the bodies the export names, in its order, uncounted ones too)
        wide = [widths[0], sum(widths[1:])]
        title = f"団体（{len(listed):,} 団体。うち数えた行のない団体 {len(report.uncounted):,}）"
        _table(writer, sheet, row, title, list(BODIES_HEADER), listed, wide)
    writer.print_setup(sheet, report, repeat_row=None)
    return str(sheet.get_name())


def _width(rows: list[list[str | int]], column: int) -> float:
    """A column as wide as its widest value (a row too short to reach it aside), 10 to 40."""
    values = [display_width(str(row[column])) + 2.0 for row in rows if column < len(row)]
    return min(max([10.0, *values]), 40.0)


def _bodies(report: Report) -> list[list[str | int]]:
    """Each body as 団体別集計 lists them, with why no row of it was counted ("" if some was)."""
    assert report.body_table is not None
    rows = [row for row in report.body_table.rows[:-1] if not row.sub]  # (合計 last)
    return [
        [row.id, (report.uncounted.get(row.id) or "未集計") if row.blank else ""] for row in rows
    ]


def _rows(
    left_out: CountedPast, *, bodies: bool
) -> tuple[list[list[str | int]], list[list[str | int]]]:
    """The items' rows and the places' rows, as the tables show them."""
    items: list[list[str | int]] = [
        [*[body] * bodies, project, "" if number is None else number, name]
        for body, project, number, name in left_out.items
    ]
    places: list[list[str | int]] = []
    for place in left_out.places:
        file, _, within = place.place.partition(" › ")
        where = WHOLE_FILE if place.whole_file else within
        places.append([*[place.body] * bodies, file, where, place.message])
    return items, places


def _table(
    writer: Writer,
    sheet: Any,
    row: int,
    title: str,
    headers: list[str],
    rows: list[list[str | int]],
    widths: list[float],
) -> int:
    """A table's title (on ``row``), header and rows; returns the row below it."""
    writer.text(sheet, row, 0, title, bold=True)
    row += 1
    sheet.set_row(
        row, row_height(max(line_count(h, w) for h, w in zip(headers, widths, strict=True)))
    )
    for column, header in enumerate(headers):
        writer.text(sheet, row, column, header, **HEAD)
    plain, number = writer.fmt(**BODY), writer.fmt(**BODY, align="center")
    for values in rows:
        row += 1
        texts = [(str(v), w) for v, w in zip(values, widths, strict=True)]
        sheet.set_row(row, row_height(max(line_count(text, w) for text, w in texts)))
        for column, value in enumerate(values):
            if isinstance(value, int):
                sheet.write_number(row, column, value, number)
            else:
                writer.put(sheet, row, column, value, plain)
    return row + 1
