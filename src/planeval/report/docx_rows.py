"""A direction's table's rows in the Word document (docx_export.py writes the table, its
header and its title row): the project and the item on their first row, merged down and
broken between their phrases in no more lines than the row has; the mark and the status
centred; an indicator's figures right-aligned, a text among them broken as the issue; a
project's rows kept on one page, a long project's first and last rows (docx_style.keep_ends),
its name written on each of its rows (named_rows)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from planeval.report.cell_wrap import Wrap
from planeval.report.chapter3_columns import Chapter3Columns
from planeval.report.chapter3_rows import Chapter3Row
from planeval.report.docx_style import keep_ends, keep_with_next, may_break, xml_name
from planeval.report.docx_tables import DocxWriter, align, row_cells
from planeval.report.indicator_values import is_figure
from planeval.report.name_lines import cell_lines, figure_cell, name_cell, names_cell

if TYPE_CHECKING:
    from docx.table import _Cell, _Row

# a project's name again on its following rows: grey, as light as a small text keeps readable on
# white (contrast 4.5:1, WCAG AA)
AGAIN_COLOUR = "767676"


def heading_rows(
    writer: DocxWriter, rows: Sequence[_Row], lines: Sequence[Chapter3Row]
) -> list[_Row]:
    """A direction's table's ``rows``, one more than its ``lines`` for each line a heading
    heads (Chapter3Row.heading: 群馬県's 「ICTを活用した学びの充実」 under 施策5, review 166
    #3): that row merged across, the heading in it bold and kept with the row under it; the
    rows left for the lines (write_rows)."""
    left, at = [], iter(rows)
    for line in lines:
        if line.heading:
            row = next(at)
            cells = row_cells(row)
            heading = writer.cell(cells[0].merge(cells[-1]), line.heading, where=line.entry)
            for run in heading.runs:
                run.bold = True
            keep_with_next(row)
        left.append(next(at))
    return left


def write_rows(
    writer: DocxWriter,
    rows: Sequence[_Row],
    lines: Sequence[Chapter3Row],
    columns: Chapter3Columns,
    widths: Sequence[float],
    wrap: Wrap,
) -> None:
    """A direction's table's ``rows`` written with ``lines``, wrapped as ``wrap`` sets text:
    the project (where a 体系 column is: Chapter3Columns.with_project) and the item on
    their first row, merged down (sub-items: "電子申請 ◎"); every status centred, and
    the mark (重点 ○) where the table has its column; each at the top of its cell, as the
    names beside it (in the middle of a tall row they sat lower: review 105 #9c — the
    styles' fonts give a lone 「B」 the line of the Japanese beside it)."""
    project = columns.with_project
    widths = columns.built(widths)  # (each cell where it is built: Chapter3Columns.placed)
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    # (each row's lines, as its 課題等 takes them: a name is broken between its phrases in
    # no more lines than its rows have, or Word gives it)
    said = len(widths) - 1 - columns.with_department  # (課題等, 担当課 after it where it has one)
    tall = [
        cell_lines(line.issue, widths[said], wrap) if columns.with_issue else 1 for line in lines
    ]
    each = named_rows(lines) if project else [False] * len(lines)
    for index, (row, line) in enumerate(zip(rows, lines, strict=True)):
        cells, entry = columns.built(row_cells(row)), line.entry
        project_name = (entry.project_shown_id, entry.project_name)
        spans = (
            *([(1 if each[index] else line.project_rows, *project_name)] * project),
            (line.item_rows, entry.item_label, entry.item_name),
        )
        for column, (span, identifier, name) in enumerate(spans):
            if span:  # (the name broken between its phrases: name_lines)
                has = sum(tall[index : index + span])
                name = name_cell(identifier, name, widths[column], wrap, lines=has)
                writer.named(cells[column], identifier, name, where=entry)
            if span > 1:
                cells[column].merge(row_cells(rows[index + span - 1])[column])
        if each[index]:  # (the rows of a project that may run over pages: named_rows)
            below = index + 1 < len(lines) and each[index + 1] and not lines[index + 1].project_rows
            _join(cells[0], above=not line.project_rows, below=below)
        if columns.mark:  # (重点 ○: centred, as the status)
            mark = writer.cell(cells[len(spans)], line.mark, where=entry)
            align(mark, WD_ALIGN_PARAGRAPH.CENTER)
        first = len(spans) + bool(columns.mark)
        rated = first + len(line.values) - columns.after  # (another scale's rating: 達成度)
        for column, value in enumerate(line.values, start=first):  # (策定時 | 現状値 …)
            if not is_figure(value):  # (a text, 緑ヶ丘市's 取組状況: as the issue)
                its = cell_lines(value, widths[column], wrap)
                value = name_cell("", value, widths[column], wrap, lines=its)
            else:  # (a figure's note apart where they do not fit one line)
                value = figure_cell(value, widths[column], wrap)
            figure = writer.cell(cells[column], value, where=entry)
            if column >= rated:  # (centred, as the rating beside it: its 「－」 too)
                align(figure, WD_ALIGN_PARAGRAPH.CENTER)
            elif is_figure(value):  # (as the xlsx sets its figures; a text as text)
                align(figure, WD_ALIGN_PARAGRAPH.RIGHT)
        rating = cells[first + len(line.values)]  # (課題等 after it, where one is)
        # (a sub-item's name with its status, between its phrases in no more lines than Word
        # gives it: 「電子調達/」 over 「マイナポータル ○」, not 「…マイナポー／タル ○」 — the column
        # is as wide as its statuses, no sub-item's name: review 145 #4)
        shown, at = line.status, first + len(line.values)
        if entry.sub_item:
            its = cell_lines(shown, widths[at], wrap)
            shown = name_cell("", shown, widths[at], wrap, lines=its)
        status = writer.cell(rating, shown, where=entry)
        align(status, WD_ALIGN_PARAGRAPH.CENTER)  # (a sub-item's too: "IC タグ △")
        if columns.with_issue:  # (between its phrases, in no more lines than Word's)
            issue = name_cell("", line.issue, widths[said], wrap, lines=tall[index])
            writer.cell(cells[said], issue, where=entry)
        if columns.with_department:  # (長瀬町's 担当課, last: review 175 #6; broken after a
            # 「、」 between its names, as the issue list's: 「地域力推進室、市／民課」, review 187 #2)
            writer.cell(cells[-1], names_cell(line.department, widths[-1], wrap), where=entry)
        if line.project_rows:  # a project's rows on one page, a long one's ends: keep_ends
            keep_ends(rows[index : index + line.project_rows])


def named_rows(lines: Sequence[Chapter3Row]) -> list[bool]:
    """Per line, whether its project's name is written in its own row: every row of a project
    that may run over pages (docx_style.may_break), its cell not merged down. Word repeats the
    header row on the next page but no merged cell, so 西羽根市's 事業13–15 of 施策2 sat under a
    blank 施策 cell on p.3 (review 200 #4); a shorter project's rows are kept on one page, its
    cell merged."""
    each: list[bool] = []
    for line in lines:
        each.append(may_break(line.project_rows) if line.project_rows else bool(each and each[-1]))
    return each


def _join(cell: _Cell, *, above: bool, below: bool) -> None:
    """A long project's cell: its name grey (AGAIN_COLOUR) where ``above`` (a row of it is above),
    no line between it and its project's rows ``above`` or ``below``, so that they read as one
    cell, as a merged cell's do (each of the two cells' sides: Word draws either)."""
    from docx.oxml import OxmlElement

    if above:
        for run in cell._tc.iter(xml_name("w:r")):
            run.get_or_add_rPr().get_or_add_color().set(xml_name("w:val"), AGAIN_COLOUR)
    borders = OxmlElement("w:tcBorders")
    for side in ("top",) * above + ("bottom",) * below:
        line = OxmlElement(f"w:{side}")
        line.set(xml_name("w:val"), "nil")
        borders.append(line)
    properties = cell._tc.get_or_add_tcPr()
    properties.insert(1, borders)  # (after its width, as the schema orders them: vMerge none)
