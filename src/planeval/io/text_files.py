"""Reading a report's text (.txt, .md, a Word .docx or one saved as text, an .html page) as
text cells, for ``check``."""

from __future__ import annotations

from pathlib import Path

from planeval.errors import PlanevalError, UsageError
from planeval.lazy_pattern import LazyPattern
from planeval.model import Location, TextCell

# what a file that is not text starts with, and what it is (the report as Word writes it)
_NOT_TEXT = {
    b"PK\x03\x04": "Office の文書など（.docx の名前でないもの）",
    b"\xd0\xcf\x11\xe0": "古い形式の Word 文書など（.doc）",
    b"%PDF": "PDF",
    b"{\\rtf": "リッチテキスト（.rtf）",
}


def text_paragraphs(path: Path) -> list[TextCell]:
    """The lines of a report text as text cells, each placed by its line number."""
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04") and path.suffix.lower() in (".docx", ".docm"):
        from planeval.io.docx_text import docx_paragraphs  # (python-docx: only when given one)

        return docx_paragraphs(path, data)
    if data.startswith(b"PK\x03\x04") and path.suffix.lower() in (".xlsx", ".xlsm"):
        raise UsageError(  # (a workbook is no report's text: the report is, .docx read as it is)
            f"{path}: Excel のブック（{path.suffix}）で、報告書の文章ではありません。報告書の"
            "文章を、Word の文書（.docx）のまま、または .txt・.md・.html で --text に指定して"
            "ください（集計する調査票は、--text の前に指定します）"
        )
    for start, kind in _NOT_TEXT.items():
        if data.startswith(start):
            raise UsageError(
                f"{path}: {kind}のファイルで、文章として読めません。Word なら「名前を付けて保存」で"
                "「書式なしテキスト (*.txt)」を選んで保存し、その .txt を --text に指定してください"
            )
    content = decoded(path, data)
    # (a page as a browser copies it, each line placed by the source line it starts on; its
    # parser imported here, not when every command starts)
    from planeval.io.html_text import is_page, page_lines

    lines = (
        page_lines(content) if is_page(path.name, content) else enumerate(content.splitlines(), 1)
    )
    return [
        TextCell(Location(str(path), None, f"{number}行目"), line.strip())
        for number, line in lines
        if line.strip()
    ]


_LINE = LazyPattern(r"(\d+)行目")


def line_number(location: Location) -> int | None:
    """The line of a report text a text cell of text_paragraphs stands on (an empty line
    between two is an empty line of the file); None for a page's (placed by the source line
    its text starts on, its empty cells left out) or a workbook's."""
    found = _LINE.fullmatch(location.cell or "") if location.sheet is None else None
    if found is None or location.file.lower().endswith((".html", ".htm")):
        return None
    return int(found[1])


def decoded(path: Path, data: bytes) -> str:
    """A text file's bytes as text: UTF-8 (with or without a BOM), else Shift_JIS (cp932, as
    Japanese Windows saves it); neither is a PlanevalError naming the file."""
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise PlanevalError(f"{path}: 文字コードが UTF-8 でも Shift_JIS でもないため読めません")
