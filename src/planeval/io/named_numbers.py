"""A named table's level or project numbered with a dot and a dash both (「1.1-2」 in a 番号
column beside 施策名, or at the start of a level's name): read as its three numbers, said as
the one-cell layout says it (continued_rows.mixed_notice: once, where the level starts) and
shown as that layout shows it (1.1.2)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from planeval.dotted_ids import parse_mixed
from planeval.ids import parse_item
from planeval.io.continued_rows import mixed_notice
from planeval.io.grid import cell_ref
from planeval.io.headers import number_title
from planeval.io.levels import Levels, level_id
from planeval.io.own_ids import WholeId, typed_id, whole_id
from planeval.model import Location, Problem, Severity
from planeval.text import clean_text

if TYPE_CHECKING:
    from planeval.io.grid import SheetGrid
    from planeval.io.tables import SheetResult, TableState


def set_level(
    levels: Levels,
    slot: int,
    numbered: tuple[str | None, str, str],
    cells: Sequence[tuple[str, Location]],
    problems: list[Problem],
) -> None:
    """``levels.set(slot, *numbered)`` — an ID, name and number as typed read from ``cells``
    (each text with its place: the number column's, then the name's) —, a number of them
    typed with a dot and a dash both said at its cell where the level starts (not again on
    each row it is typed on) and shown joined throughout as its first join was typed."""
    own_id, name, typed = numbered
    mixed = next(
        (
            (found, cell)
            for text, cell in cells
            if (found := parse_mixed(text)) is not None and found.id == own_id
        ),
        None,
    )
    before = levels.slots[slot] if slot < len(levels.slots) else None
    levels.set(slot, own_id, name, mixed[0].shown if mixed else typed)
    if (held := levels.slots[slot]) is not None and cells:  # (the name's cell, typed last)
        levels.cells.setdefault(held[0], cells[-1][1])
    if mixed is not None and held != before:
        problems.append(mixed_notice(mixed[1], mixed[0]))


def whole_level(
    text: str, whole: WholeId, at: int, cell: Location
) -> tuple[tuple[str, str, str], Problem | None]:
    """A level's ID, name and number as typed on a row whose No. numbers every level
    (``whole``, this level its ``at``-th; 基本方針 | 改革項目 | 取組項目 beside 「2-(1)-②」): the
    No.'s ID with the name in the level's cell ``text`` — never a number of the level's place
    among the names (review 185 #1). A number the cell types before its name is kept as typed
    where it agrees (「(1) 事務事業の見直し」); where it does not, the No.'s counts and the cell is
    said. The one reading of such a row, for the status forms and the plan (plan_rows.py)."""
    own_id, name, typed = level_id(text)
    level = whole.ids[at]
    if own_id is None:
        return (level, text, typed_id(whole.typed[at], level)), None
    if level == own_id or level.endswith(f"-{own_id}"):
        return (level, name, typed), None
    told = Problem(
        cell,
        Severity.WARNING,
        f"「{text}」の番号 {typed or own_id} が、同じ行の番号「{whole.typed[-1]}」の "
        f"{whole.typed[at]} と違います。番号の列の {whole.typed[at]} として数えました",
        "どちらが正しいか確かめ、違う方を直してください",
    )
    return (level, name, typed_id(whole.typed[at], level)), told


def _numbers_every_level(
    grid: SheetGrid, table: TableState, whole: WholeId, cells: list[str], texts: dict[str, str]
) -> bool:
    """Whether a table's No. numbers every level of its rows (whole_levels), told by its first
    row so numbered: the column titled No. or 番号, not as a level's (施策番号 1-1-1 is the 施策's
    own — review 115); no level cell typing a lower level's number of it (No. 1-2-1 beside
    施策 「1-2 …」: the 事業's ID, its policy above the table's levels); its item's name not
    numbered of its own (「(1) スマホ教室の開催」: the item's number is that)."""
    if not number_title(grid.value(table.first_row, table.columns["number"])):
        return False
    if parse_item(texts.get(rated_role(table), "")).number is not None:
        return False
    owns = [level_id(text)[0] for text in cells]
    return not any(own in whole.ids[at + 1 :] for at, own in enumerate(owns) if own)


def set_whole_level(
    levels: Levels, slot: int, text: str, whole: WholeId, at: int, cell: Location
) -> Problem | None:
    """``levels.set`` of a level numbered by the row's No. (whole_level), the problem of a cell
    whose own number disagrees with it returned where the level starts (not on each row
    repeating it). A level cell merged down (``text`` "") keeps the name above, under the
    No.'s ID."""
    held = levels.slots[slot] if slot < len(levels.slots) else None
    if not text:
        if held is not None and held[0] != whole.ids[at]:
            levels.set(slot, whole.ids[at], held[1], typed_id(whole.typed[at], whole.ids[at]))
        return None
    numbered, told = whole_level(text, whole, at, cell)
    levels.set(slot, *numbered)
    levels.cells.setdefault(numbered[0], cell)
    return told if levels.slots[slot] != held else None


def rated_role(table: TableState) -> str:
    """The column naming a named table's rated rows: its item's, or its project's where it has
    no item column (番号 | 基本方針 | 施策 | 取組項目 rated, 取組項目 the lowest name)."""
    return "item" if "item" in table.columns else "project"


def whole_levels(
    grid: SheetGrid,
    row: int,
    table: TableState,
    file: str,
    result: SheetResult,
    texts: dict[str, str],
) -> tuple[WholeId | None, bool]:
    """A rated row's No. numbering every level of it (「2-(1)-②」 beside 基本方針 | 改革項目 |
    取組項目: whole_id), its level columns and its project set by it (whether a level column
    names one), and the table's No. then the rows' own (TableState.numbers_rows); (None, False)
    for any other row, and for a row naming no item. A project cell merged down keeps the
    project above, under the No.'s ID. Without a project column of its own under the levels
    (番号 | 基本方針 | 施策 | 取組項目, the 取組項目 rated) the lowest level column is the
    project's, 施策 1.3 of 1.3.1 — not the third name of the file's (review 209 #1)."""
    header = table.header
    if header is None or not header.levels or table.whole_numbers is False:
        return None, False  # (no level column, 番号 | 取組項目 | 取組内容: 1.1 its 取組項目's,
        # through its 基本方針; a table its first numbered row told is not so numbered)
    if not texts.get(rated_role(table)):
        return None, False  # (a row naming no item, 「1.1 防災・減災」 over 1.1.1: a level's row)
    if table.levels.slots[:1] not in ([], [None]):
        return None, False  # (under a heading 「基本方針1 …」: its levels start above the columns)
    projects = {"item", "project"} <= table.columns.keys()  # (a project column of its own)
    named_columns = (*header.levels, table.columns["project"]) if projects else header.levels
    whole = whole_id(texts.get("number", ""), len(named_columns) + 1)
    if whole is None:
        return None, False
    line = grid.row(row)
    cells = [
        "" if (row, column) in grid.continued or column >= len(line) else clean_text(line[column])
        for column in named_columns
    ]
    if table.whole_numbers is None:  # (told by the table's first row so numbered)
        table.whole_numbers = _numbers_every_level(grid, table, whole, cells, texts)
        if not table.whole_numbers:
            return None, False
    table.numbers_rows, named = True, False
    for depth, column in enumerate(header.levels, start=1):
        at = Location(file, grid.name, cell_ref(row, column))
        typed = cells[depth - 1]
        if (told := set_whole_level(table.levels, depth, typed, whole, depth - 1, at)) is not None:
            result.problems.append(told)
        named = named or bool(typed)
    if projects:
        at = Location(file, grid.name, cell_ref(row, table.columns["project"]))
        slot = table.group_slot() + 1
        if (told := set_whole_level(table.levels, slot, cells[-1], whole, -2, at)) is not None:
            result.problems.append(told)
    return whole, named


def name_levels(
    result: SheetResult, levels: Levels, policy: tuple[str, str], direction: tuple[str, str]
) -> None:
    """A rated row's policy and direction (ID, name) into the sheet's names, the first found,
    each with the cell naming it where a level column did (SheetResult.level_cells: a level
    the files name apart is said at both files' cells — review 160 #2)."""
    result.policy_names.setdefault(*policy)
    if direction[0]:
        result.direction_names.setdefault(*direction)
    for level in (policy[0], direction[0]) if levels.cells else ():
        if level and (cell := levels.cells.get(level)) is not None:
            result.level_cells.setdefault(level, cell)


def cells_of(
    texts: dict[str, str],
    roles: Sequence[str],
    columns: dict[str, int],
    row: tuple[str, str, int],
) -> list[tuple[str, Location]]:
    """The texts of a row's cells ``roles`` with their places (set_level's ``cells``); ``row``
    the file, the sheet and the row (0-based)."""
    file, sheet, number = row
    return [
        (texts[role], Location(file, sheet, cell_ref(number, columns[role])))
        for role in roles
        if role in texts
    ]
