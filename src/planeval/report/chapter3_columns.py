"""Which columns a Chapter 3 table has, from its own rows: 体系 where some row's project is not
its policy, the column marking rows (川崎市's 重点 ○) where its forms have one, an indicator's
value columns (策定時 | 現状値 …) as its tables have them, 課題等 unless no form has one or no
row of the export has an issue text. Each
body's tables have their own (a roll-up's body with no 策定時 gets no 策定時 column, empty:
review 84); one body's tables all have the report's."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import NamedTuple

from planeval.count import mark_word
from planeval.model import Entry
from planeval.report.indicator_values import Values, titles, value_keys, with_values
from planeval.report.sub_counts import Marks
from planeval.text import bare_title
from planeval.wording import Wording

ValueKeys = Sequence[tuple[str, int]]  # an indicator table's value columns (indicator_values)


class Chapter3Columns(NamedTuple):
    """A Chapter 3 table's columns: 体系 first unless ``with_project`` is False, the mark
    column after the item where ``mark`` titles one (重点), the value columns ``keys`` after
    it, then the rating, 課題等 last unless ``with_issue`` is False."""

    keys: tuple[tuple[str, int], ...] = ()
    with_project: bool = True
    with_issue: bool = True
    mark: str = ""

    def headers(self, wording: Wording) -> tuple[str, ...]:
        """体系 | 実施内容 | (重点) | (策定時 | 現状値 …) | 達成状況 | 課題等 in the body's words."""
        between = (*((self.mark,) if self.mark else ()), *titles(self.keys))
        headers = with_values(wording.chapter3_headers, between, 2)
        return headers[0 if self.with_project else 1 : None if self.with_issue else -1]

    @property
    def between(self) -> int:
        """How many columns stand between the item and the rating (the mark's, the values')."""
        return bool(self.mark) + len(self.keys)


def columns_of(
    entries: Sequence[Entry],
    values: Values,
    marks: Marks,
    without_issue: Collection[tuple[str, str]] = (),
    *,
    among: ValueKeys | None = None,
    written: bool = True,
) -> Chapter3Columns:
    """The columns of the tables of ``entries``: from their rows alone (has_projects,
    has_issues, indicator_values.value_keys), the mark column's where one of their tables
    has it (titled by its word: 「うち重点」 → 重点). ``among``: the value columns of every
    body's tables (a roll-up's), of which theirs are those they have, each titled and placed
    as there (東山市's 「達成率（％）」 titles 西川町's 達成率 too: review 27). ``written``:
    has_issues'."""
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
    )


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
