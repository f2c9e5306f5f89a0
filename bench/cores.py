"""What this machine's cores give together: the work a pure-Python loop gets done per second
in as many processes as there are cores, against one process alone.

planeval reads many files in worker processes (one per core); the floor and the peer read in
one. On a VM whose cores share a physical core or a host's time, two processes do much less
than twice the work of one, and the M and R ratios carry that: run.py prints this figure
beside them, measured in the same run.

python bench/cores.py
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor

_LOOP = 4_000_000


def _spin(_: int = 0) -> float:
    """Seconds a fixed pure-Python loop takes in this process."""
    start = time.perf_counter()
    total = 0
    for number in range(_LOOP):
        total += number * number
    return time.perf_counter() - start


def parallel_gain(workers: int | None = None, repeats: int = 3) -> tuple[int, float]:
    """(workers, the work they get done per second ÷ one process's), the median of
    ``repeats`` alternations of one process and ``workers`` processes at once."""
    workers = workers or os.cpu_count() or 1
    gains = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_spin, range(workers)))  # (the workers started before timing)
        for _ in range(repeats):
            alone = _spin()
            together = max(pool.map(_spin, range(workers)))
            gains.append(workers * alone / together)
    return workers, sorted(gains)[len(gains) // 2]


if __name__ == "__main__":
    count, gain = parallel_gain()
    print(f"{count} processes at once: {gain:.2f}× the work of one per second")
