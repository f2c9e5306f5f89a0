"""What planeval reads at the most (planeval.toml's [limits]), the refusal that names the limit
a file is outside, and the time limit on reading one file."""

from __future__ import annotations

import _signal  # type: ignore[import-not-found]
import contextlib
import signal
import threading
from collections.abc import Iterator

from planeval.model import record

MB = 1024 * 1024
HOW = "（上限は planeval.toml の [limits] {key} で変えられます）"
# Beyond this many cells (rows × columns, as a sheet's <dimension> claims them or as its cell
# references reach) a sheet is not given to python-calamine, which allocates its whole extent
# densely; openpyxl, which holds only the cells that exist, reads it instead.
CELL_BUDGET = 4_000_000
# _signal's own signal(), under the signal module's (which imports it: no module more): that
# one turns the handler it gives back into a Handlers member, and for a function — time_limit's,
# given back as each file's limit ends — fails to and catches the ValueError (38,000 machine
# instructions a file's pair of calls, against 1,800)
_SWAP_HANDLER = _signal.signal


@record(frozen=True, slots=True)
class Limits:
    """What planeval reads at the most; planeval.toml's [limits] table changes any of them."""

    file_mb: float = 50  # size of one input file
    zip_entries: int = 2_000  # parts in one workbook
    part_mb: float = 300  # uncompressed size of one part
    total_mb: float = 600  # uncompressed size of all parts together
    ratio: float = 200  # uncompressed ÷ compressed, for parts over 1 MB
    rows: int = 200_000  # rows in one sheet (by the highest row number used)
    columns: int = 1_000  # columns in one sheet (by the highest column used)
    seconds: float = 60  # time to judge and read one file


class Refusal(Exception):
    """A file not read: ``reason`` says why in a phrase (the summary's 「数えていないファイル」
    line gives it), the message that and the fix (``fix``), in Japanese; ``kind`` its
    Problem's (sniff.OWN_REPORT: planeval's own report given, a usage error)."""

    def __init__(self, reason: str, fix: str = "", kind: str = "") -> None:
        super().__init__(f"{reason}。{fix}" if fix else reason)
        self.reason, self.fix, self.kind = reason, fix, kind


class Refused(Refusal):
    """The file is outside a limit or unsafe; the message says which, in Japanese."""


class Broken(Refused):
    """The file itself is damaged (cut off, a part missing): no limit would let it be read."""


class FileTimeout(Exception):
    """Reading one file took longer than its limit."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise FileTimeout in this block after ``seconds`` (POSIX main thread; elsewhere no limit)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise FileTimeout

    previous = _SWAP_HANDLER(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _SWAP_HANDLER(signal.SIGALRM, previous)
