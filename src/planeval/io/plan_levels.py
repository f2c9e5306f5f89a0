"""A plan's list of two levels whose upper level stands as the project (plan_reader.py).

A city's 行政改革大綱 lists 改革項目 over 取り組み項目, the numbers in their own columns
(改革項目番号 | 改革項目 | 取組番号 | 取り組み項目) or typed before the names (「1　事務事業の
見直し」 | 「(1) 補助金の見直し」), and its 課 return the same two levels, which the status reader
reads as item (1) of project 1, shown 1-(1) (io/header_columns.py: a second project title makes the
first a level, rated below it). The plan is read alike: the level column is the project
(its number one level, ``one_level``), the lower unit the item, so that validate --plan pairs
them. template refuses such a plan as it refuses one of 1-(1): its forms number 1-1-1.

A 区政運営方針's list (名古屋市守山区, review 102) names its 取組み項目 without numbers under each
柱's heading (No. | 取組み項目 | 取組み内容 | 担当課), as its 課' forms do: each name is numbered
in the order it comes under its 柱, 1-1, 1-2 … (``named_project``), as the forms' unnumbered
levels are.

A 集中改革プラン's list types a level between its tables instead: 「(1)　事務事業の再編・整理」
under 「基本方針1 …」, the 推進項目 its 取組項目 1.1 … stand under (``line_under``), read by
the rule its 課' forms' lines are read by (io/text_rows.direction_line).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping

from planeval.ids import id_form
from planeval.io.grid import cell_ref
from planeval.io.header_titles import HEADER_TITLES
from planeval.io.headers import title_key
from planeval.io.levels import level_id
from planeval.io.named_numbers import whole_level
from planeval.io.own_ids import WholeId, split_own_id, whole_id
from planeval.io.text_rows import direction_line
from planeval.model import Location, Problem
from planeval.text import bare_title, clean_text, compact

# a level's number alone, or before its name: 「1」, 「1.」, 「1　事務事業の見直し」, 「１．事務事業…」
_ONE_LEVEL = re.compile(r"^(\d+)\.?(?:\s*[.．:：、]?\s+(\S.*))?$|^(\d+)[.．:：、](\D.*)$")
# where no project column is titled, the column of a level standing as the project (the
# lowest of them) and of its number
_LEVELS = (("direction_name", "direction_id"), ("policy_name", "policy_id"))
# the roles a 「…番号」 title numbers: 改革項目番号 beside 改革項目 (a level's, or the project's)
_NUMBERED = {"project": "project_id", "policy_name": "policy_id", "direction_name": "direction_id"}


def one_level(text: str) -> tuple[str, str] | None:
    """ "1　事務事業の見直し" → ("1", "事務事業の見直し"); "1" and "1." → ("1", ""); None for any
    other text (1-1, 1.1, (1), a name)."""
    match = _ONE_LEVEL.match(unicodedata.normalize("NFKC", text).strip())
    if match is None:
        return None
    number, name = (match[1], match[2]) if match[1] else (match[3], match[4])
    return str(int(number)), (name or "").strip()


def numbers_beside(cells: list[object], columns: dict[str, int]) -> None:
    """A column titled as a named column's with 番号 after it numbers that column's rows
    (改革項目番号 beside 改革項目, a level's or the project's): its number's role."""
    named: dict[str, str] = {}
    for role, index in columns.items():
        if role in _NUMBERED:
            title = compact(str(cells[index]))
            named[title] = role
            if title.endswith("名"):  # (施策番号 beside 施策名: 北浜市's, review 101 #4)
                named.setdefault(title[:-1], role)
    taken = set(columns.values())
    for index, value in enumerate(cells):
        if index in taken or not isinstance(value, str) or not compact(value).endswith("番号"):
            continue
        numbered = named.get(compact(value)[: -len("番号")])
        if numbered is not None and _NUMBERED[numbered] not in columns:
            columns[_NUMBERED[numbered]] = index


def two_units(cells: list[object], columns: dict[str, int], units: tuple[str, ...]) -> None:
    """Two columns titled as the status forms title a project (改革項目 | 取り組み項目), no item
    column: the first is the project, the second the item rated under it — as the status
    reader reads the forms, the first a level over the rated one (``units``: those titles)."""
    if "item" in columns or "item_name" in columns or "project" not in columns:
        return
    first = columns["project"]
    second = next(
        (
            index
            for index, value in enumerate(cells[first + 1 :], start=first + 1)
            if isinstance(value, str) and bare_title(value) in units
        ),
        None,
    )
    if second is not None and second not in columns.values():
        columns["item"] = second


def item_under_level(cells: list[object], columns: dict[str, int]) -> None:
    """No project nor item column titled as a plan's, and right of a level's column (施策) one
    the status forms title a project (事務事業名, io/header_titles.py): that column is the item,
    the level over it the project (level_as_project), as the status reader reads 政策 | 施策 |
    事務事業名 (川崎市's, review 124 #3: the plan was no table without [wording])."""
    if {"project", "project_id", "item", "item_name"} & columns.keys():
        return
    levels = [columns[name] for name, _number in _LEVELS if name in columns]
    if not levels:
        return
    taken, projects = set(columns.values()), HEADER_TITLES["project"]
    for index in range(max(levels) + 1, len(cells)):
        value = cells[index]
        if index not in taken and isinstance(value, str) and title_key(value) in projects:
            columns["item"] = index
            return


def item_beside_project(cells: list[object], columns: dict[str, int]) -> None:
    """No item column titled as a plan's, and right of the project's name one the status forms
    title an item (指標, io/header_titles.py): that column is the item, as the status reader
    reads 番号 | 事業名 | 指標 (長与町's plan rated per 事業, review 131 #3: the plan was no table
    without [layout.titles] item = ["指標"])."""
    if "item" in columns or "item_name" in columns:
        return
    name = columns.get("project_name", columns.get("project"))
    if name is None:
        return
    taken, items = set(columns.values()), HEADER_TITLES["item"]
    for index in range(name + 1, len(cells)):
        value = cells[index]
        if index not in taken and isinstance(value, str) and title_key(value) in items:
            columns["item"] = index
            return


def level_as_project(columns: dict[str, int]) -> None:
    """Where no column is the project's, the lowest level's over the items (改革項目 over
    取り組み項目) is: its name column the project's, its number column the project's number —
    not where a column names the project (基本方針 | 番号 | 事業名 | 指標: 長与町's, review 131 #3)."""
    if {"project", "project_id", "project_name"} & columns.keys():
        return
    if "item" not in columns and "item_name" not in columns:
        return
    for name, number in _LEVELS:
        if name in columns or number in columns:
            if name in columns:
                columns["project"] = columns.pop(name)
            if number in columns:
                columns["project_id"] = columns.pop(number)
            return


def line_under(
    cells: list[object],
    columns: dict[str, int] | None,
    policy: tuple[str, str],
    headings: tuple[str, ...],
) -> tuple[str, str, str] | None:
    """A row of one text, 「(1)　事務事業の再編・整理」, under the policy heading ``policy``
    (集中改革プラン's 推進項目 line between its tables, review 99): the direction it names
    (ID, name, number as typed), read by the rule the forms' lines are (text_rows.nested) —
    never an item's own cell (a 大綱's 「(1) 補助金の見直し」 under a merged 改革項目)."""
    filled = [index for index, value in enumerate(cells) if value]
    if len(filled) != 1 or not isinstance(cells[filled[0]], str):
        return None  # (an item's row: several cells; a blank row)
    index, text = filled[0], clean_text(cells[filled[0]])
    if columns is not None and index in (columns.get("item"), columns.get("item_name")):
        return None
    return direction_line(text, policy, headings)


def named_project(
    name: str, policy: tuple[str, str] | None, numbered: dict[tuple[str, str], str]
) -> str | None:
    """The ID of a project typed by its name alone under the policy heading ``policy``
    (「防災力の向上」 under 「柱1 …」 → 1-1): its place among the names under that policy, in
    ``numbered`` (each (policy, name) read so far → its ID); None without a heading, or for a
    name with a number before it (a number not read, said so by the caller)."""
    if policy is None or not name or name[:1].isdecimal():
        return None
    key = (policy[0], compact(name))
    if key not in numbered:
        under = sum(1 for other, _name in numbered if other == policy[0])
        numbered[key] = f"{policy[0]}-{under + 1}"
    return numbered[key]


def bracketed_project(
    text: str, policy_cell: str, heading: tuple[str, str] | None
) -> tuple[str, str, str] | None:
    """A project typed with its own number in brackets, 「（１）防災・減災の推進」, under the
    policy its row's policy cell numbers (「１ 安心して暮らせるまち」) or, where that cell is
    none's, the heading above (「基本目標1 …」): its ID, name and number as the forms write it
    — 1-1, 防災・減災の推進, 「1-(1)」 —, as the forms reader reads the 施策 cell under its
    基本目標 (levels.level_id; 川瀬町's 計画事業一覧, review 143 #3); None for any other text,
    or where no policy's number is known."""
    own = bracketed_own(text)
    if own is None:
        return None
    policy = _policy_number(policy_cell) or (heading[0] if heading is not None else None)
    if policy is None:
        return None
    return f"{policy}-{own[0]}", own[1], f"{policy}-({own[0]})"


def bracketed_under(
    typed: str, two_id: str, policy_cell: str, heading: tuple[str, str] | None
) -> tuple[str, str] | None:
    """A project's number of two levels led by its direction's own in brackets, 「(2)-2」 or
    「（2）-2」 (``two_id``: 2-2, as plan_typed.two_levels reads it), under the policy its row's
    policy cell numbers (「1 効率的・効果的な行政運営」) or the heading above: its ID and number
    as the forms read it under that policy — 1-2-2, 「1-(2)-2」 — (a 集中改革プラン's 番号 under
    its 基本方針 column, as its 課' forms number 「(2)-2」 under 「基本方針1」: review 174, whose
    「(2)-2」 under 基本方針1 and 3 were one project 2-2 of a policy 2, paired by name only, and
    said so without their 基本方針); None for any other."""
    if not unicodedata.normalize("NFKC", typed).lstrip().startswith("("):
        return None
    policy = _policy_number(policy_cell) or (heading[0] if heading is not None else None)
    if policy is None:
        return None
    return f"{policy}-{two_id}", f"{policy}-{id_form(typed.strip())}"  # (「（2）」 as 2-(2))


def bracketed_own(text: str) -> tuple[str, str, str] | None:
    """ "（１）防災・減災の推進" → ("1", "防災・減災の推進", "（１）"): a level's own number in
    brackets before its name, and as typed; None for any other text (「1-(1) …」, 「① …」)."""
    own_id, name, typed = level_id(text)
    if own_id is None or not name or not typed.startswith(("(", "（")):
        return None
    return own_id, name, typed


def _policy_number(cell: str) -> str | None:
    """A policy cell's own number of one level: 「１ 安心して暮らせるまち」, 「1」 → "1"; None
    for a name alone or a number of several parts."""
    own_id = level_id(cell)[0] if cell else None
    if own_id is None and (upper := one_level(cell)) is not None:
        own_id = upper[0]
    return own_id if own_id is not None and "-" not in own_id else None


def policy_of_parts(name: str, project_id: str) -> str | None:
    """The policy's own ID where its column types one of several parts before its name and
    the project's number is under it: 「1-1 災害から生命を守る」 over 施策 1-1-1 → "1-1" (川崎市's
    政策, review 111 — not a direction under a policy 「1」 made of its number's first part);
    None for any other (a policy's 「1 …」, a name alone: the project's number tells)."""
    if not name[:1].isdecimal() or "-" not in project_id:
        return None  # (most plans: a policy's name alone, or its ID one part)
    own_id = split_own_id(name)[0]
    if own_id is None or "-" not in own_id or not project_id.startswith(f"{own_id}-"):
        return None
    return own_id


def plan_whole(
    text: Callable[[str], str],
    columns: Mapping[str, int],
    row: tuple[str, str, int],
    above: tuple[str, str, str] | None,
    problems: list[Problem],
) -> tuple[WholeId, tuple[str, str, str]] | None:
    """A plan row whose No. numbers every level of it, 「1-(1)-①」 beside 基本方針 | 改革項目 |
    取組項目 (whole_id: one part per level column, the project's and the item's): the No. and
    its project (ID, name, number as typed; the project ``above`` where its cell is merged
    down), each level cell typing another number than the No.'s said into ``problems`` at its
    cell (``row``: the file, sheet and row) — as the status forms read such a row
    (named_numbers.whole_level; review 185 #3: the plan's names were read as its numbers).
    None for any other row."""
    if "project_id" in columns or not {"item_no", "project"} <= columns.keys():
        return None
    roles = [role for role in ("policy_name", "direction_name") if role in columns]
    numbered = any(role in columns for role in ("policy_id", "direction_id"))
    if numbered or not roles or (whole := whole_id(text("item_no"), len(roles) + 2)) is None:
        return None
    project = above if above is not None and above[0] == whole.ids[-2] else (whole.ids[-2], "", "")
    for index, role in enumerate([*roles, "project"]):
        if text(role):
            at = Location(row[0], row[1], cell_ref(row[2], columns[role]))
            level, told = whole_level(text(role), whole, index, at)
            problems += [told] if told is not None else []
            project = level if role == "project" else project
    return whole, project
