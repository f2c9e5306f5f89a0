"""One input file opened once: judged and parsed from the same open file, never by its name
again.

The size limit is applied from the open file's own status before a byte is read; a file that
is not a regular file (a folder, a FIFO, a device) is refused without reading from it. A file
up to IN_MEMORY is read whole, judged from those bytes, and the parsers are given those same
bytes. A larger file is not held in memory: the judge and the parsers read it through the one
open handle, so a file swapped in under its name between judging and parsing is never seen;
a change to the opened file itself while it is read (its size or modification time differs
afterwards) makes the file refused, with a sentence asking for the run to be repeated.
"""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
import contextlib
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

from planeval.io.limits import HOW, MB, Limits, Refused

IN_MEMORY = 8 * MB  # files up to this size are read into memory once, judged and read there


class Source(NamedTuple):  # (cheaper to define than a frozen dataclass: model.py)
    """An open input: its handle, its size, and its bytes when small enough to hold."""

    path: Path
    handle: BinaryIO
    size: int
    content: bytes | None
    stamp: tuple[int, int]  # (size, modification time in ns) when opened

    def stream(self) -> BinaryIO:
        """The judged bytes from their start, for a parser."""
        if self.content is not None:
            return io.BytesIO(self.content)
        self.handle.seek(0)
        return self.handle

    def head(self, size: int = 4096) -> bytes:
        if self.content is not None:
            return self.content[:size]
        self.handle.seek(0)
        return self.handle.read(size)

    def check_unchanged(self) -> None:
        """Refuse the file if it changed on disk while it was read from the open handle."""
        if self.content is not None:
            return  # (everything was read from the bytes held)
        status = os.fstat(self.handle.fileno())
        if (status.st_size, status.st_mtime_ns) != self.stamp:
            raise Refused(
                "読み込み中にファイルが変更されました",
                "ほかのプログラムが書き込んでいないか確認して、もう一度実行してください",
            )


@contextlib.contextmanager
def open_source(path: Path, limits: Limits) -> Iterator[Source]:
    """The file opened for judging and parsing; Refused if it is not a regular file or is
    larger than the limit (told from its status, before anything is read)."""
    # O_NONBLOCK: opening a FIFO must not wait for a writer (no effect on a regular file)
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(descriptor, "rb") as handle:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise Refused(
                "通常のファイルではありません（フォルダ・名前付きパイプ・デバイスなど）",
                "Excel ブック（.xlsx）のファイルを指定してください",
            )
        size = status.st_size
        if size > limits.file_mb * MB:
            raise Refused(
                f"ファイルが大きすぎます（{size / MB:,.1f} MB、上限 {limits.file_mb:,g} MB）"
                + HOW.format(key="file_mb")
            )
        content = _read_whole(handle, size) if size <= IN_MEMORY else None
        yield Source(path, handle, size, content, (size, status.st_mtime_ns))


def _read_whole(handle: BinaryIO, size: int) -> bytes:
    chunks = []
    wanted = size + 1  # one byte more than its size shows a file that grew since
    raw = handle.raw if isinstance(handle, io.BufferedReader) else handle
    while wanted > 0 and (chunk := raw.read(wanted)):
        chunks.append(chunk)
        wanted -= len(chunk)
    content = b"".join(chunks)
    if len(content) != size:
        raise Refused(
            "読み込み中にファイルの大きさが変わりました",
            "ほかのプログラムが書き込んでいないか確認して、もう一度実行してください",
        )
    return content
