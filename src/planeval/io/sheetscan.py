"""Scanning one part of an archive as it inflates: the byte counter and the ratio check for
every part, and for a worksheet its formulas, saved errors, hidden rows, claimed extent
(<dimension>) and the extent its cells really address — measured against the row and column
limits and against the cell budget before any parser allocates a grid.

Each window (a chunk and the end of the one before, so a tag cut between them is seen whole)
gets a handful of searches that run at C speed, each starting with a literal (or a test for one
byte, which runs at memchr speed), and in an ordinary sheet they match nothing: no Python step
per cell or reference. Only where one matches does the exact reading run, on that window
alone.
"""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation as
# its class is made — PartFacts' 7 fields — on every run)
import functools
import re
import zipfile
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from planeval.io.limits import CELL_BUDGET, HOW, MB, Limits, Refused
from planeval.io.parts import inflated_past_limit, refuse_dtd
from planeval.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from planeval.io.row_filter import RowFilter

_OVERLAP = 64  # bytes kept between chunks so a tag split across them is still seen
_FORMULA = LazyPattern(rb"<(?:\w+:)?f[\s>/]")
_ERROR_CELL = LazyPattern(rb"<(?:\w+:)?c\b[^>]*?\st=\"e\"")
_HIDDEN_ROW = LazyPattern(rb"<(?:\w+:)?row\b[^>]*?\bhidden=\"(?:1|true)\"[^>]*>")
_R_ATTRIBUTE = LazyPattern(rb"\sr=\"([0-9]+)\"")
_ROW_TAG = LazyPattern(rb"<(?:\w+:)?row\b")
_SPACE = b" \t\r\n"
# literal searches that say where a full pattern may match (a literal-first pattern is searched
# for at C speed, the faster the rarer its first byte: <f and :f from their f), tried only on a
# window holding that byte; t="e" and hidden= are found as the byte strings they are (faster
# than a pattern), in a window holding an e or an h
_F_TAG = re.compile(rb"f(?<=[<:]f)[\s>/]").search
_DIMENSION = re.compile(
    rb"<(?:\w+:)?dimension\b[^>]*?\sref=\"([A-Z]{1,4})?([0-9]+)?:?([A-Z]{1,4})?([0-9]+)?\""
)
# The cell budget: columns beyond Z are rare, so every reference with two or more column
# letters is read; row numbers only from as many digits as could break the budget.
_WIDE = LazyPattern(rb'r="([A-Z]{2,4}+)[0-9]')
_NARROW_COLUMNS = 26
# Every cell and row element must carry its reference first (as Excel writes it): one
# without it is placed by position, which no reference scan sees. (A prefixed tag is <x:c or
# <x:row; a row's search starts at its w, rarer than <.) A match is only sure with the bytes a
# referenced tag needs (<c r=") after its start; nearer the window's end, the next window or the
# end of the part decides. Each pattern searched as it is: its literal start found in C, a
# window's search about as fast as one count of its tags — but for the cells', which stops at
# every cell, and the prefixed tags', which scans for a rare :c: those are searched only where
# a test in C says they may match (_may_lack), which costs less (perf51: the three searches
# 547 → 447 M on independent L's 22 MB).
_UNREFERENCED = (
    re.compile(rb'<c(?! r=")[ >/]'),
    re.compile(rb':c(?! r=")[ >/]'),  # (a prefixed tag)
    re.compile(rb'w(?<=[<:]row)(?! r=")[ >/]'),
)
_TAG_CONTEXT = len(b'<c r="')


def _may_lack(window: bytes) -> list[re.Pattern[bytes]]:
    """Those of _UNREFERENCED that may match ``window`` (of _COUNTED_FROM bytes or more) where
    _unreferenced heeds it: the cells' only where <c outnumbers <c r=" and <co (<cols>,
    <conditionalFormatting>) together (each starts with one <c, none overlapping another: equal
    counts leave no other <c), counting only the tags with room for r=" after their <c (one
    nearer the window's end is left to the next window); the prefixed tags' only where a :c is;
    the rows' always."""
    room = len(window) - _TAG_CONTEXT + 2
    others = window.count(b"<c", 0, room) - window.count(b'<c r="')
    cells = others > 0 and others != window.count(b"<co", 0, room + 1)
    return [*_UNREFERENCED[: 1 if cells else 0], *_UNREFERENCED[1 if b":c" in window else 2 :]]


_COUNTED_FROM = 4096  # bytes: in a smaller window (a part's tail) counting costs more


class PartFacts(NamedTuple):
    """What the stream of one worksheet part showed. (A named tuple, not a dataclass: one is
    defined at every start, and a dataclass compiles its methods then.)"""

    has_formulas: bool
    has_errors: bool  # a cell holding a saved error value (t="e")
    hidden_rows: set[int]  # 0-based
    claimed_cells: int  # rows × columns of its <dimension>, whatever it claims
    # rows × columns its cell references reach at the most (an upper bound)
    addressed_cells: int
    unreferenced: bool  # a cell or row element without its reference (r="…") first
    # an autofilter with a criterion set (a row it hides is hidden by it, not by hand); None
    # without one
    filtered: "RowFilter | None" = None  # (row_filter imported only where a row is hidden)


def _filter_of(xml: bytes) -> "RowFilter | None":
    from planeval.io.row_filter import filter_of_xml

    return filter_of_xml(xml)


def column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


@functools.lru_cache(maxsize=8)
def _far_letters(limits: Limits) -> int:
    """The fewest column letters that can name a column past the limit."""
    letters = 1
    while column_number(b"Z" * letters) <= limits.columns:
        letters += 1
    return letters


@functools.lru_cache(maxsize=8)
def far_references(limits: Limits) -> re.Pattern[bytes]:
    """A pattern for cell and row references (``r="…"``) that might lie beyond the limits,
    chosen by value, so that a sheet within them has none: those with as many column letters
    as could pass the column limit, and row numbers longer than the row limit or as long and
    starting with a digit at least its first."""
    most = str(limits.rows).encode()
    rows = rb"[0-9]{%d,}+|[%s-9][0-9]{%d}" % (len(most) + 1, most[:1], len(most) - 1)
    return re.compile(
        rb'r="(?:([A-Z]{%d,4}+)([0-9]++)|([A-Z]{0,4}+)(%s))"' % (_far_letters(limits), rows)
    )


@functools.lru_cache(maxsize=16)
def _unusual_references(letters: int, digits: int) -> re.Pattern[bytes]:
    """References (``r="…"``) of at least ``letters`` column letters or ``digits`` row digits:
    everything the exact reading could take from a window. A usual one (r="B1234") fails
    after a few bytes, without backtracking (possessive repeats); one cut by the window's end
    cannot match, and is read whole in the next."""
    return re.compile(rb'r="[A-Z]{0,%d}+[0-9]{0,%d}+[A-Z0-9]' % (letters - 1, digits - 1))


@functools.lru_cache(maxsize=8)
def _long_rows(digits: int) -> re.Pattern[bytes]:
    # (the space before r= is looked back at, so the search starts with the literal r=")
    return re.compile(rb'r="(?<=\sr=")[A-Z]{0,4}+([0-9]{%d,}+)"' % digits)


def _row_digits(columns: int) -> int:
    """The fewest digits of a row number that could break the cell budget at ``columns``."""
    return len(str(max(CELL_BUDGET // columns, 1)))


class _Budget:
    """The highest column and row a worksheet's references reach, found cheaply: an upper
    bound of the grid calamine would allocate for it. Rows are read only from as many digits
    as could break the budget at the columns the first window shows; all rows below that are
    taken as reached (unseen_rows), so a row with fewer digits read later could not raise
    the bound."""

    def __init__(self) -> None:
        self.columns = _NARROW_COLUMNS
        self.rows = self.unseen_rows = 0
        self.digits = _row_digits(self.columns)
        self.settled = False

    def read(self, window: bytes, start: int) -> None:
        wide = set(_WIDE.findall(window, start))  # (a sheet's few columns, on every row)
        if wide:
            self.columns = max(self.columns, column_number(max(wide, key=lambda w: (len(w), w))))
        self.settle()
        rows = set(_long_rows(self.digits).findall(window, start))  # (a row's, on each cell)
        if rows:
            self.rows = max(self.rows, max(map(int, rows)))

    def settle(self) -> None:
        """Fix the digits read at the columns seen so far (after the first window)."""
        if not self.settled:
            self.digits = _row_digits(self.columns)
            self.unseen_rows = 10 ** (self.digits - 1) - 1
            self.settled = True

    @property
    def addressed(self) -> int:
        return max(self.rows, self.unseen_rows) * self.columns


class _Sheet:
    """What the windows of one worksheet part show, gathered as they pass."""

    def __init__(self, part: str, limits: Limits) -> None:
        self.part, self.limits = part, limits
        # the facts so far (PartFacts, once the part has ended)
        self.has_formulas = self.has_errors = self.unreferenced = False
        self.claimed_cells = 0
        self.hidden_rows: set[int] = set()
        self.filtered: RowFilter | None = None
        self.budget = _Budget()
        # what makes a reference unusual: as many column letters as a wide or far column
        # has, or as many row digits as a far row
        self.letters = min(2, _far_letters(limits))
        self.digits = len(str(limits.rows))
        self.max_row = self.max_column = 0

    def scan(self, window: bytes) -> None:
        """One window: its marks, a tag without its reference, and the exact reading of its
        references only if one of them is unusual."""
        self._find_marks(window)
        if not self.unreferenced:
            self.unreferenced = _unreferenced(window)
        digits = min(self.budget.digits, self.digits)
        unusual = _unusual_references(self.letters, digits).search(window)
        if unusual:
            # (the first window is read whole: a wide column in it lowers the digits read)
            self._read_references(window, unusual.start() if self.budget.settled else 0)
        self.budget.settle()

    def finish(self, tail: bytes) -> PartFacts:
        """The facts, once the end of the part has decided a tag cut by it."""
        if not self.unreferenced:
            self.unreferenced = _unreferenced(tail, end=True)
        return PartFacts(
            self.has_formulas,
            self.has_errors,
            self.hidden_rows,
            self.claimed_cells,
            self.budget.addressed,
            self.unreferenced,
            self.filtered
            if self.filtered is not None or not self.hidden_rows or b"filterColumn" not in tail
            else _filter_of(tail),
        )

    def _find_marks(self, window: bytes) -> None:
        """Formulas, saved errors, the claimed extent and hidden rows."""
        if not self.has_formulas and b"f" in window and _F_TAG(window):
            self.has_formulas = bool(_FORMULA.search(window))
        # (an e and an h are in a sheet's namespaces, but in few of its windows after the
        # first: a test for one byte, at memchr speed, spares the others the longer search)
        if not self.has_errors and b"e" in window and b't="e"' in window:
            self.has_errors = bool(_ERROR_CELL.search(window))
        if not self.claimed_cells and b"dimension" in window:
            self.claimed_cells = _claimed_cells(window)
        if b"h" in window and b"hidden=" in window:
            for match in _HIDDEN_ROW.finditer(window):
                number = _R_ATTRIBUTE.search(match[0])
                if number:
                    self.hidden_rows.add(int(number[1]) - 1)
        # (an autofilter's criterion, after the rows: looked for only once a row is hidden —
        # a criterion that hides none changes nothing read)
        if self.hidden_rows and self.filtered is None and b"filterColumn" in window:
            self.filtered = _filter_of(window)

    def _read_references(self, window: bytes, start: int) -> None:
        """The exact reading of the references from ``start`` on (the first unusual one): the
        budget's columns and rows, and any beyond the limits."""
        self.budget.read(window, start)
        # (the pattern compiled only here: a sheet of usual references asks for none)
        for match in far_references(self.limits).finditer(window, start):
            at = match.start()
            if at == 0 or window[at - 1] not in _SPACE:
                continue  # part of a longer attribute name
            letters, row = (match[1], match[2]) if match[1] else (match[3], match[4])
            if letters:
                self.max_column = max(self.max_column, column_number(letters))
            elif not _ROW_TAG.match(window, window.rfind(b"<", 0, at)):
                continue  # a bare row number counts only on a <row> element
            self.max_row = max(self.max_row, int(row))
        _check_extent(self.part, self.max_row, self.max_column, self.limits)


def _unreferenced(window: bytes, *, end: bool = False) -> bool:
    """Whether a cell or row element in ``window`` lacks its reference first; one too near the
    window's end to tell is left to the next window, unless ``end`` (of the part)."""
    whole = end or len(window) < _COUNTED_FROM  # (the part's tail: every search)
    for pattern in _UNREFERENCED if whole else _may_lack(window):
        match = pattern.search(window)
        if match and (end or match.start() + _TAG_CONTEXT <= len(window)):
            return True
    return False


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
    sheet = _Sheet(info.filename, limits) if is_sheet else None
    inflated = 0
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
        refuse_dtd(window, info)
        if sheet is not None:
            sheet.scan(window)
        tail = window[-_OVERLAP:]
    return (sheet.finish(tail) if sheet is not None else None), inflated


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
            f"シート（{part}）の行が多すぎます（{rows:,} 行目まで、上限 {limits.rows:,} 行）",
            "離れた場所に入力されたセルがあれば削除してください" + HOW.format(key="rows"),
        )
    if columns > limits.columns:
        raise Refused(
            f"シート（{part}）の列が多すぎます（{columns:,} 列目まで、上限 {limits.columns:,} 列）",
            "離れた場所に入力されたセルがあれば削除してください" + HOW.format(key="columns"),
        )
