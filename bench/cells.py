"""Extract every cell of a workbook into a pickle, for dump.py (run by run.py, not timed).

python bench/cells.py WORKBOOK.xlsx CELLS.pickle
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

from dump import read_cells


def main() -> int:
    Path(sys.argv[2]).write_bytes(pickle.dumps(read_cells(Path(sys.argv[1]))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
