"""The number formats of a sheet's number cells, for the fast path (calamine gives values
only): where a cell's style has a format other than General (0.0%, #,##0), from the judged
archive's styles and the sheet's cells' style indexes (grid.SheetGrid.formats, which
io/cell_values.py shows a value by). Read only for a sheet holding numbers, and found by
plain searches of the bytes (the archive was judged: no DTD, within its limits)."""

from __future__ import annotations

import re
import zipfile

from planeval.io.source import Source
from planeval.lazy_pattern import LazyPattern

# Excel's built-in number formats a figure is typed in (ids of styles.xml's numFmtId)
BUILT_IN = {1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%"}

_NUM_FMT = LazyPattern(rb'<numFmt\b[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"')
_CELL_XFS = LazyPattern(rb"<cellXfs\b.*?</cellXfs>", re.S)
_XF = LazyPattern(rb"<xf\b([^>]*)>")
_CELL = LazyPattern(rb'<c r="([A-Z]{1,3})(\d{1,7})"([^>]*)>')
_ATTRIBUTE = LazyPattern(rb'\b(s|t|numFmtId)="([^"]*)"')


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number - 1


def _styles(styles: bytes) -> list[str]:
    """Each cell style's (xf's) number format code, "" for General or one not known."""
    import html  # (here, not at start-up: its entities' table costs 8 M instructions to build)

    own = {int(i): html.unescape(code.decode()) for i, code in _NUM_FMT.findall(styles)}
    known = {**BUILT_IN, **own}
    block = _CELL_XFS.search(styles)
    codes = []
    for attributes in _XF.findall(block[0] if block else b""):
        found = dict(_ATTRIBUTE.findall(attributes))
        codes.append(known.get(int(found.get(b"numFmtId", b"0") or 0), ""))
    return codes


def sheet_formats(source: Source, part: str) -> dict[tuple[int, int], str]:
    """(row, column) → the number format of each number cell of the sheet ``part`` whose
    style has one other than General; {} where no style has one."""
    try:
        with zipfile.ZipFile(source.stream()) as archive:
            codes = _styles(archive.read("xl/styles.xml"))
            if not any(codes):
                return {}
            sheet = archive.read(part)
    except (KeyError, ValueError, zipfile.BadZipFile):
        return {}  # (no styles: every cell General)
    formats = {}
    for letters, row, attributes in _CELL.findall(sheet):
        found = dict(_ATTRIBUTE.findall(attributes))
        style = int(found.get(b"s", b"0") or 0)
        if found.get(b"t", b"n") == b"n" and style < len(codes) and codes[style]:
            formats[int(row) - 1, _column(letters)] = codes[style]
    return formats
