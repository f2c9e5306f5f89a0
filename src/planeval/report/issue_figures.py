"""An indicator table's issue list with what makes each row read on its own (review 172 #4):
the project its indicator measures, titled by the project's word (上毛県's 「項目」 over
「1人1台端末の活用」), and its figures as Chapter 3's tables give them (策定時 | 前年度 |
現状値 | 目標値), between the indicator and its rating. A row read 「3-(2)ウ　ICT支援員を
配置した学校数　後退D」, and the reader scrolled back through the tables to learn why it was
後退: 「50校 → 210校 → 205校」 says it. Only where the listed rows have figures (an indicator
table, io/value_columns.py): an issue list without them, 世田谷区's, is as it was."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planeval.distinct_ids import AS_SHOWN, ListedIds
from planeval.model import Entry
from planeval.report.indicator_values import (
    OtherRating,
    Values,
    row_values,
    titles,
    value_keys,
    worded_values,
)
from planeval.wording import Wording

PROJECT, FIGURE = "project", "figure"  # (the columns' roles: IssueTable.roles)


@dataclass(frozen=True, slots=True)
class IssueFigures:
    """The columns an issue list gains: ``project`` (its title, "" where it has none),
    ``figures`` (each figure's title), and each row's cells under them, in the rows' order."""

    project: str
    figures: tuple[str, ...]
    cells: tuple[tuple[str, ...], ...]

    def roles(self) -> tuple[str, ...]:
        """The roles of the columns put before the item and then before the status."""
        return (*(PROJECT,) * bool(self.project), *(FIGURE,) * len(self.figures))

    def placed(
        self, row: Sequence[str], own: Sequence[str], *, item_at: int, status_at: int
    ) -> list[str]:
        """``row`` (a row's cells or the headers) with ``own`` (its cells here, or the titles)
        put in: the project before the column ``item_at``, the figures before ``status_at``."""
        named = 1 if self.project else 0
        project, figures = list(own[:named]), list(own[named:])
        return [
            *row[:item_at],
            *project,
            *row[item_at:status_at],
            *figures,
            *row[status_at:],
        ]

    def headers(self) -> tuple[str, ...]:
        """The titles of the columns put in, the project's first."""
        return (*((self.project,) if self.project else ()), *self.figures)

    def put(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], *, item_at: int, status_at: int
    ) -> tuple[tuple[str, ...], list[list[str]]]:
        """``headers`` and ``rows`` (one for each of its rows) with its columns put in (placed)."""
        at = {"item_at": item_at, "status_at": status_at}
        put = [self.placed(row, own, **at) for row, own in zip(rows, self.cells, strict=True)]
        return tuple(self.placed(headers, self.headers(), **at)), put


def worded_columns(roles: Sequence[str], rows: Sequence[Sequence[str]]) -> set[int]:
    """The figure columns of an issue list (``roles``, ``rows``) that hold texts, an indicator's
    name 「統合型校務支援システム導入校の割合」: wrapped between its phrases as a name is, not
    kept whole as a figure (review 199 #6: 58 mm of it left 担当課 「デジ／タル／推進／課」)."""
    return {
        column
        for column, role in enumerate(roles)
        if role == FIGURE and worded_values([row[column] for row in rows])
    }


def issue_figures(
    entries: Sequence[Entry],
    listed: Sequence[Sequence[str]],
    values: Values | None,
    wording: Wording,
    ids: ListedIds = AS_SHOWN,
) -> IssueFigures:
    """The project's and the figures' columns of the issue list of ``entries``, whose ID and
    item cells ``listed`` holds (each row's first two): none where no listed row has a figure
    (another scale's rating, OtherRating, stands beside the status: issue_list.beside_status);
    the project's name where neither cell names it already (愛知県's 「県税のキャッシュレス
    納付：キャッシュレス対応税目数」, 羽村市's ID with its project's name), the column only
    where some row has one. Without figures, the project as the tables name it, number and
    name, where some row's ID is its own number, not led by its project's (apart_projects)."""
    keys = [key for key in value_keys(entries, values or {}) if not isinstance(key[0], OtherRating)]
    if not keys or not values:  # (a cell of nothing for each row: as it was)
        return apart_projects(entries, wording, ids)
    projects = [_project_named(entry, cells) for entry, cells in zip(entries, listed, strict=True)]
    named = any(projects)
    cells = tuple(
        (*((project,) if named else ()), *row_values(entry, values, keys))
        for entry, project in zip(entries, projects, strict=True)
    )
    return IssueFigures(wording.project if named else "", titles(keys), cells)


def apart_projects(entries: Sequence[Entry], wording: Wording, ids: ListedIds) -> IssueFigures:
    """The project's column of an issue list whose rows' IDs do not say their project: where
    some row's body numbers its items through the plan (ListedIds.through: 西羽根市's 事業
    1–60 under 施策 1–8, listed 「5 | 河川改修事業」 with no word of its 施策 though Chapter 3
    groups them so: review 200 #4), every row's project as Chapter 3's tables name it,
    「1 防災・減災の推進」, titled by the project's word; none else — an ID led by its project's
    number, 世田谷区's 「1-1-1②」, says it (that list is as it was)."""
    if not any(_apart(entry, ids) for entry in entries):
        return IssueFigures("", (), ((),) * len(entries))
    cells = tuple((f"{e.project_shown_id} {e.project_name}".strip(),) for e in entries)
    return IssueFigures(wording.project, (), cells)


def _apart(entry: Entry, ids: ListedIds) -> bool:
    """Whether the entry's ID in the list is its own number, not its project's: its body
    numbers its items through the plan, and it is rated under a named project of its own."""
    return (
        entry.body in ids.through
        and bool(entry.project_name)
        and entry.project_id != entry.policy_id
    )


def _project_named(entry: Entry, cells: Sequence[str]) -> str:
    """The project's name of a row whose ID and item are ``cells``: "" where one says it."""
    project = entry.project_name
    if not project or any(project in cell for cell in cells[:2]):
        return ""
    return project
