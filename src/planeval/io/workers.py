"""Each file of a read read into its result, here or in worker processes (one core a worker
for many files or several large ones), in input order: a file that kills its worker named and
left out, every other file still read."""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from planeval.gc_pause import uncollected
from planeval.io.workbook import ReadOptions, read_workbook
from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult

T = TypeVar("T")


def read_each(
    files: Sequence[Path],
    owners: Sequence[str],
    options: ReadOptions,
    *,
    jobs: int,
    then: Callable[[ReadResult], T],
) -> Iterator[T]:
    """Each file's result passed through ``then``, in input order, read here or by worker
    processes (``jobs``: 0 automatic). ``then`` runs where the file was read: a worker sends
    back what it gives (a tally, not the rows), so it must be a module-level function."""
    workers = auto_jobs(files) if jobs == 0 else jobs
    return _read_all(list(files), list(owners), options, workers, then)


def as_read(part: ReadResult) -> ReadResult:
    return part


PARALLEL_FROM = 200  # files; below this, starting workers costs more than it saves …
PARALLEL_BYTES = 4 * 2**20  # … unless the files are large (about 130,000 rows in all)


def auto_jobs(files: Sequence[Path]) -> int:
    """Worker processes for ``files`` when -j is not given: one core per worker, for many
    files or for several large ones (ten departments' 100,000-row workbooks read side by
    side take half the time; a worker costs a fork and its entries' pickling)."""
    if len(files) < 2:
        return 1
    if len(files) < PARALLEL_FROM and file_bytes(files) < PARALLEL_BYTES:
        return 1
    return max(1, min(os.cpu_count() or 1, 8, len(files)))


def file_bytes(files: Sequence[Path]) -> int:
    """The files' size in bytes (a file that cannot be read counts 0: it is named later)."""
    total = 0
    for path in files:
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def _read_one(path: Path, body: str, options: ReadOptions, then: Callable[[ReadResult], T]) -> T:
    """One file's result through ``then`` (module level, so that worker processes can run it)."""
    with uncollected():  # (one file's garbage at most: collected after it)
        return then(read_workbook(path, body, options))


def _read_all(
    files: list[Path],
    owners: list[str],
    options: ReadOptions,
    workers: int,
    then: Callable[[ReadResult], T],
) -> Iterator[T]:
    """Per-file results in input order, read here or by ``workers`` processes."""
    if workers <= 1 or len(files) < 2:
        for path, body in zip(files, owners, strict=True):
            yield _read_one(path, body, options, then)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunk = max(1, len(files) // (workers * 16))
    done = 0
    try:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for part in pool.map(
                _read_one,
                files,
                owners,
                itertools.repeat(options),
                itertools.repeat(then),
                chunksize=chunk,
            ):
                done += 1
                yield part
    except BrokenProcessPool:
        # a worker died (killed for memory, or a library aborting the process): the files not
        # yet read are read again one by one, each in a process of its own, so that only the
        # file that kills its process is lost — and named
        for path, body in zip(files[done:], owners[done:], strict=True):
            yield _read_isolated(path, body, options, then)


def _read_isolated(
    path: Path, body: str, options: ReadOptions, then: Callable[[ReadResult], T]
) -> T:
    """One file read in a process of its own; its result, or the file named as lost."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        with ProcessPoolExecutor(max_workers=1) as pool:
            return pool.submit(_read_one, path, body, options, then).result()
    except BrokenProcessPool:
        part = ReadResult()
        crashed = "読み込み中に処理が異常終了しました（メモリ不足などのおそれがあります）"
        part.problems.append(
            Problem(
                Location(str(path)),
                Severity.ERROR,
                f"{crashed}。このファイルは数えていません",
                "ファイルを Excel で開いて保存し直すか、コマンドの前に -j 1 を付けて（planeval -j 1 summarize …）一つずつ読んでみてください",
                reason=crashed,
            )
        )
        part.leave_out([str(path)])
        return then(part)
