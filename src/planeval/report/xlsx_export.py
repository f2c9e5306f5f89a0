"""The print-ready Chapter 3 workbook (written through xlsx_writer.Writer, in constant memory).

Sheets: 集計 (counts, percentages and a stacked bar chart), one sheet per policy laid out as
Chapter 3 prints it (xlsx_chapter3.py; readable by planeval again), 課題一覧 (the issue list)
and データ (one row per entry, one value per cell, for machines; it prints legibly too).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from planeval.cells import DATA_SHEET, DERIVED_SHEETS_PROPERTY, FISCAL_YEAR_PROPERTY
from planeval.model import ENTRY_COLUMNS, Problem, entry_row
from planeval.report.document import Report
from planeval.report.tables import CountTable
from planeval.report.text_export import issues_caption
from planeval.report.xlsx_chapter3 import CHAPTER3_WIDTHS, write_policy_sheet
from planeval.report.xlsx_writer import FONT, Writer, display_width, line_count, row_height

SUMMARY_SHEET, ISSUES_SHEET = "集計", "課題一覧"  # (Setagaya's words; DATA_SHEET in cells.py)
BODIES_SHEET = "団体別集計"  # with several bodies at once (--bodies)
DATA_HEADERS = tuple(ENTRY_COLUMNS.values())
HEAD = {"bold": True, "border": 1, "bg_color": "#DDEBF7", "text_wrap": True, "align": "center"}
HEAD |= {"valign": "vcenter"}
BODY = {"border": 1, "text_wrap": True, "valign": "top"}
# Neutral report colours, darkest for the best status; the label colour that reads on each
CHART_FILLS = (
    ("#1F4E79", "#FFFFFF"),
    ("#5B9BD5", "#000000"),
    ("#BDD7EE", "#000000"),
    ("#7F7F7F", "#FFFFFF"),
    ("#D9D9D9", "#000000"),
)
# データ: narrow columns for IDs and symbols, wrapped ones for names and texts
DATA_WIDTHS = {"policy_name": 14, "direction_name": 18, "project_name": 20, "item_name": 24}
DATA_WIDTHS |= {"sub_item": 10, "status_text": 10, "issue": 24, "department": 10}
DATA_WIDTHS |= {"file": 16, "sheet": 8}
# 課題一覧: the widest a column grows to fit its texts, by what the column is
ISSUE_MAX_WIDTHS = {"id": 12, "item": 40, "sub_item": 18, "status": 8, "issue": 48}
ISSUE_MAX_WIDTHS |= {"department": 24, "source": 36}


def write_xlsx(report: Report, target: Path, *, source: str | None = None) -> list[Problem]:
    """Write the report to ``target`` (a path that will be renamed into place by the caller).
    Returns the warnings about cells that had to be cut."""
    writer = Writer(target, source or target.name)
    writer.book.set_properties({"title": report.title, "author": "planeval"})
    derived = [_summary_sheet(writer, report)]
    if report.by_body is not None and report.body_table is not None:
        derived.append(
            _summary_sheet(
                writer,
                report,
                name=BODIES_SHEET,
                table=report.body_table,
                groups=len(report.by_body.groups),
                chart_title="団体別の件数",
            )
        )
    for section in report.policies:
        write_policy_sheet(writer, report, section)
    derived += [_issues_sheet(writer, report), _data_sheet(writer, report)]
    writer.book.set_custom_property(DERIVED_SHEETS_PROPERTY, ",".join(derived))
    if report.fiscal_year is not None:
        writer.book.set_custom_property(FISCAL_YEAR_PROPERTY, str(report.fiscal_year))
    writer.book.close()
    return writer.problems


def _summary_sheet(
    writer: Writer,
    report: Report,
    *,
    name: str | None = None,
    table: CountTable | None = None,
    groups: int | None = None,
    chart_title: str | None = None,
) -> str:
    """The counts per policy (or per body), their chart and the legend; returns the sheet's
    name."""
    sheet = writer.sheet(name or report.wording.summary_title)
    table = table or report.summary_table
    groups = len(report.summary.groups) if groups is None else groups
    writer.text(sheet, 0, 0, report.title, bold=True, font_size=14)
    if report.fiscal_label:
        writer.text(sheet, 1, 0, report.fiscal_label)
    header_row = 3
    sheet.set_row(header_row, 33)
    for column, header in enumerate(table.headers):
        writer.text(sheet, header_row, column, header, **HEAD)
    cell = {"border": 1}
    for offset, line in enumerate(table.rows, start=1):
        row = header_row + offset
        writer.text(sheet, row, 0, line.id, **cell)
        writer.text(sheet, row, 1, line.name, **cell)
        for column, number in enumerate(line.numbers, start=2):
            sheet.write_number(row, column, number, writer.fmt(**cell))
    sheet.set_column(0, 0, 10)
    sheet.set_column(1, 1, 30)
    sheet.set_column(2, len(table.headers) - 1, 11)
    first, last = header_row + 1, header_row + groups
    if groups:
        title = chart_title or report.wording.by_policy_title
        _chart(writer, sheet, report, header_row, first, last, title=title)
    writer.text(sheet, last + 2, 0, report.scale.legend())
    writer.print_setup(sheet, report, repeat_row=None)
    return str(sheet.get_name())


def _chart(
    writer: Writer,
    sheet: object,
    report: Report,
    header: int,
    first: int,
    last: int,
    *,
    title: str,
) -> None:
    """A stacked bar per group drawn from the count cells: neutral colours, no "0" labels."""
    name = sheet.get_name()  # type: ignore[attr-defined]
    chart = writer.book.add_chart({"type": "bar", "subtype": "stacked"})
    for index, column in enumerate(range(2, 2 + len(report.scale.counted))):
        fill, ink = CHART_FILLS[index % len(CHART_FILLS)]
        chart.add_series(
            {
                "name": [name, header, column],
                "categories": [name, first, 1, last, 1],
                "values": [name, first, column, last, column],
                "fill": {"color": fill},
                "border": {"color": "#FFFFFF"},
                "gap": 60,
                "data_labels": {
                    "value": True,
                    "num_format": "0;-0;;",  # zero shows nothing
                    "font": {"name": FONT, "color": ink},
                },
            }
        )
    chart.set_title({"name": f"{title}（件）", "name_font": {"name": FONT}})
    chart.set_y_axis({"reverse": True, "num_font": {"name": FONT}})
    chart.set_x_axis({"num_font": {"name": FONT}, "major_gridlines": {"visible": True}})
    chart.set_legend({"position": "bottom", "font": {"name": FONT}})
    chart.set_size({"width": 760, "height": 90 + min(60 * (last - first + 1), 4000)})
    sheet.insert_chart(last + 4, 0, chart)  # type: ignore[attr-defined]


def _issues_sheet(writer: Writer, report: Report) -> str:
    """A heading and what the list holds, then the list: columns as wide as their texts
    need (up to a limit, then wrapped), the header repeated on every printed page. Returns
    the sheet's name."""
    title = report.wording.issues_title
    sheet = writer.sheet(title)
    table = report.issue_table(with_sources=True)
    widths = []
    for column, header in enumerate(table.headers):
        texts = [header, *(row[column] for row in table.rows)]
        widest = max(max(display_width(part) for part in t.split("\n")) for t in texts)
        widths.append(min(max(widest + 2, 8), ISSUE_MAX_WIDTHS.get(table.roles[column], 30)))
    writer.text(sheet, 0, 0, title, bold=True, font_size=14)
    writer.text(sheet, 1, 0, issues_caption(report))
    header_row = 3
    for column, (header, width) in enumerate(zip(table.headers, widths, strict=True)):
        sheet.set_column(column, column, width)
        writer.text(sheet, header_row, column, header, **HEAD)
    plain = writer.fmt(**BODY)
    centred = writer.fmt(**BODY, align="center")
    for row, values in enumerate(table.rows, start=header_row + 1):
        lines = max(line_count(v, w) for v, w in zip(values, widths, strict=True))
        sheet.set_row(row, row_height(lines))  # before the row's cells: constant memory
        for column, value in enumerate(values):
            centre = table.roles[column] == "status"
            writer.put(sheet, row, column, value, centred if centre else plain)
    last = header_row + max(len(table.rows), 1)
    sheet.autofilter(header_row, 0, last, len(table.headers) - 1)
    sheet.freeze_panes(header_row + 1, 0)
    writer.print_setup(sheet, report, repeat_row=header_row)
    return str(sheet.get_name())


def _data_sheet(writer: Writer, report: Report) -> str:
    """One row per entry; printed legibly: A4 landscape fitted to the width, names and texts
    wrapped, the header repeated on every page."""
    sheet = writer.sheet(DATA_SHEET)
    # the 団体 column only when several bodies were read
    names = [n for n in ENTRY_COLUMNS if n != "body" or any(e.body for e in report.entries)]
    kept = [list(ENTRY_COLUMNS).index(name) for name in names]
    worded = report.wording.entry_columns(ENTRY_COLUMNS)
    headers = [worded[name] for name in names]
    widths = [DATA_WIDTHS.get(name, 6 if name != "repeat_of" else 8) for name in names]
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)
    head = writer.fmt(**HEAD)
    sheet.set_row(0, row_height(_lines(headers, widths)))
    for column, header in enumerate(headers):
        writer.put(sheet, 0, column, header, head)
    plain = writer.fmt(**BODY)
    for row, e in enumerate(report.entries, start=1):
        whole = entry_row(e)
        values = [whole[index] for index in kept]
        sheet.set_row(row, row_height(_lines(values, widths)))
        for column, value in enumerate(values):
            if isinstance(value, int):
                sheet.write_number(row, column, value, plain)
            elif value:
                writer.put(sheet, row, column, str(value), plain)
            else:
                sheet.write_blank(row, column, None, plain)
    sheet.freeze_panes(1, 0)
    writer.print_setup(sheet, report, repeat_row=0)
    return str(sheet.get_name())


def _lines(values: Sequence[object], widths: Sequence[float]) -> int:
    """The lines of the row's tallest text cell."""
    return max(
        (line_count(v, w) for v, w in zip(values, widths, strict=True) if isinstance(v, str)),
        default=1,
    )


__all__ = ["CHAPTER3_WIDTHS", "DATA_HEADERS", "write_xlsx"]
