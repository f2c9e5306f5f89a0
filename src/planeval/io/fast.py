"""Reading a judged .xlsx with python-calamine: the fast path.

calamine reads values and merged ranges many times faster than openpyxl, but it aborts the
whole process (no exception) on some extreme sheets and does not say which cells hold formulas
or saved errors. So it is only given files that inspect_archive has passed — real extents
within the limits — and whose sheets claim a modest extent and hold no formulas and no error
values; every other file goes to openpyxl. What calamine does not report (sheet states, hidden
rows, planeval's derived-sheet marker) comes from the archive itself.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ElementTree
import zipfile
from dataclasses import dataclass
from pathlib import Path

from planeval.io.archive import ArchiveFacts
from planeval.io.grid import SheetGrid
from planeval.io.xlsx import DERIVED_SHEETS_PROPERTY, OpenedWorkbook

# Beyond this many cells (rows × columns, as claimed or as real) a sheet goes to openpyxl,
# which holds only the cells that exist.
MAX_CELLS = 4_000_000
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass(frozen=True, slots=True)
class SheetEntry:
    name: str
    part: str  # e.g. xl/worksheets/sheet1.xml
    visible: bool


def available() -> bool:
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return False
    return True


def workbook_sheets(archive: zipfile.ZipFile) -> list[SheetEntry]:
    """The sheets in workbook order with their parts and states (DTDs were refused already)."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {
        rel.get("Id"): rel.get("Target", "") for rel in relations.iter(f"{_RELS}Relationship")
    }
    sheets = []
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(_R_ID), "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        sheets.append(
            SheetEntry(
                sheet.get("name", ""),
                posixpath.normpath(part),
                sheet.get("state", "visible") == "visible",
            )
        )
    return sheets


def derived_sheets(archive: zipfile.ZipFile) -> set[str]:
    try:
        custom = ElementTree.fromstring(archive.read("docProps/custom.xml"))
    except KeyError:
        return set()
    for prop in custom:
        if prop.get("name") == DERIVED_SHEETS_PROPERTY:
            return {name for text in prop.itertext() for name in text.split(",")}
    return set()


def suitable(sheets: list[SheetEntry], facts: ArchiveFacts) -> bool:
    """Whether every visible sheet can go to calamine safely and lose nothing."""
    for sheet in sheets:
        part = facts.parts.get(sheet.part)
        if part is None:
            return False
        if sheet.visible and (
            part.has_formulas or part.has_errors or part.claimed_cells > MAX_CELLS
        ):
            return False
    return True


def open_fast(path: Path, facts: ArchiveFacts) -> OpenedWorkbook | None:
    """The workbook read with calamine, or None when it must go to openpyxl instead."""
    with zipfile.ZipFile(path) as archive:
        try:
            sheets = workbook_sheets(archive)
            derived = derived_sheets(archive)
        except (KeyError, ElementTree.ParseError):
            return None
    if not suitable(sheets, facts):
        return None
    from python_calamine import CalamineWorkbook

    opened = OpenedWorkbook()
    book = CalamineWorkbook.from_path(str(path))
    try:
        for sheet in sheets:
            if not sheet.visible:
                opened.hidden_sheets.append(sheet.name)
                continue
            if sheet.name in derived:
                opened.derived_sheets.append(sheet.name)
                continue
            grid = _grid(book.get_sheet_by_name(sheet.name), sheet.name)
            if grid is None:
                return None
            grid.hidden_rows = facts.parts[sheet.part].hidden_rows & set(grid.rows)
            opened.sheets.append(grid)
    finally:
        book.close()
    return opened


def _grid(sheet: object, name: str) -> SheetGrid | None:
    height, width = sheet.height, sheet.width  # type: ignore[attr-defined]
    if height * width > MAX_CELLS:
        return None
    values = sheet.to_python(skip_empty_area=False)  # type: ignore[attr-defined]
    rows: dict[int, list[object]] = {}
    for index, line in enumerate(values):
        cells: list[object] = [_value(value) for value in line]
        while cells and cells[-1] is None:
            cells.pop()
        if cells:
            rows[index] = cells
    grid = SheetGrid(name, rows)
    for (top, left), (bottom, _right) in sheet.merged_cell_ranges:  # type: ignore[attr-defined]
        if bottom == top:
            continue
        value = grid.value(top, left)
        for row in range(top + 1, bottom + 1):
            line = rows.setdefault(row, [])
            if left >= len(line):
                line.extend([None] * (left + 1 - len(line)))
            line[left] = value
            grid.continued.add((row, left))
    return grid


def _value(value: object) -> object:
    """calamine's value as openpyxl gives it: None for empty, whole floats as int."""
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
