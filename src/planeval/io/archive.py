"""Judging an .xlsx archive before any parser sees it: sizes, ratios, DTDs, cell extents.

Every XML part is inflated once (planeval.io.parts) with a byte counter, so a part that
inflates past its limit (whatever its header claims), a DTD or entity declaration anywhere in
a part, and a cell reference beyond the row or column limit are found before openpyxl or
calamine allocates anything.
"""

from __future__ import annotations

import functools
import io
import os
import re
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from planeval.io.limits import HOW, MB, Limits, Refused
from planeval.io.parts import (
    CHUNK,
    inflate_small,
    inflate_streaming,
    inflated_past_limit,
    refuse_dtd,
)
from planeval.io.sniff import ADVICE, READABLE, FileKind, zip_kind

if TYPE_CHECKING:
    from planeval.io.structure import SheetEntry

IN_MEMORY = 8 * MB  # files up to this size are read into memory once, judged and read there
_OVERLAP = 64  # bytes kept between chunks so a tag split across them is still seen
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_ERROR_CELL = re.compile(rb"<(?:\w+:)?c\b[^>]*?\st=\"e\"")
_HIDDEN_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*?\bhidden=\"(?:1|true)\"[^>]*>")
_R_ATTRIBUTE = re.compile(rb"\sr=\"([0-9]+)\"")
_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b")
_SPACE = b" \t\r\n"
# literal searches that say where a full pattern may match (a literal-first pattern is searched
# for at C speed, faster than ``in``)
_F_TAG = re.compile(rb"<f[\s>/]").search
_F_PREFIXED = re.compile(rb":f[\s>/]").search
_T_ERROR = re.compile(rb't="e"').search
_HIDDEN = re.compile(rb"hidden=").search
_DIMENSION = re.compile(
    rb"<(?:\w+:)?dimension\b[^>]*?\sref=\"([A-Z]{1,4})?([0-9]+)?:?([A-Z]{1,4})?([0-9]+)?\""
)


@dataclass(slots=True)
class PartFacts:
    """What the stream of one worksheet part showed."""

    has_formulas: bool = False
    has_errors: bool = False  # a cell holding a saved error value (t="e")
    hidden_rows: set[int] = field(default_factory=set)  # 0-based
    claimed_cells: int = 0  # rows × columns of its <dimension>, whatever it claims


@dataclass(frozen=True, slots=True)
class ArchiveFacts:
    parts: dict[str, PartFacts]
    # the workbook's sheets (name, part, visible) and planeval's derived-sheet marker, read
    # while the archive was open; None where workbook.xml could not be understood
    sheets: list[SheetEntry] | None = None
    derived: frozenset[str] = frozenset()
    kind: FileKind = FileKind.XLSX
    content: bytes | None = None  # the file as judged, when it was small enough to hold

    @property
    def has_formulas(self) -> bool:
        return any(part.has_formulas for part in self.parts.values())


def column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


@functools.lru_cache(maxsize=8)
def _far_references(limits: Limits) -> re.Pattern[bytes]:
    """A pattern for cell and row references (``r="…"``) that might lie beyond the limits: only
    those with as many column letters or row digits as the limits have are looked at, so a
    normal sheet's hundred thousand references cost one fast scan (the pattern starts with a
    literal, which the regex engine searches for at C speed), not one Python step each."""
    letters = 1
    while 26**letters < limits.columns:
        letters += 1
    digits = len(str(limits.rows))
    return re.compile(
        rb'r="(?:([A-Z]{%d,4})([0-9]+)|([A-Z]{0,4})([0-9]{%d,}))"' % (letters, digits)
    )


def read_small(path: Path, limits: Limits) -> bytes | None:
    """The whole file when it is small enough to be judged and read in memory, else None."""
    most = int(min(IN_MEMORY, limits.file_mb * MB))
    with open(path, "rb", buffering=0) as handle:  # (a buffered read would allocate `most`)
        size = os.fstat(handle.fileno()).st_size
        if size > most:
            return None
        chunks = []
        wanted = size + 1  # one byte more than its size shows a file that grew since
        while wanted > 0 and (chunk := handle.read(wanted)):
            chunks.append(chunk)
            wanted -= len(chunk)
    content = b"".join(chunks)
    return content if len(content) <= size else None


def inspect_archive(path: Path, limits: Limits, content: bytes | None = None) -> ArchiveFacts:
    """Raise Refused unless every part of the archive is within the limits and DTD-free.
    ``content`` is the file's bytes when read_small() has read them already."""
    if content is None:
        content = read_small(path, limits)
    size = len(content) if content is not None else path.stat().st_size
    if size > limits.file_mb * MB:
        raise Refused(
            f"ファイルが大きすぎます（{size / MB:,.1f} MB、上限 {limits.file_mb:,g} MB）"
            + HOW.format(key="file_mb")
        )
    far = _far_references(limits)
    parts: dict[str, PartFacts] = {}
    # A small file is judged in memory; the reader then reads those same bytes, never the file
    # again (which could have changed since it was judged).
    try:
        with zipfile.ZipFile(path if content is None else io.BytesIO(content)) as archive:
            kind = zip_kind(archive)
            if kind not in READABLE:
                raise Refused(ADVICE[kind])
            infos = archive.infolist()
            _check_directory(infos, limits)
            total = 0
            kept: dict[str, bytes] = {}  # small parts, inflated once, for _structure below
            for info in infos:
                if not info.filename.endswith((".xml", ".rels", ".vml")):
                    total += info.file_size
                    continue
                if info.file_size <= CHUNK and not info.flag_bits & 1:
                    is_sheet = info.filename.startswith("xl/worksheets/")
                    data = inflate_small(archive, info, limits, remember=not is_sheet)
                    kept[info.filename] = data
                    if not is_sheet:  # (judged DTD-free by _inflate_small: all it needs)
                        total += len(data)
                        continue
                    chunks: Iterable[bytes] = (data,)
                else:
                    chunks = inflate_streaming(archive, info)
                facts, inflated = _scan_part(chunks, info, limits, total, far)
                if facts is not None:
                    parts[info.filename] = facts
                total += inflated
            # only now, with every part judged DTD-free and within its limits
            names = {info.filename for info in infos}
            sheets, derived = _structure(archive, kept, names)
            for sheet in sheets or ():
                if sheet.part not in names:
                    raise Refused(
                        f"ブックに必要な部品が欠けています（シート「{sheet.name}」の {sheet.part} が"
                        "ありません）。壊れているか Excel 以外で作られたファイルです。"
                        "Excel で開いて保存し直してください"
                    )
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as error:
        raise Refused(
            f"壊れているか途中で切れたブックです（{type(error).__name__}）。"
            "元のファイルをもう一度送ってもらってください"
        ) from None
    return ArchiveFacts(parts, sheets, derived, kind, content)


_WORKBOOK, _RELATIONS, _CUSTOM = (
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "docProps/custom.xml",
)
# The structure read from the same three parts before (like the parts in planeval.io.parts):
# one template, one answer.
_STRUCTURES_MOST = 256
_STRUCTURES: dict[
    tuple[bytes, bytes, bytes | None], tuple[tuple[SheetEntry, ...] | None, frozenset[str]]
] = {}


def _structure(
    archive: zipfile.ZipFile, kept: dict[str, bytes], names: set[str]
) -> tuple[list[SheetEntry] | None, frozenset[str]]:
    key = None
    custom_known = _CUSTOM in kept or _CUSTOM not in names
    if _WORKBOOK in kept and _RELATIONS in kept and custom_known:
        key = (kept[_WORKBOOK], kept[_RELATIONS], kept.get(_CUSTOM))
        if (known := _STRUCTURES.get(key)) is not None:
            sheets, derived = known
            return (None if sheets is None else list(sheets)), derived
    found = _read_structure(archive, kept)
    if key is not None and len(_STRUCTURES) < _STRUCTURES_MOST:
        _STRUCTURES[key] = (None if found[0] is None else tuple(found[0])), found[1]
    return found


def _read_structure(
    archive: zipfile.ZipFile, kept: dict[str, bytes]
) -> tuple[list[SheetEntry] | None, frozenset[str]]:
    from planeval.io.structure import derived_sheets, workbook_sheets

    def read(name: str) -> bytes:
        return kept[name] if name in kept else archive.read(name)

    try:
        return workbook_sheets(read), frozenset(derived_sheets(read))
    except (KeyError, ElementTree.ParseError):
        return None, frozenset()


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


def _scan_part(
    chunks: Iterable[bytes],
    info: zipfile.ZipInfo,
    limits: Limits,
    total_before: int,
    far: re.Pattern[bytes],
) -> tuple[PartFacts | None, int]:
    """Inflate one part with a counter; its facts (worksheets only) and the bytes inflated."""
    is_sheet = info.filename.startswith("xl/worksheets/")
    facts = PartFacts() if is_sheet else None
    inflated = 0
    max_row = max_column = 0
    tail = b""
    for chunk in chunks:
        inflated += len(chunk)
        if inflated > limits.part_mb * MB:
            raise inflated_past_limit(info, limits)
        if total_before + inflated > limits.total_mb * MB:
            raise Refused(
                f"展開すると {limits.total_mb:,g} MB を超えるブックです"
                + HOW.format(key="total_mb")
            )
        window = tail + chunk
        # each full scan runs only where a search for a literal (much faster) says it may match
        refuse_dtd(window, info)
        if facts is not None:
            if not facts.has_formulas and (_F_TAG(window) or _F_PREFIXED(window)):
                facts.has_formulas = bool(_FORMULA.search(window))
            if not facts.has_errors and _T_ERROR(window):
                facts.has_errors = bool(_ERROR_CELL.search(window))
            if not facts.claimed_cells:
                facts.claimed_cells = _claimed_cells(window)
            if _HIDDEN(window):
                for match in _HIDDEN_ROW.finditer(window):
                    number = _R_ATTRIBUTE.search(match[0])
                    if number:
                        facts.hidden_rows.add(int(number[1]) - 1)
            for match in far.finditer(window):
                start = match.start()
                if start == 0 or window[start - 1] not in _SPACE:
                    continue  # part of a longer attribute name
                letters, row = (match[1], match[2]) if match[1] else (match[3], match[4])
                if letters:
                    max_column = max(max_column, column_number(letters))
                elif not _ROW_TAG.match(window, window.rfind(b"<", 0, start)):
                    continue  # a bare row number counts only on a <row> element
                max_row = max(max_row, int(row))
            _check_extent(info.filename, max_row, max_column, limits)
        tail = window[-_OVERLAP:]
    return facts, inflated


def _claimed_cells(window: bytes) -> int:
    match = _DIMENSION.search(window)
    if not match:
        return 0
    last_letters, last_row = match[3] or match[1], match[4] or match[2]
    if not last_letters or not last_row:
        return 0
    return column_number(last_letters) * int(last_row)


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
