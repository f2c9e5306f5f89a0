"""The print-ready Chapter 3 workbook (written through xlsx_writer.Writer, in constant memory).

Sheets: 集計 (counts, percentages and a stacked bar chart), one sheet per policy laid out as
Chapter 3 prints it (readable by planeval again), 課題一覧 (the issue list) and データ (one row
per entry, one value per cell, for machines).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planeval.cells import DERIVED_SHEETS_PROPERTY
from planeval.model import ENTRY_COLUMNS, Entry, Problem, entry_row
from planeval.report.document import PolicySection, Report, percentages
from planeval.report.views import CHAPTER3_HEADERS, ISSUE_HEADERS, issue_rows, status_cell
from planeval.report.xlsx_writer import FONT, LINE_HEIGHT, Writer, line_count

SUMMARY_SHEET, ISSUES_SHEET, DATA_SHEET = "集計", "課題一覧", "データ"
CHAPTER3_WIDTHS = (32, 44, 24, 44)
DATA_HEADERS = tuple(ENTRY_COLUMNS.values())


def write_xlsx(report: Report, target: Path, *, source: str | None = None) -> list[Problem]:
    """Write the report to ``target`` (a path that will be renamed into place by the caller).
    Returns the warnings about cells that had to be cut."""
    writer = Writer(target, source or target.name)
    writer.book.set_properties({"title": report.title, "author": "planeval"})
    _summary_sheet(writer, report)
    for section in report.policies:
        _policy_sheet(writer, report, section)
    _issues_sheet(writer, report)
    _data_sheet(writer, report)
    writer.book.set_custom_property(
        DERIVED_SHEETS_PROPERTY, f"{SUMMARY_SHEET},{ISSUES_SHEET},{DATA_SHEET}"
    )
    writer.book.close()
    return writer.problems


def _summary_sheet(writer: Writer, report: Report) -> None:
    sheet = writer.sheet(SUMMARY_SHEET)
    scale = report.scale
    counted, uncounted = scale.counted, scale.uncounted
    writer.text(sheet, 0, 0, report.title, bold=True, font_size=14)
    if report.fiscal_label:
        writer.text(sheet, 1, 0, report.fiscal_label)
    headers = [
        "政策番号",
        "政策名",
        *counted,
        "計",
        *(f"{s}（{scale.label(s)}）" for s in uncounted),
        *(f"{s} 割合（%）" for s in counted),
    ]
    header_row = 3
    head = {"bold": True, "border": 1, "bg_color": "#DDEBF7", "text_wrap": True, "align": "center"}
    sheet.set_row(header_row, 33)
    for column, header in enumerate(headers):
        writer.text(sheet, header_row, column, header, **head)
    cell = {"border": 1}
    rows = [(g.id, g.name, g.count) for g in report.summary.groups]
    rows.append(("合計", "", report.summary.total))
    for offset, (identifier, name, count) in enumerate(rows, start=1):
        row = header_row + offset
        writer.text(sheet, row, 0, identifier, **cell)
        writer.text(sheet, row, 1, name, **cell)
        numbers = [
            *(count.counts[s] for s in counted),
            count.total,
            *(count.uncounted[s] for s in uncounted),
            *percentages(count).values(),
        ]
        for column, number in enumerate(numbers, start=2):
            sheet.write_number(row, column, number, writer.fmt(**cell))
    sheet.set_column(0, 0, 10)
    sheet.set_column(1, 1, 30)
    sheet.set_column(2, len(headers) - 1, 11)
    first, last = header_row + 1, header_row + len(report.summary.groups)
    if report.summary.groups:
        chart = writer.book.add_chart({"type": "bar", "subtype": "stacked"})
        for column in range(2, 2 + len(counted)):
            chart.add_series(
                {
                    "name": [sheet.get_name(), header_row, column],
                    "categories": [sheet.get_name(), first, 1, last, 1],
                    "values": [sheet.get_name(), first, column, last, column],
                    "data_labels": {"value": True},
                }
            )
        chart.set_title({"name": "情報化政策別の達成状況（件）", "name_font": {"name": FONT}})
        chart.set_y_axis({"reverse": True, "num_font": {"name": FONT}})
        chart.set_x_axis({"num_font": {"name": FONT}})
        chart.set_legend({"position": "bottom", "font": {"name": FONT}})
        chart.set_size({"width": 760, "height": 90 + 60 * len(report.summary.groups)})
        sheet.insert_chart(last + 4, 0, chart)
    writer.text(sheet, last + 2, 0, report.scale.legend())
    writer.print_setup(sheet, report, repeat_row=None)


def _policy_sheet(writer: Writer, report: Report, section: PolicySection) -> None:
    sheet = writer.sheet(f"政策{section.group.id} {section.group.name}")
    for column, width in enumerate(CHAPTER3_WIDTHS):
        sheet.set_column(column, column, width)
    page_width = sum(CHAPTER3_WIDTHS)
    writer.merged_text(sheet, (0, 0), (0, 3), section.heading, bold=True, font_size=12)
    writer.merged_text(sheet, (2, 0), (2, 3), section.sentence, text_wrap=True, valign="top")
    sheet.set_row(2, LINE_HEIGHT * line_count(section.sentence, page_width) + 4)
    writer.merged_text(sheet, (4, 0), (4, 3), report.scale.legend())
    row = 6
    first_header = row
    head = {
        "bold": True,
        "border": 1,
        "bg_color": "#DDEBF7",
        "align": "center",
        "valign": "vcenter",
    }
    body = {"border": 1, "text_wrap": True, "valign": "top"}
    for direction in section.directions:
        for column, header in enumerate(CHAPTER3_HEADERS):
            writer.text(sheet, row, column, header, **head)
        row += 1
        writer.merged_text(
            sheet, (row, 0), (row, 3), f"{direction.id} {direction.name}".strip(), border=1
        )
        row += 1
        row = _direction_rows(writer, sheet, section.direction_entries(direction.id), row, body)
        row += 1
    writer.print_setup(sheet, report, repeat_row=first_header)


def _direction_rows(
    writer: Writer, sheet: Any, entries: list[Entry], row: int, body: dict[str, Any]
) -> int:
    """Write a direction's rows, strictly top to bottom (the workbook is written in constant
    memory); project and item cells merged over their rows. Row heights come from the text,
    merged blocks included (Excel does not grow a row for a merged cell). Returns the next row."""
    count = len(entries)
    blocks: dict[int, list[tuple[int, int, str]]] = {0: [], 1: []}  # column → (first, last, text)
    heights = [0.0] * count
    for index, entry in enumerate(entries):
        project = f"{entry.project_id} {entry.project_name}".strip()
        item = f"{entry.item_label} {entry.item_name}".strip()
        previous = entries[index - 1] if index else None
        if previous is None or previous.project_id != entry.project_id:
            blocks[0].append((index, index, project))
            blocks[1].append((index, index, item))
        elif f"{previous.item_label} {previous.item_name}".strip() != item:
            blocks[1].append((index, index, item))
        for column in (0, 1):
            first, _, text = blocks[column][-1]
            blocks[column][-1] = (first, index, text)
        heights[index] = LINE_HEIGHT * max(
            line_count(status_cell(entry), CHAPTER3_WIDTHS[2]),
            line_count(entry.issue, CHAPTER3_WIDTHS[3]),
        )
    starts: dict[tuple[int, int], str] = {}
    for column, column_blocks in blocks.items():
        for first, last, text in column_blocks:
            starts[(first, column)] = text
            needed = line_count(text, CHAPTER3_WIDTHS[column]) * LINE_HEIGHT
            have = sum(heights[first : last + 1])
            if needed > have:
                extra = (needed - have) / (last - first + 1)
                for index in range(first, last + 1):
                    heights[index] += extra
            if last > first:
                writer.merge_later(sheet, row + first, column, row + last, column)
    plain, centred = writer.fmt(**body), writer.fmt(**body, align="center")
    for index, entry in enumerate(entries):
        current = row + index
        sheet.set_row(current, heights[index] + 3)
        for column in (0, 1):
            start = starts.get((index, column))
            if start is None:
                sheet.write_blank(current, column, None, plain)
            else:
                writer.put(sheet, current, column, start, plain)
        writer.put(sheet, current, 2, status_cell(entry), plain if entry.sub_item else centred)
        writer.put(sheet, current, 3, entry.issue, plain)
    return row + count


def _issues_sheet(writer: Writer, report: Report) -> None:
    sheet = writer.sheet(ISSUES_SHEET)
    widths = (10, 40, 20, 8, 44, 14, 30)
    head = {"bold": True, "border": 1, "bg_color": "#DDEBF7", "align": "center"}
    body = {"border": 1, "text_wrap": True, "valign": "top"}
    for column, (header, width) in enumerate(zip(ISSUE_HEADERS, widths, strict=True)):
        sheet.set_column(column, column, width)
        writer.text(sheet, 0, column, header, **head)
    plain = writer.fmt(**body)
    for row, values in enumerate(issue_rows(report.issues, full_source=True), start=1):
        lines = max(line_count(v, w) for v, w in zip(values, widths, strict=True))
        sheet.set_row(row, lines * LINE_HEIGHT + 3)  # before the row's cells: constant memory
        for column, value in enumerate(values):
            writer.put(sheet, row, column, value, plain)
    sheet.autofilter(0, 0, max(len(report.issues), 1), len(ISSUE_HEADERS) - 1)
    sheet.freeze_panes(1, 0)
    writer.print_setup(sheet, report, repeat_row=0)


def _data_sheet(writer: Writer, report: Report) -> None:
    sheet = writer.sheet(DATA_SHEET)
    for column, header in enumerate(DATA_HEADERS):
        writer.text(sheet, 0, column, header, bold=True)
    plain = writer.fmt()
    for row, e in enumerate(report.entries, start=1):
        for column, value in enumerate(entry_row(e)):
            if isinstance(value, int):
                sheet.write_number(row, column, value, plain)
            elif value:
                writer.put(sheet, row, column, str(value), plain)
    sheet.freeze_panes(1, 0)
    sheet.set_column(0, len(DATA_HEADERS) - 1, 14)
    writer.print_setup(sheet, report, repeat_row=0)
