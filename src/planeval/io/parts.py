"""Inflating one part of an .xlsx archive, bounded by the limits and checked against the
size and CRC the archive declares, and refusing a part that holds a DTD.

A small part whose compressed bytes, declared size and CRC are those of a part that passed
earlier in the same process (a template's theme or styles, in every file of a roll-up) is
known to pass again without inflating it.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from typing import IO

from planeval.io.limits import HOW, MB, Limits, Refused
from planeval.lazy_pattern import LazyPattern

CHUNK = 1024 * 1024  # parts up to this size are inflated in one go, larger ones streamed
_DTD = LazyPattern(rb"<!(?:DOCTYPE|ENTITY)")


def refuse_dtd(data: bytes, info: zipfile.ZipInfo) -> None:
    # (a test for "!" runs at memchr speed; most parts hold none, and no DTD is without one)
    if b"!" in data and _DTD.search(data):
        raise Refused(
            f"部品 {info.filename} に DTD やエンティティ宣言があるため、安全のため読みません"
            "（Excel が保存したブックにはありません。細工されたファイルの可能性があります）"
        )


def inflated_past_limit(info: zipfile.ZipInfo, limits: Limits) -> Refused:
    """The refusal of a part that inflates past its limit, whatever its header said."""
    return Refused(
        f"部品 {info.filename} が展開すると {limits.part_mb:,g} MB を超えます"
        "（ZIP の見出しと中身が食い違っています）" + HOW.format(key="part_mb")
    )


def inflate_streaming(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """A large part, chunk by chunk, straight from its compressed bytes: never more than its
    declared size (a part inflating past it is refused as soon as it does), and it must end
    exactly there, with the CRC the archive declares — so a parser that inflates the whole
    compressed stream (calamine does) sees the very bytes judged here."""
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 1:
        with archive.open(info) as stream:  # rare methods: zipfile stops at the declared size
            while chunk := stream.read(CHUNK):
                yield chunk
        return
    handle = archive.fp
    assert handle is not None
    position = _data_offset(handle, info)
    left, inflated, crc = info.compress_size, 0, 0
    inflater = zlib.decompressobj(-zlib.MAX_WBITS) if info.compress_type else None
    pending = b""
    while left > 0 or pending:
        if not pending:
            handle.seek(position)  # (the handle is shared: seek before every read)
            pending = handle.read(min(CHUNK, left))
            if not pending:
                raise zipfile.BadZipFile(f"{info.filename}: truncated")
            position += len(pending)
            left -= len(pending)
        if inflater is None:
            data, pending = pending, b""
        else:
            data = inflater.decompress(pending, CHUNK)
            pending = inflater.unconsumed_tail
            if inflater.eof and (pending or left):
                raise zipfile.BadZipFile(f"{info.filename}: data after the end of the part")
        inflated += len(data)
        if inflated > info.file_size:
            raise _lying(info)
        crc = zlib.crc32(data, crc)
        if data:
            yield data
    if inflater is not None and not inflater.eof:
        rest = inflater.flush()  # all input is in: what is left is bounded by zlib's window
        inflated += len(rest)
        if inflated > info.file_size:
            raise _lying(info)
        crc = zlib.crc32(rest, crc)
        if rest:
            yield rest
    if (inflater is not None and not inflater.eof) or inflated != info.file_size:
        raise zipfile.BadZipFile(f"{info.filename}: size does not match the directory")
    if crc != info.CRC:
        raise zipfile.BadZipFile(f"{info.filename}: CRC does not match the directory")


def _lying(info: zipfile.ZipInfo) -> zipfile.BadZipFile:
    return zipfile.BadZipFile(f"{info.filename}: inflates past its declared size")


def _data_offset(handle: IO[bytes], info: zipfile.ZipInfo) -> int:
    """Where a part's compressed bytes start (after its local header)."""
    handle.seek(info.header_offset)
    header = handle.read(_LOCAL_HEADER.size)
    if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local header for {info.filename}")
    fields = _LOCAL_HEADER.unpack(header)
    offset: int = info.header_offset + _LOCAL_HEADER.size + fields[10] + fields[11]
    return offset


# a zip's local file header (PKWARE APPNOTE 4.3.7): the name's and extra field's lengths last
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")


# Parts already judged in this process, by their compressed bytes and declared size and CRC:
# the files of one roll-up are mostly made from one template, and their theme, styles,
# content types and relationships parts are byte for byte the same. A part found here
# inflates to the same bytes and is judged the same, so it is neither inflated nor scanned
# again. Only small parts that passed are kept; worksheets, which differ, are never kept.
_JUDGED: dict[tuple[int, int, int, bytes], bytes] = {}
_JUDGED_MOST = 256  # parts
_JUDGED_LARGEST = 64 * 1024  # bytes inflated


def inflate_small(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, *, remember: bool = False
) -> bytes:
    """A small part in one go, straight from its compressed bytes: much cheaper than zipfile's
    per-part machinery for the ten-odd small parts of every workbook. Inflating stops at the
    part limit, and the result must match the size and CRC the archive declares. With
    ``remember``, the part is also refused if it holds a DTD, and a part judged before is
    not inflated again."""
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        data = archive.read(info)  # rare methods: let zipfile handle (or refuse) them
        if remember:
            refuse_dtd(data, info)
        return data
    handle = archive.fp
    assert handle is not None
    handle.seek(_data_offset(handle, info))
    raw = handle.read(info.compress_size)
    key = (info.compress_type, info.file_size, info.CRC, raw)
    known = _JUDGED.get(key) if remember else None
    if known is not None and len(known) <= limits.part_mb * MB:  # (limits may have changed)
        return known
    if info.compress_type == zipfile.ZIP_STORED:
        data = raw
    else:
        # never more than its declared size and a little: a part whose header lies costs
        # about what it claims, not the part limit
        most = int(min(limits.part_mb * MB, info.file_size + CHUNK))
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        data = inflater.decompress(raw, most + 1)
        if len(data) > limits.part_mb * MB:
            raise inflated_past_limit(info, limits)
        if inflater.unconsumed_tail or len(data) > info.file_size:
            raise _lying(info)
        if not inflater.eof or inflater.unused_data:
            raise zipfile.BadZipFile(f"{info.filename}: the part does not end where declared")
    if len(data) != info.file_size or zlib.crc32(data) != info.CRC:
        raise zipfile.BadZipFile(f"{info.filename}: size or CRC does not match the directory")
    if remember:
        refuse_dtd(data, info)
        if len(data) <= _JUDGED_LARGEST and len(_JUDGED) < _JUDGED_MOST:
            _JUDGED[key] = data
    return data


class StoredCopy:
    """The archive again, every part stored (not compressed) as it was inflated while judged,
    for calamine to read instead of inflating the parts a second time (io/fast.py). Each
    part's header carries the CRC its archive declares, which the bytes were checked against
    as they inflated (a part that did not match refused the file, and its copy with it); it
    is read once, through ``read``, each piece let go as it is read."""

    def __init__(self, *, large: bool) -> None:
        self.pieces: deque[bytes] = deque()
        self.directory: list[bytes] = []
        self.size = 0
        self.large = large  # (a part past CHUNK: the memory calamine lets go is given back)

    @staticmethod
    def wanted(infos: list[zipfile.ZipInfo]) -> bool:
        """Whether the archive fits a plain zip (no ZIP64, each name once)."""
        return (
            sum(info.file_size for info in infos) < _PLAIN_MOST
            and len(infos) < 0xFFFF
            and len({info.filename for info in infos}) == len(infos)
        )

    def add(self, info: zipfile.ZipInfo, chunks: Iterable[bytes]) -> Iterator[bytes]:
        """``chunks``, the part's inflated bytes, as they come, each stored in the copy too."""
        name, size = info.filename.encode(), info.file_size
        part = (_UTF8, zipfile.ZIP_STORED, 0, _DOS_DATE, info.CRC, size, size, len(name), 0)
        header = _LOCAL_HEADER.pack(b"PK\x03\x04", _VERSION, 0, *part)
        at = (0, 0, 0, 0, self.size)  # (its comment, disk, attributes: none; its offset)
        self.directory.append(_CENTRAL.pack(b"PK\x01\x02", _VERSION, 0, _VERSION, 0, *part, *at))
        self.directory.append(name)
        self.pieces += (header, name)
        self.size += len(header) + len(name) + size
        for chunk in chunks:
            self.pieces.append(chunk)
            yield chunk

    def finish(self) -> StoredCopy:
        """The copy with its central directory written: ready to be read."""
        directory = b"".join(self.directory)
        count = len(self.directory) // 2
        self.pieces += (
            directory,
            _END.pack(b"PK\x05\x06", 0, 0, count, count, len(directory), self.size, 0),
        )
        self.directory = []
        return self

    def readable(self) -> StoredCopy | io.BytesIO:
        """The finished copy as calamine reads it: a small one joined, read in C (a few reads,
        not one Python call a piece); a large one piece by piece, each let go as it is read."""
        if self.large:
            return self
        whole = io.BytesIO(b"".join(self.pieces))
        self.pieces.clear()
        return whole

    def read(self, most: int = -1) -> bytes:
        """Up to ``most`` bytes of the copy (all of them where negative): the next piece,
        or its first ``most`` bytes."""
        pieces = self.pieces
        if not pieces:
            return b""
        piece = pieces.popleft()
        if 0 <= most < len(piece):
            pieces.appendleft(piece[most:])
            return piece[:most]
        return piece

    def seek(self, offset: int, whence: int = 0) -> int:
        raise OSError("the stored copy is read once, from its start")  # (never asked)

    def close(self) -> None:
        self.pieces.clear()


# a zip's central directory header and end record (PKWARE APPNOTE 4.3.12, 4.3.16)
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_VERSION, _UTF8, _DOS_DATE = 20, 0x800, 0x21  # (1980-01-01: calamine reads no dates)
_PLAIN_MOST = 0xFFFFFFFF - 0xFFFFFF  # (room for the headers below ZIP64's 4 GB)
