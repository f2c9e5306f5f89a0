"""The print-ready Chapter 3 workbook (written through xlsx_writer.Writer, in constant memory).

Sheets: 集計 (counts, percentages and a stacked bar chart), one sheet per policy laid out as
Chapter 3 prints it (xlsx_chapter3.py; readable by planeval again), 課題一覧 (the issue list)
and データ (one row per entry, one value per cell, for machines; shown, not printed with the
workbook, as it names files and cells: Writer.unprinted); with
--keep-going's errors, 集計に含めていない行 (the items and places its count left out, read back
with the data: xlsx_past_errors.py).
"""

from __future__ import annotations

from pathlib import Path

from planeval.cells import DERIVED_SHEETS_PROPERTY, FISCAL_YEAR_PROPERTY
from planeval.entry_columns import ENTRY_COLUMNS
from planeval.model import Problem
from planeval.report.coded_bodies import table_leads
from planeval.report.count_captions import issues_caption
from planeval.report.count_rows import NO_SHARE, CountRow
from planeval.report.document import BODIES_TITLE, CountSection, Report
from planeval.report.indicator_values import is_figure
from planeval.report.issue_figures import FIGURE, worded_columns
from planeval.report.name_lines import names_cell
from planeval.report.table_widths import issue_widths
from planeval.report.tables import CountTable
from planeval.report.xlsx_chapter3 import (
    STATUS,
    XLSX_UNITS,
    chapter3_columns,
    phrases_broken,
    write_policy_sheets,
)
from planeval.report.xlsx_charts import write_charts
from planeval.report.xlsx_data import HEAD, write_data_sheet
from planeval.report.xlsx_notes import note_rows
from planeval.report.xlsx_pages import TITLE_ROWS_HEIGHT, page_plan
from planeval.report.xlsx_past_errors import write_counted_past
from planeval.report.xlsx_widths import INDENT, INDENT_WIDTH, name_width, titled
from planeval.report.xlsx_writer import (
    BODY,
    DEFAULT_ROW_HEIGHT,
    Writer,
    display_width,
    line_count,
    page_characters,
    row_height,
)

SUMMARY_SHEET, ISSUES_SHEET = "集計", "課題一覧"  # (Setagaya's words; DATA_SHEET in cells.py)
BODIES_SHEET = BODIES_TITLE  # with several bodies at once (--bodies)
HEADER_ROW = 3  # of the counts: title, fiscal year, a blank row above it
COUNT_WIDTH = 11.0  # each count's and share's column
DATA_HEADERS = tuple(ENTRY_COLUMNS.values())
# 課題一覧: the widest a column grows to fit its texts, by what the column is, and the
# characters the columns share (A4 landscape at about 80 %: table_widths.issue_widths)
ISSUE_MAX_WIDTHS = {"project": 30.0, "item": 40.0, "sub_item": 18.0, "issue": 48.0}
ISSUE_MAX_WIDTHS |= {"department": 34.0, "source": 40.0, "body": 24.0}
ISSUE_ROOM = 170.0


def write_xlsx(
    report: Report, target: Path, *, source: str | None = None, with_sources: bool = False
) -> list[Problem]:
    """Write the report to ``target`` (a path that will be renamed into place by the caller).
    Returns the warnings about cells that had to be cut. ``with_sources``: 課題一覧's 出典
    printed too (it is always on the sheet, the working copy's)."""
    writer = Writer(target, source or target.name)
    writer.book.set_properties({"title": report.title, "author": ""})
    derived = _count_sheets(writer, report, last=False)
    widths = chapter3_columns(report)
    write_policy_sheets(writer, report, widths)
    derived.append(_issues_sheet(writer, report, with_sources))
    derived += _count_sheets(writer, report, last=True)  # (many bodies': after 課題一覧)
    derived.append(write_data_sheet(writer, report))
    if report.counted_past or (report.by_body is not None and report.uncounted):
        derived.append(write_counted_past(writer, report))
    writer.book.set_custom_property(DERIVED_SHEETS_PROPERTY, ",".join(derived))
    if report.fiscal_year is not None:
        writer.book.set_custom_property(FISCAL_YEAR_PROPERTY, str(report.fiscal_year))
    writer.close()
    return writer.problems


def _count_sheets(writer: Writer, report: Report, *, last: bool) -> list[str]:
    """The sheets of the counts placed first or ``last`` (Report.counts_placed: 団体別集計 of
    many bodies after 課題一覧, as on the page — review 179 #5); their names."""
    placed = report.counts_placed(last=last)
    return [n for s in placed for n in _summary_sheet(writer, report.of_section(s), s)]


def _summary_sheet(writer: Writer, report: Report, section: CountSection) -> list[str]:
    """The counts per policy (or per body) with percentages at the table's places, the legend
    and the note on their rounding, then the charts (on a sheet of their own under a table
    longer than a page); returns the names of the sheets written."""
    table = section.table
    sheet = writer.sheet(section.title)
    # 集計 under the report's title; 団体別集計 under its own (it printed under the same title as
    # 集計, one table's pages looking like the other's)
    heading = section.chart_title if section.title == BODIES_SHEET else report.title
    writer.text(sheet, 0, 0, heading, bold=True, font_size=14)
    # (the year's line as 集計's on both: 団体別集計 gave 「令和6年度（2024年度）」 under its own
    # title where 集計 gave none, review 130 #5 — every page's header names the year)
    if year := report.year_beside(report.title):
        writer.text(sheet, 1, 0, year)
    named = report.more_counts or section.title != report.wording.summary_title
    if named and section.title != BODIES_SHEET:  # (two scales' 集計, 施策別集計: each printed
        # page names its own above its table, 「集計（達成度）」, as the tab and every other format
        # do — both pages printed under one heading, review 152 #2; review 201 #7)
        writer.text(sheet, HEADER_ROW - 1, 0, section.title, bold=True)
    labels = 2 if table.named else 1  # (a body is named in its ID column: no name column)
    # a table of bodies (団体別集計) names each by its name alone, which a VLOOKUP or a join
    # finds, and says how it was counted in a column of its own, last (集計の状況: review 78b)
    headers = (*table.id_headers[:labels], *table.data_headers[2:])
    # … and each body's 団体コード (what a ministry joins on, review 120 #4) before its name, as
    # in every format (review 133 #8: last here alone, none in the docx); the charts' names
    # and counts the columns after it
    # … and its 都道府県 after it where the list gives it, to filter on (review 179 #4)
    leads = table_leads(table, report.codes, report.prefectures)
    coded = len(leads)
    headers = tuple(title for title, _values in leads) + headers
    states = [row.state for row in table.rows] if table.states else []
    names = name_width(row.name for row in table.rows)  # (each whole up to its bound)
    widths = [max(10.0, *(display_width(v) + 2.0 for v in values)) for _title, values in leads]
    widths += (
        [10.0, names]
        if table.named
        else [
            max(10.0, *(display_width(_shown(r, table)) + 2.0 + INDENT_WIDTH for r in table.rows))
        ]
    )
    widths += [COUNT_WIDTH] * (len(headers) - labels - table.states - coded)
    widths += [max([12.0, *(display_width(state) + 2.0 for state in states)])] * table.states
    # each as wide as its title breaks between its words (基本方針番号 in 10: 「基本方針番／号」)
    widths = [titled(header, w) for w, header in zip(widths, headers, strict=True)]
    # as tall as its longest title wraps to (次年度以降計画を見直す 割合（%）: four lines), at
    # least two lines: a title is never cut off in print
    # a title too wide for one line broken at its spaces: Excel and LibreOffice fill a line
    # and broke 「目標達成 割合（」 before 「%）」 (review 28)
    headers = tuple(
        header.replace(" ", "\n") if display_width(header) + 2.0 > width else header
        for header, width in zip(headers, widths, strict=True)
    )
    header_height = row_height(max(2, *map(line_count, headers, widths)))
    sheet.set_row(HEADER_ROW, header_height)
    for column, header in enumerate(headers):
        writer.text(sheet, HEADER_ROW, column, header, **HEAD)
    cell = {"border": 1, "valign": "vcenter"}
    places = "0." + "0" * table.share_places if table.share_places else "0"
    share = writer.fmt(**cell, num_format=places)
    count = writer.fmt(**cell, num_format="#,##0")  # (9,332: as a public document writes it)
    first_share = coded + labels + len(table.counted) + 1 + len(table.uncounted)
    # each row as tall as its name wraps to (printed whole), a row of one line too: left to
    # the font, 游ゴシック's is 18.75 points in Excel, and pages were counted at 15
    heights = []
    for offset, line in enumerate(table.rows, start=1):
        row = HEADER_ROW + offset
        # (a name that wraps broken between its phrases, as Chapter 3's: Calc printed 「民間委託等
        # の推進（指定管理者制度の活用を含む」 over a lone 「）」, review 199 #6)
        name = phrases_broken(line.name, names) if table.named else line.name
        lines = line_count(name, names) if table.named else 1
        heights.append(row_height(lines))  # (set before the row's cells: constant memory)
        sheet.set_row(row, heights[-1])
        for column, (_title, values) in enumerate(leads):
            writer.text(sheet, row, column, values[offset - 1], **cell)
        writer.text(sheet, row, coded, _shown(line, table), **cell, **INDENT)
        if table.named:
            writer.text(sheet, row, coded + 1, name, **cell, text_wrap=True)
        for column, number in enumerate(line.numbers, start=coded + labels):
            number_format = share if column >= first_share else count
            sheet.write_number(row, column, number, number_format)
        if line.blank or line.sub:  # (a body no row was counted of, a うち重点 line's shares:
            for column in range(coded + labels + len(line.numbers), len(headers) - table.states):
                sheet.write_blank(row, column, None, writer.fmt(**cell))  # empty, in the grid)
        elif line.unshared:  # (計 0: no share, 「－」 as every format — review 191 #2)
            for column in range(coded + labels + len(line.numbers), len(headers) - table.states):
                writer.text(sheet, row, column, NO_SHARE, **cell, align="right")
        if table.states:
            writer.text(sheet, row, len(headers) - 1, line.state, **cell)
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)
    last = HEADER_ROW + len(table.rows)  # (the 合計 row)
    if section.title == BODIES_SHEET and len(table.rows) > 1:  # (a body per row, 1,700 of a
        # nation's: its header and names kept in view and a filter over the bodies, 合計 left
        # under them unsorted — review 159 #6)
        sheet.freeze_panes(HEADER_ROW + 1, coded + labels)
        sheet.autofilter(HEADER_ROW, 0, last - 1, len(headers) - 1)
    # the legend and the notes under the table, each a row wrapped to its width, a list of
    # bodies a row per reason (xlsx_notes.py); the legend and the first note kept with the
    # table's last rows (a legend alone on a page when the notes grew)
    notes = note_rows(
        [n for n in (report.legend_over(section), *table.notes) if n],
        sum(widths),
    )
    note_heights = [row_height(note.lines) for note in notes]
    for offset, (note, height) in enumerate(zip(notes, note_heights, strict=True), start=1):
        sheet.set_row(last + offset, height)
        span = (last + offset, 0), (last + offset, len(widths) - 1)
        # (broken between its phrases, as a policy sheet's sentence: Calc printed 「…異なります」
        # over 「。」 alone, review 183 #4)
        text = phrases_broken(note.text, sum(widths)) if note.lines > 1 else note.text
        writer.merged_text(sheet, *span, text, text_wrap=True, valign="top")
    # its pages as every count table's (xlsx_pages.page_plan): on one page, a little smaller
    # where it just misses one; a longer one (a thousand bodies: thirty pages) broken where
    # its rows fill a page, its last rows with the legend and first note, its header on each
    # page, and its charts on a sheet of their own (under that header, on every chart's page)
    plan = page_plan(
        widths, heights, first_row=HEADER_ROW + 1, above=TITLE_ROWS_HEIGHT,
        header=header_height, under=note_heights,
    )  # fmt: skip
    scale, long = plan.scale, bool(plan.breaks)
    if long:
        sheet.set_h_pagebreaks(list(plan.breaks))
    writer.print_setup(sheet, report, repeat_row=HEADER_ROW if long else None, scale=scale)
    name = str(sheet.get_name())
    if len(table.rows) > 1 and long and not section.long_charts:
        return [name]  # (a survey's thousand bodies: its items charted, review 171 #6)
    if len(table.rows) > 1 and long:
        charts = writer.sheet(f"{section.title}（グラフ）")
        writer.print_setup(charts, report, repeat_row=None, scale=scale)
        write_charts(
            writer, charts, name, report, section, labels=labels, lead=coded, row=0,
            scale=scale, header_row=HEADER_ROW,
        )  # fmt: skip
        return [name, str(charts.get_name())]
    if len(table.rows) > 1:
        # (the rows above the chart: titles, header, groups and 合計, legend and notes, a blank)
        # (under the last note: a list of bodies is rows of its own, xlsx_notes.py, which the
        # chart covered and the blank row's height clipped where it was set two rows down)
        blank = last + len(notes) + 1
        above = TITLE_ROWS_HEIGHT + header_height + sum(heights) + sum(note_heights)
        used, row = above + DEFAULT_ROW_HEIGHT, blank + 1
        sheet.set_row(blank, DEFAULT_ROW_HEIGHT)  # (the blank row, as counted)
        write_charts(
            writer, sheet, name, report, section, labels=labels, lead=coded, row=row,
            scale=scale, header_row=HEADER_ROW, used=used,
        )  # fmt: skip
    return [name]


def _shown(line: CountRow, table: CountTable) -> str:
    """A row's group as its ID column shows it: a body by its name alone in a table of bodies
    (its state in a column of its own), a policy as its body typed its number."""
    return line.id if table.states and line.id else line.shown_id


def _issues_sheet(writer: Writer, report: Report, with_sources: bool = False) -> str:
    """A heading and what the list holds, then the list: columns as wide as their texts
    need (up to a limit, then wrapped), the header repeated on every printed page; each
    row's 出典 last, the working copy's — printed only ``with_sources``, as the public
    formats show it (review 94: every printed row named its file, sheet and cell), and then
    on one line beside the printed columns. Returns the sheet's name."""
    title = report.wording.issues_title
    sheet = writer.sheet(title)
    table = report.issue_table(with_sources=True)
    # (as wide as its texts need, up to ISSUE_ROOM printed smaller; a page at full size at least)
    printed = table if with_sources else report.issue_table(with_sources=False)
    page = page_characters(len(printed.headers)) - INDENT_WIDTH * ("id" in printed.roles)
    widths = issue_widths(
        printed, ISSUE_ROOM, XLSX_UNITS, most=ISSUE_MAX_WIDTHS, spare=False, fill=page
    )
    if not with_sources:
        sources = [row[-1] for row in table.rows]
        widths.append(max(map(display_width, ["出典", *sources])) + XLSX_UNITS.margin)
    if "id" in table.roles:  # (its IDs off the border: INDENT)
        widths[table.roles.index("id")] += INDENT_WIDTH
    writer.text(sheet, 0, 0, title, bold=True, font_size=14)
    writer.text(sheet, 1, 0, issues_caption(report))
    if report.issues_note:  # (a survey's rows with no issue text: counted, not listed)
        writer.text(sheet, 2, 0, report.issues_note)
    header_row = 3
    for column, (header, width) in enumerate(zip(table.headers, widths, strict=True)):
        sheet.set_column(column, column, width)
        writer.text(sheet, header_row, column, header, **HEAD)
    plain = writer.fmt(**BODY)
    centred = writer.fmt(**STATUS)
    by_role = {"status": centred, "beside": centred, "id": writer.fmt(**BODY, **INDENT)}
    formats = [by_role.get(role, plain) for role in table.roles]
    figure = writer.fmt(**BODY, align="right")  # (an indicator's figures, as Chapter 3's)
    heights = []
    # (several departments broken between their names: name_lines)
    named = table.roles.index("department") if "department" in table.roles else None
    worded = worded_columns(table.roles, table.rows)  # (an indicator's name: review 199 #6)
    for row, values in enumerate(table.rows, start=header_row + 1):
        if named is not None:
            shown = names_cell(values[named], widths[named], XLSX_UNITS.wrap)
            values = (*values[:named], shown, *values[named + 1 :])
        values = tuple(
            phrases_broken(v, widths[c]) if c in worded else v for c, v in enumerate(values)
        )
        lines = max(map(line_count, values, widths))  # (each row has every column's text)
        heights.append(row_height(lines))
        sheet.set_row(row, heights[-1])  # before the row's cells: constant memory
        for column, (value, cell_format) in enumerate(zip(values, formats, strict=True)):
            figured = table.roles[column] == FIGURE and is_figure(value)
            writer.put(sheet, row, column, value, figure if figured else cell_format)
    last = header_row + max(len(table.rows), 1)
    sheet.autofilter(header_row, 0, last, len(table.headers) - 1)
    sheet.freeze_panes(header_row + 1, 0)
    if not with_sources:  # (出典, the last column: kept off the page)
        sheet.print_area(0, 0, last, len(table.headers) - 2)
    # (as the count tables print: its last rows never alone on a page, review 125 #8)
    plan = page_plan(
        widths[: len(printed.headers)], heights, first_row=header_row + 1,
        above=TITLE_ROWS_HEIGHT, header=DEFAULT_ROW_HEIGHT,
    )  # fmt: skip
    if plan.breaks:
        sheet.set_h_pagebreaks(list(plan.breaks))
    writer.print_setup(sheet, report, repeat_row=header_row, scale=plan.scale)
    return str(sheet.get_name())


__all__ = ["DATA_HEADERS", "write_xlsx"]
