"""How a plan's cells type its numbers: a project's 1-1-1 (or 1.1.1, 1.1-1, 「1-1-(1)」 alone
in its cell), a number of two levels and a name in one cell, a direction's 1-1 or 1.1, an item's
own label beside it (io/plan_rows.py reads the rows with these)."""

from __future__ import annotations

import re
import unicodedata

from planeval.dotted_ids import TypedId, parse_dotted, parse_mixed, parse_project_typed
from planeval.ids import KATAKANA, parse_direction, parse_item
from planeval.io.continued_rows import mixed_notice
from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.levels import numbered_project
from planeval.model import Location
from planeval.plan import Plan


def dotted_shown(typed: str, own_id: str) -> str:
    """A level's number alone as typed where a dot follows it, 「1.」 or 「１．」 of 1 (review
    114), shown so; "" for 「1」, 「１」 or 「①」, shown by the ID as before."""
    return typed if unicodedata.normalize("NFKC", typed) != own_id else ""


def two_levels(text: str) -> tuple[str, str] | None:
    """A project's number of two levels read as the forms' number column reads it (the one
    rule, ``number_alone``'s): its ID and its number as shown — 「1-(1)」 → ("1-1", ""),
    shown as its ID (the forms write it as typed: PlanItem.project_typed); 「1.1」 → ("1-1", "1.1") and 「Ⅰ-1」 → ("1-1", "Ⅰ-1"), shown as typed
    on the forms and every output (review 101); None for any other number."""
    read = number_alone(text, parts=2)
    if read is None:
        return None
    shown = unicodedata.normalize("NFKC", text)
    return read.id, text if "." in shown or not shown[:1].isdecimal() else ""


def two_levels_named(text: str) -> tuple[str, str] | None:
    """ "1-1 防災・防犯" → ("1-1", "防災・防犯"): a number of two levels and a name in one cell;
    None for any other text."""
    first, _, name = text.strip().partition(" ")
    if not name.strip():
        first, _, name = text.strip().partition("\u3000")
    two = two_levels(first) if name.strip() else None
    return (two[0], name.strip()) if two is not None else None


def project_number(
    typed: str,
    file: str,
    grid: SheetGrid,
    row: int,
    columns: dict[str, int],
    role: str,
    plan: Plan,
    current: tuple[str, str, str] | None,
) -> TypedId | None:
    """A project's number as a workbook's is read (dotted_ids.parse_project_typed: 1-1-1, or 1.1.1
    shown as typed), or typed with a dot and a dash both (1.1-1: its three numbers, and a
    notice at its cell, said where its project starts: ``current`` is the one above); None
    for any other text."""
    found = parse_project_typed(typed)
    if found is not None:
        return found
    mixed = parse_mixed(typed)
    if mixed is None:
        return number_alone(typed)
    if current is None or current[0] != mixed.id:  # (its cell merged down: said once)
        cell = Location(file, grid.name, cell_ref(row, columns[role]))
        plan.problems.append(mixed_notice(cell, mixed))
    return TypedId(mixed.id, mixed.name, mixed.shown)


# a number alone in its cell, its parts in brackets, Roman or circled too: 「1-1-(1)」, 「Ⅰ-1-(1)」,
# 「1-1-①」
NUMBER_ALONE = re.compile(r"^[0-9０-９ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ\u2460-\u2473\s\-－‐ー.．()（）]+$")


def number_alone(typed: str, parts: int = 3) -> TypedId | None:
    """A project's number of ``parts`` levels typed as the forms' number column types it
    (川崎市's 施策番号 「1-1-(1)」 or 「1-1-①」; of two, 北嶺県's 「Ⅰ-1」): its ID by that column's rule
    (levels.numbered_project: 1-1-1, 1-1), shown as typed; None for any other text."""
    if NUMBER_ALONE.match(typed) is None:
        return None
    own_id, _, shown = numbered_project({"number": typed})
    if own_id is None or own_id.count("-") != parts - 1:
        return None
    return TypedId(own_id, "", shown)


_KANA = frozenset(KATAKANA)  # (ア, イ: a label of its own)


def item_label(number: str) -> bool:
    """Whether a number column's cell beside an item column titled as the item (取組番号 | 取組)
    is the item's own number (①, 1, ア), not a project's 1-1-1 in a column titled 番号."""
    return bool(number) and (number.isdecimal() or parse_item(number).name == "" or number in _KANA)


def direction_number(typed: str) -> TypedId | None:
    """A direction's row in the project column: 1-1 or, with dots, 1.1 (dotted_ids.parse_dotted)."""
    found = parse_direction(typed)
    if found is not None:
        return TypedId(found.id, found.name, "")
    dotted = parse_dotted(typed)
    return dotted if dotted is not None and dotted.id.count("-") == 1 else None
