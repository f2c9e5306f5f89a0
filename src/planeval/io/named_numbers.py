"""A named table's level or project numbered with a dot and a dash both (「1.1-2」 in a 番号
column beside 施策名, or at the start of a level's name): read as its three numbers, said as
the one-cell layout says it (continued_rows.mixed_notice: once, where the level starts) and
shown as that layout shows it (1.1.2)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from planeval.dotted_ids import parse_mixed
from planeval.io.continued_rows import mixed_notice
from planeval.io.grid import cell_ref
from planeval.io.levels import Levels
from planeval.model import Location, Problem

if TYPE_CHECKING:
    from planeval.io.tables import SheetResult


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
