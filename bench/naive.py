"""The naive baseline: what a user would write with pandas + openpyxl (normal mode).

Reads every sheet of every workbook with pandas, finds the 達成状況 header, fills the project
column down (merged cells read as blanks), takes the symbol at the end of each status cell and
counts per policy. Kept honest: the straightforward script, no deliberate slowness.

    python bench/naive.py FOLDER_OR_FILE
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pandas as pd


def count(path: Path, counts: Counter[tuple[str, str]]) -> None:
    sheets = pd.read_excel(path, sheet_name=None, header=None, engine="openpyxl")
    for frame in sheets.values():
        header_rows = frame.index[frame.eq("達成状況").any(axis=1)]
        if len(header_rows) == 0:
            continue
        status_column = frame.columns[frame.loc[header_rows[0]].eq("達成状況")][0]
        project = frame[0].where(frame[0].astype(str).str.match(r"^\d+-\d+-\d+")).ffill()
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
