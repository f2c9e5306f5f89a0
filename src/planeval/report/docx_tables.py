"""Writing text and tables into a Word document, as docx_export.py lays them out: text without
the characters XML cannot hold (a warning, once per place), styles looked up once, bordered
tables of fixed column widths with a shaded header row repeated on every page, and IDs
("1-1-1", "（1-1-1⑤再掲）") never broken at a line end."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from planeval.ids import name_gap
from planeval.model import Entry, Location, Problem, Severity
from planeval.report.docx_style import HEAD_FILL, add_id_run, repeat_as_header, set_row, shade
from planeval.report.text_export import ID_PATTERN

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table, _Cell, _Row
    from docx.text.paragraph import Paragraph

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class DocxWriter:
    """A Word document being written, with the warnings its texts gave (``problems``)."""

    def __init__(self, doc: Document, name: str) -> None:
        self.doc = doc
        self.style_ids: dict[str, str] = {}
        self.name = name
        self.problems: list[Problem] = []

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
    ) -> Table:
        """A bordered table of fixed column widths, its header row shaded and repeated on
        every page, no row split across pages."""
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.shared import Mm

        table: Table = self.doc.add_table(rows=rows + 1, cols=len(widths_mm))
        table._tbl.tblPr.style = self.style_id("Table Grid")
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for column, width in zip(table.columns, widths_mm, strict=True):
            column.width = Mm(width)
        for row in table.rows:
            set_row(row, "w:cantSplit")
            for cell, width in zip(row.cells, widths_mm, strict=True):
                cell.width = Mm(width)
                cell.paragraphs[0]._p.style = self.style_id("表本文")
        self.header_row(table.rows[0], headers)
        return table

    def header_row(self, row: _Row, headers: Sequence[str]) -> None:
        """Shaded, bold and centred; repeated on every page the table runs onto."""
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

        repeat_as_header(row)
        for cell, text in zip(row.cells, headers, strict=True):
            self.cell(cell, text)._p.style = self.style_id("表見出し")
            shade(cell, HEAD_FILL)  # before vAlign: tcPr's children have an order
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

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
            paragraph.add_run(text[at:])
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
