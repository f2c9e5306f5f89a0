"""Reading a report's text (.txt, .md, a .docx saved as text) as text cells, for ``check``."""

from __future__ import annotations

from pathlib import Path

from planeval.errors import PlanevalError
from planeval.model import Location, TextCell


def text_paragraphs(path: Path) -> list[TextCell]:
    """The lines of a report text as text cells, each placed by its line number."""
    data = path.read_bytes()
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
