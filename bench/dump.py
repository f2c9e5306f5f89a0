"""The export's yardstick: a bare xlsxwriter dump of the same cells.

    python bench/dump.py IN.xlsx OUT.xlsx --cells CELLS.pickle

Reads IN.xlsx with python-calamine (the reading any tool must do), then writes the cells in
CELLS.pickle — every cell of planeval's export of IN, sheet by sheet, extracted beforehand by
run.py — with plain write calls in xlsxwriter's constant-memory mode: no formats, merges,
layout, chart or print settings. Without --cells it writes the input's own cells.
"""

from __future__ import annotations

import argparse
import pickle
from pathlib import Path

import xlsxwriter
from python_calamine import CalamineWorkbook


def read_cells(path: Path) -> list[tuple[str, list[list[object]]]]:
    book = CalamineWorkbook.from_path(str(path))
    return [(name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--cells", type=Path)
    args = parser.parse_args()
    sheets = read_cells(args.source)
    if args.cells is not None:
        sheets = pickle.loads(args.cells.read_bytes())
    out = xlsxwriter.Workbook(
        str(args.target), {"constant_memory": True, "strings_to_formulas": False}
    )
    written = 0
    for name, rows in sheets:
        sheet = out.add_worksheet(name[:31])
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                if isinstance(value, str):
                    if value:
                        sheet.write_string(row, column, value)
                        written += 1
                elif value is not None:
                    sheet.write_number(row, column, value)
                    written += 1
    out.close()
    print(written, "cells written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
