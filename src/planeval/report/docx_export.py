"""The Chapter 3 section as a Word document, laid out as a ward's printed report.

A4 portrait; the title and fiscal year, then per policy its heading (a Word heading style, so
a table of contents picks it up), the count sentence, the legend and one table per direction
(体系 | 実施内容 | 達成状況 | 課題等: header and direction rows repeated on every page, rows
never split, the project and item cells merged over their rows); then the counts per policy
and the issue list (課題一覧). Source files, sheets and cells appear only with
``with_sources`` (in the issue list, landscape to make room). Fonts: 游明朝 for text and
游ゴシック for headings, set in the styles for East Asian text too; the font table names
ＭＳ 明朝 / ＭＳ ゴシック as their alternatives where the Yu fonts are missing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planeval.model import Entry, Location, Problem, Severity
from planeval.report.document import PolicySection, Report, percentages
from planeval.report.views import CHAPTER3_HEADERS, ISSUE_HEADERS, issue_rows, status_cell

if TYPE_CHECKING:
    from docx.document import Document
    from docx.section import Section
    from docx.table import Table, _Cell, _Row
    from docx.text.paragraph import Paragraph

BODY_FONT, HEADING_FONT = "游明朝", "游ゴシック"
# font table: name → (alternatives, panose, family, pitch); Word falls back on these
_FONTS = {
    BODY_FONT: ("Yu Mincho,ＭＳ 明朝", "02020400000000000000", "roman", "variable"),
    HEADING_FONT: ("Yu Gothic,ＭＳ ゴシック", "020B0400000000000000", "swiss", "variable"),
    "ＭＳ 明朝": ("MS Mincho", "02020609040205080304", "roman", "fixed"),
    "ＭＳ ゴシック": ("MS Gothic", "020B0609070205080204", "modern", "fixed"),
}
A4_TWIPS = (11906, 16838)  # 210 × 297 mm
MARGIN_MM = 20
CHAPTER3_WIDTHS_MM = (38, 50, 34, 48)  # 170 mm: the text width of A4 portrait
ISSUE_WIDTHS_MM = (17, 43, 24, 17, 45, 24)  # 170 mm
SOURCED_ISSUE_WIDTHS_MM = (17, 50, 28, 17, 55, 30, 60)  # 257 mm: A4 landscape
SUMMARY_TITLE = "情報化政策別の達成状況（件・%）"
HEAD_FILL = "DDEBF7"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def write_docx(report: Report, target: Path, *, with_sources: bool = False) -> list[Problem]:
    """Write the Chapter 3 section to ``target`` as .docx. Returns warnings (characters a
    Word document cannot hold, removed) and a notice when there was nothing to report."""
    from docx import Document as new_document

    writer = _Writer(new_document(), target.name)
    writer.setup(report)
    writer.body(report, with_sources=with_sources)
    writer.doc.save(str(target))
    return writer.problems


class _Writer:
    def __init__(self, doc: Document, name: str) -> None:
        self.doc = doc
        self.name = name
        self.problems: list[Problem] = []

    # text --------------------------------------------------------------------------------

    def clean(self, text: str, where: Entry | None = None) -> str:
        """``text`` without the characters XML cannot hold (a warning, once per place)."""
        removed = sorted(set(_NOT_XML.findall(text)))
        if not removed:
            return text
        location = where.location if where is not None else Location(self.name)
        codes = "・".join(f"U+{ord(character):04X}" for character in removed)
        problem = Problem(
            location,
            Severity.WARNING,
            f"Word に書けない制御文字（{codes}）を削除しました",
            hint="元の表の文字を確認してください",
        )
        if problem not in self.problems:
            self.problems.append(problem)
        return _NOT_XML.sub("", text)

    def paragraph(self, text: str, style: str, *, keep_with_next: bool = False) -> Paragraph:
        paragraph = self.doc.add_paragraph(self.clean(text), style=style)
        if keep_with_next:
            paragraph.paragraph_format.keep_with_next = True
        return paragraph

    # document ----------------------------------------------------------------------------

    def setup(self, report: Report) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt, RGBColor

        styles = self.doc.styles
        defaults = styles.element.find(_qn("w:docDefaults"))
        assert defaults is not None
        run_defaults = defaults.find(f"{_qn('w:rPrDefault')}/{_qn('w:rPr')}")
        assert run_defaults is not None
        _set_fonts(run_defaults, BODY_FONT)
        language = run_defaults.find(_qn("w:lang"))
        if language is not None:  # ◎ ○ △ × and 「」 in the East Asian font
            language.set(_qn("w:eastAsia"), "ja-JP")
        spacing = defaults.find(f"{_qn('w:pPrDefault')}/{_qn('w:pPr')}/{_qn('w:spacing')}")
        if spacing is not None:  # the template's 10 pt after and 1.15 lines: Word 2010 look
            spacing.attrib.clear()
            spacing.set(_qn("w:after"), "0")

        normal: Any = styles["Normal"]
        _set_fonts(normal.element.get_or_add_rPr(), BODY_FONT)
        normal.font.size = Pt(10.5)
        for level, size in ((1, 16), (2, 12)):
            heading: Any = styles[f"Heading {level}"]
            _set_fonts(heading.element.get_or_add_rPr(), HEADING_FONT)
            heading.font.size = Pt(size)
            heading.font.color.rgb = RGBColor(0, 0, 0)
            heading.paragraph_format.space_before = Pt(18 if level == 1 else 14)
            heading.paragraph_format.space_after = Pt(6)
        for name in ("Header", "Footer"):
            style: Any = styles[name]
            style.font.size = Pt(9)
            style.element.get_or_add_pPr().remove_all("w:tabs")
        _paragraph_style(self.doc, "本文", space_after=6, first_line=10.5)
        _paragraph_style(self.doc, "凡例", size=9, space_after=6)
        _paragraph_style(self.doc, "表題", size=10.5, space_after=3, bold=True)
        _paragraph_style(
            self.doc, "年度", space_after=12
        ).paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _paragraph_style(self.doc, "表本文", size=9)
        head = _paragraph_style(self.doc, "表見出し", size=9, bold=True, font=HEADING_FONT)
        head.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _paragraph_style(self.doc, "表間", size=6)
        _font_table(self.doc)

        properties = self.doc.core_properties
        properties.title = self.clean(report.title)
        properties.subject = report.fiscal_label
        properties.author = properties.last_modified_by = "planeval"
        properties.comments = ""
        self.page(self.doc.sections[0], report, landscape=False)

    def page(self, section: Section, report: Report, *, landscape: bool) -> None:
        """A4 with 20 mm margins; the title and fiscal year in the header, "n / N" below."""
        from docx.enum.section import WD_ORIENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
        from docx.shared import Emu, Mm, Twips

        short, long = (Twips(size) for size in A4_TWIPS)
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (long, short) if landscape else (short, long)
        section.left_margin = section.right_margin = Mm(MARGIN_MM)
        section.top_margin = section.bottom_margin = Mm(MARGIN_MM)
        section.header_distance = section.footer_distance = Mm(10)
        section.header.is_linked_to_previous = False
        section.footer.is_linked_to_previous = False
        header = section.header.paragraphs[0]
        header.clear()
        width = (long if landscape else short) - 2 * Mm(MARGIN_MM)
        header.paragraph_format.tab_stops.add_tab_stop(Emu(width), WD_TAB_ALIGNMENT.RIGHT)
        header.add_run(self.clean(f"{report.title}\t{report.fiscal_label}"))
        footer = section.footer.paragraphs[0]
        footer.clear()
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _field(footer, "PAGE", "1")
        footer.add_run(" / ")
        _field(footer, "NUMPAGES", "1")

    def body(self, report: Report, *, with_sources: bool) -> None:
        self.paragraph(report.title, "Heading 1")
        if report.fiscal_label:
            self.paragraph(report.fiscal_label, "年度")
        if not report.policies:
            self.problems.append(
                Problem(Location(self.name), Severity.NOTICE, "報告書に載せる実施内容がありません")
            )
        for section in report.policies:
            self.policy(report, section)
        self.summary(report)
        if with_sources:
            from docx.enum.section import WD_SECTION

            self.page(self.doc.add_section(WD_SECTION.NEW_PAGE), report, landscape=True)
        self.issues(report, with_sources=with_sources)

    def policy(self, report: Report, section: PolicySection) -> None:
        self.paragraph(section.heading, "Heading 2")
        self.paragraph(section.sentence, "本文", keep_with_next=True)
        self.paragraph(report.scale.legend(), "凡例", keep_with_next=True)
        for direction in section.directions:
            entries = section.direction_entries(direction.id)
            table = self.table(CHAPTER3_WIDTHS_MM, 1 + len(entries), CHAPTER3_HEADERS)
            title_row = table.rows[1]
            title = title_row.cells[0].merge(title_row.cells[-1])
            self.cell(title, f"{direction.id} {direction.name}".strip(), where=entries[0])
            _repeat_as_header(title_row)
            self.direction_rows(table.rows[2:], entries)
            self.paragraph("", "表間")

    def direction_rows(self, rows: Sequence[_Row], entries: Sequence[Entry]) -> None:
        """The project and the item on their first row, merged down over the rows below
        (sub-items: "電子申請 ◎"); status centred unless it carries a sub-item's name."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        spans: list[list[tuple[int, int]]] = [[], []]  # column → (first, last) rows
        shown_project = shown_item = ""
        for index, (row, entry) in enumerate(zip(rows, entries, strict=True)):
            cells = row.cells
            project = f"{entry.project_id} {entry.project_name}".strip()
            item = f"{entry.item_label} {entry.item_name}".strip()
            new_project = index == 0 or project != shown_project
            new_item = new_project or item != shown_item
            for column, (text, new) in enumerate(((project, new_project), (item, new_item))):
                if new:
                    spans[column].append((index, index))
                    self.cell(cells[column], text, where=entry)
                else:
                    spans[column][-1] = (spans[column][-1][0], index)
            status = self.cell(cells[2], status_cell(entry), where=entry)
            if not entry.sub_item:
                status.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.cell(cells[3], entry.issue, where=entry)
            shown_project, shown_item = project, item
        for first, last in spans[0]:  # a project's rows on one page: its name stays in view
            for row in rows[first:last]:
                _keep_with_next(row)
        for column, column_spans in enumerate(spans):
            for first, last in column_spans:
                if last > first:
                    rows[first].cells[column].merge(rows[last].cells[column])

    def summary(self, report: Report) -> None:
        """Counts per policy and in total, the uncounted beside them, and percentages adding
        up to 100 per row: the 集計 of the other formats."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        scale = report.scale
        counted, uncounted = scale.counted, scale.uncounted
        # two header rows: 件数 over the symbols and 計, 割合（%） over the symbols
        top = [
            "政策番号",
            "政策名",
            *(["件数"] + [""] * len(counted)),
            *(f"{s}（{scale.label(s)}）" for s in uncounted),
            *(["割合（%）"] + [""] * (len(counted) - 1)),
        ]
        below = ["", "", *counted, "計", *([""] * len(uncounted)), *counted]
        numbers = (9,) * (len(counted) + 1) + (20,) * len(uncounted) + (10,) * len(counted)
        widths = (18, max(170 - 18 - sum(numbers), 30), *numbers)
        self.paragraph("集計", "Heading 2")
        self.paragraph(SUMMARY_TITLE, "表題", keep_with_next=True)
        groups = [(g.id, g.name, g.count) for g in report.summary.groups]
        table = self.table(widths, len(groups) + 2, top)
        second = table.rows[1]
        self.header_row(second, below)
        first_cells, second_cells = table.rows[0].cells, second.cells
        spans = [(0, 0), (1, 1)]
        spans += [(2 + len(counted) + 1 + i,) * 2 for i in range(len(uncounted))]
        for column, _ in spans:
            first_cells[column].merge(second_cells[column])
        start = 2 + len(counted) + 1 + len(uncounted)
        first_cells[2].merge(first_cells[2 + len(counted)])
        first_cells[start].merge(first_cells[start + len(counted) - 1])
        for row, (identifier, name, count) in zip(
            table.rows[2:], [*groups, ("合計", "", report.summary.total)], strict=True
        ):
            cells = row.cells
            self.cell(cells[0], identifier)
            self.cell(cells[1], name)
            values = [
                *(count.counts[s] for s in counted),
                count.total,
                *(count.uncounted[s] for s in uncounted),
                *percentages(count).values(),
            ]
            for cell, value in zip(cells[2:], values, strict=True):
                self.cell(cell, str(value)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self.paragraph("", "表間")
        self.paragraph(scale.legend(), "凡例")

    def issues(self, report: Report, *, with_sources: bool) -> None:
        """The issue list; the 出典 column (file › sheet › cell) only with sources."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        self.paragraph("課題一覧", "Heading 2")
        widths = SOURCED_ISSUE_WIDTHS_MM if with_sources else ISSUE_WIDTHS_MM
        headers = ISSUE_HEADERS if with_sources else ISSUE_HEADERS[:-1]
        table = self.table(widths, len(report.issues), headers)
        for row, entry, values in zip(
            table.rows[1:],
            report.issues,
            issue_rows(report.issues, full_source=True),
            strict=True,
        ):
            for column, (cell, value) in enumerate(zip(row.cells, values, strict=False)):
                paragraph = self.cell(cell, value, where=entry)
                if column == 3:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # tables ------------------------------------------------------------------------------

    def table(self, widths_mm: Sequence[float], rows: int, headers: Sequence[str]) -> Table:
        """A bordered table of fixed column widths, its header row shaded and repeated on
        every page, no row split across pages."""
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.shared import Mm

        table: Table = self.doc.add_table(rows=rows + 1, cols=len(widths_mm), style="Table Grid")
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for column, width in zip(table.columns, widths_mm, strict=True):
            column.width = Mm(width)
        for row in table.rows:
            _set_row(row, "w:cantSplit")
            for cell, width in zip(row.cells, widths_mm, strict=True):
                cell.width = Mm(width)
                cell.paragraphs[0].style = self.doc.styles["表本文"]
        self.header_row(table.rows[0], headers)
        return table

    def header_row(self, row: _Row, headers: Sequence[str]) -> None:
        """Shaded, bold and centred; repeated on every page the table runs onto."""
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

        _repeat_as_header(row)
        for cell, text in zip(row.cells, headers, strict=True):
            self.cell(cell, text).style = self.doc.styles["表見出し"]
            _shade(cell, HEAD_FILL)  # before vAlign: tcPr's children have an order
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    def cell(self, cell: _Cell, text: str, *, where: Entry | None = None) -> Paragraph:
        paragraph: Paragraph = cell.paragraphs[0]
        if text:
            paragraph.add_run(self.clean(text, where))
        return paragraph


# XML the python-docx API does not reach ------------------------------------------------------


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)


def _set_fonts(run_properties: Any, font: str) -> None:
    """Name ``font`` for every script in a run-properties element, East Asian included; the
    theme fonts the template points at would otherwise win over named ones."""
    from docx.oxml import OxmlElement

    fonts = run_properties.find(_qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        run_properties.insert(0, fonts)
    fonts.attrib.clear()
    for script in ("ascii", "eastAsia", "hAnsi", "cs"):
        fonts.set(_qn(f"w:{script}"), font)


def _paragraph_style(
    doc: Document,
    name: str,
    *,
    size: float = 10.5,
    space_after: float = 0,
    first_line: float = 0,
    bold: bool = False,
    font: str = BODY_FONT,
) -> Any:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    style: Any = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    _set_fonts(style.element.get_or_add_rPr(), font)
    style.font.size = Pt(size)
    style.font.bold = bold or None
    style.paragraph_format.space_after = Pt(space_after)
    if first_line:
        style.paragraph_format.first_line_indent = Pt(first_line)
    return style


def _font_table(doc: Document) -> None:
    """Declare the Yu fonts (Shift_JIS charset, panose, family) with their alternatives, so
    Word substitutes a Mincho or Gothic face, not a Western one, where they are missing."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.oxml import serialize_part_xml
    from docx.oxml import OxmlElement, parse_xml

    part: Any = doc.part.part_related_by(RELATIONSHIP_TYPE.FONT_TABLE)
    root = parse_xml(part.blob)
    for existing in root.findall(_qn("w:font")):
        if existing.get(_qn("w:name")) in _FONTS:
            root.remove(existing)
    for name, (alternatives, panose, family, pitch) in _FONTS.items():
        font = OxmlElement("w:font", {_qn("w:name"): name})
        for tag, value in (
            ("altName", alternatives),
            ("panose1", panose),
            ("charset", "80"),  # Shift_JIS
            ("family", family),
            ("pitch", pitch),
        ):
            font.append(OxmlElement(f"w:{tag}", {_qn("w:val"): value}))
        root.append(font)
    part._blob = serialize_part_xml(root)  # a plain part: python-docx has no font-table API


def _set_row(row: _Row, tag: str) -> None:
    from docx.oxml import OxmlElement

    properties = row._tr.get_or_add_trPr()
    if properties.find(_qn(tag)) is None:
        properties.append(OxmlElement(tag))


def _repeat_as_header(row: _Row) -> None:
    """Repeat the row at the top of every page the table runs onto, and keep it with the
    row below it."""
    _set_row(row, "w:tblHeader")
    _keep_with_next(row)


def _keep_with_next(row: _Row) -> None:
    """Keep the row on the page of the row below it (every paragraph of it, merged cells'
    included)."""
    from docx.text.paragraph import Paragraph

    for p in row._tr.iter(_qn("w:p")):
        Paragraph(p, None).paragraph_format.keep_with_next = True  # type: ignore[arg-type]


def _shade(cell: _Cell, fill: str) -> None:
    from docx.oxml import OxmlElement

    shading = OxmlElement("w:shd")
    shading.set(_qn("w:val"), "clear")
    shading.set(_qn("w:color"), "auto")
    shading.set(_qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A simple field (PAGE, NUMPAGES) that Word and LibreOffice update when they lay out."""
    from docx.oxml import OxmlElement

    field = OxmlElement("w:fldSimple")
    field.set(_qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
