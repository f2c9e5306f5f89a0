"""The rows of Chapter 3's tables, computed once; every format renders these.

``DirectionTable``: a direction's rows as Chapter 3 prints them, each project and item cell
with how many rows it spans, in the order every output lists them (``sort_entries``). The
counts' tables are report/tables.py's, the issue list's report/issue_list.py's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import groupby

from planeval.aggregate import Group
from planeval.id_order import id_order
from planeval.ids import KATAKANA, name_gap
from planeval.level_labels import NO_LABELS, LevelLabels, shown_number
from planeval.model import Entry, Location, first_places
from planeval.report.chapter3_columns import Chapter3Columns, has_issues, has_projects
from planeval.report.indicator_values import NO_VALUES, Values, row_values
from planeval.report.sub_counts import Marks, mark_cell
from planeval.wording import DEFAULT_WORDING, Wording, worded_number

# Setagaya's titles (the default Wording's); a report uses its own Wording's
CHAPTER3_HEADERS = DEFAULT_WORDING.chapter3_headers
ValueKeys = Sequence[tuple[str, int]]  # an indicator table's value columns (indicator_values)
__all__ = ["Chapter3Columns", "has_issues", "has_projects"]  # (chapter3_columns.py's, used here)
NO_MARKS: Marks = {}
NO_HEADED: Mapping[Location, str] = {}
ALL_COLUMNS = Chapter3Columns()  # (体系 and 課題等, no mark, no figures: a table's default)


def chapter3_headers(
    wording: Wording, keys: ValueKeys = (), *, with_issue: bool = True, with_project: bool = True
) -> tuple[str, ...]:
    """体系 | 実施内容 | 達成状況 | 課題等 in the body's words, an indicator table's value
    columns (策定時 | 現状値 | 目標値) between the item and its rating, as its table has them;
    without 課題等 where no row has an issue text (``with_issue``: has_issues), without 体系
    where every row's is its policy, said in the heading (``with_project``: has_projects)."""
    return Chapter3Columns(tuple(keys), with_project, with_issue).headers(wording)


def status_cell(entry: Entry, shown: str | None = None) -> str:
    """The status as Chapter 3 prints it: "電子申請 ◎" for a sub-item, "◎" otherwise
    (``shown``: the status as the body writes it, 「前進B」, Wording.status_shown)."""
    status = entry.status if shown is None else shown
    return f"{entry.sub_item} {status}" if entry.sub_item else status


def as_symbol(symbol: str) -> str:
    """A status shown as its symbol (the default of the tables' ``shown``)."""
    return symbol


@dataclass(frozen=True, slots=True)
class Chapter3Row:
    """A row of a direction's table. ``project_rows`` / ``item_rows``: how many rows the
    project / item cell starting here spans, 0 where the cell above covers this row."""

    entry: Entry
    project: str  # "1-1-1 名前"
    item: str  # "① 名前"
    project_rows: int
    item_rows: int
    shown: str  # the status as the body's tables write it (「◎」, 「前進B」)
    values: tuple[str, ...] = ()  # its indicator's figures (策定時 | 現状値 …), where it has any
    mark: str = ""  # its cell in the column marking rows (重点: ○), where the table has one
    # the line typed above its table that heads the rows from it on, no level (群馬県's
    # 「ICTを活用した学びの充実」 under 施策5: ReadResult.headed), printed as a heading over it
    heading: str = ""

    @property
    def status(self) -> str:
        return status_cell(self.entry, self.shown)

    @property
    def issue(self) -> str:
        return self.entry.issue

    @property
    def department(self) -> str:
        return self.entry.department

    def cells(self, columns: Chapter3Columns) -> list[str]:
        """Project and item on their first row only, as text formats print them, in the
        table's ``columns``: the project where it has 体系, the mark where it has the mark
        column, the issue where it has 課題等, the department where it has one (担当課)."""
        return columns.placed(
            [  # (another scale's rating after the rating: placed)
                *((self.project if self.project_rows else "",) if columns.with_project else ()),
                self.item if self.item_rows else "",
                *((self.mark,) if columns.mark else ()),
                *self.values,
                self.status,
                *self.ended(columns),
            ]
        )

    def ended(self, columns: Chapter3Columns) -> tuple[str, ...]:
        """Its cells after the rating in the table's ``columns``: its issue (課題等) and its
        department (担当課) where the table has their columns."""
        return (self.issue,) * columns.with_issue + (self.department,) * columns.with_department

    def between(self, columns: Chapter3Columns) -> tuple[str, ...]:
        """Its cells between the item and the rating in the table's ``columns``: its mark
        (where the table has the column), then its figures."""
        return ((self.mark,) if columns.mark else ()) + self.values


@dataclass(frozen=True, slots=True)
class DirectionTable:
    """A direction's rows; for a body with no direction level (id ""), a policy's rows
    under no title of their own."""

    id: str
    name: str
    rows: tuple[Chapter3Row, ...]
    group: Group | None = None  # its counts, where the report has them
    body: str = ""  # whose table it is, with several bodies (a heading above its first)
    label: str = ""  # its number as the body typed it, where not as its ID (1.1 for 1-1)
    word: str = ""  # the body's word its headings number it after (施策: Wording.direction_word)
    columns: Chapter3Columns = ALL_COLUMNS  # its columns, from its body's rows
    code: str = ""  # its body's 団体コード, where known (Report.codes)
    notes: tuple[str, ...] = ()  # the notes typed under its rows (typed_notes.py), not counted

    def headers(self, wording: Wording) -> tuple[str, ...]:
        """Its header row in the body's words (Chapter3Columns.headers)."""
        return self.columns.headers(wording)

    @property
    def shown_id(self) -> str:
        """Its number as a reader sees it: as typed (1.1), else its ID."""
        return self.label or self.id

    @property
    def numbered(self) -> str:
        """Its number as its heading says it: after the body's word, 「施策1-1」, where the body
        numbers its directions so (a number in brackets, 「(1)」, as it is), else 「1-1」."""
        return worded_number(self.word, self.shown_id)

    @property
    def title(self) -> str:
        """ "1-1 名前", 「（1）名前」 (ids.name_gap: as typed, as its HTML heading says it); a
        body's after its name, 「492078 緑ヶ丘市　1-2 窓口のデジタル化」, as the title of a body
        whose rows stand under no direction names it alone, 「493210 松尾町」: the same place
        read the body first for every body (review 183 #5: 「1-2 …（492078 緑ヶ丘市）」 over
        1-2-1 施策 beside 「493210 松尾町」 over 1-1 施策, one line apart)."""
        if self.body and self.heading and self.own_name != self.name:
            return f"{self.body_heading}\u3000{self.heading}"
        return f"{self.numbered}{name_gap(self.numbered)}{self.name}".strip()

    @property
    def body_heading(self) -> str:
        """Its body as its heading names it (coded_body); "" with one body."""
        return coded_body(self.body, self.code)

    @property
    def own_name(self) -> str:
        """The name as a heading under its body's own heading says it: without 「（body）」
        (kept in ``name`` for a title row a page break repeats, in Word and Excel)."""
        if not self.body:
            return self.name
        body = self.body_heading
        return "" if self.name == body else self.name.removesuffix(f"（{body}）")

    @property
    def heading(self) -> str:
        """ "1-1 名前" under its body's heading; "" for a body's rows under no direction."""
        return f"{self.numbered}{name_gap(self.numbered)}{self.own_name}".strip()

    def projects(self) -> list[tuple[Chapter3Row, ...]]:
        """The rows of each project, in order."""
        starts = [i for i, row in enumerate(self.rows) if row.project_rows]
        return [self.rows[i : i + self.rows[i].project_rows] for i in starts]

    def items(self) -> list[tuple[Chapter3Row, ...]]:
        """The rows of each item (with its sub-items), in order."""
        starts = [i for i, row in enumerate(self.rows) if row.item_rows]
        return [self.rows[i : i + self.rows[i].item_rows] for i in starts]


def chapter3_rows(
    entries: Sequence[Entry],
    shown: Callable[[str], str] = as_symbol,
    values: Values = NO_VALUES,
    keys: ValueKeys = (),
    marks: Marks = NO_MARKS,
) -> tuple[Chapter3Row, ...]:
    """A direction's rows (in the order given): each project and item cell with the number of
    rows it spans; sub-items under their item; each status as ``shown`` writes it; each
    row's figures under the value columns ``keys`` (ReadResult.values: indicator_values),
    its mark where ``marks`` (ReadResult.marks) marks it."""
    texts = [
        (
            f"{e.project_shown_id} {e.project_name}".strip(),
            f"{e.item_label}{name_gap(e.item_label)}{e.item_name}".strip(),  # (as typed)
        )
        for e in entries
    ]
    spans = [[0, 0] for _ in entries]
    open_at = [-1, -1]  # the row each column's current cell starts on
    for index, (project, item) in enumerate(texts):
        previous = texts[index - 1] if index else None
        new = (
            previous is None or project != previous[0],
            previous is None or project != previous[0] or item != previous[1],
        )
        for column in (0, 1):
            if new[column]:
                open_at[column] = index
            spans[open_at[column]][column] += 1
    return tuple(
        Chapter3Row(
            entry,
            project,
            item,
            project_rows,
            item_rows,
            shown(entry.status) if entry.status else entry.status_text,  # (未提出)
            row_values(entry, values, keys),
            mark_cell(marks, entry) if marks else "",
        )
        for entry, (project, item), (project_rows, item_rows) in zip(
            entries, texts, spans, strict=True
        )
    )


def direction_tables(
    entries: Sequence[Entry],
    shown: Callable[[str], str] = as_symbol,
    labels: LevelLabels = NO_LABELS,
    values: Values = NO_VALUES,
    columns: Chapter3Columns = ALL_COLUMNS,
    *,
    word: str = "",
    marks: Marks = NO_MARKS,
    headed: Mapping[Location, str] = NO_HEADED,
) -> list[DirectionTable]:
    """One table per direction, in ID order (one per policy where there is no direction);
    ``shown`` writes each status (Wording.status_shown); ``labels`` (ReadResult.level_labels)
    numbers each as its body typed it, after ``word`` (Wording.direction_word: 施策1-1);
    ``values`` its rows' figures and ``marks`` their marks, in its ``columns``
    (chapter3_columns.columns_of); ``headed`` (ReadResult.headed) the lines heading rows."""
    tables = []
    ordered = sort_entries(entries)
    for (_policy, direction_id), members in groupby(
        ordered, key=lambda e: (e.policy_id, e.direction_id)
    ):
        rows = list(members)
        number = shown_number(labels, direction_id, rows[0].body)
        table = DirectionTable(
            direction_id,
            rows[0].direction_name,
            _headed(
                chapter3_rows(
                    rows, shown, values, columns.keys, marks if columns.mark else NO_MARKS
                ),
                headed,
            ),
            label="" if number == direction_id else number,
            word=word,
            columns=columns,
        )
        tables.append(table)
    return tables


def _headed(
    rows: tuple[Chapter3Row, ...], headed: Mapping[Location, str]
) -> tuple[Chapter3Row, ...]:
    """The rows, each the first under a line typed above its table with that line its
    ``heading`` (ReadResult.headed); as they are where none is (the usual read)."""
    if not headed:
        return rows
    return tuple(
        replace(row, heading=text) if (text := headed.get(row.entry.location)) else row
        for row in rows
    )


def coded_body(body: str, code: str) -> str:
    """A body as its tables' headings name it: 「011002 札幌市」, after its 団体コード where
    known, as the 団体別集計 puts the code before the name (review 137 #12: the 分野 sheets
    named each body alone, and the ministry joins on the code)."""
    return f"{code} {body}" if code and body else body


def by_body(entries: Sequence[Entry]) -> dict[str, list[Entry]]:
    """Entries per body, bodies in the order read (one key, "", when no bodies are read)."""
    bodies: dict[str, list[Entry]] = {}
    for entry in entries:
        bodies.setdefault(entry.body, []).append(entry)
    return bodies


def sort_entries(entries: Sequence[Entry]) -> list[Entry]:
    """Each body's rows in turn (bodies in the inputs' order), in project order; within a
    project whose items are all numbered or marked ア, イ …, in their order ((1) (3) (2) as met
    when a co-owner's file, read first, left (2) to its lead), otherwise as read; sub-items
    under their item."""
    rank = first_places(entry.body for entry in entries)
    # (an item marked ア, イ … is in their order: a 集中改革プラン's 3-(1) read エ オ ウ イ as the
    # 課' files came — review 72)
    unnumbered = {
        (entry.body, entry.project_id)
        for entry in entries
        if entry.item_no is None and entry.item_label not in _KANA_PLACE
    }
    return sorted(
        entries,
        key=lambda entry: (
            rank[entry.body],
            id_order(entry.project_id),
            0
            if (entry.body, entry.project_id) in unnumbered
            else entry.item_no
            if entry.item_no is not None
            else _KANA_PLACE[entry.item_label],
        ),
    )


_KANA_PLACE = {kana: place for place, kana in enumerate(KATAKANA)}
