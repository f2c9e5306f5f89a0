"""The print-ready Chapter 3 workbook (written through xlsx_writer.Writer, in constant memory).

Sheets: 集計 (counts, percentages and a stacked bar chart), one sheet per policy laid out as
Chapter 3 prints it (xlsx_chapter3.py; readable by planeval again), 課題一覧 (the issue list)
and データ (one row per entry, one value per cell, for machines; it prints legibly too).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planeval.cells import DATA_SHEET, DERIVED_SHEETS_PROPERTY, FISCAL_YEAR_PROPERTY
from planeval.model import ENTRY_COLUMNS, Problem, entry_row
from planeval.report.document import BODIES_TITLE, CountSection, Report
from planeval.report.tables import CountRow
from planeval.report.text_export import issues_caption
from planeval.report.xlsx_chapter3 import CHAPTER3_WIDTHS, write_policy_sheet
from planeval.report.xlsx_writer import (
    DEFAULT_ROW_HEIGHT,
    FONT,
    PRINTABLE_HEIGHT,
    Writer,
    display_width,
    fit_to_width_scale,
    line_count,
    row_height,
)

SUMMARY_SHEET, ISSUES_SHEET = "集計", "課題一覧"  # (Setagaya's words; DATA_SHEET in cells.py)
BODIES_SHEET = BODIES_TITLE  # with several bodies at once (--bodies)
HEADER_ROW = 3  # of the counts: title, fiscal year, a blank row above it
# characters of the policy's name column: as wide as the longest name up to 44; a longer
# name wraps, its row as tall as its lines, so that every name prints whole
NAME_WIDTH = 30.0
SMALLEST_SCALE = 60  # percent: a count table printed smaller to keep its notes on its page
TITLE_ROWS_HEIGHT = 50.0  # points of the rows above it (the title's 14 pt font)
# the charts of the counts, in pixels: the title and legend, then each bar by the number of
# bars (3 policies: 60 each; 21 bodies: 24 each), at most GROUPS_PER_CHART to a printed page
CHART_TOP, BAR_MIN, BAR_MAX, BARS_HEIGHT = 90, 21, 60, 504
GROUPS_PER_CHART = 24
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
ISSUE_MAX_WIDTHS |= {"department": 24, "source": 36, "body": 24}


def write_xlsx(report: Report, target: Path, *, source: str | None = None) -> list[Problem]:
    """Write the report to ``target`` (a path that will be renamed into place by the caller).
    Returns the warnings about cells that had to be cut."""
    writer = Writer(target, source or target.name)
    writer.book.set_properties({"title": report.title, "author": "planeval"})
    derived = [
        name
        for section in report.count_sections
        for name in _summary_sheet(writer, report, section)
    ]
    for section in report.policies:
        write_policy_sheet(writer, report, section)
    derived += [_issues_sheet(writer, report), _data_sheet(writer, report)]
    writer.book.set_custom_property(DERIVED_SHEETS_PROPERTY, ",".join(derived))
    if report.fiscal_year is not None:
        writer.book.set_custom_property(FISCAL_YEAR_PROPERTY, str(report.fiscal_year))
    writer.close()
    return writer.problems


def _summary_sheet(writer: Writer, report: Report, section: CountSection) -> list[str]:
    """The counts per policy (or per body) with percentages at the table's places, the legend
    and the note on their rounding, then the charts (on a sheet of their own under a table
    longer than a page); returns the names of the sheets written."""
    table = section.table
    sheet = writer.sheet(section.title)
    writer.text(sheet, 0, 0, report.title, bold=True, font_size=14)
    if report.fiscal_label:
        writer.text(sheet, 1, 0, report.fiscal_label)
    labels = 2 if table.named else 1  # (a body is named in its ID column: no name column)
    headers = (*table.id_headers[:labels], *table.headers[2:])
    sheet.set_row(HEADER_ROW, 33)
    for column, header in enumerate(headers):
        writer.text(sheet, HEADER_ROW, column, header, **HEAD)
    cell = {"border": 1, "valign": "vcenter"}
    places = "0." + "0" * table.share_places if table.share_places else "0"
    share = writer.fmt(**cell, num_format=places)
    count = writer.fmt(**cell, num_format="#,##0")  # (9,332: as a public document writes it)
    first_share = labels + len(table.counted) + 1 + len(table.uncounted)
    name_width = min(max(NAME_WIDTH, *(display_width(r.name) + 2.0 for r in table.rows)), 44.0)
    widths = (
        [10.0, name_width]
        if table.named
        else [max(10.0, *(display_width(r.id) + 2.0 for r in table.rows))]
    )
    heights = 0.0  # (of the rows, each as tall as its name wraps to: printed whole)
    for offset, line in enumerate(table.rows, start=1):
        row = HEADER_ROW + offset
        lines = line_count(line.name, name_width) if table.named else 1
        if lines > 1:  # (before the row's cells: the workbook is written in constant memory)
            sheet.set_row(row, row_height(lines))
        heights += row_height(lines) if lines > 1 else DEFAULT_ROW_HEIGHT
        writer.text(sheet, row, 0, line.id, **cell)
        if table.named:
            writer.text(sheet, row, 1, line.name, **cell, text_wrap=True)
        for column, number in enumerate(line.numbers, start=labels):
            number_format = share if column >= first_share else count
            sheet.write_number(row, column, number, number_format)
        if line.blank:  # (a body no row was counted of: its cells empty, in the table's grid)
            for column in range(labels, len(headers)):
                sheet.write_blank(row, column, None, writer.fmt(**cell))
    widths += [11.0] * (len(headers) - labels)
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)
    last = HEADER_ROW + len(table.rows)  # (the 合計 row)
    # the legend and the notes in one cell under the table, wrapped to its width: printed
    # together (a legend row of its own was left alone on a page when the notes grew)
    notes = "\n".join((report.scale.legend(), *table.notes))
    note_height = row_height(line_count(notes, sum(widths)))
    sheet.set_row(last + 1, note_height)
    note = {"text_wrap": True, "valign": "top"}
    writer.merged_text(sheet, (last + 1, 0), (last + 1, len(widths) - 1), notes, **note)
    scale = fit_to_width_scale(widths)
    # the table and its notes on one page where they would just miss it (a page of notes
    # alone): printed a little smaller, never below a readable size
    above = TITLE_ROWS_HEIGHT + 33 + heights + note_height
    if PRINTABLE_HEIGHT * 100 / scale < above <= PRINTABLE_HEIGHT * 100 / SMALLEST_SCALE:
        scale = max(SMALLEST_SCALE, int(PRINTABLE_HEIGHT * 100 / above))
    # a table longer than a page (a thousand bodies: thirty pages) has its header on each,
    # and its charts on a sheet of their own (under that header, on every chart's page)
    long = above > PRINTABLE_HEIGHT * 100 / scale
    writer.print_setup(sheet, report, repeat_row=HEADER_ROW if long else None, scale=scale)
    name = str(sheet.get_name())
    if len(table.rows) > 1 and long:
        charts = writer.sheet(f"{section.title}（グラフ）")
        writer.print_setup(charts, report, repeat_row=None, scale=scale)
        _charts(writer, charts, name, report, section, labels=labels, row=0, scale=scale)
        return [name, str(charts.get_name())]
    if len(table.rows) > 1:
        # (the rows above the chart: titles, header, groups and 合計, legend and notes, a blank)
        used, row = above + DEFAULT_ROW_HEIGHT, last + 3
        _charts(
            writer, sheet, name, report, section, labels=labels, row=row, scale=scale, used=used
        )
    return [name]


def _charts(
    writer: Writer,
    sheet: Any,
    source: str,
    report: Report,
    section: CountSection,
    *,
    labels: int,
    row: int,
    scale: int,
    used: float = 0.0,
) -> None:
    """The table's groups (on sheet ``source``) as stacked bars, in the table's order,
    labelled with the groups' names, from ``row`` of ``sheet`` (``used``: the points of its
    page above): below the table if they fit on its page; otherwise on pages of their own,
    at most GROUPS_PER_CHART bars to a chart and one chart to a page, every page readable."""
    page = PRINTABLE_HEIGHT * 100 / scale  # (points of the sheet on one printed page)
    rows = section.table.rows[:-1]  # (not 合計)
    groups = len(rows)
    charts = math.ceil(groups / GROUPS_PER_CHART)
    per_chart = math.ceil(groups / charts)
    # several charts share one scale (equal bars on two pages are equal counts) and each
    # says which part it is: 「（2/42）body_0025～body_0048」
    parts = Parts(charts, _axis_top(max(row.total for row in rows)) if charts > 1 else None)
    breaks = []
    for number, start in enumerate(range(0, groups, per_chart), start=1):
        count = min(per_chart, groups - start)
        height = CHART_TOP + count * max(BAR_MIN, min(BAR_MAX, BARS_HEIGHT // count))
        if start or (used and used + height * 0.75 > page):
            # (the first before the blank row above it: a page of that row alone otherwise)
            breaks.append(row if start else row - 1)
        first = HEADER_ROW + 1 + start
        part = parts.title(number, rows[start].id, rows[start + count - 1].id)
        bars = (first, first + count - 1)
        shown = rows[start : start + count]
        _chart(
            writer, sheet, source, report, section, labels, bars, height, row, part, parts.top,
            shown=shown,
        )  # fmt: skip
        row += math.ceil(height * 0.75 / DEFAULT_ROW_HEIGHT) + 1
    if breaks:
        sheet.set_h_pagebreaks(breaks)


@dataclass(frozen=True, slots=True)
class Parts:
    """The charts of one table: how many, and the value axis's end they share (None: one
    chart, its own)."""

    charts: int
    top: int | None

    def title(self, number: int, first: str, last: str) -> str:
        """ "（2/42）body_0025～body_0048", or "" for a table's only chart."""
        return f"（{number}/{self.charts}）{first}～{last}" if self.charts > 1 else ""


def _axis_top(largest: int) -> int:
    """A round end for a value axis at or above ``largest``: 70 for 67, 200 for 175."""
    step = max(int(10 ** (len(str(max(largest, 1))) - 1)) // 2, 1)
    return max(math.ceil(largest / step) * step, 1)


# A chart's plot area, in pixels: the chart's width less its margins and the names beside the
# bars (a cell of a name about 6 pixels); a label's width, a digit or comma about 7
CHART_WIDTH, CHART_MARGINS, NAME_CELL, LABEL_CHAR, LABEL_PADDING = 760, 50, 6, 7, 6


def _thin_segments(rows: Sequence[CountRow], series: int, top: int | None) -> list[list[bool]]:
    """Per counted status (``series`` of them), per bar: whether the segment is too thin for
    its label (「566」 cut to 「66」 at the axis, a 「1」 over the bar's end): the number is in
    the table above, the chart shows the proportions. ``top``: the value axis's end (None:
    Excel's own, estimated)."""
    largest = max((row.total for row in rows), default=0)
    end = top if top is not None else _automatic_end(largest)
    names = max((display_width(row.name or row.id) for row in rows), default=0)
    plot = CHART_WIDTH - CHART_MARGINS - names * NAME_CELL

    def thin(count: int) -> bool:
        return 0 < count * plot / end < len(f"{count:,}") * LABEL_CHAR + LABEL_PADDING

    return [
        [index < len(row.counts) and thin(row.counts[index]) for row in rows]
        for index in range(series)
    ]


def _automatic_end(largest: int) -> int:
    """The value axis's end Excel chooses for bars up to ``largest``, about: the next
    multiple of a round step (1, 2 or 5 × 10ⁿ, some eight steps to the bar) past it."""
    raw = max(largest, 1) / 8
    power = 10 ** math.floor(math.log10(raw))
    step = max(next(n * power for n in (1, 2, 5, 10) if n * power >= raw), 1)
    return int((largest // step + 1) * step)


def _chart(
    writer: Writer,
    sheet: Any,
    name: str,
    report: Report,
    section: CountSection,
    labels: int,
    bars: tuple[int, int],
    height: int,
    row: int,
    part: str = "",
    top: int | None = None,
    *,
    shown: Sequence[CountRow] = (),
) -> None:
    """A stacked bar per group (rows ``bars`` of sheet ``name``, first and last, whose counts
    are ``shown``) drawn from the count cells: neutral colours, no "0" labels and no label
    wider than its segment; ``part`` after the title, ``top`` the value axis's end."""
    first, last = bars
    chart = writer.book.add_chart({"type": "bar", "subtype": "stacked"})
    category = labels - 1  # (the name column, or the body's)
    hidden = _thin_segments(shown, len(report.scale.counted), top)
    for index, column in enumerate(range(labels, labels + len(report.scale.counted))):
        fill, ink = CHART_FILLS[index % len(CHART_FILLS)]
        custom = [{"delete": True} if thin else None for thin in hidden[index]]
        chart.add_series(
            {
                "name": [name, HEADER_ROW, column],
                "categories": [name, first, category, last, category],
                "values": [name, first, column, last, column],
                "fill": {"color": fill},
                "border": {"color": "#FFFFFF"},
                "gap": 60,
                "data_labels": {
                    "value": True,
                    "num_format": "#,##0;-#,##0;;",  # zero shows nothing
                    "font": {"name": FONT, "color": ink},
                    **({"custom": custom} if any(custom) else {}),
                },
            }
        )
    title = f"{section.chart_title}（件）{part}"
    chart.set_title({"name": title, "name_font": {"name": FONT, "size": 12}})
    # the categories (a bar chart's y axis) in the table's order, every one labelled
    chart.set_y_axis({"reverse": True, "interval_unit": 1, "num_font": {"name": FONT}})
    values = {"num_font": {"name": FONT}, "major_gridlines": {"visible": True}}
    if top is not None:
        values |= {"min": 0, "max": top}
    chart.set_x_axis(values)
    chart.set_legend({"position": "bottom", "font": {"name": FONT}})
    chart.set_size({"width": 760, "height": height})
    sheet.insert_chart(row, 0, chart)


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
