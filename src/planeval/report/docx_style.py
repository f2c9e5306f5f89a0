"""The Word document's styles, page setup and the XML python-docx does not reach.

Fonts: 游明朝 for text and 游ゴシック for headings, set in the styles for East Asian text too;
the font table names ＭＳ 明朝 / ＭＳ ゴシック as their alternatives where the Yu fonts are
missing. Pages: A4 with 20 mm margins, the title and fiscal year in the header, "n / N" below.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from planeval.report.cell_wrap import script_changes

if TYPE_CHECKING:
    from docx.document import Document
    from docx.section import Section
    from docx.table import Table, _Row
    from docx.text.paragraph import Paragraph

    from planeval.report.document import Report

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
HEAD_FILL = "DDEBF7"
TABLE_POINTS = 9  # the tables' text (表本文, 表見出し)
LEGEND_POINTS = 9  # a legend's (凡例)
# a character of a table at TABLE_POINTS in mm: full width an em; half width (digits, "."),
# 0.64 em, the widest of the fonts Word and LibreOffice may show in the Yu fonts' place
LEGEND_LINE = 0.9  # (of a line: text_mm is a line's widest likely width)
FULL_MM, HALF_MM = TABLE_POINTS * 25.4 / 72, TABLE_POINTS * 25.4 / 72 * 0.64
# the space Word and LibreOffice set where a kanji or kana meets a Latin letter or a digit
# (LibreOffice: a fifth of an em; 「年4回」 broke in a column measured without it)
AUTOSPACE_MM = FULL_MM / 4


def setup_document(doc: Document, report: Report, clean: Callable[[str], str]) -> None:
    """The styles (Japanese fonts for East Asian text too, Word heading styles, the report's
    paragraph styles), the font table, the document properties and the first page."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    styles = doc.styles
    defaults = styles.element.find(xml_name("w:docDefaults"))
    assert defaults is not None
    run_defaults = defaults.find(f"{xml_name('w:rPrDefault')}/{xml_name('w:rPr')}")
    assert run_defaults is not None
    _set_fonts(run_defaults, BODY_FONT)
    language = run_defaults.find(xml_name("w:lang"))
    if language is not None:  # ◎ ○ △ × and 「」 in the East Asian font
        language.set(xml_name("w:eastAsia"), "ja-JP")
    spacing = defaults.find(
        f"{xml_name('w:pPrDefault')}/{xml_name('w:pPr')}/{xml_name('w:spacing')}"
    )
    if spacing is not None:  # the template's 10 pt after and 1.15 lines: Word 2010 look
        spacing.attrib.clear()
        spacing.set(xml_name("w:after"), "0")
        _no_auto_space(spacing)

    normal: Any = styles["Normal"]
    _set_fonts(normal.element.get_or_add_rPr(), BODY_FONT)
    normal_spacing = normal.element.get_or_add_pPr().get_or_add_spacing()
    _no_auto_space(normal_spacing)  # (LibreOffice reads it from the style, not the defaults)
    normal.font.size = Pt(10.5)
    for level, size in ((1, 16), (2, 12), (3, 11)):
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
    _paragraph_style(doc, "本文", space_after=6, first_line=10.5)
    _paragraph_style(doc, "凡例", size=LEGEND_POINTS, space_after=6)
    _paragraph_style(doc, "表題", size=10.5, space_after=3, bold=True)
    _paragraph_style(
        doc, "年度", space_after=12
    ).paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _paragraph_style(doc, "表本文", size=9)
    head = _paragraph_style(doc, "表見出し", size=9, bold=True, font=HEADING_FONT)
    head.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _paragraph_style(doc, "表間", size=6)
    _font_table(doc)

    properties = doc.core_properties
    properties.title = clean(report.title)
    properties.subject = report.fiscal_label
    # (no tool's name as 作成者 in the PDF made of it: review 172 #6; ja-JP, its language)
    properties.author = properties.last_modified_by = ""
    properties.language = properties.language or "ja-JP"
    properties.comments = ""
    setup_page(doc.sections[0], report, clean, landscape=False)


def setup_page(
    section: Section, report: Report, clean: Callable[[str], str], *, landscape: bool
) -> None:
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
    tab_stops = header.paragraph_format.tab_stops
    tab_stops.clear_all()  # (a section set up again, turned: the fiscal year at its new edge)
    tab_stops.add_tab_stop(Emu(width), WD_TAB_ALIGNMENT.RIGHT)
    year = report.year_beside(report.title)
    header.add_run(clean(f"{report.title}\t{year}" if year else report.title))
    footer = section.footer.paragraphs[0]
    footer.clear()
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(footer, "PAGE", "1")
    footer.add_run(" / ")
    _field(footer, "NUMPAGES", "1")


# XML the python-docx API does not reach ------------------------------------------------------


def _no_auto_space(spacing: Any) -> None:
    """No space added between Japanese and Latin text or digits (「令和 5 年度（2023 年度）」 as
    Word and LibreOffice set it by default): autoSpaceDE/DN off, before ``spacing`` as the
    schema orders a paragraph's properties."""
    from docx.oxml import OxmlElement

    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        element = OxmlElement(tag)
        element.set(xml_name("w:val"), "0")
        spacing.addprevious(element)


def xml_name(tag: str) -> str:
    """The element or attribute name ``tag`` ("w:p") in Clark notation, as lxml takes it."""
    from docx.oxml.ns import qn

    return qn(tag)


def _set_fonts(run_properties: Any, font: str) -> None:
    """Name ``font`` for every script in a run-properties element, East Asian included; the
    theme fonts the template points at would otherwise win over named ones."""
    from docx.oxml import OxmlElement

    fonts = run_properties.find(xml_name("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        run_properties.insert(0, fonts)
    fonts.attrib.clear()
    for script in ("ascii", "eastAsia", "hAnsi", "cs"):
        fonts.set(xml_name(f"w:{script}"), font)


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
    for existing in root.findall(xml_name("w:font")):
        if existing.get(xml_name("w:name")) in _FONTS:
            root.remove(existing)
    for name, (alternatives, panose, family, pitch) in _FONTS.items():
        font = OxmlElement("w:font", {xml_name("w:name"): name})
        for tag, value in (
            ("altName", alternatives),
            ("panose1", panose),
            ("charset", "80"),  # Shift_JIS
            ("family", family),
            ("pitch", pitch),
        ):
            font.append(OxmlElement(f"w:{tag}", {xml_name("w:val"): value}))
        root.append(font)
    part._blob = serialize_part_xml(root)  # a plain part: python-docx has no font-table API


def legend_lines(legend: str, line_mm: float) -> str:
    """``legend``, each of its sentences on a line of its own where it takes most of a line
    or more (LEGEND_LINE), so that Word never leaves the last of it alone on a line (review
    113: 「…件数に含めていませ」 over 「ん」)."""
    sentences = [part for part in re.split(r"(?<=。)", legend) if part]
    if len(sentences) >= 2 and text_mm(legend) > LEGEND_LINE * line_mm:
        return "\n".join(_entries_on_lines(part, line_mm) for part in sentences)
    return _entries_on_lines(legend, line_mm)


def _entries_on_lines(sentence: str, line_mm: float) -> str:
    """A sentence of the legend wider than its line broken after an entry's 「、」 where each
    line fits: Word left 「ん）」 of 「…、再掲：-（件数に含めません）」 alone on a line (review
    134 #4); one no wider as it is."""
    if text_mm(sentence) <= line_mm:
        return sentence
    lines = [""]
    for entry in re.split(r"(?<=、)", sentence):
        if lines[-1] and text_mm(lines[-1] + entry) > line_mm:
            lines.append("")
        lines[-1] += entry
    return "\n".join(lines)


def text_mm(text: str) -> float:
    """The width of ``text`` on one line of a table, in mm (at most; no margins)."""
    wide = sum(FULL_MM if unicodedata.east_asian_width(ch) in "WFA" else HALF_MM for ch in text)
    return wide + AUTOSPACE_MM * script_changes(text)


def narrow_margins(table: Table, mm: float) -> None:
    """Cell margins of ``mm`` left and right in the whole table (Table Grid's: 1.9 mm)."""
    from docx.oxml import OxmlElement

    properties = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(xml_name("w:w"), str(round(mm * 1440 / 25.4)))
        margin.set(xml_name("w:type"), "dxa")
        margins.append(margin)
    properties.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")


def set_row(row: _Row, tag: str) -> None:
    from docx.oxml import OxmlElement

    properties = row._tr.get_or_add_trPr()
    if properties.find(xml_name(tag)) is None:
        properties.append(OxmlElement(tag))


def repeat_as_header(row: _Row) -> None:
    """Repeat the row at the top of every page the table runs onto, and keep it with the
    row below it."""
    set_row(row, "w:tblHeader")
    keep_with_next(row)


TAIL_KEPT = 3  # rows: a table's last rows printed together, never one or two alone on a page


def keep_ends(rows: Sequence[_Row]) -> None:
    """Keep a project's ``rows`` on one page where they are few (TAIL_KEPT at each end or
    fewer), else its first TAIL_KEPT — its name in view with them — and its last TAIL_KEPT
    each together, the rows between free to break over pages under the repeated header: a
    施策 of eight 事業 kept whole left half of each page empty (60 事業 on 11 pages, review 196
    #7)."""
    if not may_break(len(rows)):
        for row in rows[:-1]:
            keep_with_next(row)
        return
    for row in rows[: TAIL_KEPT - 1]:
        keep_with_next(row)
    keep_tail(rows)


def may_break(rows: int) -> bool:
    """Whether a project of ``rows`` rows may run over pages (keep_ends keeps it whole else)."""
    return rows > 2 * TAIL_KEPT


def keep_tail(rows: Sequence[_Row]) -> None:
    """Keep a table's last TAIL_KEPT rows on one page (each but the last with the row below
    it): its last one or two rows alone at a page's top under the repeated header left the
    page nearly empty (桜川市's 1-22, review 154 #11; 世田谷区's 課題一覧, review 152 #7)."""
    for row in rows[-TAIL_KEPT:-1]:
        keep_with_next(row)


def keep_with_next(row: _Row) -> None:
    """Keep the row on the page of the row below it (every paragraph of it, merged cells'
    included)."""
    from docx.text.paragraph import Paragraph

    style, keep = xml_name("w:pStyle"), xml_name("w:keepNext")
    for p in row._tr.iter(xml_name("w:p")):
        properties = p.pPr
        if properties is not None and len(properties) and properties[0].tag == style:
            found = properties.find(keep)  # (after the style, as the schema orders them:
            if found is None:  # python-docx's lookup of where it goes took 7 of 45 s with
                properties.insert(1, properties.makeelement(keep))  # 300 bodies: review 137)
            if found is None or not found.attrib:
                continue
        Paragraph(p, None).paragraph_format.keep_with_next = True  # type: ignore[arg-type]


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A simple field (PAGE, NUMPAGES) that Word and LibreOffice update when they lay out."""
    from docx.oxml import OxmlElement

    field = OxmlElement("w:fldSimple")
    field.set(xml_name("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
