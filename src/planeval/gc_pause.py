"""Pausing Python's cyclic garbage collector while planeval makes many objects that form no
cycles (rows read, entries combined).

Each collection walks every object made since the last one and, every so often, every object
alive: reading a 100,000-row file through the library with Python's default thresholds, it
walked the rows read so far again and again, a fifth of the reading time (measured; the
command line already collects rarely for the whole run, cli.common.main). Reading and combining make no reference cycles of their own, so
nothing is left uncollected by pausing; openpyxl's workbooks do (a cell points at its sheet
and back), and are collected after the file that made them, when collection resumes.
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
