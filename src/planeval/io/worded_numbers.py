"""Number columns titled in the body's word for the column beside them: 北浜市's
施策番号 | 施策名 | 取組番号 | 取組内容 (review 88). A title 「W番号」 directly left or right of
a project or item column whose title starts with W (施策名, 取組内容) numbers that column's
rows: the project's number, or the item's own (①②③, never a running No.). Read so without
configuration — left unread, the 施策 were numbered per file by planeval (1-1 was four
different 施策) and the 取組 listed in file order, their numbers never shown.

Worked out once per distinct header row (header_columns.find_columns), after the titles' roles."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planeval.text import bare_title

_NUMBER = "番号"


def _plain(key: str) -> str:
    """取り組み and 取組み written 取組, as headers._plain."""
    return key.replace("取り組み", "取組").replace("取組み", "取組") if "取" in key else key


def worded_numbers(
    cells: list[object], roles: dict[int, str], columns: dict[str, int]
) -> dict[str, int]:
    """The columns of ``cells`` titled 「W番号」 directly beside the project or item column
    (``columns``: the header row's, as found) whose title starts with W, by the role they
    number: {"project": 0, "item": 2}; empty where there is none (most header rows).
    ``roles``: the known titles' roles, by column: a number's title (as [layout.titles]
    number gives one) may be such a column too, and need not stand beside its column."""
    named = {columns[role]: role for role in ("project", "item") if role in columns}
    found: dict[str, int] = {}
    for index, value in enumerate(cells):
        if roles.get(index, "number") != "number" or type(value) is not str:
            continue
        if _NUMBER not in value:
            continue
        key = _plain(bare_title(value))
        word = key.removesuffix(_NUMBER)
        if not word or word == key:
            continue  # (番号 alone, or 番号 inside a longer title: 番号・名称)
        # (beside it; anywhere in the row where the settings title it a number's: 施策番号 |
        # 取組番号 | 施策名 | 取組内容 read as number = ["施策番号", "取組番号"] offers)
        near = (index - 1, index + 1) if index not in roles else tuple(named)
        for beside in near:
            role = named.get(beside)
            if (
                role is not None
                and role not in found
                and _plain(bare_title(str(cells[beside]))).startswith(word)
            ):
                found[role] = index
                break
    return found


def place_numbers(columns: dict[str, int], numbers: list[int], worded: dict[str, int]) -> bool:
    """``columns`` given the worded number columns (``worded``, from worded_numbers) as the
    reader's number roles: the project's as "project_number" beside another number column
    (a running No. or the item's), else as "number" (HeaderRow.project_number tells it is
    the project's); the item's as "number", any other number column then the project's.
    ``numbers``: the header's number columns beyond the first. Whether the "number" column
    is the project's."""
    project, item = worded.get("project"), worded.get("item")
    others = [
        column
        for column in (columns.get("number"), *numbers)
        if column is not None and column not in worded.values()
    ]
    if item is not None:
        columns["number"] = item
        if project is not None or others:
            columns["project_number"] = project if project is not None else others[0]
        return False
    assert project is not None
    if others:  # (a running No. beside: the rows', as 浜松市's No. | 番号 | 取組 | KPI)
        columns["project_number"], columns["number"] = project, others[0]
        return False
    columns["number"] = project
    return "item" in columns


def numbered_level(
    cells: list[object], roles: dict[int, str], columns: Mapping[str, int], levels: Sequence[int]
) -> int | None:
    """The project-titled column taken for a level above the rated one that a 「W番号」 column
    numbers (改革項目番号 | 改革項目 | 取り組み項目, 施策番号 | 施策名 | 事務事業名): the project,
    the rated column below it then the item; None where there is none (most header rows)."""
    if "project" not in columns:
        return None
    for level in reversed(levels):
        if roles.get(level) == "project" and worded_numbers(cells, roles, {"project": level}):
            return level
    return None
