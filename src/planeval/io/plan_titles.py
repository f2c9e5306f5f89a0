"""A plan's column titles and level headings in the body's own words (plan_reader.py).

A plan's list (計画事業一覧) is titled as its body writes: Setagaya's 情報化計画事業の体系 |
実施内容 | 新規/拡大/継続/終了 | 関係部, or 事業 | 取組 | 区分 | 所管局 in a city of 局. The titles
are planeval's own lists, the status workbooks' (io/headers.py) where a role is the same, and
the body's words (planeval.toml's [wording] and [layout.titles]): a word of one level is never
read as another's. Where no header row is found, the row that came closest is named with every
title it lacks (plan_header_problems.py); the header rows found are kept, so that a plan with no
department column is said at its header row (cycle/plan_columns.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from planeval.io.grid import cell_ref
from planeval.io.header_columns import find_columns
from planeval.io.header_titles import HEADER_TITLES, POLICY_TITLES
from planeval.io.headers import Layout, number_title
from planeval.io.plan_levels import (
    item_beside_project,
    item_under_level,
    level_as_project,
    numbers_beside,
    two_units,
)
from planeval.model import Location
from planeval.text import (
    HEADING_WORDS,
    bare_title,
    clean_text,
    compact,
    level_heading,
    policy_heading,
)

# the titles of two units one over the other, the first a plan's project, the second its item
UNITS = ("改革項目", "取組項目", "取り組み項目", "取組み項目")
TITLES: dict[str, frozenset[str]] = {
    # (and a 行政改革大綱's 改革項目 over its 取り組み項目, as its status forms title them)
    "project": frozenset(
        {"情報化計画事業の体系", "体系", "情報化計画事業", "計画事業", "事業", *UNITS}
    ),
    "project_id": frozenset({"事業番号", "計画番号"}),
    "project_name": frozenset({"事業名", "計画事業名", "情報化計画事業名"}),
    "item": frozenset({"実施内容", "取組", "取組内容", "取り組み", "取り組み内容", "取組み"}),
    "item_no": frozenset({"実施内容番号", "番号", "取組番号"}),
    "item_name": frozenset({"実施内容名", "取組名"}),
    "sub_item": frozenset({"細目"}),
    "treatment": frozenset({"新規/拡大/継続/終了", "区分", "新規・拡大・継続・終了"}),
    "reason": frozenset({"新規事業内容/終了理由", "新規事業内容・終了理由", "理由"}),
    "dx_pillar": frozenset({"DX推進方針との対応", "DX推進計画との関連", "DX推進方針"}),
    # (the status workbooks' titles, 所管局 and 担当課 among them, and a city's 関係局)
    "department": HEADER_TITLES["department"]
    | {"関係局", "関係課", "関係部局", "関係部署", "所管部局", "担当部局"},
    "card_item": frozenset({"事業個票の実施内容", "個票の実施内容"}),
    "mark": HEADER_TITLES["mark"],  # (重点 ●: the status reader's mark column, io/plan_marks.py)
    "policy_id": frozenset({"政策番号"}),
    # (the status workbooks' titles of a plan's top level: 政策, 基本目標名 …)
    "policy_name": POLICY_TITLES,
    "direction_id": frozenset({"方向性番号"}),
    "direction_name": frozenset(
        {"方向性名", "施策", "施策名", "方向性", "取り組みの方向性", "取組の方向性", "施策の方向性"}
    ),
}
# the roles a header row needs, each named in a message by its first title; a 区分 column
# (新規/拡大/継続/終了) is read where there is one — a 集中改革プラン's list has none, its
# items all carried on —, and a row without one is no plan's where it has a status column
# (a status workbook given as the plan: read_plan says so)
NEEDED = (("project", "project_id"), ("item", "item_name"))
# the body's words ([wording]) that title a role: a level's word titles its name's column
_WORDED = {
    "project": ("project",),
    "item": ("item",),
    "department": ("department",),
    "policy": ("policy_name",),
    "direction": ("direction_name",),
}
LAYOUT_ROLES = {"project": "project", "item": "item", "department": "department"}
LAYOUT_ROLES |= {"sub_item": "sub_item"}


@dataclass(frozen=True, slots=True)
class HeaderSeen:
    """A row read as a plan's header row, or tried as one: where, its cells' text, its
    columns (role → index)."""

    file: str
    sheet: str
    row: int  # (0-based)
    cells: tuple[str, ...]
    columns: dict[str, int]

    def at(self, column: int) -> Location:
        return Location(self.file, self.sheet, cell_ref(self.row, column))

    @property
    def titled(self) -> tuple[Location, dict[str, str]]:
        """Where it is, and each column's title by role, left to right (Plan.header)."""
        columns = sorted(self.columns.items(), key=lambda found: found[1])
        return self.at(0), {role: self.cells[column] for role, column in columns}

    @property
    def shown(self) -> str:
        """Its titles as a message quotes them: 「事業 | 取組 | 区分 | 局名」."""
        return " | ".join(cell for cell in self.cells if cell)


@dataclass(slots=True)
class PlanTitles:
    """The titles of each role (as compared: compact, remark dropped), the words of the
    headings above the tables, and what the search for header rows saw."""

    titles: dict[str, list[str]]
    heading_words: tuple[str, ...]
    found: list[HeaderSeen] = field(default_factory=list)
    # ((roles needed found, roles found), the row) of no header
    closest: tuple[tuple[int, int], HeaderSeen] | None = None

    def columns(
        self,
        cells: list[object],
        file: str,
        sheet: str,
        row: int,
        below: Callable[[], list[object]] | None = None,
    ) -> dict[str, int] | None:
        """The row's columns, role → index, if it is a plan's header row (a project, an item
        and a treatment column), else None (the closest such row kept). A row of an item and
        its No. with no project column is one where the first row ``below`` it is a heading:
        band rows 「基本目標1　…」 spanning the table give the projects (banded)."""
        columns: dict[str, int] = {}
        keys = {role: {_key(t) for t in titles} for role, titles in self.titles.items()}
        for index, value in enumerate(cells):
            if not isinstance(value, str) or len(value) > 40:
                continue
            typed = {compact(value), bare_title(value)}
            for role, known in keys.items():
                if typed & known and role not in columns:
                    columns[role] = index
        numbers_beside(cells, columns)  # (改革項目番号 | 改革項目)
        two_units(cells, columns, UNITS)  # (改革項目 | 取り組み項目: review 85)
        _running_before_name(cells, columns)  # (基本目標 | No. | 施策名: review 108)
        item_under_level(cells, columns)  # (政策 | 施策 | 事務事業名: review 124)
        item_beside_project(cells, columns)  # (番号 | 事業名 | 指標: review 131)
        level_as_project(columns)  # (改革項目 in the body's word of its policies)
        # (枚方市's 施策の柱 | No. | 施策名; 川瀬町's 施策 | No. | 事業名: review 143 #3)
        if "item_no" not in columns and ("item" in columns or "item_name" in columns):
            running = next((i for i, v in enumerate(cells) if _running_title(v)), None)
            if running is not None and running not in columns.values():
                columns["item_no"] = running
        if "project_id" not in columns and "item_no" in columns:
            # (重点項目 | No. | 改革項目 | 取組内容 as 番号 there: review 154 #6)
            _project_number(cells, columns, keys["item_no"])
        found = sum(any(role in columns for role in roles) for roles in NEEDED)
        if not columns:
            return None
        seen = HeaderSeen(file, sheet, row, tuple(map(clean_text, cells)), columns)
        if found == len(NEEDED) and ("treatment" in columns or not _rated(cells)):
            self.found.append(seen)
            return columns
        if (
            below is not None
            and _banded(columns, found)
            and not _rated(cells)
            and self.heading(below()) is not None
        ):
            self.found.append(seen)
            return columns
        # (a row of two titles read, neither needed, is a header too: 政策 | 施策 | … | 所管局
        # named with the titles it holds — review 124 #3 named no row)
        rank = (found, len(columns))
        if (found or len(columns) > 1) and (self.closest is None or rank > self.closest[0]):
            self.closest = rank, seen
        return None

    def heading(self, cells: list[object]) -> tuple[str, str] | None:
        """A policy's heading above a table: 「（1）情報化政策1 名前」 anywhere in the row, or
        a row of one cell 「（1）基本目標1 名前」 in the body's word (→ ("1", "名前"))."""
        texts = [text for text in map(clean_text, cells) if text]
        found = policy_heading(" ".join(texts))
        if found is not None or len(texts) != 1:
            return found
        level = level_heading(texts[0], self.heading_words)
        return (level[1], level[2]) if level is not None and level[2] else None

    def missing(self) -> str:
        """What the closest row lacks: 「取組（実施内容・取組 …）」, each role needed."""
        have = self.closest[1].columns if self.closest is not None else {}
        return "、".join(
            self.named(roles[0]) for roles in NEEDED if not any(role in have for role in roles)
        )

    def named(self, role: str) -> str:
        """A role as a message names it: its titles, the body's own first (「所管局・関係部…」)."""
        return "「" + "」「".join(self.titles[role]) + "」"


def banded(columns: dict[str, int]) -> bool:
    """Whether a header row's projects are its band rows: it has no project column."""
    return not any(role in columns for role in NEEDED[0])


def _banded(columns: dict[str, int], found: int) -> bool:
    """An item's name and its No. with no project column (No. | 施策名 | 担当部 under 「基本目標1
    …」 rows, review 148 #2): a header where band rows over it name the projects."""
    return found == 1 and banded(columns) and "item_no" in columns


def _rated(cells: list[object]) -> bool:
    """Whether a header row has a status column (評価, 進捗状況): a status table's, not a plan's."""
    header = find_columns(cells)
    return header is not None and bool(header.statuses)


def _running_title(value: object) -> bool:
    """A No. column's title (No., NO, №, as the status forms read one: headers.number_title):
    the items' number where no other column is titled as one (実施内容番号, 番号 …), as 枚方市's
    施策一覧 numbers its 施策 1–40."""
    return number_title(value)


def _running_before_name(cells: list[object], columns: dict[str, int]) -> None:
    """A No. column right before the project's name column, no other numbering it (基本目標 |
    No. | 施策名 | 事務事業名, 枚方市's 施策 1–40): the projects' number, as a 施策番号 there is
    (review 108: the 基本目標 column was taken for the project, its 「Ⅰ　名前」 refused)."""
    name = columns.get("project_name", 0)
    if not name or "project_id" in columns or "project" in columns:
        return
    if _running_title(cells[name - 1]) and name - 1 not in columns.values():
        columns["project_id"] = name - 1


def _project_number(cells: list[object], columns: dict[str, int], numbers: set[str]) -> None:
    """A bare 番号 beside an item's own number column (改革の柱 | 番号 | 改革項目 | 取組番号 | 取組内容,
    review 47), or right before the project's (番号 | 取組項目 | 取組内容), numbers the projects:
    the item's number, if any, is the column its title says is."""
    first = columns["item_no"]
    if not number_title(cells[first]):
        return
    for index, value in enumerate(cells[first + 1 :], start=first + 1):
        if isinstance(value, str) and {compact(value), bare_title(value)} & numbers:
            columns["project_id"], columns["item_no"] = first, index
            return
    name = columns.get("project", columns.get("project_name"))
    if name == first + 1 and "item" in columns:
        # (番号 | 取組項目 | 取組内容: the number of the project beside it, 1-1 — review 55; 番号 |
        # 事業名 | 指標, a plan rated per 事業 — review 131)
        columns["project_id"] = columns.pop("item_no")


def _key(title: str) -> str:
    return bare_title(title)


# the project's titles, its name's and number's too, as compared: the item's word's 「…名」 and
# 「…番号」 take none of them
_PROJECT_TITLES = frozenset(
    _key(title) for role in ("project", "project_id", "project_name") for title in TITLES[role]
)


def plan_titles(layout: Layout | None = None, words: Mapping[str, str] | None = None) -> PlanTitles:
    """The titles per role: the body's words first (``words``: [wording]'s policy, direction,
    project, item and department; then [layout.titles]'), then planeval's; a word the body
    uses for one role titles no other."""
    own: dict[str, list[str]] = {role: [] for role in TITLES}
    worded = dict(words or {})
    for key, roles in _WORDED.items():
        if key in worded:
            for role in roles:
                own[role].append(worded[key])
    for key, number in (("project", "project_id"), ("item", "item_no")):
        if key in worded:  # (群馬県's 施策番号 | 施策名 | 取組番号 | 取組名: review 62)
            # (an item's never the project's where the project's word is one of planeval's
            # titles of it, 事業: item = "事業" over 番号 | 事業名 | 指標, rated per 事業, took
            # 事業名 for the items' names, as the forms never do — review 131 #7; under project =
            # "施策", 施策名 | 事業名, 事業名 is the item's: review 106)
            free = key == "project" or _key(worded.get("project", "")) not in _PROJECT_TITLES
            for role, title in ((f"{key}_name", "名"), (number, "番号")):
                if free or _key(worded[key] + title) not in _PROJECT_TITLES:
                    own[role].append(worded[key] + title)
    taken = {_key(word): role for role, words in own.items() for word in words}
    if layout is not None:  # ([layout.titles]' over a word's: project = ["施策名"] is 施策名)
        for role, given in layout.titles.items():
            if role in LAYOUT_ROLES:
                own[LAYOUT_ROLES[role]].extend(given)
                taken |= {_key(word): LAYOUT_ROLES[role] for word in given}
    titles: dict[str, list[str]] = {}
    for role, known in TITLES.items():
        listed = [*own[role], *sorted(known, key=lambda t: (len(t), t))]
        kept = [t for t in listed if taken.get(_key(t), role) == role]
        titles[role] = list(dict.fromkeys(kept))
    policy = (worded["policy"],) if "policy" in worded else ()
    heading_words = (*(layout.headings if layout is not None else ()), *policy, *HEADING_WORDS)
    # (施策1 … is no policy's heading where 施策 is the direction)
    others = {worded.get(key) for key in ("direction", "project", "item")} - set(policy)
    heading_words = tuple(word for word in heading_words if word not in others)
    return PlanTitles(titles, tuple(dict.fromkeys(heading_words)))
