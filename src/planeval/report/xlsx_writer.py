"""Writing xlsx safely with xlsxwriter (imported only here): formats made once, every text
cell kept as text within Excel's limits, print settings, and merged ranges over rows in
constant memory. Also plain tables, one sheet each (for compare --xlsx)."""

from __future__ import annotations

import functools
import math
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planeval.cells import cell_ref
from planeval.model import Location, Problem, Severity
from planeval.report.render import TableData
from planeval.report.safety import excel_text, looks_like_formula, sheet_name

if TYPE_CHECKING:
    from planeval.report.document import Report

FONT = "游ゴシック"
LINE_HEIGHT = 16.5
ROW_PADDING = 4.5  # points above and below the lines of a wrapped cell, together
DEFAULT_ROW_HEIGHT = 15.0
BODY = {"border": 1, "text_wrap": True, "valign": "top"}  # a table cell, every workbook's
# A4 landscape in points, less the margins print_setup sets (0.5 in left and right,
# 0.75 in top and bottom: the page header and footer sit inside those)
PRINTABLE_WIDTH = 841.89 - 72
PRINTABLE_HEIGHT = 595.28 - 108


def column_points(width: float) -> float:
    """A column ``width`` characters wide, in points (Excel: 7 px a character, 5 px padding)."""
    pixels = int(width * 12 + 0.5) if width < 1 else int(width * 7 + 0.5) + 5
    return pixels * 0.75


# LibreOffice lays a column out up to 6 % wider than Excel (with Calibri's metric twin
# Carlito; a sheet must print on one page wide in both)
LAYOUT_SLACK = 1.06


def fit_to_width_scale(widths: Sequence[float]) -> int:
    """The print scale (percent) at which columns ``widths`` fit A4 landscape's width."""
    needed = sum(column_points(width) for width in widths) * LAYOUT_SLACK
    return max(10, min(100, math.floor(100 * PRINTABLE_WIDTH / needed)))


def page_characters(columns: int) -> float:
    """The widths ``columns`` columns may add up to and print on A4 landscape's width at full
    size (fit_to_width_scale's 100)."""
    return (PRINTABLE_WIDTH / LAYOUT_SLACK / 0.75 - 6 * columns) / 7


def row_height(lines: int) -> float:
    """The height of a row of ``lines`` lines: every row by the same rule."""
    return lines * LINE_HEIGHT + ROW_PADDING


class _CharWidths(dict[str, float]):
    """Each character's width in Excel's units, looked up once per distinct character: a
    full-width character of an 11 pt font is 14.7 px, 2.1 of Calibri 11's 7 px."""

    def __missing__(self, character: str) -> float:
        width = self[character] = 2.1 if unicodedata.east_asian_width(character) in "WF" else 1
        return width


_CHARACTER_WIDTHS = _CharWidths()


@functools.lru_cache(maxsize=65_536)  # the same item and issue texts recur across rows
def display_width(text: str) -> int:
    """Columns the text takes in Excel's units (7 px of Calibri 11): its characters' widths
    added up in order (so the sum rounds as it always has), rounded up."""
    if text.isascii():  # (every character 1 wide)
        return len(text)
    return math.ceil(sum(map(_CHARACTER_WIDTHS.__getitem__, text)))


@functools.lru_cache(maxsize=65_536)
def line_count(text: str, width: float) -> int:
    """Lines ``text`` wraps to in a column ``width`` characters wide (an estimate)."""
    if "\n" not in text:  # (one paragraph)
        return _paragraph_lines(text, width)
    return sum(_paragraph_lines(part, width) for part in text.split("\n"))


# a line of a column ``width`` wide holds ``width`` + this in Excel (XLSX_UNITS' wrap), and
# the characters Excel's 禁則 keeps off a line's start (it takes the one before down with them)
EXCEL_ROOM = 0.1
NOT_AT_START = frozenset("、。，．・：；？！）」』】〕〉》")


def _paragraph_lines(text: str, width: float) -> int:
    """Lines of one paragraph: a text of wide characters only (most sentences) as Excel
    fills its lines, whole characters to a line, 禁則 moving a break back; any other a
    character's width short of its room. 24 wide characters in a column holding 12 to a
    line were given three lines by their width, 50.4 over 24.7 (review 130 #7)."""
    needed = display_width(text)
    if needed <= width - 1:
        return 1
    if not all(_CHARACTER_WIDTHS[character] > 2 for character in text):
        return max(1, math.ceil(needed / max(width - 1, 1)))
    per_line = max(int((width + EXCEL_ROOM) / _CHARACTER_WIDTHS["あ"]), 1)
    lines, start = 1, 0
    while len(text) - start > per_line:
        end = start + per_line
        start = end - (per_line > 1 and text[end] in NOT_AT_START)
        lines += 1
    return lines


@functools.lru_cache(maxsize=65_536)  # (the same statuses, names and texts recur across rows)
def cell_text(value: str) -> tuple[str, bool, bool]:
    """``value`` as a cell holds it (safety.excel_text), whether it was cut, and whether it
    looks like a formula (written with Excel's quote prefix): worked out once per distinct text."""
    safe, cut = excel_text(value)
    return safe, cut, looks_like_formula(safe)


# The many-row sheets' cells are written by xlsxwriter's undecorated writers, which its public
# write_string, write_number and write_blank call once they have tried the row as "A1" notation:
# planeval always gives numbers, and that try was a twentieth of the instructions of a
# 100,000-row export. xlsxwriter's own, so pyproject.toml pins it (tests/test_outputs_print.py
# fails if they move).
WRITES = ("_write_string", "_write_number", "_write_blank")


class Writer:
    """A workbook with cached formats and every text cell written safely."""

    def __init__(self, path: Path, source: str, *, constant_memory: bool = True) -> None:
        import xlsxwriter

        # constant memory: every sheet is written top to bottom, so a row leaves memory as soon
        # as the next one is started (the 100,000-row export stays far below 300 MB)
        self.book = xlsxwriter.Workbook(
            str(path), {"strings_to_formulas": False, "constant_memory": constant_memory}
        )
        self.formats: dict[tuple[tuple[str, Any], ...], Any] = {}
        self.properties: dict[int, dict[str, Any]] = {}  # a format's id → what made it
        self.problems: list[Problem] = []
        self.source = source
        self.used_names: set[str] = set()

    def close(self) -> None:
        """Finish the file, and leave the workbook to be freed by reference counting once the
        writer is let go: each sheet holds the workbook's add_format (xlsxwriter's, for its
        checkboxes), a loop only the collector would free, walking every row's record the
        sheets keep to the end (0.7 s of a 100,000-row export, in output.written_together's
        collection). After close nothing calls it."""
        self.book.close()
        for sheet in self.book.worksheets():
            sheet.workbook_add_format = None

    def fmt(self, **properties: Any) -> Any:
        key = tuple(sorted(properties.items()))
        if key not in self.formats:
            self.formats[key] = self.book.add_format({"font_name": FONT, **properties})
            self.properties[id(self.formats[key])] = properties
        return self.formats[key]

    def text(self, sheet: Any, row: int, column: int, value: str, **properties: Any) -> None:
        """Write ``value`` as text, never as a formula, within Excel's limits."""
        self.put(sheet, row, column, value, self.fmt(**properties))

    def put(self, sheet: Any, row: int, column: int, value: str, cell_format: Any) -> None:
        """``text`` with a format already made (for the many-row sheets). Written by
        xlsxwriter's undecorated _write_string and _write_blank (WRITES)."""
        if not value:
            sheet._write_blank(row, column, None, cell_format)
            return
        safe, cut, formula = cell_text(value)
        if cut:
            self.problems.append(
                Problem(
                    Location(self.source, sheet.get_name(), cell_ref(row, column)),
                    Severity.WARNING,
                    f"Excel の 1 セルの上限（32,767 文字）を超えるため、{len(value):,} 文字を切り詰めました",
                )
            )
        if formula:  # kept as text, and as text when edited in Excel
            cell_format = self.fmt(**self.properties[id(cell_format)], quote_prefix=True)
        sheet._write_string(row, column, safe, cell_format)

    def merged_text(
        self, sheet: Any, first: tuple[int, int], last: tuple[int, int], value: str, **props: Any
    ) -> None:
        """A merged range within one row (merge_range writes its blanks on that row only)."""
        assert first[0] == last[0], "ranges over several rows: merge_later"
        if first != last:
            sheet.merge_range(*first, *last, "", self.fmt(**props))
        self.text(sheet, *first, value, **props)

    @staticmethod
    def merge_later(
        sheet: Any, first_row: int, first_col: int, last_row: int, last_col: int
    ) -> None:
        """Record a merged range over several rows whose cells are written row by row.

        In constant-memory mode a row is written out as soon as a later one is touched, so
        merge_range (which writes blanks into the rows below at once) would lose them, and
        xlsxwriter has no public call for this: the range is added to ``worksheet.merge``,
        the list xlsxwriter writes <mergeCells> from when the sheet is closed. That is
        xlsxwriter's internal, so pyproject.toml pins xlsxwriter to the versions tested
        (tests/test_outputs_print.py fails if the list moves); this check fails loudly."""
        ranges = getattr(sheet, "merge", None)
        if not isinstance(ranges, list):  # pragma: no cover - a newer xlsxwriter
            raise RuntimeError("xlsxwriter's worksheet.merge has moved: pin xlsxwriter<3.4")
        ranges.append([first_row, first_col, last_row, last_col])

    def sheet(self, wanted: str) -> Any:
        return self.book.add_worksheet(sheet_name(wanted, self.used_names))

    def print_setup(
        self, sheet: Any, report: Report, *, repeat_row: int | None, scale: int | None = None
    ) -> None:
        """A4 landscape, fitted to the page width: at ``scale`` percent where the sheet has
        manual page breaks (Excel ignores them under "fit to"), else by "fit to 1 page wide";
        the report's title and fiscal year in the page header."""
        page_setup(
            sheet,
            left=report.title,
            right=report.year_beside(report.title),
            repeat_row=repeat_row,
            scale=scale,
        )

    def unprinted(self, sheet: Any) -> None:
        """A working sheet (データ, 集計に含めていない行: its files, sheets and cells, for the
        office) left out of a printed workbook — Excel's ブック全体を印刷, LibreOffice's PDF —
        and still shown: its print area one empty cell beside its table, a page that prints
        nothing (review 166 #4: two pages of file paths at an unreadable size). Its page setup
        stays, so clearing the print area (印刷範囲のクリア) prints it legibly."""
        beside = sheet.dim_colmax + 1 if sheet.dim_colmax is not None else 0
        sheet.print_area(0, beside, 0, beside)


def page_setup(
    sheet: Any,
    *,
    left: str,
    right: str,
    repeat_row: int | None,
    scale: int | None = None,
    upright: bool = False,
) -> None:
    """A printed sheet of planeval's (a report's, a template's): A4 landscape (``upright``:
    portrait, for a page of text) fitted to the page width (or at ``scale`` percent), the
    header row repeated, ``left`` and ``right`` in the page header, page numbers in the footer."""
    if not upright:
        sheet.set_landscape()
    sheet.set_paper(9)  # A4
    if scale is None:
        sheet.fit_to_pages(1, 0)
    else:
        sheet.set_print_scale(scale)
    sheet.set_margins(left=0.5, right=0.5, top=0.75, bottom=0.75)
    if repeat_row is not None:
        sheet.repeat_rows(repeat_row)
    right = f"&R{right.replace('&', '&&')}" if right else ""  # (none: the title names the year)
    sheet.set_header(f"&L{left.replace('&', '&&')}{right}")
    sheet.set_footer("&C&P / &N")


def write_tables_xlsx(tables: Sequence[TableData], target: Path, *, source: str) -> list[Problem]:
    """Plain tables, one sheet each (title as sheet name), header row bold and frozen."""
    writer = Writer(target, source)
    head = {"bold": True, "border": 1, "bg_color": "#DDEBF7"}
    for table in tables:
        sheet = writer.sheet(table.title or "Sheet")
        for column, header in enumerate(table.headers):
            writer.text(sheet, 0, column, header, **head)
            width = max([display_width(header), *(display_width(r[column]) for r in table.rows)])
            sheet.set_column(column, column, min(max(width + 2, 8), 60))
        for row, values in enumerate(table.rows, start=1):
            for column, value in enumerate(values):
                writer.text(sheet, row, column, value, border=1, text_wrap=True, valign="top")
        sheet.freeze_panes(1, 0)
        sheet.set_landscape()
        sheet.set_paper(9)
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(0)
    writer.close()
    return writer.problems
