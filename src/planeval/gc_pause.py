"""Pausing Python's cyclic garbage collector while planeval makes many objects that form no
cycles (rows read, entries combined).

Each collection walks every object made since the last one and, every so often, every object
alive: reading a 100,000-row file through the library with Python's default thresholds, it
walked the rows read so far again and again, a fifth of the reading time (measured; the
command line already collects rarely for the whole run, cli.common.main). Reading and combining make no reference cycles of their own, so
nothing is left uncollected by pausing; openpyxl's workbooks do (a cell points at its sheet
and back), as do xlsxwriter's and python-docx's documents, and are freed by free_cycles once the
file that made them is read or written (io.judge, output.written_together).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def uncollected() -> Iterator[None]:
    """No cyclic collection inside (the caller's setting kept: nested, or already off)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def free_cycles() -> None:
    """Free the cyclic garbage just made (a workbook or document written or read: its parts
    point at each other), which reference counting cannot. Only the young generations are
    walked, and what survives is not walked again; the command line runs without automatic
    collection (cli.common.main), so this is where such garbage goes."""
    gc.collect(1)


def set_aside() -> None:
    """Leave every object made so far out of the collections to come (free_cycles): the
    command line calls it before it writes, holding the entries and the report to its end, so
    the collection after a workbook is written walks the workbook's objects alone, not the
    100,000 entries' too (0.16 s of the export). Only with the collector paused (the command
    line's run, cli.common.main): planeval as a library leaves the collector as it finds it."""
    if not gc.isenabled():
        gc.freeze()
