"""A generator of hostile and broken workbooks, built at test time from raw parts.

Each case is small on disk; what it would cost to parse naively is in its docstring.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HEADER_ROW = ("情報化計画事業の体系", "実施内容", "達成状況", "課題等")

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="第3章" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
SHEET_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET_END = "</sheetData></worksheet>"
EMPTY_STRINGS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>'


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline_row(number: int, values: tuple[str, ...]) -> str:
    cells = "".join(
        f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{_escape(v)}</t></is></c>'
        for i, v in enumerate(values)
        if v
    )
    return f'<row r="{number}">{cells}</row>'


def table_sheet(rows: list[tuple[str, ...]], extra: str = "") -> str:
    """A sheet holding a Chapter 3 table (header plus ``rows``) and ``extra`` raw row XML."""
    body = "".join(inline_row(n, r) for n, r in enumerate([HEADER_ROW, *rows], start=1))
    return SHEET_START + body + extra + SHEET_END


GOOD_ROWS = [("1-1-1 事業", "① 項目", "○", ""), ("", "② 項目", "△", "遅れ")]


def write_xlsx(
    path: Path,
    sheet: str | None = None,
    *,
    strings: str = EMPTY_STRINGS,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """A minimal, valid .xlsx from raw parts."""
    with zipfile.ZipFile(path, "w", compression) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet or table_sheet(GOOD_ROWS))
        archive.writestr("xl/sharedStrings.xml", strings)
    return path


def _entity_bomb(padding: int) -> str:
    """Nested entities: 10 levels of 10 → 10^9 copies of "lol" if a parser expanded them."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    pad = f"<!--{' ' * padding}-->" if padding else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + pad
        + f"<!DOCTYPE sst [{''.join(entities)}]>"
        + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        + 'uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    )


def lying_sizes(path: Path, name: bytes = b"xl/worksheets/sheet1.xml") -> None:
    """Rewrite a part's declared uncompressed size, in both headers, to 100 bytes."""
    data = bytearray(path.read_bytes())
    local = data.find(b"PK\x03\x04" + data[4:6])  # first local header
    while local != -1:
        name_length = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30 : local + 30 + name_length] == name:
            struct.pack_into("<I", data, local + 22, 100)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == name:
            struct.pack_into("<I", data, central + 24, 100)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], Path]
    message: str  # a part of the one error the file must get
    left_out: bool = True  # the whole file is left out (else: a cell is reported)


def _bytes(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _raw(name: str, sheet: str | None = None, **options: object) -> Callable[[Path], Path]:
    return lambda folder: write_xlsx(folder / name, sheet, **options)  # type: ignore[arg-type]


def _lying(folder: Path) -> Path:
    path = write_xlsx(folder / "lying.xlsx", table_sheet(GOOD_ROWS * 200))
    lying_sizes(path)
    return path


def _truncated(folder: Path) -> Path:
    path = write_xlsx(folder / "cut.xlsx")
    path.write_bytes(path.read_bytes()[:-200])
    return path


def missing_part(folder: Path) -> Path:
    """workbook.xml names a sheet whose part is not in the archive."""
    path = folder / "missing.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/sharedStrings.xml", EMPTY_STRINGS)
    return path


def _zip_of(name: str, parts: dict[str, bytes]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for part, data in parts.items():
                archive.writestr(part, data)
        return path

    return make


ROW_START = (
    '<row r="2"><c r="A2" t="inlineStr"><is><t>1-1-1 事業</t></is></c>'
    '<c r="B2" t="inlineStr"><is><t>① 項目</t></is></c>'
)
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024
WIDE_CELL = '<row r="9"><c r="XFD9" t="inlineStr"><is><t>x</t></is></c></row>'
FAR_CELL = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
FAR_EMPTY_ROW = '<row r="1048576" spans="1:1" ht="15"/>'
ZIP_BOMB = SHEET_START + " " * (40 * 1024 * 1024) + SHEET_END

CASES = [
    Case(
        "entities",
        _raw("entities.xlsx", strings=_entity_bomb(0)),
        "DTD やエンティティ宣言があるため",
    ),
    Case(
        "entities with padding",
        _raw("padded.xlsx", strings=_entity_bomb(900 * 1024)),  # under the ratio check's 1 MB
        "DTD やエンティティ宣言があるため",
    ),
    Case(
        "external entity",
        _raw(
            "external.xlsx",
            strings='<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&x;</t></si></sst>',
        ),
        "DTD やエンティティ宣言があるため",
    ),
    Case("zip bomb", _raw("bomb.xlsx", ZIP_BOMB), "圧縮率が異常です"),
    Case("lying zip headers", _lying, "壊れているか途中で切れたブックです"),
    Case(
        "extreme extent",
        _raw("far.xlsx", table_sheet(GOOD_ROWS, FAR_CELL)),
        "行が多すぎます（1,048,576 行目まで",
    ),
    Case(
        "extreme extent, an empty row",
        _raw("far_row.xlsx", table_sheet(GOOD_ROWS, FAR_EMPTY_ROW)),
        "行が多すぎます（1,048,576 行目まで",
    ),
    Case(
        "extreme width",
        _raw("wide.xlsx", table_sheet(GOOD_ROWS, WIDE_CELL)),
        "列が多すぎます（16,384 列目まで",
    ),
    Case("missing part", missing_part, "ブックに必要な部品が欠けています"),
    Case("empty", _bytes("empty.xlsx", b""), "空のファイルです"),
    Case(
        "csv",
        _bytes("data.xlsx", "事業,状況\n1-1-1,○\n".encode("cp932")),
        "テキスト（CSV など）のファイルです",
    ),
    Case(
        "html",
        _bytes("page.xls", b"<html><body><table></table></body></html>"),
        "Web ページ（HTML）",
    ),
    Case("truncated zip", _truncated, "壊れているか途中で切れたブックです"),
    Case("legacy xls", _bytes("old.xlsx", OLE), "古い Excel 形式（.xls"),
    Case(
        "password",
        _bytes("locked.xlsx", OLE + "EncryptionInfo".encode("utf-16-le")),
        "パスワードで保護",
    ),
    Case(
        "ods",
        _zip_of("calc.xlsx", {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
        "OpenDocument 形式（.ods）",
    ),
    Case(
        "xlsb", _zip_of("binary.xlsx", {"xl/workbook.bin": b"\x00"}), "Excel バイナリ形式（.xlsb）"
    ),
    Case(
        "saved error value",
        _raw(
            "error-value.xlsx",
            table_sheet([], ROW_START + '<c r="C2" t="e"><v>#DIV/0!</v></c></row>'),
        ),
        "数式がエラー（#DIV/0!）になっています",
        left_out=False,
    ),
    Case(
        "array formula without a value",
        _raw(
            "array.xlsx",
            table_sheet(
                [], ROW_START + '<c r="C2"><f t="array" ref="C2">IF(1,"○","×")</f></c></row>'
            ),
        ),
        "数式の結果が保存されていないため値が読めません",
        left_out=False,
    ),
]


# --- the second round: cell budgets, every part counted, lying headers, huge files ---

FAR_BUT_WITHIN = (  # one cell at row 200,000, column 1,000 (ALL): inside the default limits
    '<row r="200000"><c r="ALL200000" t="inlineStr"><is><t>x</t></is></c></row>'
)
UNREFERENCED_WIDE = (  # cells placed by position only: 1,000 columns on row 150,000
    '<row r="150000">' + '<c t="inlineStr"><is><t>x</t></is></c>' * 1000 + "</row>"
)


def deflated_zeros(megabytes: int) -> bytes:
    """A raw deflate stream of ``megabytes`` MB of zero bytes, built in milliseconds: after a
    full flush the compressor's output for the same block repeats."""
    import zlib

    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = compressor.compress(bytes(1024 * 1024)) + compressor.flush(zlib.Z_FULL_FLUSH)
    return block * megabytes + compressor.flush()


def raw_zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> Path:
    """A zip written by hand from (name, deflated bytes, declared size, declared CRC): headers
    can say anything."""
    local, central = bytearray(), bytearray()
    for name, data, size, crc in members:
        encoded = name.encode()
        offset = len(local)
        local += struct.pack(
            "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), size, len(encoded), 0
        )
        local += encoded + data
        central += struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            20,
            20,
            0,
            8,
            0,
            0,
            crc,
            len(data),
            size,
            len(encoded),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += encoded
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), len(local), 0
    )
    path.write_bytes(bytes(local + central + end))
    return path  # fmt: skip


def _deflated(text: str) -> tuple[bytes, int, int]:
    import zlib

    data = text.encode()
    compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush(), len(data), zlib.crc32(data)


def workbook_with(path: Path, extra: list[tuple[str, bytes, int, int]], sheet: bool = True) -> Path:
    """A valid workbook's parts (honest headers) and ``extra`` members (headers as given)."""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/sharedStrings.xml": EMPTY_STRINGS,
    }
    if sheet:
        parts["xl/worksheets/sheet1.xml"] = table_sheet(GOOD_ROWS)
    members = [(name, *_deflated(text)) for name, text in parts.items()]
    return raw_zip(path, members + extra)


BOMB_MB = 1536  # 1.5 GB of zeros in about 1.5 MB


def mimetype_bomb(folder: Path) -> Path:
    """A `mimetype` member that declares 100 bytes and inflates to 1.5 GB."""
    return workbook_with(folder / "mimetype.xlsx", [("mimetype", deflated_zeros(BOMB_MB), 100, 0)])


def image_bomb(folder: Path) -> Path:
    """An image that declares its size (400 MB) honestly: over part_mb, under total_mb."""
    zeros = deflated_zeros(400)
    return workbook_with(folder / "image.xlsx", [("xl/media/image1.png", zeros, 400 << 20, 0)])


def lying_sheet(folder: Path) -> Path:
    """A worksheet part that declares 100 bytes and inflates to 1.5 GB."""
    return workbook_with(
        folder / "lying-sheet.xlsx",
        [("xl/worksheets/sheet1.xml", deflated_zeros(BOMB_MB), 100, 0)],
        sheet=False,
    )


def huge_old_xls(folder: Path) -> Path:
    """3 GB (sparse: no disk used) that begins like an old .xls."""
    path = folder / "huge.xls"
    with path.open("wb") as handle:
        handle.write(OLE)
        handle.truncate(3 * 1024**3)
    return path


SECOND_ROUND = [
    Case("mimetype inflating to 1.5 GB", mimetype_bomb, "壊れているか途中で切れたブックです"),
    Case("image declared at 1.5 GB", image_bomb, "xl/media/image1.png が展開すると大きすぎます"),
    Case("sheet header lying by 1.5 GB", lying_sheet, "壊れているか途中で切れたブックです"),
    Case("3 GB old .xls", huge_old_xls, "ファイルが大きすぎます（3,072.0 MB、上限 50 MB）"),
]
