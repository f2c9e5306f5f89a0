"""The bare calamine floor of the family benchmark: every cell of every sheet read with
python-calamine, the 達成状況 column found on the first header row and its values counted with a
Counter (no layout, no policies, no checks).

python bench/floor_status.py FOLDER_OR_FILE
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from python_calamine import CalamineWorkbook


def main() -> int:
    target = Path(sys.argv[1])
    files = sorted(target.glob("*.xlsx")) if target.is_dir() else [target]
    counts: Counter[object] = Counter()
    for path in files:
        book = CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:
            rows = book.get_sheet_by_name(name).to_python()
            column = next((row.index("達成状況") for row in rows if "達成状況" in row), None)
            if column is not None:
                counts.update(row[column] for row in rows if len(row) > column)
    print(sum(counts.values()), "cells counted")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
