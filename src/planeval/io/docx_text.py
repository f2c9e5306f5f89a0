"""A Word document's text for ``check``: the report planeval wrote and the clerk edited in
Word, read as Word's 「書式なしテキスト」 would give it — each paragraph a text, each table row
its cells between tabs (a cell merged across columns once) — in the document's order."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import Path

from planeval.errors import UsageError
from planeval.io.limits import MB, Limits
from planeval.model import Location, TextCell

_BODY = "word/document.xml"


def docx_paragraphs(path: Path, data: bytes) -> list[TextCell]:
    """The document's non-empty paragraphs (「3段落目」) and table rows (「表1の2行目」) as
    text cells. A file that is no Word document, or whose text part is past the limits, is a
    UsageError naming the file and what to give instead."""
    from docx import Document
    from docx.table import Table

    _check_archive(path, data)
    try:
        document = Document(io.BytesIO(data))
    except Exception as error:  # (python-docx raises lxml's, zipfile's and its own errors)
        raise UsageError(
            f"{path}: Word の文書（.docx）として読めません（{type(error).__name__}）。Word で開けるか"
            "確かめ、開けるなら「名前を付けて保存」で「書式なしテキスト (*.txt)」を選んで保存し、"
            "その .txt を --text に指定してください"
        ) from None
    cells: list[TextCell] = []
    paragraphs = tables = 0
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            tables += 1
            for number, row in enumerate(block.rows, 1):
                if line := "\t".join(_row_texts(row)).strip():
                    cells.append(_cell(path, f"表{tables}の{number}行目", line))
            continue
        paragraphs += 1
        if text := block.text.strip():
            cells.append(_cell(path, f"{paragraphs}段落目", text))
    return cells


def _row_texts(row: object) -> list[str]:
    """A table row's cells' texts, a cell merged across columns once (python-docx gives the
    merged cell at each column it spans)."""
    texts: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:  # type: ignore[attr-defined]
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        texts.append(" ".join(_unbroken(cell.text).split()))
    return texts


def _unbroken(text: str) -> str:
    """A cell's text with each line break between two Japanese characters left out: a name
    the Word export broke between its phrases (「窓口キャッシュレス決済の」 over 「導入」) read
    whole, as the rows name it, and one after a 「/」 before one (「電子調達/」 over 「マイナポー
    タル ○」: 「電子調達/マイナポータル ○」 as the form names it, not 「電子調達/ マイナポータル」);
    any other a space."""
    lines = text.split("\n")
    joined = lines[0]
    for line in lines[1:]:
        joined_up = (_wide(joined[-1:]) or joined[-1:] == "/") and _wide(line[:1])
        joined += line if joined_up else f" {line}"
    return joined


def _wide(character: str) -> bool:
    return bool(character) and unicodedata.east_asian_width(character) in "WF"


def _cell(path: Path, place: str, text: str) -> TextCell:
    return TextCell(Location(str(path), None, place), text)


def _check_archive(path: Path, data: bytes) -> None:
    """Refuse a .docx that is no Word document or whose text inflates past the limits (a
    crafted archive), before python-docx inflates it."""
    limits = Limits()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo(_BODY)
    except (zipfile.BadZipFile, KeyError):
        raise UsageError(
            f"{path}: Word の文書（.docx）ではありません（本文の部品 {_BODY} がありません）。"
            "報告書案の .docx か、「書式なしテキスト (*.txt)」で保存した .txt を --text に指定してください"
        ) from None
    if info.file_size > limits.part_mb * MB or (
        info.file_size > MB and info.file_size > limits.ratio * max(info.compress_size, 1)
    ):
        raise UsageError(
            f"{path}: 本文の部品が展開すると大きすぎるため、安全のため読みません"
            f"（{info.file_size / MB:,.0f} MB）。「書式なしテキスト (*.txt)」で保存した .txt を"
            "--text に指定してください"
        )
