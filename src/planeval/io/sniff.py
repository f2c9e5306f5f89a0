"""Knowing a file by its bytes, not its name, before any parser sees it."""

from __future__ import annotations

import enum
import io
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


class FileKind(enum.StrEnum):
    XLSX = "xlsx"
    XLSM = "xlsm"
    XLSB = "xlsb"
    ODS = "ods"
    XLS = "xls"
    ENCRYPTED = "encrypted"
    ZIP_OTHER = "zip"
    DAMAGED_ZIP = "damaged-zip"
    HTML = "html"
    TEXT = "text"
    EMPTY = "empty"
    UNKNOWN = "unknown"


READABLE = {FileKind.XLSX, FileKind.XLSM}

# What each kind is and what to do, in the words a ward office uses.
# each kind planeval does not read: what the file is (the reason a refusal gives), and the fix
REFUSALS: dict[FileKind, tuple[str, str]] = {
    FileKind.XLSB: (
        "Excel バイナリ形式（.xlsb）のブックです",
        "Excel で開き「名前を付けて保存」で「Excel ブック (*.xlsx)」を選んで保存し直してください",
    ),
    FileKind.ODS: (
        "OpenDocument 形式（.ods）の表計算ファイルです",
        "「Excel ブック (*.xlsx)」形式で保存し直してください",
    ),
    FileKind.XLS: (
        "古い Excel 形式（.xls, Excel 97-2003）のファイルです",
        "Excel で開き「名前を付けて保存」で「Excel ブック (*.xlsx)」を選んで保存し直してください",
    ),
    FileKind.ENCRYPTED: (
        "パスワードで保護（暗号化）されたブックです",
        "Excel でパスワードを解除して保存し直してから読み込んでください",
    ),
    FileKind.ZIP_OTHER: (
        "ZIP ファイルですが Excel ブック（.xlsx）ではありません",
        "提出されたファイルが正しいか確認してください",
    ),
    FileKind.DAMAGED_ZIP: (
        "壊れているか途中で切れたブックです（ZIP として読めません）",
        "元のファイルをもう一度送ってもらってください",
    ),
    FileKind.HTML: (
        "Web ページ（HTML）のファイルです（拡張子だけが Excel になっています）",
        "Excel で開き「Excel ブック (*.xlsx)」形式で保存し直してください",
    ),
    FileKind.TEXT: (
        "テキスト（CSV など）のファイルです",
        "Excel で開き「Excel ブック (*.xlsx)」形式で保存し直してください",
    ),
    FileKind.EMPTY: ("空のファイルです（0 バイト）", "提出し直してもらってください"),
    FileKind.UNKNOWN: (
        "Excel ブックとして読めない形式のファイルです",
        "「Excel ブック (*.xlsx)」形式で保存されたものか確認してください",
    ),
}


# planeval's own reports in formats it writes and does not read back (export --json, --md, …),
# given where a round is asked for (compare R7.json R8/: review 179 #3): what each is, by its
# name and kind, not 「CSV など」 to re-save in Excel — only its .xlsx export reads back
EXPORTED: dict[str, tuple[str, str, frozenset[FileKind]]] = {
    ".json": ("JSON", "--json", frozenset({FileKind.TEXT})),
    ".md": ("Markdown", "--md", frozenset({FileKind.TEXT})),
    ".html": ("HTML", "--html", frozenset({FileKind.HTML, FileKind.TEXT})),
    ".htm": ("HTML", "--html", frozenset({FileKind.HTML, FileKind.TEXT})),
    ".docx": ("Word", "--docx", frozenset({FileKind.ZIP_OTHER})),
}


# a refused file's Problem.kind where it is such a report: given, a usage error (exit 2)
OWN_REPORT = "own_report"


def refusal(kind: FileKind, path: Path) -> tuple[str, str, str]:
    """What a file of ``kind`` planeval does not read is, and the fix (REFUSALS), and its
    Problem.kind: said of a report in a format planeval exports by that format (R7.json: its
    export --json), OWN_REPORT."""
    exported = EXPORTED.get(path.suffix.lower())
    if exported is None or kind not in exported[2]:
        return (*REFUSALS[kind], "")
    name, option = exported[:2]
    return (
        f"{name} のファイルです（planeval が export {option} で書き出す報告書などの形式）。"
        "planeval が読むのは Excel ブック（.xlsx・.xlsm）だけです",
        f"数えるには元の調査票か、export --xlsx で書き出した報告書のブック（.xlsx）を指定して"
        f"ください（{name} に書き出した報告書からは数を読み戻せません）",
        OWN_REPORT,
    )


def sniff(path: Path, *, open_zip: bool = True, content: bytes | None = None) -> FileKind:
    """The kind of file at ``path``, judged from its first bytes (from ``content``, the whole
    file, when it has been read already) and, for a zip, its part names (with
    ``open_zip=False`` a zip is XLSX until zip_kind() has looked inside)."""
    if content is not None:
        return sniff_bytes(content[:4096], io.BytesIO(content), open_zip=open_zip)
    with path.open("rb") as handle:
        return sniff_bytes(handle.read(4096), handle, open_zip=open_zip)


def sniff_bytes(head: bytes, handle: BinaryIO, *, open_zip: bool = False) -> FileKind:
    """The kind of the file open as ``handle`` whose first bytes are ``head``."""
    if not head:
        return FileKind.EMPTY
    if head.startswith(OLE_MAGIC):
        return _sniff_ole(handle)
    if head.startswith(ZIP_MAGIC) or head.startswith(b"PK"):
        return _sniff_zip(handle) if open_zip else FileKind.XLSX
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<table")) or b"<html" in text[:512]:
        return FileKind.HTML
    if _looks_like_text(head):
        return FileKind.TEXT
    return FileKind.UNKNOWN


_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_OLE_CHUNK = 1024 * 1024


def _sniff_ole(handle: BinaryIO) -> FileKind:
    # An encrypted OOXML workbook is an OLE file holding an "EncryptionInfo" stream; the
    # directory entry names are UTF-16LE. Read chunk by chunk (the size limit came first).
    handle.seek(0)
    tail = b""
    while chunk := handle.read(_OLE_CHUNK):
        if _ENCRYPTION_INFO in tail + chunk:
            return FileKind.ENCRYPTED
        tail = chunk[-len(_ENCRYPTION_INFO) :]
    return FileKind.XLS


def _sniff_zip(handle: BinaryIO) -> FileKind:
    try:
        handle.seek(0)
        with zipfile.ZipFile(handle) as archive:
            return zip_kind(archive)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return FileKind.DAMAGED_ZIP


def zip_kind(archive: zipfile.ZipFile) -> FileKind:
    """What an opened zip holds: an .xlsx, .xlsm, .xlsb, .ods, or something else."""
    names = set(archive.namelist())
    if "mimetype" in names:
        try:
            with archive.open("mimetype") as stream:  # its start only, whatever it claims
                if b"opendocument" in stream.read(200):
                    return FileKind.ODS
        except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError):
            pass  # judged with every other part

    if "xl/workbook.bin" in names:
        return FileKind.XLSB
    if "xl/workbook.xml" in names:
        return FileKind.XLSM if "xl/vbaProject.bin" in names else FileKind.XLSX
    return FileKind.ZIP_OTHER


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    for encoding in ("utf-8", "cp932"):
        try:
            head.decode(encoding)
        except UnicodeDecodeError as error:
            # (the first bytes of a longer file may end inside a character: a UTF-8 CSV of
            # Japanese text cut at 4096 bytes was 「読めない形式」, review 52)
            if not (error.end == len(head) and error.start >= len(head) - 3):
                continue
        return True
    return False
