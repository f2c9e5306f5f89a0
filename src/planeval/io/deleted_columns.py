"""A column planeval's template wrote and a department deleted (review 118): its 課題等, whose
texts then vanish and whose △ without a reason is no longer warned of, or its 情報化計画事業の
体系, without which each row's number is its item's alone (「① …」) and every row looks
renumbered. A form is planeval's by its mark (marks.MARK_CELL, gone with column A) or its
document properties (kept whatever is deleted); asked only of a file one of whose tables lacks
such a column, which few do."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree.ElementTree import ParseError

from planeval.marks import MARK_CELL, is_reference_sheet, parse_mark
from planeval.model import Location, Problem, Severity, TextCell

if TYPE_CHECKING:
    from planeval.io.grid import SheetGrid
    from planeval.io.headers import Layout
    from planeval.io.tables import SheetResult

# planeval's words for the columns (wording.py, a stage above: messages are put in the body's
# words by the commands, message_words.in_body_words)
_ISSUE, _HIERARCHY, _PROJECT, _ITEM = "課題等", "情報化計画事業の体系", "情報化計画事業", "実施内容"
_PROJECTS = frozenset({"project", "project_number"})
DELETED_COLUMN = "調査票の列が削除されている"
_FIX = (
    "削除した列を元に戻す（Excel の「元に戻す」、または配布した調査票から列をコピー）か、"
    "新しい調査票（planeval template）に記入し直して提出してもらってください"
)


def deleted_columns(
    path: Path,
    grids: list[SheetGrid],
    sheets: list[SheetResult],
    layout: Layout,
    template: bool | None = None,
) -> list[Problem]:
    """A problem per table of a planeval template lacking the column its template wrote: the
    project's column an error (reason DELETED_COLUMN: the file is not counted), the issue
    column a warning (its rows' missing reasons are then warned of as of empty cells).
    ``template``: whether its properties are a template's, as its archive's first reading
    found (None: planeval_form reads them)."""
    name = str(path)
    lacking: list[tuple[SheetGrid, SheetResult, str]] = []
    for grid, sheet in zip(grids, sheets, strict=True):
        if not sheet.tables or is_reference_sheet(grid.name):
            continue
        roles = [texts for (_f, of, _c), texts in sheet.text_columns.items() if of == grid.name]
        if any("project" not in texts for texts in roles) and _unlevelled(grid, sheet, layout):
            lacking.append((grid, sheet, "project"))
        if sheet.issue_tables < sheet.tables:
            lacking.append((grid, sheet, "issue"))
    texts = (text for sheet in sheets for text in sheet.texts)
    if not lacking or not planeval_form(path, texts, template):
        return []
    return [_said(name, grid, sheet, role, layout) for grid, sheet, role in lacking]


def _unlevelled(grid: SheetGrid, sheet: SheetResult, layout: Layout) -> bool:
    """Whether a table of the sheet has no column of its projects or levels (施策 | 事務事業
    is a level's and a project's: 南川崎市's form), its header row found again as read."""
    from planeval.io.header_columns import find_columns

    vocabulary = layout.vocabulary()
    for row, _word, _sub in sheet.headers:
        header = find_columns(grid.row(row), vocabulary)
        if header is not None and not header.levels and not _PROJECTS & header.columns.keys():
            return True
    return False


def planeval_form(path: Path, texts: Iterable[TextCell], template: bool | None = None) -> bool:
    """Whether the workbook is a form planeval's template wrote: its mark at A2 among its
    ``texts``, or its document properties where column A went with it (``template``, where
    its archive's first reading found them: archive.ArchiveFacts.template)."""
    for text in texts:
        if text.location.cell == MARK_CELL and parse_mark(text.text) is not None:
            return True
    if template is not None:
        return template
    from planeval.io.structure import template_properties

    try:
        with zipfile.ZipFile(path) as archive:
            return bool(template_properties(archive.read))
    except (OSError, zipfile.BadZipFile, ParseError):  # (not a form it can tell as planeval's)
        return False


def _said(name: str, grid: SheetGrid, sheet: SheetResult, role: str, layout: Layout) -> Problem:
    where = Location(name, grid.name, sheet.first_header)
    row = sheet.first_header.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if role == "issue":
        title = next(iter(layout.titles.get("issue", ())), _ISSUE)
        return Problem(
            where,
            Severity.WARNING,
            f"{row} 行目の見出し行に「{title}」の列がありません（planeval の調査票から削除されて"
            f"いませんか）。{title}は読めず、{title}が必要な行も空として扱います",
            _FIX,
            reason=DELETED_COLUMN,
        )
    return Problem(
        where,
        Severity.ERROR,
        f"{row} 行目の見出し行に{_HIERARCHY}の列がありません（planeval の調査票"
        f"から削除されていませんか）。どの{_PROJECT}の{_ITEM}か"
        "分からないため、このファイルの行は数えていません",
        _FIX,
        reason=DELETED_COLUMN,
    )


def mark_deleted(where: Location, title: str, item: str) -> Problem:
    """The warning of a form whose column marking rows (the plan's 重点, which template carries
    locked) was deleted, at its header row ``where``: its rows' marks taken from the plan."""
    row = (where.cell or "").lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return Problem(
        where,
        Severity.WARNING,
        f"{row} 行目の見出し行に「{title}」の列がありません（planeval の調査票から削除されて"
        f"いませんか）。この表の{item}の{title}の印は、計画の「{title}」の列から読みました",
        _FIX,
        reason=DELETED_COLUMN,
    )
