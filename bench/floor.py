"""The floor: read every cell of every workbook with python-calamine and count with a Counter.

python bench/floor.py FOLDER_OR_FILE
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
            for row in book.get_sheet_by_name(name).to_python():
                counts.update(row)
    print(sum(counts.values()), "cells counted")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
