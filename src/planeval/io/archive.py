"""Judging an .xlsx archive before any parser sees it: sizes, ratios, DTDs, cell extents.

Every XML part is streamed once through zlib with a byte counter, so a part that inflates past
its limit (whatever its header claims), a DTD or entity declaration anywhere in a part, and a
cell reference beyond the row or column limit are found before openpyxl allocates anything.
"""

from __future__ import annotations

import contextlib
import re
import signal
import threading
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024
CHUNK = 1024 * 1024
_OVERLAP = 64  # bytes kept between chunks so a tag split across them is still seen
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)")
_CELL_REF = re.compile(rb"<(?:\w+:)?c\b[^>]*?\sr=\"([A-Z]{1,4})([0-9]{1,8})\"")
_ROW_REF = re.compile(rb"<(?:\w+:)?row\b[^>]*?\sr=\"([0-9]{1,8})\"")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
HOW = "（上限は planeval.toml の [limits] {key} で変えられます）"


@dataclass(frozen=True, slots=True)
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


class Refused(Exception):
    """The file is outside a limit or unsafe; the message says which, in Japanese."""


@dataclass(frozen=True, slots=True)
class ArchiveFacts:
    has_formulas: bool


def column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def inspect_archive(path: Path, limits: Limits) -> ArchiveFacts:
    """Raise Refused unless every part of the archive is within the limits and DTD-free."""
    size = path.stat().st_size
    if size > limits.file_mb * MB:
        raise Refused(
            f"ファイルが大きすぎます（{size / MB:,.1f} MB、上限 {limits.file_mb:,g} MB）"
            + HOW.format(key="file_mb")
        )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_directory(infos, limits)
            has_formulas = False
            total = 0
            for info in infos:
                if not info.filename.endswith((".xml", ".rels", ".vml")):
                    total += info.file_size
                    continue
                found, inflated = _stream_part(archive, info, limits, total)
                has_formulas |= found
                total += inflated
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as error:
        raise Refused(
            f"壊れているか途中で切れたブックです（{type(error).__name__}）。"
            "元のファイルをもう一度送ってもらってください"
        ) from None
    return ArchiveFacts(has_formulas=has_formulas)


def _check_directory(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.zip_entries:
        raise Refused(
            f"ブックの部品（ZIP の中のファイル）が多すぎます（{len(infos):,} 個、上限 "
            f"{limits.zip_entries:,} 個）" + HOW.format(key="zip_entries")
        )
    declared = sum(info.file_size for info in infos)
    if declared > limits.total_mb * MB:
        raise Refused(
            f"展開すると大きすぎるブックです（{declared / MB:,.0f} MB、上限 {limits.total_mb:,g} MB）"
            + HOW.format(key="total_mb")
        )
    for info in infos:
        if info.file_size > limits.part_mb * MB:
            raise Refused(
                f"部品 {info.filename} が展開すると大きすぎます（{info.file_size / MB:,.0f} MB、"
                f"上限 {limits.part_mb:,g} MB）" + HOW.format(key="part_mb")
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MB and ratio > limits.ratio:
            raise Refused(
                f"部品 {info.filename} の圧縮率が異常です（{ratio:,.0f} 倍、上限 {limits.ratio:,g} 倍）。"
                "ZIP 爆弾の可能性があるため読みません" + HOW.format(key="ratio")
            )


def _stream_part(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, total_before: int
) -> tuple[bool, int]:
    """Inflate one part with a counter; (whether it holds a formula, bytes inflated)."""
    is_sheet = info.filename.startswith("xl/worksheets/")
    has_formula = False
    inflated = 0
    max_row = max_column = 0
    tail = b""
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            inflated += len(chunk)
            if inflated > limits.part_mb * MB:
                raise Refused(
                    f"部品 {info.filename} が展開すると {limits.part_mb:,g} MB を超えます"
                    "（ZIP の見出しと中身が食い違っています）" + HOW.format(key="part_mb")
                )
            if total_before + inflated > limits.total_mb * MB:
                raise Refused(
                    f"展開すると {limits.total_mb:,g} MB を超えるブックです"
                    + HOW.format(key="total_mb")
                )
            window = tail + chunk
            if _DTD.search(window):
                raise Refused(
                    f"部品 {info.filename} に DTD やエンティティ宣言があるため、安全のため読みません"
                    "（Excel が保存したブックにはありません。細工されたファイルの可能性があります）"
                )
            if is_sheet:
                has_formula = has_formula or bool(_FORMULA.search(window))
                for match in _CELL_REF.finditer(window):
                    max_column = max(max_column, column_number(match[1]))
                    max_row = max(max_row, int(match[2]))
                for match in _ROW_REF.finditer(window):
                    max_row = max(max_row, int(match[1]))
                _check_extent(info.filename, max_row, max_column, limits)
            tail = window[-_OVERLAP:]
    return has_formula, inflated


def _check_extent(part: str, rows: int, columns: int, limits: Limits) -> None:
    if rows > limits.rows:
        raise Refused(
            f"シート（{part}）の行が多すぎます（{rows:,} 行目まで、上限 {limits.rows:,} 行）。"
            "離れた場所に入力されたセルがあれば削除してください" + HOW.format(key="rows")
        )
    if columns > limits.columns:
        raise Refused(
            f"シート（{part}）の列が多すぎます（{columns:,} 列目まで、上限 {limits.columns:,} 列）。"
            "離れた場所に入力されたセルがあれば削除してください" + HOW.format(key="columns")
        )


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

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
