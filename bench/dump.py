"""The export's yardstick: a bare xlsxwriter dump of the same cells.

Reads the workbook's cells with python-calamine and writes them, as they are, to one sheet
with xlsxwriter (constant_memory), nothing else: no formats, merges, layout or other sheets.

    python bench/dump.py IN.xlsx OUT.xlsx
"""

from __future__ import annotations

import sys

import xlsxwriter
from python_calamine import CalamineWorkbook


def main() -> int:
    source, target = sys.argv[1], sys.argv[2]
    book = CalamineWorkbook.from_path(source)
    out = xlsxwriter.Workbook(target, {"constant_memory": True, "strings_to_formulas": False})
    sheet = out.add_worksheet()
    row = 0
    for name in book.sheet_names:
        for values in book.get_sheet_by_name(name).to_python():
            for column, value in enumerate(values):
                if value != "":
                    sheet.write(row, column, value)
            row += 1
    out.close()
    print(row, "rows written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
