"""Build chapter3.xlsx from the plain-text transcription chapter3.tsv.

The workbook is laid out as the ward's own Excel would be: one sheet, the Chapter 3
heading, per policy its heading line, narrative paragraph and legend line, then per
direction a table (header row, direction row, item rows) with the project and item
cells merged over their rows.

Run from the repository root:  python data/setagaya/build_chapter3.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "chapter3.tsv"
TARGET = HERE / "chapter3.xlsx"

TEXT_KINDS = {"title", "text", "policy", "narrative", "legend"}
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def merge_down(sheet: Worksheet, column: int, starts: list[int], ends: list[int]) -> None:
    for first, last in zip(starts, ends, strict=True):
        if last > first:
            sheet.merge_cells(start_row=first, start_column=column, end_row=last, end_column=column)


def build(rows: list[dict[str, str]]) -> Workbook:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "第3章"
    for letter, width in zip("ABCD", (34, 44, 22, 40), strict=True):
        sheet.column_dimensions[letter].width = width

    excel_row = 0
    previous_seed_line = None
    project_starts: list[int] = []
    item_starts: list[int] = []
    table_rows: list[int] = []

    def close_table() -> None:
        if not table_rows:
            return
        last = table_rows[-1]
        project_ends = [start - 1 for start in project_starts[1:]] + [last]
        item_ends = [start - 1 for start in item_starts[1:]] + [last]
        merge_down(sheet, 1, project_starts, project_ends)
        merge_down(sheet, 2, item_starts, item_ends)
        project_starts.clear()
        item_starts.clear()
        table_rows.clear()

    for row in rows:
        seed_line = int(row["seed_line"])
        # one blank spreadsheet row wherever the seed had blank lines
        excel_row += 1 if previous_seed_line is None or seed_line == previous_seed_line + 1 else 2
        previous_seed_line = seed_line
        kind = row["kind"]
        values = [row["A"], row["B"], row["C"], row["D"]]
        if kind in TEXT_KINDS:
            close_table()
            cell = sheet.cell(row=excel_row, column=1, value=values[0])
            sheet.merge_cells(start_row=excel_row, start_column=1, end_row=excel_row, end_column=4)
            cell.alignment = WRAP
            if kind in {"title", "policy"}:
                cell.font = Font(bold=True, size=12 if kind == "policy" else 14)
            if kind == "narrative":
                sheet.row_dimensions[excel_row].height = 15 * (len(values[0]) // 60 + 1)
            continue
        if kind == "header":
            close_table()
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=excel_row, column=column, value=value or None)
            cell.border = BOX
            cell.alignment = WRAP
        if kind == "header":
            for column in range(1, 5):
                sheet.cell(row=excel_row, column=column).font = Font(bold=True)
                sheet.cell(row=excel_row, column=column).fill = PatternFill("solid", "DDEBF7")
        elif kind == "direction":
            sheet.merge_cells(start_row=excel_row, start_column=1, end_row=excel_row, end_column=4)
        elif kind == "item":
            table_rows.append(excel_row)
            if values[0]:
                project_starts.append(excel_row)
            if values[1]:
                item_starts.append(excel_row)
        else:
            raise ValueError(f"{SOURCE.name}: line for seed {seed_line}: unknown kind {kind!r}")
    close_table()
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    return book


def main() -> int:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET
    build(read_rows(SOURCE)).save(target)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
