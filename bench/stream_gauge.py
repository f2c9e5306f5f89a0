"""The streamed path's gauge: ``count_workbooks`` streamed, as ``summarize`` reads a set past
STREAM_FROM bytes (M and R), but in this one process (``jobs=1``) on the first N files, each
file's task and result pickled and unpickled as the two workers' pool would (its chunk's
options and ``then`` once a chunk), so that one process's instructions are the read's, the
workers' and the parent's together. Without the cycle collector, as the command line runs
(cli.common.main; its workers forked so): with it, the parent's merging of each file's
result walked what the run holds so far, work the real run never does.

python bench/stream_gauge.py FOLDER N [--bodies file]

``--bodies file`` reads as R is summarized (``--bodies file --by body``). Run it under
callgrind at two sizes and take the difference per file (README, "Counting instructions").
Prints to stderr the mean pickled result's bytes and the problems reported.
"""

from __future__ import annotations

import gc
import pickle
import sys
from pathlib import Path
from typing import Any

import planeval.io.workers as workers
from planeval.io.workbook import ReadOptions
from planeval.rollup import count_workbooks

CHUNK_FILES = 1000 // (2 * 16)  # (io/workers.py's chunk of 1,000 files for two workers)


def main() -> int:
    gc.disable()  # (as cli.common.main: the run without the cycle collector)
    folder, count = Path(sys.argv[1]), int(sys.argv[2])
    bodies = "file" if sys.argv[3:5] == ["--bodies", "file"] else None
    files = sorted(folder.glob("*.xlsx"))[:count]
    read_one = workers._read_one
    sizes: list[int] = []

    def as_pooled(path: Path, body: str, options: ReadOptions, then: Any) -> Any:
        path, body = pickle.loads(pickle.dumps((path, body)))
        if len(sizes) % CHUNK_FILES == 0:
            options, then = pickle.loads(pickle.dumps((options, then)))
        sent = pickle.dumps(read_one(path, body, options, then))
        sizes.append(len(sent))
        return pickle.loads(sent)

    workers._read_one = as_pooled  # type: ignore[assignment]
    _tally, _marked, result = count_workbooks(
        files,
        by="body" if bodies else "policy",
        options=ReadOptions(),
        stream=True,
        jobs=1,
        bodies=bodies,
    )
    print(sum(sizes) / max(1, len(sizes)), len(result.problems), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
