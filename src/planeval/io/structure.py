"""The workbook's structure from its own parts: sheets, their parts and states, and the
marker planeval's exports carry. Parsed only after inspect_archive found no DTD anywhere."""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import dataclass

from planeval.cells import DERIVED_SHEETS_PROPERTY

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass(frozen=True, slots=True)
class SheetEntry:
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


def derived_sheets(read: Callable[[str], bytes]) -> set[str]:
    try:
        custom = ElementTree.fromstring(read("docProps/custom.xml"))
    except KeyError:
        return set()
    for prop in custom:
        if prop.get("name") == DERIVED_SHEETS_PROPERTY:
            return {name for text in prop.itertext() for name in text.split(",")}
    return set()


_TEMPLATE_PROPERTIES = {
    "planeval_template_department": "department",
    "planeval_template_fiscal_year": "fiscal_year",
}


def template_properties(read: Callable[[str], bytes]) -> dict[str, str]:
    """The department and fiscal year a planeval template was written for, from its custom
    document properties ({} for any other workbook)."""
    try:
        custom = ElementTree.fromstring(read("docProps/custom.xml"))
    except KeyError:
        return {}
    return {
        _TEMPLATE_PROPERTIES[name]: "".join(prop.itertext()).strip()
        for prop in custom
        if (name := prop.get("name", "")) in _TEMPLATE_PROPERTIES
    }
