"""A table's row before it is read: each role's cleaned text, and which of them hold a value
of their own (not continued from a merge above); and which reader a table's rows go to, told
by its first row that can — an ID table's (1-1-1 projects, ① items) numbered.py reads, any
other named.py."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from planeval.ids import parse_direction, parse_project
from planeval.io.header_titles import ID_TITLES
from planeval.text import CLEANED, clean_text

if TYPE_CHECKING:
    from planeval.io.grid import SheetGrid
    from planeval.io.tables import TableState


def table_mode(table: TableState, texts: dict[str, str], grid: SheetGrid, row: int) -> str | None:
    """ "ids" for a Setagaya table (1-1-1 IDs in the project column, ① items), "named" for
    any other; None while no row has told."""
    header = table.header
    if header is None or header.levels or "number" in table.columns:
        return "named"
    if "item" not in table.columns or "project" not in table.columns:
        return "named"
    if header.project_title in ID_TITLES:
        return "ids"
    project = texts.get("project")
    if project is None:
        return None
    if parse_project(project):
        return "ids"
    if parse_direction(project):
        if texts.get("status"):  # (rated: a project numbered in two parts, 「1-1 書かない窓口」
            return "named"  # under no band row — review 63 — as the forms with one read)
        # 「1-1 名前」: a Setagaya direction row over its 1-1-1 projects — or a band row
        # over groups 「(1) 名前」 and their ア, イ, written in names: the next project cell tells
        column = table.columns["project"]
        for below in range(row + 1, row + 50):
            text = clean_text(grid.value(below, column))
            if text and (below, column) not in grid.continued:
                return "ids" if parse_project(text) or parse_direction(text) else "named"
        return "ids"
    return "named"


def role_texts(
    line: list[object], row: int, table: TableState
) -> tuple[dict[str, str], AbstractSet[str]]:
    """Every role's cleaned text (roles with an empty cell left out), and the roles whose cell
    holds its own value (not continued from a merge above): on a row no merge reaches, all."""
    width = len(line)
    texts: dict[str, str] = {}
    known = CLEANED.get  # (a text met before is looked up, not cleaned again: most are)
    for role, column in table.roles:
        if column >= width or (value := line[column]) is None or value == "":
            continue
        if cleaned := known(value) or clean_text(value):  # type: ignore[call-overload]
            texts[role] = cleaned
    continued = table.continued.get(row)
    if continued is None:
        return texts, texts.keys()
    return texts, texts.keys() - table.continued_roles(continued)
