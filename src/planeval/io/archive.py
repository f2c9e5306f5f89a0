"""Judging an .xlsx archive before any parser sees it: sizes, ratios, DTDs, cell extents.

Every part, XML or not, is inflated once (planeval.io.parts) with a byte counter, never past
the size its header declares and ending exactly there; every XML part is scanned
(planeval.io.sheetscan) for a DTD or entity declaration, and a worksheet for cells beyond the
row or column limit and for the extent its cells address — all before openpyxl or calamine
allocates anything.
"""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
import zipfile
import zlib
from collections import deque
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple, TypeAlias
from xml.etree import ElementTree

from planeval.io.limits import HOW, MB, Broken, Limits, Refused
from planeval.io.parts import (
    CHUNK,
    StoredCopy,
    inflate_small,
    inflate_streaming,
)
from planeval.io.sheetscan import PartFacts, scan_part
from planeval.io.sniff import READABLE, FileKind, refusal, zip_kind
from planeval.io.source import Source
from planeval.read_records import RecordedYear

if TYPE_CHECKING:
    from planeval.io.structure import SheetEntry

_XML = (".xml", ".rels", ".vml")


class ArchiveFacts(NamedTuple):  # (cheaper to define than a frozen dataclass: model.py)
    parts: dict[str, PartFacts]
    # the workbook's sheets (name, part, visible) and planeval's derived-sheet marker, read
    # while the archive was open; None where workbook.xml could not be understood
    sheets: "list[SheetEntry] | None" = None
    derived: frozenset[str] = frozenset()
    kind: FileKind = FileKind.XLSX
    year: RecordedYear | None = None  # the fiscal year planeval's export records
    data_fields: tuple[str, ...] = ()  # its data sheet's columns' fields, where it records them
    # the bodies it records as typing their policies as a level, each with its word
    policy_words: tuple[tuple[str, str], ...] = ()
    other_years: tuple[tuple[str, int], ...] = ()  # the workbooks of another year it left out
    # the bodies an export of several names, in its order, each with why none of its rows was
    # counted ("" where some was): cells.BODIES_PROPERTY
    bodies: tuple[tuple[str, str], ...] = ()
    # its data sheet's columns of another scale's rating (達成度 beside 実施状況): cells.OTHER_SCALES
    other_scales: tuple[str, ...] = ()
    # whether its custom properties name it a form planeval's template wrote
    # (structure.from_template: deleted_columns.planeval_form asks, without a second opening)
    template: bool = False
    # … and the fiscal year they record it was written for (structure.template_year)
    template_year: int | None = None
    # the archive again with every part stored as it was inflated while judged, where it fits
    # a plain zip (parts.StoredCopy): calamine reads it once, inflating nothing again, and
    # closes it (io/fast.py)
    stored: "StoredCopy | None" = None

    @property
    def has_formulas(self) -> bool:
        return any(part.has_formulas for part in self.parts.values())


def inspect_archive(source: Source, limits: Limits) -> ArchiveFacts:
    """Raise Refused unless every part of the archive is within the limits and DTD-free.
    The archive is read from ``source`` (the bytes held, or the one open handle), which the
    parsers are then given too."""
    parts: dict[str, PartFacts] = {}
    try:
        with zipfile.ZipFile(source.stream()) as archive:
            kind = zip_kind(archive)
            if kind not in READABLE:
                raise Refused(*refusal(kind, source.path))
            infos = archive.infolist()
            _check_directory(infos, limits)
            large = any(info.file_size > CHUNK for info in infos)
            copy = StoredCopy(large=large) if StoredCopy.wanted(infos) else None
            total = 0
            kept: dict[str, bytes] = {}  # small parts, inflated once, for _structure below
            for info in infos:
                xml = info.filename.endswith(_XML)
                if xml and info.file_size <= CHUNK and not info.flag_bits & 1:
                    is_sheet = info.filename.startswith("xl/worksheets/")
                    data = inflate_small(archive, info, limits, remember=not is_sheet)
                    kept[info.filename] = data
                    if copy is not None:
                        deque(copy.add(info, (data,)), 0)
                    if not is_sheet:  # (judged DTD-free by inflate_small: all it needs)
                        total += len(data)
                        continue
                    chunks: Iterable[bytes] = (data,)
                else:
                    chunks = inflate_streaming(archive, info)
                    if copy is not None:
                        chunks = copy.add(info, chunks)
                facts, inflated = scan_part(chunks, info, limits, total, xml=xml)
                if facts is not None:
                    parts[info.filename] = facts
                total += inflated
            # only now, with every part judged DTD-free and within its limits
            names = {info.filename for info in infos}
            structure = _structure(archive, kept, names)
            sheets, derived, year, fields, words, dated, bodies, rated, template, made = structure
            for sheet in sheets or ():
                if sheet.part not in names:
                    raise Broken(
                        f"ブックに必要な部品が欠けています（シート「{sheet.name}」の {sheet.part} が"
                        "ありません）",
                        "壊れているか Excel 以外で作られたファイルです。"
                        "Excel で開いて保存し直してください",
                    )
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
        ValueError,
        RuntimeError,  # (an encrypted part)
    ) as error:
        raise Broken(
            f"壊れているか途中で切れたブックです（{_broken_how(error)}）",
            "元のファイルをもう一度送ってもらってください",
        ) from None
    stored = copy.finish() if copy is not None else None
    return ArchiveFacts(
        parts, sheets, derived, kind, year, fields, words, dated, bodies, rated, template, made,
        stored,
    )  # fmt: skip


def _broken_how(error: Exception) -> str:
    """How a workbook's archive is broken, in words (review 37: 「（BadZipFile）」)."""
    if isinstance(error, zipfile.BadZipFile):
        return "ZIP 形式として読めません"
    if isinstance(error, zlib.error | EOFError):
        return "圧縮された中身が途中で切れています"
    if isinstance(error, NotImplementedError):
        return "対応していない圧縮方式です"
    return (
        "暗号化された部分があります" if isinstance(error, RuntimeError) else "中身の形式が違います"
    )


_WORKBOOK, _RELATIONS, _CUSTOM = (
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "docProps/custom.xml",
)
# The structure read from the same three parts before (like the parts in planeval.io.parts):
# one template, one answer.
_STRUCTURES_MOST = 256
_Structure: TypeAlias = (
    "tuple[list[SheetEntry] | None, frozenset[str], RecordedYear | None, tuple[str, ...],"
    " tuple[tuple[str, str], ...], tuple[tuple[str, int], ...], tuple[tuple[str, str], ...],"
    " tuple[str, ...], bool, int | None]"
)
_STRUCTURES: dict[tuple[bytes, bytes, bytes | None], _Structure] = {}


def _structure(archive: zipfile.ZipFile, kept: dict[str, bytes], names: set[str]) -> _Structure:
    key = None
    custom_known = _CUSTOM in kept or _CUSTOM not in names
    if _WORKBOOK in kept and _RELATIONS in kept and custom_known:
        key = (_workbook_key(kept[_WORKBOOK]), kept[_RELATIONS], kept.get(_CUSTOM))
        if (known := _STRUCTURES.get(key)) is not None:
            return _copied(known)
    found = _read_structure(archive, kept)
    if key is not None and len(_STRUCTURES) < _STRUCTURES_MOST:
        _STRUCTURES[key] = _copied(found)
    return found


_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"'
_NAMES, _NAMES_END, _NO_NAMES = b"<definedNames>", b"</definedNames>", b"<definedNames/>"


def _workbook_key(workbook: bytes) -> bytes:
    """workbook.xml as its structure depends on it: with its defined names (a print area, a
    filter's range: they differ from file to file of one template) emptied where they are a
    plain element of defined names alone — one that parses by itself, in a workbook in UTF-8
    holding no comment, CDATA or processing instruction, so that it stands where an element
    may. The workbook so emptied is a workbook too, with the same sheets, and well-formed or
    not as the first: the structure read from either is the same."""
    start = workbook.find(_NAMES)
    end = workbook.find(_NAMES_END, start) + len(_NAMES_END)
    # (UTF-8 as declared or by default, as the element alone is parsed)
    declared = workbook.startswith(_DECLARATION)
    if (
        start < 0
        or end < len(_NAMES_END)
        or not (declared or workbook.startswith(b"<"))
        or b"<!" in workbook
        or workbook.count(b"<?") != declared
    ):
        return workbook
    names = workbook[start:end]
    plain = _PLAIN_NAMES.get(names)
    if plain is None:
        plain = _plain_names(names)
        if len(_PLAIN_NAMES) < _STRUCTURES_MOST:
            _PLAIN_NAMES[names] = plain
    return workbook[:start] + _NO_NAMES + workbook[end:] if plain else workbook


# defined names already parsed → whether they were plain (the files of one template mostly
# repeat a few: a filter's range differs only with the rows a body filled)
_PLAIN_NAMES: dict[bytes, bool] = {}


def _plain_names(names: bytes) -> bool:
    """Whether ``names`` parses by itself as defined names alone, each holding no element."""
    try:
        element = ElementTree.fromstring(names)
    except ElementTree.ParseError:
        return False
    return not any(child.tag != "definedName" or len(child) for child in element)


def _copied(structure: _Structure) -> _Structure:
    """The structure with a list of its sheets of its own (the cached one never changes)."""
    sheets, *rest = structure
    return (None if sheets is None else list(sheets), *rest)  # type: ignore[return-value]


def _read_structure(archive: zipfile.ZipFile, kept: dict[str, bytes]) -> _Structure:
    from planeval.io.structure import (
        custom_properties,
        data_fields,
        derived_sheets,
        from_template,
        recorded_bodies,
        recorded_other_scales,
        recorded_other_years,
        recorded_policy_words,
        recorded_year,
        template_year,
        workbook_sheets,
    )

    def read(name: str) -> bytes:
        return kept[name] if name in kept else archive.read(name)

    try:
        properties = custom_properties(read)
    except (KeyError, ElementTree.ParseError):
        return None, frozenset(), None, (), (), (), (), (), False, None
    template, made = from_template(properties), template_year(properties)
    try:
        sheets = workbook_sheets(read)
    except (KeyError, ElementTree.ParseError):
        return None, frozenset(), None, (), (), (), (), (), template, made
    derived = frozenset(derived_sheets(properties))
    fields, words = data_fields(properties), recorded_policy_words(properties)
    dated, bodies = recorded_other_years(properties), recorded_bodies(properties)
    rated = recorded_other_scales(properties)  # (達成度 beside 実施状況: not a figure)
    year = recorded_year(properties)
    return sheets, derived, year, fields, words, dated, bodies, rated, template, made


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
                f"部品 {info.filename} の圧縮率が異常です（{ratio:,.0f} 倍、上限 {limits.ratio:,g} 倍）",
                "ZIP 爆弾の可能性があるため読みません" + HOW.format(key="ratio"),
            )
