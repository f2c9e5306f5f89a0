"""The Chapter 3 section as a Word document, laid out as a ward's printed report.

A4 portrait; the title and fiscal year, the counts per policy (and per body), then per policy
its heading (a Word heading style, so a table of contents picks it up), the count sentence, the
legend and one table per direction (体系 | 実施内容 | 達成状況 | 課題等: header and direction
rows repeated on every page, rows never split, a project's rows kept on one page, the project
and item cells merged over their rows); then the issue list (課題一覧), with only the columns
some row uses. IDs never break at a line end. Source files, sheets and cells appear only with
``with_sources``; with them or with several bodies (a 団体 column) the issue list is on
landscape pages, to make room, and so is a count table whose columns a portrait page cannot
hold beside its names (a scale of many statuses), or Chapter 3's tables where an indicator's
figures widen them. Styles and fonts: docx_style.py; the text and tables written: docx_tables.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.model import Location, Problem, Severity
from planeval.report.cell_wrap import Wrap, advance
from planeval.report.chapter3_columns import Chapter3Columns
from planeval.report.coded_bodies import coded_names
from planeval.report.document import CountSection, PolicySection, Report
from planeval.report.docx_counts import (
    COUNT_MARGIN_MM,
    CountLayout,
    count_layout,
    folded_titles,
    name_lines,
)
from planeval.report.docx_rows import heading_rows, write_rows
from planeval.report.docx_style import (
    AUTOSPACE_MM,
    FULL_MM,
    keep_tail,
    keep_with_next,
    legend_lines,
    narrow_margins,
    repeat_as_header,
    setup_document,
    setup_page,
    text_mm,
)
from planeval.report.docx_tables import DocxWriter, align, row_cells
from planeval.report.indicator_values import is_figure
from planeval.report.issue_figures import FIGURE, worded_columns
from planeval.report.name_lines import cell_lines, figure_cell, name_cell, names_cell
from planeval.report.reason_lists import notes_under
from planeval.report.table_widths import Units, chapter3_layouts, issue_widths

if TYPE_CHECKING:
    from docx.document import Document

    from planeval.report.issue_list import IssueTable

KEPT_TOGETHER = 30  # rows: a count table, or a body's table, up to this long is kept on one page
FIRST_ROWS_KEPT = 3  # rows: a longer count table starts where these fit below its headers
SUMMARY_TITLE = "情報化政策別の達成状況（件・%）"  # (the default Wording's; a report's: its own)
TEXT_WIDTH_MM, LANDSCAPE_WIDTH_MM = 170, 257  # A4 less the margins
# widths from what the columns hold (table_widths.py): Table Grid's cell margins (1.9 mm) and a
# renderer's rounding beside each text, a title's word of up to 8 characters whole, free text at
# least 25 mm, a column up to 4 mm short of its one line given it; wrapped as Word sets a Latin
# character, 0.57 of a wide one (0.5 in Yu Mincho, 0.64 in DejaVu Sans), a space between words .25,
# the space set where a kanji meets a digit (「年4回」) as text_mm counts it
DOCX_UNITS = Units(
    text_mm, 2 * 1.9 + 0.5, word_up_to=8 * FULL_MM, text_least=25.0, snap=4.0,
    wrap=Wrap(
        advance(FULL_MM, 0.57 * FULL_MM, 0.25 * FULL_MM, autospace=AUTOSPACE_MM),
        padding=2 * 1.9, step=FULL_MM / 4,
    ),
    lead=True, titles_folded=True, name_least=20.0,
)  # fmt: skip
STATUS_MOST_MM = 34.0
# the issue list: the widest each column is made to hold its texts on one line
ISSUE_MOST_MM = {"body": 40.0, "project": 50.0, "item": 60.0, "sub_item": 40.0, "issue": 80.0}
ISSUE_MOST_MM |= {"department": 52.0, "source": 60.0}


def write_docx(report: Report, target: Path, *, with_sources: bool = False) -> list[Problem]:
    """Write the Chapter 3 section to ``target`` as .docx. Returns warnings (characters a
    Word document cannot hold, removed) and a notice when there was nothing to report."""
    from docx import Document as new_document

    writer = _Writer(new_document(), target.name)
    setup_document(writer.doc, report, writer.clean)
    writer.body(report, with_sources=with_sources)
    writer.doc.save(str(target))
    return writer.problems


class _Writer(DocxWriter):
    def __init__(self, doc: Document, name: str) -> None:
        super().__init__(doc, name)
        self.landscape = False  # the orientation of the pages being written
        self.new_page = False  # whether the issue list starts a section (a page) of its own

    def body(self, report: Report, *, with_sources: bool) -> None:
        self.paragraph(report.title, "Heading 1")
        if year := report.year_beside(report.title):
            self.paragraph(year, "年度")
        if not report.policies:
            self.problems.append(
                Problem(
                    Location(self.name),
                    Severity.NOTICE,
                    f"報告書に載せる{report.wording.item}がありません",
                )
            )
        # the totals first, as in the other formats (after 1,000 bodies' tables: page 10,000),
        # each on landscape pages where its columns are more than a portrait page holds (a
        # scale of many statuses, each a count and a share: 21 columns in 170 mm) — the first
        # with the title on its page, a later one on a page of its own
        for index, count_section in enumerate(report.counts_placed(last=False)):
            wide_counts = not self.count_layout(report, count_section, TEXT_WIDTH_MM).fits
            if wide_counts != self.landscape:
                if index:
                    self.new_section(report, landscape=wide_counts)
                else:
                    self.turn_first_page(report)
            self.counts(report.of_section(count_section), count_section)
        # (the tables' widths from every policy's rows: one layout through the document for
        # each set of columns — a body's own, in a roll-up of bodies' different forms)
        widths = chapter3_layouts(report, TEXT_WIDTH_MM, DOCX_UNITS, status_most=STATUS_MOST_MM)
        # on landscape pages where an indicator's figures make them wider than a portrait page
        # (策定時 | 前年度 | 現状値 | 目標値: eight columns, none narrower than its figures)
        wide = any(c.keys and sum(shares) > TEXT_WIDTH_MM + 0.5 for c, shares in widths.items())
        if wide:
            widths = chapter3_layouts(
                report, LANDSCAPE_WIDTH_MM, DOCX_UNITS, status_most=STATUS_MOST_MM
            )
        if wide != self.landscape and report.policies:  # (back to portrait after the counts)
            self.new_section(report, landscape=wide)
        for section in report.policies:
            self.policy(report, section, widths)
        # the issue list on landscape pages where it has more columns than a portrait page
        # holds: sources, bodies' names (7 columns in 170 mm: 実施内容 and 課題等 30 mm), or an
        # indicator's project and figures (review 172 #4)
        issues = report.issue_table(with_sources=with_sources)
        landscape = with_sources or report.by_body is not None or FIGURE in issues.roles
        # an empty list said where it would be, on the page the tables end on: the national
        # survey's two lines had a landscape page of their own (review 183 #6)
        self.new_page = bool(issues.rows) and (landscape or self.landscape)
        if self.new_page:  # (on a page of its own after landscape tables)
            self.new_section(report, landscape=landscape)
        self.issues(report, issues, landscape=landscape)
        # 団体別集計 of many bodies last, on pages of its own, as on the page (review 179 #5)
        for count_section in report.counts_placed(last=True):
            wide_counts = not self.count_layout(report, count_section, TEXT_WIDTH_MM).fits
            self.new_section(report, landscape=wide_counts)
            self.counts(report.of_section(count_section), count_section)

    def new_section(self, report: Report, *, landscape: bool) -> None:
        from docx.enum.section import WD_SECTION  # (what follows, on a new page)

        self.drop_spacer()
        new = self.doc.add_section(WD_SECTION.NEW_PAGE)
        setup_page(new, report, self.clean, landscape=landscape)
        self.landscape = landscape

    def drop_spacer(self) -> None:
        """Remove the last table's spacer before a page break: with the break's own paragraph,
        a blank page after a full one (review 58)."""
        last = self.doc.element.body[-2]
        if getattr(last, "style", None) == self.style_id("表間") and not "".join(last.itertext()):
            last.getparent().remove(last)

    def turn_first_page(self, report: Report) -> None:
        """The document's first section, holding the title, on landscape pages."""
        setup_page(self.doc.sections[0], report, self.clean, landscape=True)
        self.landscape = True

    def count_layout(
        self, report: Report, section: CountSection, room: float, *, by: str = ""
    ) -> CountLayout:
        units, codes = DOCX_UNITS.word_up_to, report.codes
        named = report.prefectures  # (after the code: review 179 #4)
        return count_layout(
            section.table, room, word_up_to=units, by=by, codes=codes, prefectures=named
        )

    def policy(
        self,
        report: Report,
        section: PolicySection,
        widths: Mapping[Chapter3Columns, Sequence[float]],
    ) -> None:
        self.paragraph(section.heading, "Heading 2")
        sentence = self.paragraph(section.sentence, "本文", keep_next=True)
        if legend := report.policy_legend(section):  # (none where it would explain nothing)
            # a paragraph of its own (in the sentence's, check read its 「令和2年度」 as the
            # sentence's year: review 183 #1), right under the sentence, kept with the table as
            # the heading and the sentence are (LibreOffice 7.4 moves the three on with the
            # table's kept first rows)
            from docx.shared import Pt

            sentence.paragraph_format.space_after = Pt(0)
            page = LANDSCAPE_WIDTH_MM if self.landscape else TEXT_WIDTH_MM
            self.paragraph(legend_lines(legend, page), "凡例", keep_next=True)
        for index, direction in enumerate(section.tables):
            if section.body_starts(index):  # (a heading per body: the outline finds it)
                self.paragraph(direction.body_heading, "Heading 3")
            # the direction's row, repeated on every page the table runs onto; a body's table
            # short enough to stay on one page with its body's heading says it without the
            # body's name again, and has none for its rows under no direction (「秋田県秋田市」
            # below 「秋田県秋田市」); a longer one names its body on the pages it runs onto
            kept = bool(direction.body) and len(direction.rows) + 2 <= KEPT_TOGETHER
            title = direction.heading if kept else (direction.title or direction.body_heading)
            titled = 1 if title else 0
            own = widths[direction.columns]  # (its body's own columns, each title folded there)
            headers = folded_titles(direction.headers(report.wording), own, DOCX_UNITS.wrap.padding)
            headed = sum(1 for row in direction.rows if row.heading)  # (a row each)
            table = self.table(own, titled + len(direction.rows) + headed, headers)
            if titled:
                title_row = table.rows[1]
                merged = title_row.cells[0].merge(title_row.cells[-1])
                self.cell(merged, title, where=direction.rows[0].entry)
                repeat_as_header(title_row)
            rows = table.rows[1 + titled :]
            if headed:
                rows = heading_rows(self, rows, direction.rows)
            write_rows(self, rows, direction.rows, direction.columns, own, DOCX_UNITS.wrap)
            if kept:  # (on one page with its body's heading)
                for row in table.rows[:-1]:
                    keep_with_next(row)
            else:  # (its last rows never alone at a page's top)
                keep_tail(rows)
            for note in direction.notes:  # (as typed under its rows, not counted)
                self.paragraph(note, "凡例")
            self.paragraph("", "表間")

    def counts(self, report: Report, section: CountSection) -> None:
        """Counts per policy (or body) and in total, the uncounted beside them, and
        percentages adding up to 100 per row, with the note on their rounding under the
        table: the 集計 of the other formats, with two header rows. Every number column as
        wide as its widest number (never broken over two lines), the name the rest."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        table = section.table
        counted, uncounted = table.counted, table.uncounted
        labels = table.id_headers if table.named else table.id_headers[:1]
        by = f"{report.wording.status}別の" * report.scale.numbered  # (「1」…「5」: review 130 #2)
        room = LANDSCAPE_WIDTH_MM if self.landscape else TEXT_WIDTH_MM
        layout = self.count_layout(report, section, room, by=by)
        # (each body's 団体コード before its name, as in every format: review 133 #8)
        firsts, names = coded_names(table, report.codes, report.prefectures)
        labels = (*firsts, *labels[1:])
        texts = [row[2:] for row in table.text_rows()]
        self.drop_spacer()  # (a heading's space over it: 施策別集計 on 集計's page, review 196 #5)
        self.paragraph(section.title, "Heading 2")
        if legend := report.legend_over(section):  # (none: it would explain nothing)
            self.paragraph(legend_lines(legend, room), "凡例", keep_next=True)
        self.paragraph(f"{section.chart_title}（件・%）", "表題", keep_next=True)
        word = self.table(layout.widths, len(table.rows) + 1, layout.top, layout.below)
        narrow_margins(word, COUNT_MARGIN_MM)
        first_cells, second_cells = word.rows[0].cells, word.rows[1].cells
        after_total = len(labels) + len(counted) + 1
        for column in (*range(len(labels)), *range(after_total, after_total + len(uncounted))):
            first_cells[column].merge(second_cells[column])
        start = after_total + len(uncounted)
        first_cells[len(labels)].merge(first_cells[len(labels) + len(counted)])
        first_cells[start].merge(first_cells[start + len(counted) - 1])
        together = len(word.rows) <= KEPT_TOGETHER  # (a short table is not split over pages)
        for row in word.rows[:2]:  # (its headers never alone at a page's foot)
            for cell in row.cells:
                cell.paragraphs[0].paragraph_format.keep_with_next = True
        notes = notes_under(table)  # (a long list of bodies by reason)
        last = len(table.rows) - (not notes)  # (a kept table with its note: review 196 #5)
        total = max(index for index, line in enumerate(table.rows) if not line.sub)  # (合計)
        for index, (row, line, values) in enumerate(
            zip(word.rows[2:], table.rows, texts, strict=True)
        ):
            cells = row.cells
            firsts_written = zip(cells[: len(firsts)], names[index], strict=True)
            written = [self.cell(cell, text) for cell, text in firsts_written]
            if table.named:
                name = name_lines(line.name, layout.widths[len(firsts)])  # (by its phrases)
                written.append(self.cell(cells[len(firsts)], name))
            if line.apart:  # (「未集計（未回答）」 over its number cells, the name alone)
                written.append(self.cell(cells[len(labels)].merge(cells[-1]), line.state))
            for cell, value in () if line.apart else zip(cells[len(labels) :], values, strict=True):
                written.append(self.cell(cell, value))
                align(written[-1], WD_ALIGN_PARAGRAPH.RIGHT)
            for paragraph in written:
                # (a long table starts where its first rows fit with its headers)
                kept = index < FIRST_ROWS_KEPT or (together and index < last)
                paragraph.paragraph_format.keep_with_next = kept
                if index == total:  # (the total row, bold as in the other formats)
                    for run in paragraph.runs:
                        run.bold = True
        for note in notes:
            self.paragraph(note, "凡例")
        self.paragraph("", "表間")

    def issues(self, report: Report, issues: IssueTable, *, landscape: bool) -> None:
        """The issue list (its 出典 column, file › sheet › cell, only with sources); an empty
        one its heading and the lines saying so, under the last table."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        from planeval.report.count_captions import issues_caption

        # on a page of its own, rows kept whole as Chapter 3's (review 92: a row split over pages):
        # LibreOffice 7.4 lost 19 of 20 such rows begun low on a page (review 82); at a top, runs on
        if broken := bool(issues.rows) and not self.new_page:
            self.drop_spacer()
        heading = self.paragraph(report.wording.issues_title, "Heading 2")
        heading.paragraph_format.page_break_before = broken or None
        caption = issues_caption(report)  # (as the others say it; an empty list's with its note)
        self.paragraph(caption, "凡例", keep_next=bool(issues.rows or report.issues_note))
        if report.issues_note:  # (a survey's rows with no issue text: counted, not listed)
            self.paragraph(report.issues_note, "凡例", keep_next=bool(issues.rows))
        if not issues.rows:  # (「一覧は0件です」 over a header of nothing: review 137)
            return
        page = LANDSCAPE_WIDTH_MM if landscape else TEXT_WIDTH_MM
        widths = issue_widths(issues, page, DOCX_UNITS, most=ISSUE_MOST_MM, spare=True)
        headers = folded_titles(issues.headers, widths, DOCX_UNITS.wrap.padding)
        table = self.table(widths, len(issues.rows), headers, middle=True)
        wrap = DOCX_UNITS.wrap
        names = [column for column, role in enumerate(issues.roles) if role in _NAMES]
        names += worded_columns(issues.roles, issues.rows)  # (an indicator's name: review 199)
        for row, entry, values in zip(table.rows[1:], issues.entries, issues.rows, strict=True):
            # (the lines its other cells take: a name broken between its phrases in no more)
            has = max(
                cell_lines(v, widths[c], wrap) for c, v in enumerate(values) if c not in names
            )
            for column, (cell, value) in enumerate(zip(row_cells(row), values, strict=True)):
                if issues.roles[column] == "id":  # (「1-1-1 防災対策の推進」: its name between
                    number, _gap, name = value.partition(" ")  # its phrases)
                    name = name and name_cell(number, name, widths[column], wrap, lines=has)
                    self.named(cell, number, name, where=entry)
                    continue
                if issues.roles[column] == "department":  # (broken between its names)
                    value = names_cell(value, widths[column], wrap)
                elif column in names:
                    value = name_cell("", value, widths[column], wrap, lines=has)
                elif issues.roles[column] == FIGURE:  # (「27.1%」 over 「（速報値）」)
                    value = figure_cell(value, widths[column], wrap)
                elif issues.roles[column] == "issue":  # (no taller than Word sets it)
                    lines = cell_lines(value, widths[column], wrap)
                    value = name_cell("", value, widths[column], wrap, lines=lines)
                paragraph = self.cell(cell, value, where=entry)
                if issues.roles[column] in ("status", "beside"):  # (the other scale's too)
                    align(paragraph, WD_ALIGN_PARAGRAPH.CENTER)
                elif issues.roles[column] == FIGURE and is_figure(value):  # (as Chapter 3's)
                    align(paragraph, WD_ALIGN_PARAGRAPH.RIGHT)
        keep_tail(table.rows[1:])  # (its last rows never alone under the header: review 84)


_NAMES = ("id", "project", "item", "sub_item")  # (the issue list's columns naming its rows)
