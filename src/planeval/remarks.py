"""Co-owners' remarks read back from their workbooks' 共管の実施内容 sheet, for combining: each
remark belongs to the lead's item of the same key (the sheet itself is written by
cycle/reference.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from planeval.ids import parse_item, parse_project
from planeval.marks import (
    REFERENCE_COLUMNS,
    REFERENCE_FIRST_ROW,
    REFERENCE_SHEET,
    TemplateMark,
    is_placeholder,
)
from planeval.model import Location, TextCell, body_key, item_key


@dataclass(frozen=True, slots=True)
class Remark:
    """A co-owner's remark on a shared item: the item's key, who wrote it, where, and the
    (body, project ID) it belongs to."""

    key: tuple[str, str, str]  # (project, item number or name, sub-item), as combine keys
    department: str
    text: str
    location: Location
    project: tuple[str, str] = ("", "")


def co_owner_remarks(
    texts: Iterable[TextCell],
    marks: Mapping[str, TemplateMark],
    bodies: Mapping[str, str] | None = None,
) -> list[Remark]:
    """The remarks co-owners wrote on their reference sheets (their own workbooks only), each
    on an item of its workbook's body (``bodies``: file → body, when several are read)."""
    rows: dict[tuple[str, int], dict[str, TextCell]] = {}
    for cell in texts:
        where = cell.location
        if where.sheet != REFERENCE_SHEET or where.cell is None or where.file not in marks:
            continue
        letters = where.cell.rstrip("0123456789")
        number = int(where.cell[len(letters) :])
        if number >= REFERENCE_FIRST_ROW:
            rows.setdefault((where.file, number), {})[letters] = cell
    remarks = []
    for (file, _number), cells in sorted(rows.items()):
        department = marks[file].department
        remark = cells.get(REFERENCE_COLUMNS["remark"])
        project = parse_project(_text(cells, "project"))
        if department is None or remark is None or project is None:
            continue
        if is_placeholder(remark.text):
            continue
        item = parse_item(_text(cells, "item"))
        body = (bodies or {}).get(file, "")
        key = item_key(
            body_key(body, project.id), item.number, item.name, _text(cells, "sub_item") or None
        )
        remarks.append(Remark(key, department, remark.text, remark.location, (body, project.id)))
    return remarks


def _text(cells: Mapping[str, TextCell], role: str) -> str:
    cell = cells.get(REFERENCE_COLUMNS[role])
    return cell.text if cell is not None else ""
