"""The naive baseline: what a user would write with pandas + openpyxl in normal mode.

openpyxl's normal mode is what knows merged cells (pandas' own read_excel opens workbooks
read-only and sees a merged project cell as blanks), so the script loads each workbook with it,
copies each merged range's value into its cells (the usual recipe), makes a DataFrame per
sheet, finds the 達成状況 header, takes the symbol at the end of each status cell and counts per
policy. Kept honest: the straightforward script, no deliberate slowness.

    python bench/naive.py FOLDER_OR_FILE
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import openpyxl
import pandas as pd


def count(path: Path, counts: Counter[tuple[str, str]]) -> None:
    book = openpyxl.load_workbook(path, data_only=True)
    for sheet in book.worksheets:
        for merged in list(sheet.merged_cells.ranges):
            value = sheet.cell(merged.min_row, merged.min_col).value
            sheet.unmerge_cells(str(merged))
            for row in sheet.iter_rows(
                min_row=merged.min_row,
                max_row=merged.max_row,
                min_col=merged.min_col,
                max_col=merged.min_col,
            ):
                row[0].value = value
        frame = pd.DataFrame(sheet.values)
        header_rows = frame.index[frame.eq("達成状況").any(axis=1)]
        if len(header_rows) == 0:
            continue
        status_column = frame.columns[frame.loc[header_rows[0]].eq("達成状況")][0]
        project = frame[0].where(frame[0].astype(str).str.match(r"^\d+-\d+-\d+"))
        for index, status in frame[status_column].items():
            if index in header_rows or pd.isna(status) or pd.isna(project[index]):
                continue
            symbol = str(status).strip()[-1:]
            counts[(str(project[index]).split("-")[0], symbol)] += 1


def main() -> int:
    target = Path(sys.argv[1])
    files = sorted(target.glob("*.xlsx")) if target.is_dir() else [target]
    counts: Counter[tuple[str, str]] = Counter()
    for path in files:
        count(path, counts)
    print(sum(counts.values()), "rows counted")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
