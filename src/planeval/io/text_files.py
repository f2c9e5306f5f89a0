"""Reading a report's text (.txt, .md, a .docx saved as text) as text cells, for ``check``."""

from __future__ import annotations

from pathlib import Path

from planeval.errors import PlanevalError, UsageError
from planeval.model import Location, TextCell

# what a file that is not text starts with, and what it is (the report as Word writes it)
_NOT_TEXT = {
    b"PK\x03\x04": "Word などの文書・ブック（.docx・.xlsx）",
    b"\xd0\xcf\x11\xe0": "古い形式の Word 文書など（.doc）",
    b"%PDF": "PDF",
    b"{\\rtf": "リッチテキスト（.rtf）",
}


def text_paragraphs(path: Path) -> list[TextCell]:
    """The lines of a report text as text cells, each placed by its line number."""
    data = path.read_bytes()
    for start, kind in _NOT_TEXT.items():
        if data.startswith(start):
            raise UsageError(
                f"{path}: {kind}のファイルで、文章として読めません。Word なら「名前を付けて保存」で"
                "「書式なしテキスト (*.txt)」を選んで保存し、その .txt を --text に指定してください"
            )
    for encoding in ("utf-8-sig", "cp932"):
        try:
            content = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise PlanevalError(f"{path}: 文字コードが UTF-8 でも Shift_JIS でもないため読めません")
    return [
        TextCell(Location(str(path), None, f"{number}行目"), line.strip())
        for number, line in enumerate(content.splitlines(), start=1)
        if line.strip()
    ]
