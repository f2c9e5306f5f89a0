"""The policy sheets of the print-ready workbook: Chapter 3 as a ward files it on paper.

Per policy: the heading, the count sentence and the legend, then one bordered table under one
header row (repeated on every printed page): each direction as a full-width row, then its
projects, the project and item cells merged over their rows. Every row's height is whole
lines of its longest text; a project whose rows would not fit on the rest of the page starts
a new page (a manual page break, computed from those heights and the printable height of A4
landscape at the print scale: chapter3_pages.py), so no page starts with items whose project is
on the page before; a page that starts within a direction starts with its row again,
「…（青葉市）（続き）」 (a body filling pages was named on its first alone).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import Any, NamedTuple

from planeval.report.cell_wrap import Wrap, advance
from planeval.report.chapter3_columns import Chapter3Columns
from planeval.report.chapter3_pages import PolicyPages, chapter_pages, policy_pages
from planeval.report.chapter3_rows import Chapter3Row, DirectionTable
from planeval.report.document import PolicySection, Report
from planeval.report.indicator_values import is_figure, row_values
from planeval.report.name_lines import name_cell
from planeval.report.table_widths import Units, chapter3_widths
from planeval.report.xlsx_writer import (
    BODY,
    DEFAULT_ROW_HEIGHT,
    Writer,
    display_width,
    fit_to_width_scale,
    line_count,
    row_height,
)

# 体系 | 実施内容 | 達成状況 | 課題等 share this many characters (A4 landscape at about 70 %),
# the status column as wide as its statuses need, up to 24 (table_widths.chapter3_widths)
CHAPTER3_ROOM, STATUS_MOST = 143.0, 24.0
_THIN = 3.75  # points (5 pixels): the legend's row and the row under it, where there is no legend
# (wrapped as Excel sets 游ゴシック: a Latin character 1.2 of Calibri's digits, a space 0.6,
# with less padding than line_count, by which each row's height is set, leaves)
XLSX_UNITS = Units(
    display_width, margin=2.0, word_up_to=17.0, text_least=20.0, snap=4.0,
    wrap=Wrap(advance(2.1, 1.2, 0.6), padding=-0.1, step=0.5, heights=line_count),
)  # fmt: skip
HEADER_ROW = 6
Widths = tuple[float, ...]  # 体系 | 実施内容 | (重点) | (策定時 | 現状値 …) | 達成状況 | 課題等
# the widths (in the order a row's cells are built), whether 体系 is first, a row's cells
# between its item and rating, whether 重点, the report's columns (where each cell stands)
Layout = tuple[Widths, bool, "Callable[[Chapter3Row], tuple[str, ...]]", bool, Chapter3Columns]
HEAD = {"bold": True, "border": 1, "bg_color": "#DDEBF7", "align": "center", "valign": "vcenter"}
STATUS = BODY | {"align": "center"}  # a status's cell: centred (every workbook's: review 167 #10)
DIRECTION = {"border": 1, "bold": True, "bg_color": "#F2F2F2", "valign": "vcenter"}
HEADED = {"border": 1, "bottom": 2, "bold": True, "valign": "vcenter"}  # (Part.heading)


def chapter3_columns(report: Report) -> Widths:
    """The policy sheets' column widths, from every policy's rows (one layout for all, the
    report's columns: Report.columns — a roll-up's body with no 策定時 has it empty here, under
    the one header row each printed page repeats)."""
    return chapter3_widths(report, CHAPTER3_ROOM, XLSX_UNITS, status_most=STATUS_MOST)


def _between(report: Report) -> Callable[[Chapter3Row], tuple[str, ...]]:
    """A row's cells between its item and its rating in the report's columns: its mark (重点
    ○) where the report has the column, its figures under each of the report's value columns
    (a body's own table may have fewer)."""
    values, keys, marked = report.values, report.value_keys, bool(report.mark)
    return lambda row: ((row.mark,) if marked else ()) + row_values(row.entry, values, keys)


def _lines(texts: Sequence[str], widths: Widths) -> int:
    return max(line_count(text, width) for text, width in zip(texts, widths, strict=True))


def row_lines(
    rows: Sequence[Chapter3Row],
    widths: Widths,
    project: bool = True,
    between: Callable[[Chapter3Row], tuple[str, ...]] = lambda row: row.values,
    ended: Callable[[Chapter3Row], tuple[str, ...]] = lambda row: (row.issue,),
) -> list[int]:
    """Lines of each row: its mark and figures (``between``: as the sheet has their columns),
    status, issue and department (``ended``: Chapter3Row.ended), and the project (where the tables have its column: ``project``) and
    item cells it carries (a merged cell's extra lines shared out one by one over its rows)."""
    first = 1 + project  # (the figures' column)
    lines = [  # (課題等 after the status, where a row has one: widths one longer)
        max(
            line_count(text, width)
            for text, width in zip(
                [*between(row), row.status, *ended(row)][: len(widths) - first],
                widths[first:],
                strict=True,
            )
        )
        for row in rows
    ]
    for index, row in enumerate(rows):
        for column, span, text in _merged(row, project):
            if not span:
                continue
            missing = line_count(text, widths[column]) - sum(lines[index : index + span])
            for extra in range(max(missing, 0)):
                lines[index + extra % span] += 1
    return lines


def _merged(row: Chapter3Row, project: bool) -> list[tuple[int, int, str]]:
    """The row's cells merged down: (column, rows it spans, text), the project's where the
    tables have its column."""
    cells = [(row.project_rows, row.project)] * project + [(row.item_rows, row.item)]
    return [(column, span, text) for column, (span, text) in enumerate(cells)]


def phrases_broken(text: str, width: float) -> str:
    """``text`` broken between its phrases in no more lines than Excel gives it in ``width``."""
    return name_cell("", text, width, XLSX_UNITS.wrap, lines=line_count(text, width))


def _names_broken(rows: Sequence[Chapter3Row], widths: Widths, project: bool) -> list[Chapter3Row]:
    """``rows`` with their project's and item's names broken between their phrases in no more
    lines than Excel gives them (name_lines.name_cell, as the Word document's): Excel fills a
    line and printed 「（２） 交通安全・防犯の推／進」 (review 145 #4)."""

    return [
        replace(
            row,
            project=phrases_broken(row.project, widths[0]) if project else row.project,
            item=phrases_broken(row.item, widths[int(project)]),
        )
        for row in rows
    ]


class _Laid(NamedTuple):
    """A policy sheet laid out, before its pages: the heights of the rows above its table,
    its sentence, legend and titles, the layout, and its tables with each row's lines."""

    heights: list[float]
    sentence: str
    legend: str
    titles: Sequence[str]
    layout: Layout
    tables: list[DirectionTable]
    lines: list[list[int]]


def write_policy_sheets(writer: Writer, report: Report, widths: Widths) -> None:
    """Each policy's sheet, its columns ``widths`` wide (chapter3_columns), all printed at one
    scale (chapter3_pages.chapter_pages): policy 2's table printed narrower than policy 1's
    on the next page, shrunk alone to save a page (review 183 #4)."""
    laid = [_laid_out(report, section, widths) for section in report.policies]
    plans = [partial(_paged, sheet, report.with_project) for sheet in laid]
    pages = chapter_pages(plans, fit_to_width_scale(widths))
    for section, sheet, paged in zip(report.policies, laid, pages, strict=True):
        _write_policy_sheet(writer, report, section, widths, sheet, paged)


def _paged(sheet: _Laid, with_project: bool, scale: int) -> PolicyPages:
    return policy_pages(
        sheet.tables,
        sheet.lines,
        scale=scale,
        above=sum(sheet.heights),
        header=sheet.heights[HEADER_ROW],
        first_row=HEADER_ROW + 1,
        with_project=with_project,
    )


def _laid_out(report: Report, section: PolicySection, widths: Widths) -> _Laid:
    # (the sentence and the legend broken between their phrases, as a name: Excel and
    # LibreOffice fill a line and printed 「…未着手2件、変更・中／止1件でした。」, review 157 #6)
    sentence = phrases_broken(section.sentence, sum(widths))
    sentence_height = row_height(line_count(sentence, sum(widths)))
    heights = [21.0, DEFAULT_ROW_HEIGHT, sentence_height, DEFAULT_ROW_HEIGHT]
    titles = report.chapter3_headers  # (as tall as they wrap to: never cut off)
    legend = phrases_broken(report.policy_legend(section), sum(widths))  # (as the sentence)
    # (none where it explains nothing: its rows thin, not three blank lines — review 48)
    spaced = DEFAULT_ROW_HEIGHT if legend else _THIN
    # (a legend as long as its 未提出 too wraps: unwrapped, Calc printed it on a page of its
    # own beside the table — review 60)
    said = row_height(line_count(legend, sum(widths))) if legend else _THIN
    heights += [said, spaced, row_height(_lines(titles, widths))]
    shown = report.columns  # (another scale's rating after the rating: Chapter3Columns.placed)
    built = tuple(shown.built(widths))
    layout = (built, report.with_project, _between(report), bool(report.mark), shown)
    tables = [
        replace(t, rows=tuple(_names_broken(t.rows, built, layout[1]))) for t in section.tables
    ]
    lines = [
        row_lines(t.rows, built, layout[1], layout[2], lambda row: row.ended(shown)) for t in tables
    ]
    return _Laid(heights, sentence, legend, titles, layout, tables, lines)


def _write_policy_sheet(
    writer: Writer,
    report: Report,
    section: PolicySection,
    widths: Widths,
    laid: _Laid,
    pages: PolicyPages,
) -> None:
    group = section.group  # (区分なし, no number: by its heading, 区分なし（森野町）)
    sheet = writer.sheet(
        f"{report.wording.policy_short}{group.shown_id} {group.name}"
        if group.id
        else section.heading
    )
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)
    for row, height in enumerate(laid.heights):
        sheet.set_row(row, height)
    last = len(widths) - 1
    writer.merged_text(sheet, (0, 0), (0, last), section.heading, bold=True, font_size=12)
    writer.merged_text(sheet, (2, 0), (2, last), laid.sentence, text_wrap=True, valign="top")
    if laid.legend:
        writer.merged_text(sheet, (4, 0), (4, last), laid.legend, text_wrap=True, valign="top")
    else:  # (a row holding no cell keeps no height in constant memory: a blank one each)
        for row in (4, 5):
            sheet.write_blank(row, 0, None, writer.fmt())
    for column, header in enumerate(laid.titles if section.tables else ()):  # (a survey's)
        writer.text(sheet, HEADER_ROW, column, header, **HEAD, text_wrap=True)
    layout = laid.layout
    # (each direction's row, and again, continued, above a project that starts a page; the
    # rows strictly top to bottom: the workbook is written in constant memory)
    for row, title, rows, row_lines_, note, heading in pages.parts:
        if note:  # (as typed under the table's rows, not counted)
            sheet.set_row(row, row_height(1))
            writer.merged_text(sheet, (row, 0), (row, last), note, valign="top")
            continue
        if title:  # (a policy's rows under no direction: no row of their own)
            sheet.set_row(row, row_height(1))
            writer.merged_text(sheet, (row, 0), (row, last), title, **DIRECTION)
        if heading:  # (the line heading the rows below it: bold, as no row of theirs)
            at = row + bool(title)
            sheet.set_row(at, row_height(1))
            writer.merged_text(sheet, (at, 0), (at, last), heading, **HEADED)
        _project(writer, sheet, rows, row_lines_, row + bool(title) + bool(heading), layout)
    if pages.breaks:
        sheet.set_h_pagebreaks(pages.breaks)
    writer.print_setup(sheet, report, repeat_row=HEADER_ROW, scale=pages.scale)


def _project(
    writer: Writer,
    sheet: Any,
    rows: Sequence[Chapter3Row],
    lines: Sequence[int],
    row: int,
    layout: Layout,
) -> None:
    widths, with_project, between, marked, shown = layout
    place = shown.column  # (another scale's rating after the rating: Chapter3Columns.placed)
    # (the status centred and an indicator's figures right-aligned, as 集計 sets its numbers —
    # review 27 F7; a text value, 目標, as text —, each at the top of its cell as the names
    # beside it: in the middle of a tall row they sat lower than the name, review 105 #9c)
    plain, centred = writer.fmt(**BODY), writer.fmt(**STATUS)
    figure = writer.fmt(**BODY, align="right")
    for index, line in enumerate(rows):
        current = row + index
        sheet.set_row(current, row_height(lines[index]))
        for column, span, text in _merged(line, with_project):
            if span:
                writer.put(sheet, current, column, text, plain)
                if span > 1:
                    writer.merge_later(sheet, current, column, current + span - 1, column)
            else:
                sheet._write_blank(current, column, None, plain)  # (xlsx_writer.WRITES)
        first = 1 + with_project  # (重点 | 策定時 | 現状値 …)
        cells = between(line)
        rated = first + len(cells) - shown.after  # (another scale's rating: centred, as 達成状況)
        for column, value in enumerate(cells, start=first):
            kept = (marked and column == first) or column >= rated
            cell = centred if kept else figure if is_figure(value) else plain
            writer.put(sheet, current, place(column), value, cell)
        status = first + len(cells)
        # (a sub-item's too: "IC タグ △")
        writer.put(sheet, current, place(status), line.status, centred)
        if shown.with_issue:  # (課題等, where some row has one)
            writer.put(sheet, current, place(status + 1), line.issue, plain)
        if shown.with_department:  # (長瀬町's 担当課, last: review 175 #6)
            writer.put(sheet, current, len(widths) - 1, line.department, plain)
