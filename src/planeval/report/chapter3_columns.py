"""Which columns a Chapter 3 table has, from its own rows: 体系 where some row's project is not
its policy, the column marking rows (川崎市's 重点 ○) where its forms have one, an indicator's
value columns (策定時 | 現状値 …) as its tables have them, 課題等 unless no form has one or no
row of the export has an issue text, the department (担当課) last where a body's own form has
one (長瀬町's: review 175 #6; not a form planeval's template wrote) — every body's tables where
one body's have it, empty where a body named none (松原町's alone: review 193 #5). Each
body's tables have their own (a roll-up's body with no 策定時 gets no 策定時 column, empty:
review 84); one body's tables all have the report's."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import NamedTuple, TypeVar

from planeval.count import mark_word
from planeval.model import Entry
from planeval.report.indicator_values import OtherRating, Values, titles, value_keys, with_values
from planeval.report.sub_counts import Marks
from planeval.text import bare_title
from planeval.wording import Wording

ValueKeys = Sequence[tuple[str, int]]  # an indicator table's value columns (indicator_values)
Cell = TypeVar("Cell")


class Chapter3Columns(NamedTuple):
    """A Chapter 3 table's columns: 体系 first unless ``with_project`` is False, the mark
    column after the item where ``mark`` titles one (重点), the value columns ``keys`` after
    it, then the rating, 課題等 unless ``with_issue`` is False, the department last where
    ``with_department`` (has_departments)."""

    keys: tuple[tuple[str, int], ...] = ()
    with_project: bool = True
    with_issue: bool = True
    mark: str = ""
    with_department: bool = False

    def headers(self, wording: Wording) -> tuple[str, ...]:
        """体系 | 実施内容 | (重点) | (策定時 | 現状値 …) | 達成状況 | (達成度) | 課題等 in the
        body's words (another scale's rating after the rating: ``after``)."""
        between = (*((self.mark,) if self.mark else ()), *titles(self.keys))
        headers = with_values(wording.chapter3_headers, between, 2)
        shown = headers[0 if self.with_project else 1 : None if self.with_issue else -1]
        return (*self.placed(shown), *(wording.department,) * self.with_department)

    @property
    def between(self) -> int:
        """How many columns stand between the item and the rating (the mark's, the figures')."""
        return bool(self.mark) + len(self.keys) - self.after

    @property
    def after(self) -> int:
        """How many of the value columns ``keys`` (the last) are another scale's rating
        (indicator_values.OtherRating: a 大綱's 達成度 beside its 実施状況), standing after the
        rating as the city's form has them, 取組項目 | 実施状況 | 達成度 (review 144)."""
        return sum(isinstance(title, OtherRating) for title, _nth in self.keys)

    def placed(self, cells: Sequence[Cell]) -> list[Cell]:
        """A row's ``cells`` in the order the renderers build them, every value column before
        the rating (… | 策定時 | 達成度 | 実施状況 | 課題等), as the table shows them: the
        ``after`` columns moved past the rating (… | 策定時 | 実施状況 | 達成度 | 課題等)."""
        status = self.with_project + 1 + self.between + self.after
        moved = status - self.after
        return [*cells[:moved], cells[status], *cells[moved:status], *cells[status + 1 :]]

    def built(self, cells: Sequence[Cell]) -> list[Cell]:
        """``placed``'s inverse: a table's cells (its widths) in the order they are built."""
        status = self.with_project + 1 + self.between
        return [*cells[:status], *cells[status + 1 : status + 1 + self.after], cells[status],
                *cells[status + 1 + self.after :]]  # fmt: skip

    def column(self, built: int) -> int:
        """The column a cell built at ``built`` (placed's order before) stands in."""
        status = self.with_project + 1 + self.between
        if built == status + self.after:
            return status
        return built + 1 if status <= built < status + self.after else built


def columns_of(
    entries: Sequence[Entry],
    values: Values,
    marks: Marks,
    without_issue: Collection[tuple[str, str]] = (),
    *,
    among: ValueKeys | None = None,
    written: bool = True,
    with_department: bool = False,
) -> Chapter3Columns:
    """The columns of the tables of ``entries``: from their rows alone (has_projects,
    has_issues, indicator_values.value_keys), the mark column's where one of their tables
    has it (titled by its word: 「うち重点」 → 重点). ``among``: the value columns of every
    body's tables (a roll-up's), of which theirs are those they have, each titled and placed
    as there (東山市's 「達成率（％）」 titles 西川町's 達成率 too: review 27). ``written``:
    has_issues'; ``with_department``: has_departments over every body's rows, decided once
    for the report's every table and format (review 193 #5)."""
    title = next(
        (found[0] for entry in entries if (found := marks.get(entry.location)) is not None), ""
    ) if marks else ""  # fmt: skip
    keys = value_keys(entries, values)
    if among is not None and keys:
        own = {(bare_title(title), nth) for title, nth in keys}
        keys = tuple(key for key in among if (bare_title(key[0]), key[1]) in own)
    return Chapter3Columns(
        keys,
        has_projects(entries),
        has_issues(entries, without_issue, written=written),
        mark_word(title) if title else "",
        with_department,
    )


def has_departments(entries: Iterable[Entry], sheets: Collection[tuple[str, str]]) -> bool:
    """Whether Chapter 3's tables have a department column (担当課, last): where the rows of a
    policy in tables of the body's own form with one (``sheets``: ReadResult.department_column)
    name more than one department — 長瀬町's table shows each 施策's 担当課 (review 175 #6); a
    form planeval's template wrote has one on every row, and Setagaya's table none; a policy
    whose rows are all one department's has it said by its file, not in a column."""
    named: dict[tuple[str, str], set[str]] = {}
    for entry in entries:
        if entry.department and (entry.location.file, entry.location.sheet) in sheets:
            named.setdefault((entry.body, entry.policy_id), set()).add(entry.department)
    return any(len(departments) > 1 for departments in named.values())


def has_projects(entries: Iterable[Entry]) -> bool:
    """Whether some row's project is not its policy: Chapter 3's tables have a 体系 column only
    then (a 集中改革プラン's 改革項目 | 取組項目, its 改革項目 the heading above the table)."""
    return any(
        (entry.project_id, entry.project_name) != (entry.policy_id, entry.policy_name)
        or entry.direction_id
        for entry in entries
    )


def has_issues(
    entries: Iterable[Entry], without: Collection[tuple[str, str]] = (), *, written: bool = True
) -> bool:
    """Whether some row has an issue text or stands in a table with an issue column: Chapter
    3's tables have a 課題等 column unless every row's form has none (``without``, the (file,
    sheet) of such tables: ReadResult.without_issue_column; 浜松市's KPI sheets). A column the
    form has and no one filled in stays, empty: a D rated with no reason is seen (review 30) —
    but not where no row of the export has an issue text (``written`` False: written_issues),
    in any format (a national survey's 745 tables each had one, empty: review 130 #4)."""
    return written and any(
        entry.issue or (entry.location.file, entry.location.sheet) not in without
        for entry in entries
    )


def written_issues(rows: Iterable[Entry]) -> bool:
    """Whether some row of an export (every body's, those listed and not counted too) has an
    issue text: has_issues' ``written``."""
    return any(row.issue for row in rows)
