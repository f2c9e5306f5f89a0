"""Writing text and tables into a Word document, as docx_export.py lays them out: text without
the characters XML cannot hold (a warning, once per place), styles looked up once, bordered
tables of fixed column widths with a shaded header row repeated on every page, and IDs
("1-1-1", "（1-1-1⑤再掲）") never broken at a line end."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from planeval.ids import name_gap
from planeval.model import Entry, Location, Problem, Severity
from planeval.report.docx_style import HEAD_FILL, xml_name
from planeval.report.text_export import ID_PATTERN

if TYPE_CHECKING:
    from docx.document import Document
    from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
    from docx.table import Table, _Cell, _Row
    from docx.text.paragraph import Paragraph

_HYPHENS = re.compile("(-)")
_SPECIAL = re.compile("[\t\r\n]")  # (written as Word's tab and line break)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BREAK = re.compile("\r\n?")  # (a line break pasted from another program: Windows', old Mac's)


class DocxWriter:
    """A Word document being written, with the warnings its texts gave (``problems``)."""

    def __init__(self, doc: Document, name: str) -> None:
        self.doc = doc
        self.style_ids: dict[str, str] = {}
        self.name = name
        self.problems: list[Problem] = []

    def clean(self, text: str, where: Entry | None = None) -> str:
        """``text`` without the characters XML cannot hold (a warning, once per place), each
        line break one (CR LF and CR as LF: python-docx writes a break for each of CR and LF, and
        「調査を⏎⏎令和4年度…」 showed an empty line the other formats have not, review 183 #2)."""
        if "\r" in text:
            text = _BREAK.sub("\n", text)
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

    def style_id(self, name: str) -> str:
        """The id of the style named ``name``, looked up once (python-docx's lookup walks every
        style each time: 35 of 57 s writing 60 bodies' 600 tables)."""
        if name not in self.style_ids:
            self.style_ids[name] = self.doc.styles[name].style_id
        return self.style_ids[name]

    def paragraph(self, text: str, style: str, *, keep_next: bool = False) -> Paragraph:
        paragraph = self.doc.add_paragraph(self.clean(text))
        paragraph._p.style = self.style_id(style)
        if keep_next:
            paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def table(
        self,
        widths_mm: Sequence[float],
        rows: int,
        headers: Sequence[str],
        *more_headers: Sequence[str],
        middle: bool = False,
    ) -> Table:
        """A bordered table of fixed column widths, its header row (and ``more_headers``, the
        rows below it) shaded and repeated on every page, no row split across pages. Its XML is
        written in one piece, as python-docx would set it cell by cell (each cell's width and
        style through its lookups: 18 of 40 s writing 300 bodies' 1,470 tables, review 137 #12);
        ``rows`` counts the rows under the first header row. ``middle``: each cell's text set
        in the middle of its row's height, as the header's (the issue list: a lone 「A」 or
        「1-1-1①」, a Latin font's shorter line, sat above the Japanese beside it at the top,
        review 136 #5)."""
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls
        from docx.shared import Mm
        from docx.table import Table, _Cell

        twips = [Mm(width).twips for width in widths_mm]
        head, body = self.style_id("表見出し"), self.style_id("表本文")
        grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in twips)
        header_cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>'
            f'<w:shd w:val="clear" w:color="auto" w:fill="{HEAD_FILL}"/>'
            '<w:vAlign w:val="center"/></w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{_attribute(head)}"/><w:keepNext/></w:pPr></w:p></w:tc>'
            for width in twips
        )
        header = f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{header_cells}</w:tr>"
        centred = '<w:vAlign w:val="center"/>' if middle else ""
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{centred}</w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{_attribute(body)}"/></w:pPr></w:p></w:tc>'
            for width in twips
        )
        row = f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr>"
        xml = (
            f"<w:tbl {nsdecls('w')}><w:tblPr>"
            f'<w:tblStyle w:val="{_attribute(self.style_id("Table Grid"))}"/>'
            '<w:tblW w:type="auto" w:w="0"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0"'
            ' w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>"
            f"{header * (1 + len(more_headers))}{row * (rows - len(more_headers))}</w:tbl>"
        )
        element = parse_xml(xml)
        self.doc.element.body._insert_tbl(element)
        table = Table(element, self.doc._body)
        for tr, texts in zip(element.tr_lst, (headers, *more_headers), strict=False):
            for tc, text in zip(tr.tc_lst, texts, strict=True):
                self.cell(_Cell(tc, table), text)
        return table

    def cell(self, cell: _Cell, text: str, *, where: Entry | None = None) -> Paragraph:
        """The text in the cell, any ID in it ("（1-1-1⑤再掲）") kept unbroken."""
        paragraph: Paragraph = cell.paragraphs[0]
        text = self.clean(text, where)
        at = 0
        for match in ID_PATTERN.finditer(text):
            if match.start() > at:
                paragraph.add_run(text[at : match.start()])
            add_id_run(paragraph, match.group())
            at = match.end()
        if at < len(text):
            _add_run(paragraph, text[at:])
        return paragraph

    def named(self, cell: _Cell, identifier: str, name: str, *, where: Entry) -> Paragraph:
        """ "1-1-1 名前": the ID unbroken, then the name."""
        paragraph: Paragraph = cell.paragraphs[0]
        identifier = self.clean(identifier, where)
        if identifier:
            add_id_run(paragraph, identifier)
        if name:
            self.cell(cell, f"{name_gap(identifier)}{name}" if identifier else name, where=where)
        return paragraph


def _attribute(text: str) -> str:
    """``text`` as an XML attribute's value between double quotes."""
    return escape(text, {'"': "&quot;"})


def row_cells(row: _Row) -> list[_Cell]:
    """The row's cells, one a ``w:tc``: python-docx's ``row.cells`` walks the table's grid
    for merged cells (4 of 45 s with 300 bodies: review 137 #12); here a cell merged down
    from the row above is its own (the rows' cells written are never those)."""
    from docx.table import _Cell

    return [_Cell(tc, row.table) for tc in row._tr.tc_lst]


def _add_run(paragraph: Paragraph, text: str) -> None:
    """A run of ``text`` at the paragraph's end, as python-docx's ``add_run`` writes it (its
    own way for tabs and line breaks: through it)."""
    if _SPECIAL.search(text):
        paragraph.add_run(text)
    else:
        add_text(new_run(paragraph), text)


def align(paragraph: Paragraph, how: WD_PARAGRAPH_ALIGNMENT) -> None:
    """``paragraph.alignment = how``, a table cell's (its style, and keepNext, before it) set
    without python-docx's lookup of where it goes (3 of 45 s with 300 bodies: review 137)."""
    properties = paragraph._p.pPr
    before = (xml_name("w:pStyle"), xml_name("w:keepNext"))
    if properties is None or any(child.tag not in before for child in properties):
        paragraph.alignment = how
        return
    properties.append(properties.makeelement(xml_name("w:jc"), {xml_name("w:val"): how.xml_value}))


def add_id_run(paragraph: Paragraph, identifier: str) -> None:
    """An ID (``1-1-1``, ``1-1-1②``) that never breaks at a line end: its hyphens as Word's
    non-breaking hyphen (read back as "-"), the rest kept together."""
    run = new_run(paragraph)
    for part in _HYPHENS.split(identifier):
        if part == "-":
            run.append(run.makeelement(xml_name("w:noBreakHyphen"), {}))
        elif part:
            add_text(run, part)


def new_run(paragraph: Paragraph) -> Any:
    """An empty run at the paragraph's end, as python-docx's ``add_run()`` writes it, without
    its lookups of where it goes (with add_text: 9 of 45 s with 300 bodies, review 137 #12)."""
    p = paragraph._p
    run = p.makeelement(xml_name("w:r"), {})
    p.append(run)
    return run


def add_text(run: Any, text: str) -> None:
    """``text`` (no tab or line break) at the run's end, as python-docx's ``add_t`` writes it:
    its spaces at either end kept."""
    element = run.makeelement(xml_name("w:t"), {})
    element.text = text
    if text.strip() != text:
        element.set(xml_name("xml:space"), "preserve")
    run.append(element)
