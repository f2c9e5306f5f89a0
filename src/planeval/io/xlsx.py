"""Opening an .xlsx/.xlsm with openpyxl into SheetGrids; openpyxl is imported only here."""

from __future__ import annotations

import warnings
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from planeval.cells import COUNTED_PAST_SHEET, DATA_SHEET, DERIVED_SHEETS_PROPERTY
from planeval.errors import PlanevalError
from planeval.io.grid import ExcelError, SheetGrid
from planeval.io.limits import FileTimeout, Refusal

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet


class UnreadableWorkbook(Refusal):
    """openpyxl could not read the file; the message says why, in Japanese."""


# not openpyxl's failures but the file's time limit and the user's Ctrl-C: passed on as they are
_PASSED_ON = (FileTimeout, KeyboardInterrupt)


# planeval's own export names its summary, issue-list and data sheets in this custom document
# property (DERIVED_SHEETS_PROPERTY): they repeat the policy sheets' rows and are not counted.
# The data sheet is opened all the same (``data_sheet``): an export of several bodies is
# read back from it (io/export_data.py); so is the sheet of what its count left out
# (``counted_past_sheet``, io/export_past_errors.py).


class OpenedWorkbook:
    """A workbook's sheets as grids, filled in as it is opened. (A plain class, not a
    dataclass: one is defined at every start, and a dataclass compiles its methods then.)"""

    __slots__ = ("counted_past_sheet", "data_sheet", "derived_sheets", "hidden_sheets", "sheets")

    def __init__(self) -> None:
        self.sheets: list[SheetGrid] = []
        self.hidden_sheets: list[str] = []
        self.derived_sheets: list[str] = []
        self.data_sheet: SheetGrid | None = None  # an export's data sheet (DATA_SHEET), if any
        # an export's sheet of what its count left out past errors (COUNTED_PAST_SHEET), if any
        self.counted_past_sheet: SheetGrid | None = None


def require_defusedxml() -> None:
    """Refuse to start without defusedxml (checked without importing openpyxl)."""
    import importlib.util

    if importlib.util.find_spec("defusedxml") is None:
        raise PlanevalError(
            "defusedxml がインストールされていないため、細工されたブックから身を守れません。"
            "pip install defusedxml を実行してから使ってください"
        )


def ensure_safe_xml() -> None:
    """Refuse to read anything unless openpyxl parses XML through defusedxml."""
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:
        raise PlanevalError(
            "defusedxml が使えないため、細工されたブックから身を守れません。"
            "pip install defusedxml を実行してから使ってください"
        )


def open_xlsx(
    path: Path, *, has_formulas: bool = True, source: BinaryIO | None = None
) -> OpenedWorkbook:
    """Read every visible sheet's values; merged cells filled down, unsaved formulas marked.
    ``source``: the judged bytes (or the open file they were judged from), read instead of
    ``path``. ``has_formulas`` False (known from inspecting the archive) spares the second
    pass. openpyxl's own warnings (an extension it drops, a comment on a merged cell…) are
    about formatting it does not keep, never about values: they are not shown."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _open(path, has_formulas, source)


def _open(path: Path, has_formulas: bool, source: BinaryIO | None) -> OpenedWorkbook:
    from openpyxl import load_workbook

    def load(data_only: bool) -> Workbook:
        if source is None:
            return load_workbook(path, data_only=data_only)
        source.seek(0)
        return load_workbook(source, data_only=data_only)

    try:
        book = load(True)
        formula_book = load(False) if has_formulas else None
    except _PASSED_ON:
        raise
    except Exception as error:  # every library failure becomes one sentence about the file
        raise UnreadableWorkbook(*_describe(error)) from error
    opened = OpenedWorkbook()
    try:
        derived = _derived_sheets(book)
        for sheet in book.worksheets:
            if sheet.sheet_state != "visible":
                opened.hidden_sheets.append(sheet.title)
                continue
            if sheet.title in derived:
                opened.derived_sheets.append(sheet.title)
                if sheet.title == DATA_SHEET:
                    opened.data_sheet = _grid(sheet)
                elif sheet.title == COUNTED_PAST_SHEET:
                    opened.counted_past_sheet = _grid(sheet)
                continue
            grid = _grid(sheet)
            if formula_book is not None:
                _mark_unsaved_formulas(grid, formula_book[sheet.title])
            opened.sheets.append(grid)
    except _PASSED_ON:
        raise
    except Exception as error:
        raise UnreadableWorkbook(*_describe(error)) from error
    return opened


def _derived_sheets(book: Workbook) -> set[str]:
    properties = getattr(book, "custom_doc_props", None)  # openpyxl ≥ 3.1; not in its stubs
    for prop in properties.props if properties is not None else ():
        if prop.name == DERIVED_SHEETS_PROPERTY and isinstance(prop.value, str):
            return set(prop.value.split(","))
    return set()


def _grid(sheet: Worksheet) -> SheetGrid:
    """The sheet's cells, sparse: only cells that exist are visited (never the claimed extent,
    which a crafted file can set to XFD1048576)."""
    rows: dict[int, list[object]] = {}
    has_errors = False
    formats: dict[tuple[int, int], str] = {}
    cells = sheet._cells  # openpyxl keeps the cells it read in this dict, keyed (row, column)
    for (row, column), cell in cells.items():
        value: object = cell.value
        if value is None:
            continue
        if cell.data_type == "e":  # a saved error such as #DIV/0!: keep it visible as such
            value = ExcelError(str(value))
            has_errors = True
        elif cell.data_type == "n" and cell.number_format != "General":  # (0.0%: cell_values)
            formats[row - 1, column - 1] = cell.number_format
        line = rows.setdefault(row - 1, [])
        if len(line) < column:
            line.extend([None] * (column - len(line)))
        line[column - 1] = value
    grid = SheetGrid(sheet.title, rows, has_errors=has_errors, formats=formats)
    for merged in sheet.merged_cells.ranges:
        top, left = merged.min_row - 1, merged.min_col - 1
        if merged.max_row == merged.min_row:
            continue
        top_value = grid.value(top, left)
        for row in range(top + 1, merged.max_row):
            line = rows.setdefault(row, [])
            if left >= len(line):
                line.extend([None] * (left + 1 - len(line)))
            line[left] = top_value
            grid.continued.add((row, left))
    grid.hidden_rows = {
        index - 1
        for index, dimension in sheet.row_dimensions.items()
        if dimension.hidden and index - 1 in rows
    }
    if grid.hidden_rows and sheet.auto_filter.filterColumn:
        from planeval.io.row_filter import filter_of_sheet

        grid.filtered = filter_of_sheet(sheet.auto_filter)
    return grid


def _mark_unsaved_formulas(grid: SheetGrid, sheet: Worksheet) -> None:
    for (row, column), cell in sheet._cells.items():
        formula = cell.value
        is_formula = (isinstance(formula, str) and formula.startswith("=")) or (
            formula is not None and type(formula).__name__ in {"ArrayFormula", "DataTableFormula"}
        )
        if is_formula and grid.value(row - 1, column - 1) is None:
            grid.unsaved_formulas.add((row - 1, column - 1))
            assert isinstance(grid.rows, dict)
            grid.rows.setdefault(row - 1, [])  # visit the row even though it holds no value


def _describe(error: Exception) -> tuple[str, str]:
    """Why openpyxl could not read the file, in a phrase, and the fix (UnreadableWorkbook)."""
    name = type(error).__name__
    if name in {"EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden"}:
        return (
            "XML に DTD やエンティティ宣言が含まれているため、安全のため読みません（細工されたファイルの可能性があります）",
            "",
        )
    if isinstance(error, zipfile.BadZipFile | zlib.error | EOFError):
        return (
            "ブックが壊れています（ZIP の中身を展開できません）",
            "元のファイルをもう一度送ってもらってください",
        )
    if isinstance(error, KeyError):
        return (
            "ブックに必要な部品が欠けています（壊れているか Excel 以外で作られたファイルです）",
            "Excel で開いて保存し直してください",
        )
    if isinstance(error, MemoryError):
        return "ブックが大きすぎてメモリに収まりません", ""
    return f"ブックとして読めません（{name}: {error}）", "Excel で開いて保存し直してください"
