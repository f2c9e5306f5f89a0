"""The print-ready Chapter 3 workbook, written with xlsxwriter (imported only here).

Sheets: 集計 (counts, percentages and a stacked bar chart), one sheet per policy laid out as
Chapter 3 prints it (readable by planeval again), 課題一覧 (the issue list) and データ (one row
per entry, one value per cell, for machines).
"""

from __future__ import annotations

import functools
import math
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from planeval.io.grid import cell_ref
from planeval.io.structure import DERIVED_SHEETS_PROPERTY
from planeval.model import Entry, Location, Problem, Severity
from planeval.report.document import PolicySection, Report, percentages
from planeval.report.render import TableData
from planeval.report.safety import excel_text, looks_like_formula, sheet_name
from planeval.report.views import CHAPTER3_HEADERS, ISSUE_HEADERS, issue_rows, status_cell

FONT = "游ゴシック"
SUMMARY_SHEET, ISSUES_SHEET, DATA_SHEET = "集計", "課題一覧", "データ"
CHAPTER3_WIDTHS = (32, 44, 24, 44)
LINE_HEIGHT = 16.5
DATA_HEADERS = (
    "政策番号", "政策名", "方向性番号", "方向性名", "事業番号", "事業名", "実施内容番号",
    "実施内容番号（表記）", "実施内容名", "細目", "達成状況", "達成状況（入力値）", "課題等",
    "所管部", "再掲元", "ファイル", "シート", "セル",
)  # fmt: skip


@functools.lru_cache(maxsize=65_536)  # the same item and issue texts recur across rows
def display_width(text: str) -> int:
    """Columns the text takes in Excel's units: a full-width character is about 1.8."""
    return math.ceil(sum(1.8 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text))


@functools.lru_cache(maxsize=65_536)
def line_count(text: str, width: float) -> int:
    """Lines ``text`` wraps to in a column ``width`` characters wide (an estimate)."""
    usable = max(width - 1, 1)
    return sum(max(1, math.ceil(display_width(part) / usable)) for part in text.split("\n"))


class _Writer:
    """A workbook with cached formats and every text cell written safely."""

    def __init__(self, path: Path, source: str, *, constant_memory: bool = True) -> None:
        import xlsxwriter

        # constant memory: every sheet is written top to bottom, so a row leaves memory as soon
        # as the next one is started (the 100,000-row export stays far below 300 MB)
        self.book = xlsxwriter.Workbook(
            str(path), {"strings_to_formulas": False, "constant_memory": constant_memory}
        )
        self.formats: dict[tuple[tuple[str, Any], ...], Any] = {}
        self.properties: dict[int, dict[str, Any]] = {}  # a format's id → what made it
        self.problems: list[Problem] = []
        self.source = source
        self.used_names: set[str] = set()

    def fmt(self, **properties: Any) -> Any:
        key = tuple(sorted(properties.items()))
        if key not in self.formats:
            self.formats[key] = self.book.add_format({"font_name": FONT, **properties})
            self.properties[id(self.formats[key])] = properties
        return self.formats[key]

    def text(self, sheet: Any, row: int, column: int, value: str, **properties: Any) -> None:
        """Write ``value`` as text, never as a formula, within Excel's limits."""
        self.put(sheet, row, column, value, self.fmt(**properties))

    def put(self, sheet: Any, row: int, column: int, value: str, cell_format: Any) -> None:
        """``text`` with a format already made (for the many-row sheets)."""
        if not value:
            sheet.write_blank(row, column, None, cell_format)
            return
        safe, cut = excel_text(value)
        if cut:
            self.problems.append(
                Problem(
                    Location(self.source, sheet.get_name(), cell_ref(row, column)),
                    Severity.WARNING,
                    f"Excel の 1 セルの上限（32,767 文字）を超えるため、{len(value):,} 文字を切り詰めました",
                )
            )
        if looks_like_formula(safe):  # kept as text, and as text when edited in Excel
            cell_format = self.fmt(**self.properties[id(cell_format)], quote_prefix=True)
        sheet.write_string(row, column, safe, cell_format)

    def merged_text(
        self, sheet: Any, first: tuple[int, int], last: tuple[int, int], value: str, **props: Any
    ) -> None:
        """A merged range within one row (merge_range writes its blanks on that row only)."""
        assert first[0] == last[0], "ranges over several rows: merge_later"
        if first != last:
            sheet.merge_range(*first, *last, "", self.fmt(**props))
        self.text(sheet, *first, value, **props)

    @staticmethod
    def merge_later(
        sheet: Any, first_row: int, first_col: int, last_row: int, last_col: int
    ) -> None:
        """Record a merged range over several rows whose cells are written row by row.

        In constant-memory mode a row is written out as soon as a later one is touched, so
        merge_range (which writes blanks into the rows below at once) would lose them;
        xlsxwriter keeps the ranges it writes after the cells in ``worksheet.merge``."""
        sheet.merge.append([first_row, first_col, last_row, last_col])

    def sheet(self, wanted: str) -> Any:
        return self.book.add_worksheet(sheet_name(wanted, self.used_names))

    def print_setup(self, sheet: Any, report: Report, *, repeat_row: int | None) -> None:
        sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)
        sheet.set_margins(left=0.5, right=0.5, top=0.75, bottom=0.75)
        if repeat_row is not None:
            sheet.repeat_rows(repeat_row)
        title = report.title.replace("&", "&&")
        label = report.fiscal_label.replace("&", "&&")
        sheet.set_header(f"&L{title}&R{label}")
        sheet.set_footer("&C&P / &N")


def write_xlsx(report: Report, target: Path, *, source: str | None = None) -> list[Problem]:
    """Write the report to ``target`` (a path that will be renamed into place by the caller).
    Returns the warnings about cells that had to be cut."""
    writer = _Writer(target, source or target.name)
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


def _summary_sheet(writer: _Writer, report: Report) -> None:
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


def _policy_sheet(writer: _Writer, report: Report, section: PolicySection) -> None:
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
    writer: _Writer, sheet: Any, entries: list[Entry], row: int, body: dict[str, Any]
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


def _issues_sheet(writer: _Writer, report: Report) -> None:
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


def _data_sheet(writer: _Writer, report: Report) -> None:
    sheet = writer.sheet(DATA_SHEET)
    for column, header in enumerate(DATA_HEADERS):
        writer.text(sheet, 0, column, header, bold=True)
    plain = writer.fmt()
    for row, e in enumerate(report.entries, start=1):
        values: tuple[str | int | None, ...] = (
            e.policy_id, e.policy_name, e.direction_id, e.direction_name, e.project_id,
            e.project_name, e.item_no, e.item_label, e.item_name, e.sub_item or "", e.status,
            e.status_text, e.issue, e.department, e.repeat_of or "", e.location.file,
            e.location.sheet or "", e.location.cell or "",
        )  # fmt: skip
        for column, value in enumerate(values):
            if isinstance(value, int):
                sheet.write_number(row, column, value, plain)
            elif value:
                writer.put(sheet, row, column, value, plain)
    sheet.freeze_panes(1, 0)
    sheet.set_column(0, len(DATA_HEADERS) - 1, 14)
    writer.print_setup(sheet, report, repeat_row=0)


def write_tables_xlsx(tables: Sequence[TableData], target: Path, *, source: str) -> list[Problem]:
    """Plain tables, one sheet each (title as sheet name), header row bold and frozen."""
    writer = _Writer(target, source)
    head = {"bold": True, "border": 1, "bg_color": "#DDEBF7"}
    for table in tables:
        sheet = writer.sheet(table.title or "Sheet")
        for column, header in enumerate(table.headers):
            writer.text(sheet, 0, column, header, **head)
            width = max([display_width(header), *(display_width(r[column]) for r in table.rows)])
            sheet.set_column(column, column, min(max(width + 2, 8), 60))
        for row, values in enumerate(table.rows, start=1):
            for column, value in enumerate(values):
                writer.text(sheet, row, column, value, border=1, text_wrap=True, valign="top")
        sheet.freeze_panes(1, 0)
        sheet.set_landscape()
        sheet.set_paper(9)
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(0)
    writer.book.close()
    return writer.problems
