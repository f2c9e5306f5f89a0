"""Opening an .xlsx/.xlsm with openpyxl into SheetGrids; openpyxl is imported only here."""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.io.grid import SheetGrid

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


class UnreadableWorkbook(Exception):
    """openpyxl could not read the file; the message says why, in Japanese."""


# planeval's own export names its summary, issue-list and data sheets in this custom document
# property: they repeat the policy sheets' rows and must not be counted again.
DERIVED_SHEETS_PROPERTY = "planeval_derived_sheets"


@dataclass(slots=True)
class OpenedWorkbook:
    sheets: list[SheetGrid] = field(default_factory=list)
    hidden_sheets: list[str] = field(default_factory=list)
    derived_sheets: list[str] = field(default_factory=list)


def open_xlsx(path: Path) -> OpenedWorkbook:
    """Read every visible sheet's values; merged cells filled down, unsaved formulas marked."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, data_only=True)
        formulas = _formula_sheets(path)
        formula_book = load_workbook(path, data_only=False) if formulas else None
    except Exception as error:  # every library failure becomes one sentence about the file
        raise UnreadableWorkbook(_describe(error)) from error
    opened = OpenedWorkbook()
    try:
        derived = _derived_sheets(book)
        for sheet in book.worksheets:
            if sheet.sheet_state != "visible":
                opened.hidden_sheets.append(sheet.title)
                continue
            if sheet.title in derived:
                opened.derived_sheets.append(sheet.title)
                continue
            grid = _grid(sheet)
            if formula_book is not None:
                _mark_unsaved_formulas(grid, formula_book[sheet.title])
            opened.sheets.append(grid)
    except Exception as error:
        raise UnreadableWorkbook(_describe(error)) from error
    return opened


def is_planeval_export(path: Path) -> bool:
    """Whether ``path`` is a report planeval wrote (its custom properties name derived sheets)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("docProps/custom.xml")
            if info.file_size > 1_000_000:
                return False
            return DERIVED_SHEETS_PROPERTY.encode() in archive.read(info)
    except (KeyError, OSError, zipfile.BadZipFile, zlib.error, EOFError, ValueError):
        return False


def _derived_sheets(book: Workbook) -> set[str]:
    properties = getattr(book, "custom_doc_props", None)  # openpyxl ≥ 3.1; not in its stubs
    for prop in properties.props if properties is not None else ():
        if prop.name == DERIVED_SHEETS_PROPERTY and isinstance(prop.value, str):
            return set(prop.value.split(","))
    return set()


def _grid(sheet: Worksheet) -> SheetGrid:
    rows: list[list[object]] = [list(row) for row in sheet.iter_rows(values_only=True)]
    grid = SheetGrid(sheet.title, rows)
    for merged in sheet.merged_cells.ranges:
        top, left = merged.min_row - 1, merged.min_col - 1
        if merged.max_row == merged.min_row or top >= len(rows):
            continue
        value = grid.value(top, left)
        for row in range(top + 1, min(merged.max_row, len(rows))):
            cells = rows[row]
            if left >= len(cells):
                cells.extend([None] * (left + 1 - len(cells)))
            cells[left] = value
            grid.continued.add((row, left))
    return grid


def _formula_sheets(path: Path) -> bool:
    """Whether any worksheet part holds a formula: only then is a second pass needed."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                with archive.open(name) as part:
                    if _FORMULA_TAG.search(part.read()):
                        return True
    return False


def _mark_unsaved_formulas(grid: SheetGrid, sheet: Worksheet) -> None:
    for row in sheet.iter_rows():
        for cell in row:
            formula = cell.value
            is_formula = (isinstance(formula, str) and formula.startswith("=")) or (
                formula is not None
                and type(formula).__name__ in {"ArrayFormula", "DataTableFormula"}
            )
            if cell.row is None or cell.column is None:
                continue
            r, c = cell.row - 1, cell.column - 1
            if is_formula and r < len(grid.rows) and grid.value(r, c) is None:
                grid.unsaved_formulas.add((r, c))


def _describe(error: Exception) -> str:
    name = type(error).__name__
    if name in {"EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden"}:
        return "XML に DTD やエンティティ宣言が含まれているため、安全のため読みません（細工されたファイルの可能性があります）"
    if isinstance(error, zipfile.BadZipFile | zlib.error | EOFError):
        return "ブックが壊れています（ZIP の中身を展開できません）。元のファイルをもう一度送ってもらってください"
    if isinstance(error, KeyError):
        return "ブックに必要な部品が欠けています（壊れているか Excel 以外で作られたファイルです）。Excel で開いて保存し直してください"
    if isinstance(error, MemoryError):
        return "ブックが大きすぎてメモリに収まりません"
    return f"ブックとして読めません（{name}: {error}）。Excel で開いて保存し直してください"
