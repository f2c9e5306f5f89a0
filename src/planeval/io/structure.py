"""The workbook's structure from its own parts: sheets, their parts and states, and the
markers planeval's exports carry. Parsed only after inspect_archive found no DTD anywhere."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
import posixpath
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from typing import NamedTuple

from planeval.cells import (
    BODIES_PROPERTY,
    DATA_COLUMNS_PROPERTY,
    DERIVED_SHEETS_PROPERTY,
    FISCAL_YEAR_PROPERTY,
    OTHER_SCALES_PROPERTY,
    OTHER_YEARS_PROPERTY,
    json_of,
    policy_words_of,
)
from planeval.level_labels import POLICY_WORD
from planeval.marks import PROPERTY_DEPARTMENT, PROPERTY_FISCAL_YEAR
from planeval.model import body_key
from planeval.read_records import RecordedYear

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


class SheetEntry(NamedTuple):  # (cheaper to define than a frozen dataclass: model.py)
    name: str
    part: str  # e.g. xl/worksheets/sheet1.xml
    visible: bool


def workbook_sheets(read: Callable[[str], bytes]) -> list[SheetEntry]:
    """The sheets in workbook order with their parts and states (DTDs were refused already)."""
    workbook = ElementTree.fromstring(read("xl/workbook.xml"))
    relations = ElementTree.fromstring(read("xl/_rels/workbook.xml.rels"))
    targets = {
        rel.get("Id"): rel.get("Target", "") for rel in relations.iter(f"{_RELS}Relationship")
    }
    sheets = []
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(_R_ID), "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        sheets.append(
            SheetEntry(
                sheet.get("name", ""),
                posixpath.normpath(part),
                sheet.get("state", "visible") == "visible",
            )
        )
    return sheets


def custom_properties(read: Callable[[str], bytes]) -> dict[str, str]:
    """The workbook's custom document properties, as text ({} when it has none)."""
    try:
        custom = ElementTree.fromstring(read("docProps/custom.xml"))
    except KeyError:
        return {}
    return {prop.get("name", ""): "".join(prop.itertext()).strip() for prop in custom}


def derived_sheets(properties: dict[str, str]) -> list[str]:
    """The sheets planeval's export names as repeating its rows, in order (the summary first)."""
    listed = properties.get(DERIVED_SHEETS_PROPERTY)
    return listed.split(",") if listed else []


def data_fields(properties: dict[str, str]) -> tuple[str, ...]:
    """The fields of the columns of planeval's export's data sheet, in order, as the export
    records them (cells.DATA_COLUMNS_PROPERTY); () where it records none (an export written
    before it, any other workbook)."""
    listed = properties.get(DATA_COLUMNS_PROPERTY, "")
    return tuple(listed.split(",")) if listed else ()


def recorded_other_scales(properties: dict[str, str]) -> tuple[str, ...]:
    """The titles of the data sheet's columns planeval's export of two scales records as the
    other scale's rating of each row (cells.OTHER_SCALES_PROPERTY: 達成度 beside the 実施状況
    counted); () where it records none."""
    listed = properties.get(OTHER_SCALES_PROPERTY, "")
    return tuple(listed.split(",")) if listed else ()


def recorded_policy_words(properties: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The bodies planeval's export of several records as typing their policies as a level of
    their own, each with its word (cells.POLICY_WORDS_PROPERTY), as ReadResult.level_labels
    holds them (level_labels.POLICY_WORD within each body); () where it records none."""
    words = policy_words_of(properties)
    return tuple((body_key(body, POLICY_WORD), word) for body, word in words.items())


def recorded_other_years(properties: dict[str, str]) -> tuple[tuple[str, int], ...]:
    """The workbooks planeval's export records as left out for another year, each with its
    year (cells.OTHER_YEARS_PROPERTY); () where it records none (an export written before it
    records them unread: its places' years unknown)."""
    years = json_of(properties, OTHER_YEARS_PROPERTY)
    return tuple((file, year) for file, year in years.items() if type(year) is int)


def recorded_bodies(properties: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The bodies planeval's export of several names, in its order, each with why none of its
    rows was counted ("" where some was: cells.BODIES_PROPERTY); () where it records none (an
    export before it lists them all on its 集計に含めていない行 sheet)."""
    bodies = json_of(properties, BODIES_PROPERTY)
    return tuple((str(body), str(why)) for body, why in bodies.items() if body)


def recorded_year(properties: dict[str, str]) -> RecordedYear | None:
    """The fiscal year planeval's export records (None for any other workbook, or an export
    written without one), with its summary sheet, which shows it in A2."""
    year = properties.get(FISCAL_YEAR_PROPERTY, "")
    if not year.isdecimal():
        return None
    return RecordedYear(next(iter(derived_sheets(properties)), None), int(year))


_TEMPLATE_PROPERTIES = {
    PROPERTY_DEPARTMENT: "department",
    PROPERTY_FISCAL_YEAR: "fiscal_year",
}


def from_template(properties: dict[str, str]) -> bool:
    """Whether the custom document properties (custom_properties) are those of a form
    planeval's template wrote (template_properties finds some)."""
    return not _TEMPLATE_PROPERTIES.keys().isdisjoint(properties)


def template_year(properties: dict[str, str]) -> int | None:
    """The fiscal year a planeval template was written for, as its custom document properties
    record it (None for any other workbook): its A2 retyped, this still says its round."""
    year = properties.get(PROPERTY_FISCAL_YEAR, "")
    return int(year) if year.isdecimal() else None


def template_properties(read: Callable[[str], bytes]) -> dict[str, str]:
    """The department and fiscal year a planeval template was written for, from its custom
    document properties ({} for any other workbook)."""
    return {
        _TEMPLATE_PROPERTIES[name]: value
        for name, value in custom_properties(read).items()
        if name in _TEMPLATE_PROPERTIES
    }
