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
    lacking: list[tuple[SheetGrid, SheetResult, str, list[str]]] = []
    for grid, sheet in zip(grids, sheets, strict=True):
        if not sheet.tables or is_reference_sheet(grid.name):
            continue
        roles = [texts for (_f, of, _c), texts in sheet.text_columns.items() if of == grid.name]
        lacking_project = any("project" not in texts for texts in roles)
        if lacking_project and (unread := _unlevelled(grid, sheet, layout)) is not None:
            lacking.append((grid, sheet, "project", unread))
        if sheet.issue_tables < sheet.tables:
            lacking.append((grid, sheet, "issue", []))
    texts = (text for sheet in sheets for text in sheet.texts)
    if not lacking or not planeval_form(path, texts, template):
        return []
    return [_said(name, grid, sheet, role, layout, unread) for grid, sheet, role, unread in lacking]


def _unlevelled(grid: SheetGrid, sheet: SheetResult, layout: Layout) -> list[str] | None:
    """The titles planeval does not know left of the rated column of a table of the sheet
    with no column of its projects or levels (施策 | 事務事業 is a level's and a project's:
    南川崎市's form), its header row found again as read; None where every table has one."""
    from planeval.io.header_columns import find_columns
    from planeval.io.headers import header_roles

    vocabulary = layout.vocabulary()
    for row, _word, _sub in sheet.headers:
        cells = grid.row(row)
        header = find_columns(cells, vocabulary)
        if header is not None and not header.levels and not _PROJECTS & header.columns.keys():
            read = {*header_roles(cells, vocabulary), *header.columns.values()}
            left = (cells[at] for at in range(header.columns.get("item", 0)) if at not in read)
            return [str(title).strip() for title in left if title not in (None, "")]
    return None


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


def _said(
    name: str, grid: SheetGrid, sheet: SheetResult, role: str, layout: Layout, unread: list[str]
) -> Problem:
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
    # (the column in the settings' word, 運営方針 | 事業番号 | 事業's 運営方針: review 205 #3)
    level, of = (f"「{layout.policy_level}」", layout.policy_level) if layout.policy_level else (
        _HIERARCHY, _PROJECT)  # fmt: skip
    counted = f"どの{of}の{_ITEM}か分からないため、このファイルの行は数えていません"
    if unread:  # (the level there under a title planeval does not read: nothing deleted)
        named = next((t for t in reversed(unread) if not t.endswith("番号")), unread[-1])
        return Problem(
            where,
            Severity.ERROR,
            f"{row} 行目の見出し行の「{'」「'.join(unread)}」の列を、planeval は{level}の列として"
            f"読めません。{counted}",
            f'その列なら planeval.toml の [layout.titles] に level = ["{named}"] と書いてください',
            reason=DELETED_COLUMN,
        )
    return Problem(
        where,
        Severity.ERROR,
        f"{row} 行目の見出し行に{level}の列がありません（planeval の調査票から削除されて"
        f"いませんか）。{counted}",
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
