"""Scanning one part of an archive as it inflates: the byte counter and the ratio check for
every part, and for a worksheet its formulas, saved errors, hidden rows, claimed extent
(<dimension>) and the extent its cells really address — measured against the row and column
limits and against the cell budget before any parser allocates a grid.
"""

from __future__ import annotations

import functools
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field

from planeval.io.limits import CELL_BUDGET, HOW, MB, Limits, Refused
from planeval.io.parts import inflated_past_limit, refuse_dtd

_OVERLAP = 64  # bytes kept between chunks so a tag split across them is still seen
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_ERROR_CELL = re.compile(rb"<(?:\w+:)?c\b[^>]*?\st=\"e\"")
_HIDDEN_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*?\bhidden=\"(?:1|true)\"[^>]*>")
_R_ATTRIBUTE = re.compile(rb"\sr=\"([0-9]+)\"")
_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b")
_SPACE = b" \t\r\n"
# literal searches that say where a full pattern may match (a literal-first pattern is searched
# for at C speed), each tried only on a window holding a byte its literal needs (a test for one
# byte runs at memchr speed, and most windows of a sheet hold no f, e or h at all)
_F_TAG = re.compile(rb"<f[\s>/]").search
_F_PREFIXED = re.compile(rb":f[\s>/]").search
_T_ERROR = re.compile(rb't="e"').search
_HIDDEN = re.compile(rb"hidden=").search
_DIMENSION = re.compile(
    rb"<(?:\w+:)?dimension\b[^>]*?\sref=\"([A-Z]{1,4})?([0-9]+)?:?([A-Z]{1,4})?([0-9]+)?\""
)
# The cell budget: columns beyond Z are rare, so every reference with two or more column
# letters is read; row numbers only from as many digits as could break the budget.
_WIDE = re.compile(rb'r="([A-Z]{2,4})[0-9]')
_NARROW_COLUMNS = 26
# Every cell and row element must carry its reference first (as Excel writes it): one
# without it is placed by position, which no reference scan sees. (A prefixed tag is <x:c or
# <x:row; a row's search starts at its w, rarer than <.) A match is only sure with the bytes a
# referenced tag needs (<c r=") after its start; nearer the window's end, the next window or the
# end of the part decides.
_UNREFERENCED = (
    re.compile(rb'<c(?! r=")[ >/]'),
    re.compile(rb':c(?! r=")[ >/]'),
    re.compile(rb'w(?<=[<:]row)(?! r=")[ >/]'),
)
_TAG_CONTEXT = len(b'<c r="')


@dataclass(slots=True)
class PartFacts:
    """What the stream of one worksheet part showed."""

    has_formulas: bool = False
    has_errors: bool = False  # a cell holding a saved error value (t="e")
    hidden_rows: set[int] = field(default_factory=set)  # 0-based
    claimed_cells: int = 0  # rows × columns of its <dimension>, whatever it claims
    # rows × columns its cell references reach at the most (an upper bound)
    addressed_cells: int = 0
    unreferenced: bool = False  # a cell or row element without its reference (r="…") first


def column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


@functools.lru_cache(maxsize=8)
def far_references(limits: Limits) -> re.Pattern[bytes]:
    """A pattern for cell and row references (``r="…"``) that might lie beyond the limits: only
    those with as many column letters or row digits as the limits have are looked at, so a
    normal sheet's hundred thousand references cost one fast scan (the pattern starts with a
    literal, which the regex engine searches for at C speed), not one Python step each."""
    letters = 1
    while 26**letters < limits.columns:
        letters += 1
    digits = len(str(limits.rows))
    return re.compile(
        rb'r="(?:([A-Z]{%d,4})([0-9]+)|([A-Z]{0,4})([0-9]{%d,}))"' % (letters, digits)
    )


@functools.lru_cache(maxsize=8)
def _long_rows(digits: int) -> re.Pattern[bytes]:
    return re.compile(rb'\sr="[A-Z]{0,4}([0-9]{%d,})"' % digits)


class _Budget:
    """The highest column and row a worksheet's references reach, found cheaply: an upper
    bound of the grid calamine would allocate for it."""

    def __init__(self) -> None:
        self.columns = _NARROW_COLUMNS
        self.rows = 0
        self.unseen_rows = 0  # rows below this many were not looked at

    def scan(self, window: bytes) -> None:
        """References from ``window`` (the chunk and the end of the one before)."""
        wide = _WIDE.findall(window)
        if wide:
            self.columns = max(self.columns, column_number(max(wide, key=lambda w: (len(w), w))))
        digits = len(str(max(CELL_BUDGET // self.columns, 1)))
        self.unseen_rows = max(self.unseen_rows, 10 ** (digits - 1) - 1)
        rows = _long_rows(digits).findall(window)
        if rows:
            self.rows = max(self.rows, max(map(int, rows)))

    @property
    def addressed(self) -> int:
        return max(self.rows, self.unseen_rows) * self.columns


def scan_part(
    chunks: Iterable[bytes],
    info: zipfile.ZipInfo,
    limits: Limits,
    total_before: int,
    *,
    xml: bool = True,
) -> tuple[PartFacts | None, int]:
    """Count one part's bytes as they inflate; its facts (worksheets only) and the bytes
    inflated. ``xml`` False: only counted (an image, a binary), not scanned."""
    is_sheet = xml and info.filename.startswith("xl/worksheets/")
    facts = PartFacts() if is_sheet else None
    far = far_references(limits)
    budget = _Budget() if is_sheet else None
    inflated = 0
    max_row = max_column = 0
    tail = b""
    for chunk in chunks:
        inflated += len(chunk)
        if inflated > limits.part_mb * MB:
            raise inflated_past_limit(info, limits)
        if total_before + inflated > limits.total_mb * MB:
            raise Refused(
                f"展開すると {limits.total_mb:,g} MB を超えるブックです"
                + HOW.format(key="total_mb")
            )
        if not xml:
            continue
        window = tail + chunk
        # each full scan runs only where a search for a literal (much faster) says it may match
        refuse_dtd(window, info)
        if facts is not None and budget is not None:
            if (
                not facts.has_formulas
                and b"f" in window
                and (_F_TAG(window) or _F_PREFIXED(window))
            ):
                facts.has_formulas = bool(_FORMULA.search(window))
            if not facts.has_errors and b"e" in window and _T_ERROR(window):
                facts.has_errors = bool(_ERROR_CELL.search(window))
            if not facts.claimed_cells and b"dimension" in window:
                facts.claimed_cells = _claimed_cells(window)
            if b"h" in window and _HIDDEN(window):
                for match in _HIDDEN_ROW.finditer(window):
                    number = _R_ATTRIBUTE.search(match[0])
                    if number:
                        facts.hidden_rows.add(int(number[1]) - 1)
            for match in far.finditer(window):
                start = match.start()
                if start == 0 or window[start - 1] not in _SPACE:
                    continue  # part of a longer attribute name
                letters, row = (match[1], match[2]) if match[1] else (match[3], match[4])
                if letters:
                    max_column = max(max_column, column_number(letters))
                elif not _ROW_TAG.match(window, window.rfind(b"<", 0, start)):
                    continue  # a bare row number counts only on a <row> element
                max_row = max(max_row, int(row))
            _check_extent(info.filename, max_row, max_column, limits)
            budget.scan(window)
            if not facts.unreferenced:
                facts.unreferenced = _unreferenced(window)
        tail = window[-_OVERLAP:]
    if facts is not None and budget is not None:
        facts.addressed_cells = budget.addressed
        facts.unreferenced = facts.unreferenced or _unreferenced(tail, end=True)
    return facts, inflated


def _unreferenced(window: bytes, *, end: bool = False) -> bool:
    """Whether a cell or row element in ``window`` lacks its reference first; one too near the
    window's end to tell is left to the next window, unless ``end`` (of the part). (Searched
    until one is found, rather than counting tags and references in every chunk.)"""
    for pattern in _UNREFERENCED:
        match = pattern.search(window)
        if match and (end or match.start() + _TAG_CONTEXT <= len(window)):
            return True
    return False


def _claimed_cells(window: bytes) -> int:
    match = _DIMENSION.search(window)
    if not match:
        return 0
    last_letters, last_row = match[3] or match[1], match[4] or match[2]
    if not last_letters or not last_row:
        return 0
    return column_number(last_letters) * int(last_row)


def _check_extent(part: str, rows: int, columns: int, limits: Limits) -> None:
    if rows > limits.rows:
        raise Refused(
            f"シート（{part}）の行が多すぎます（{rows:,} 行目まで、上限 {limits.rows:,} 行）。"
            "離れた場所に入力されたセルがあれば削除してください" + HOW.format(key="rows")
        )
    if columns > limits.columns:
        raise Refused(
            f"シート（{part}）の列が多すぎます（{columns:,} 列目まで、上限 {limits.columns:,} 列）。"
            "離れた場所に入力されたセルがあれば削除してください" + HOW.format(key="columns")
        )
