"""Inflating one part of an .xlsx archive, bounded by the limits and checked against the
size and CRC the archive declares, and refusing a part that holds a DTD.

A small part whose compressed bytes, declared size and CRC are those of a part that passed
earlier in the same process (a template's theme or styles, in every file of a roll-up) is
known to pass again without inflating it.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterator

from planeval.io.limits import HOW, MB, Limits, Refused

CHUNK = 1024 * 1024  # parts up to this size are inflated in one go, larger ones streamed
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)")


def refuse_dtd(data: bytes, info: zipfile.ZipInfo) -> None:
    if _DTD.search(data):
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
    """A large part, chunk by chunk, through zipfile (which checks its CRC at the end)."""
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            yield chunk


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
    handle.seek(info.header_offset)
    header = handle.read(_LOCAL_HEADER.size)
    if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local header for {info.filename}")
    fields = _LOCAL_HEADER.unpack(header)
    handle.seek(fields[10] + fields[11], 1)  # past the file name and the extra field
    raw = handle.read(info.compress_size)
    key = (info.compress_type, info.file_size, info.CRC, raw)
    known = _JUDGED.get(key) if remember else None
    if known is not None and len(known) <= limits.part_mb * MB:  # (limits may have changed)
        return known
    if info.compress_type == zipfile.ZIP_STORED:
        data = raw
    else:
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        data = inflater.decompress(raw, int(limits.part_mb * MB) + 1)
        if inflater.unconsumed_tail:
            raise inflated_past_limit(info, limits)
    if len(data) != info.file_size or zlib.crc32(data) != info.CRC:
        raise zipfile.BadZipFile(f"{info.filename}: size or CRC does not match the directory")
    if remember:
        refuse_dtd(data, info)
        if len(data) <= _JUDGED_LARGEST and len(_JUDGED) < _JUDGED_MOST:
            _JUDGED[key] = data
    return data
