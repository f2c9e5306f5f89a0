"""What the layout reader keeps while it walks down a sheet, and what it returns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planeval.ids import ItemNumber
from planeval.io.grid import cell_ref, column_letter
from planeval.io.left_rows import Waiting, say_waiting
from planeval.level_labels import POLICY_WORD
from planeval.model import Entry, Location, Problem, TextCell
from planeval.read_records import ReadBeside

_new = tuple.__new__

if TYPE_CHECKING:
    from collections.abc import Callable

    from planeval.io.headers import HeaderRow, Titles
    from planeval.io.item_rows import QuickRows
    from planeval.io.levels import Levels
    from planeval.io.mark_column import MarkColumn
    from planeval.io.table_captions import Caption
    from planeval.io.unused_columns import UnusedColumn, UnusedColumns
    from planeval.io.value_columns import ValueColumns


class SheetResult:
    """What reading one sheet gives: its rows, problems and what the read notes of it
    (io/file_sheets.extend adds them to the file's ReadResult). A plain class, not a dataclass:
    a dataclass compiles its methods as it is defined, on every start (docs/ARCHITECTURE.md)."""

    __slots__ = (
        "body", "captioned", "captions", "column_titles", "department_tables", "direction_names", "entries", "error_rows", "examples", "grouped",
        "headed", "headers", "issue_parts", "issue_tables", "issue_titles", "items_seen", "level_cells", "level_labels", "marks",
        "near_headers", "number_reading", "numbers_apart", "policy_names", "problems", "project_policies", "project_titles",
        "read_beside", "settled", "table_rows", "tables", "text_columns", "texts", "unmarked", "unnumbered",
        "unrated", "unread_captions", "unread_levels", "unused_columns", "values",
    )  # fmt: skip

    def __init__(self, *, body: str = "", tables: int = 0) -> None:
        self.entries: list[Entry] = []
        self.problems: list[Problem] = []
        self.texts: list[TextCell] = []
        self.direction_names: dict[str, str] = {}
        self.policy_names: dict[str, str] = {}
        self.level_labels: dict[str, str] = {}  # ID → as typed (1-1: 1.1)
        self.level_cells: dict[str, Location] = {}  # ID → the cell naming it (ReadResult's)
        self.tables = tables
        self.issue_tables = self.department_tables = 0  # of them, with a 課題等 / 担当課 column
        self.unmarked = ""  # the header cell of the first without a column marking rows (重点)
        # a table numbering its items in a column of their own (No. | 事務事業): apart_numbers.py
        self.numbers_apart = False
        # each table read: its header row (0-based), the word of the level heading above it or
        # in it (基本目標 of 「基本目標1 …」; "" without one) and of a sub-heading under that one
        # (施策 of 「施策1-1 …」; "" without a word, None without one): a first run's [wording]
        self.headers: list[tuple[int, str, str | None]] = []
        # the header rows of the tables whose group rows ((1) …) stand under sub-headings: the
        # sub-heading's word is then the direction's, not the project's (column_words)
        self.grouped: set[int] = set()
        # the header rows whose columns their cells read otherwise than their titles (項目 over
        # 1-3-(1): the rows' numbers, io/level_columns.py), as read: column_words asks them
        self.settled: dict[int, HeaderRow] = {}
        self.table_rows = 0  # rows with something in them below a header row (a blank form: 0)
        self.body = body  # the body every entry of this sheet belongs to (several bodies at once)
        # rows that looked like header rows but were not (for the message when no table is found)
        self.near_headers: list[tuple[str, list[str]]] = []
        # (body, project ID, item number, item name) of every item row, rated validly or not
        self.items_seen: list[tuple[str, str, int | None, str]] = []
        self.project_policies: dict[tuple[str, str], str] = {}  # (ReadResult's)
        self.unnumbered: set[tuple[str, str, str]] = set()  # (〃)
        self.number_reading: dict[str, bool | None] = {}  # (〃)
        # each "達成状況が空です" problem's item: (body, project, item, sub-item) as combine keys
        self.unrated: dict[Problem, tuple[str, str, str, str]] = {}
        # the rows an error in them leaves out (ReadResult.error_rows: error_rows.py)
        self.error_rows: list[Entry] = []
        self.marks: dict[Location, tuple[str, str]] = {}  # (ReadResult.marks)
        self.values: dict[Location, tuple[tuple[str, str], ...]] = {}  # (〃 values)
        # the titles of columns of numbered levels not read, said in a notice (level_columns.py)
        self.unread_levels: set[str] = set()
        self.text_columns: dict[tuple[str, str, str], dict[str, int]] = {}
        self.issue_titles: list[str] = []  # each table's, as its form has it
        self.issue_parts: tuple[str, ...] = ()  # (two read together: issue_parts.py)
        self.project_titles: list[str] = []  # (〃 its project column's, if any)
        # (〃 its status and item columns', where the settings have [wording]: message_words)
        self.column_titles: list[dict[str, str]] = []
        self.unused_columns: list[UnusedColumn] = []  # (io/unused_columns.py)
        # policy ID → the tables' captions made levels under it so far (io/table_captions.py)
        self.captions: dict[str, int] = {}
        # each caption over groups numbered through its policy → its projects (ReadResult's)
        self.captioned: dict[tuple[str, str, str], set[str]] = {}
        # a form's example rows left out (io/example_rows.py): (cell of the mark, mark, item)
        self.examples: list[tuple[str, str, str]] = []
        # the captions read as no level (its table had no group rows): said in one notice
        self.unread_captions: list[Caption] = []
        self.headed: dict[Location, str] = {}  # (ReadResult.headed)
        self.read_beside: list[ReadBeside] = []  # (ReadResult's: io/blank_reads.note_beside)

    @property
    def first_header(self) -> str:
        """The first table read: its header row's first cell ("A7"); "" without one."""
        return cell_ref(self.headers[0][0], 0) if self.headers else ""


class TableState:
    """What is known while walking down one table (a plain class: see SheetResult)."""

    __slots__ = (
        "_continued_roles", "beside", "blank", "blank_beside", "caption", "caption_direction",
        "columns", "continued", "decimal_numbers", "direction_id", "first_row", "headed", "header",
        "issues", "item", "kinds", "kinds_rows", "kinds_seen", "last_entry", "level_title",
        "levels", "marks", "mode", "numbers_rows", "policy_heading", "policy_id", "project",
        "project_cell", "project_label", "project_number_typed", "project_unreadable", "quick",
        "read_named", "repeat_of", "roles", "running_names", "running_rows", "status_column",
        "status_letter", "sub_heading", "titles", "unrated_item", "unused", "values", "whole_numbers",
    )  # fmt: skip

    def __init__(
        self,
        columns: dict[str, int],
        *,
        header: HeaderRow | None = None,
        titles: Titles | None = None,
        continued: dict[int, frozenset[int]] | None = None,
        first_row: int = -1,
        level_title: str = "",
        marks: MarkColumn | None = None,
        values: ValueColumns | None = None,
        unused: UnusedColumns | None = None,
        blank: str | None = None,
        beside: tuple[tuple[int, str], ...] = (),
        blank_beside: tuple[str, ...] = (),
        issues: tuple[tuple[int, str], ...] = (),  # (io/issue_columns.Issues)
    ) -> None:
        self.columns = columns
        self.issues = issues  # its issue columns read together, if several (issue_columns.py)
        # the symbol a blank status cell is read as ([[scale.status]] blank = true), and the
        # header's other status columns, (column, title), beside the one counted (io/blank_reads)
        # and the values of those a blank may stand beside (blank_beside; none: any)
        self.blank, self.beside, self.blank_beside = blank, beside, blank_beside
        self.project: tuple[str, str] | None = None  # (id, name)
        self.project_label = ""  # its number as the body typed it, where not as its ID (1.1)
        self.project_cell = ""  # where the current project came from
        self.project_unreadable = False
        self.item: ItemNumber | None = None
        self.repeat_of: str | None = None  # the item a repeat listing (再掲) here points at
        # An item line with no status is fine when lower levels (ア, イ…) rated below follow it;
        # what its "empty status" error needs waits here until we know (left_rows.wait_blank)
        self.unrated_item: Waiting | Problem | None = None
        self.last_entry: int | None = None  # index in SheetResult.entries of its last entry
        # the current project's policy and direction IDs ("1" and "1-1" of "1-1-2")
        self.policy_id = ""
        self.direction_id = ""
        # the last heading with a heading word above the current row (基本目標1 …): in an ID
        # table, the name of the policy whose number it has (as 情報化政策1 …, wherever it is)
        self.policy_heading: tuple[str, str] | None = None
        # the header row's columns; "ids" for Setagaya's 1-1-1 tables, "named" for the others
        self.header = header
        self.titles = titles  # (the layout's: a row with a status title is a header row)
        self.mode: str | None = None
        # the sheet's cells continued from a merge above: row → their columns (others: own values)
        self.continued = {} if continued is None else continued
        self.levels = _levels()
        # numbers typed as decimal numbers (1.1) → the name first seen with each: 1.10 is 1.1
        self.decimal_numbers: dict[str, str] = {}
        # the header row; the numbering shapes of the rows below it in the order they first
        # appear, and the rows looked at for them (named.py: a group row or a blank rated row)
        self.first_row = first_row
        # a No. column beside the project column: the number typed on the project's first row,
        # and whether the column turned out to number the rows instead (named.py)
        self.project_number_typed, self.numbers_rows = "", False
        self.whole_numbers: bool | None = None  # (… every level of them: named_numbers.py)
        # … where one pair of rows could not tell, whether the table's projects are mostly of
        # several rows, once asked (io/running_numbers.py)
        self.running_names: bool | None = None
        # whether its No. runs on from one project to the next: numbering rows (running_rows.py)
        self.running_rows = False
        self.kinds: dict[str, int] = {}
        self.kinds_rows: list[int] | None = None
        self.kinds_seen = 0
        # the level a sub-heading (施策1-1 …) or band row (「1-1 名前」) last set: group rows
        # below it are one level under it (group_slot)
        self.sub_heading: tuple[str, str] | None = None
        # an unnumbered line right above its header row, under its policy's heading: the level
        # its group rows stand under, once one is read (io/table_captions.py)
        self.caption: Caption | None = None
        # … where its groups are numbered through the policy, not per caption (愛知県's): the
        # direction (ID as read, name) its rows stand under, their projects the policy's
        self.caption_direction: tuple[str, str] | None = None
        # a line above it, no level (群馬県's under 施策5), and the sheet's entries before its rows
        self.headed: tuple[str, int] | None = None
        # the title of its first level column (基本目標), if it has one: the word its policies
        # are typed a level with, once a row has named one there (close: level_labels.POLICY_WORD)
        self.level_title = level_title
        self.marks = marks  # its column marking rows (重点 ○), if it has one
        self.values = values  # its indicator's figures (策定時 | 現状値 …), if any
        self.unused = unused  # its titled columns no role reads (担当者), if any
        # the reader of its common rows, (the sheet's rows, the first to read, the last rated) →
        # (the first not read, the last rated) (io/item_rows.py): an ID table's, once its first
        # row has told it is one
        self.quick: QuickRows | None = None
        # the reader of its rows, a table's written in names (io/named.py, imported with the
        # first such table: most bodies' tables are ID tables, and start-up is measured)
        self.read_named: Callable[..., bool] | None = None  # (named.read_named_row)
        # (role, column) pairs, and the status column's letter: looked up once per table
        self.roles = tuple(columns.items())
        self.status_column = columns["status"]
        self.status_letter = column_letter(self.status_column)
        # continued columns → the roles they hold (the same few combinations on every row)
        self._continued_roles: dict[frozenset[int], frozenset[str]] = {}

    def continued_roles(self, columns: frozenset[int]) -> frozenset[str]:
        """The roles whose cells among ``columns`` (a row's continued cells) are."""
        roles = self._continued_roles.get(columns)
        if roles is None:
            roles = frozenset(role for role, column in self.roles if column in columns)
            self._continued_roles[columns] = roles
        return roles

    def start_project(self, result: SheetResult, project_id: str, name: str, row: int) -> None:
        """A new project, its ID in the project cell of ``row`` (what waits of the project
        above said first)."""
        self.flush(result)
        self.project = (project_id, name)
        self.project_label = ""
        self.policy_id, self.direction_id = (
            project_id.split("-", 1)[0],
            project_id.rsplit("-", 1)[0],
        )
        self.project_cell = cell_ref(row, self.columns["project"])
        self.project_unreadable, self.item = False, None
        heading = self.policy_heading
        if heading is not None and heading[0] == self.policy_id:
            # (基本目標2 above 1-x-x IDs names no policy 1: only its own number's)
            result.policy_names.setdefault(*heading)

    def set_group(self, group_id: str | None, name: str, typed: str = "") -> None:
        """The level under the heading above a named table (施策1-1 … under 基本方針1): the
        group its projects are numbered under, as a band row 「1-1 名前」 inside it would be."""
        slot = self._sub_slot()
        self.levels.set(slot, group_id, name, typed)
        self.sub_heading = self.levels.slots[slot]

    def group_slot(self) -> int:
        """The slot of a group row (「(1) 名前」 over rated ア, イ): the one after the level
        columns — or the one below, under a sub-heading holding that one (施策1-2 over its
        own (1), (2): else each group row would take the 施策's place, and 1-2's 「(1)」 be
        1-1's)."""
        return self._sub_slot() + self.under_sub_heading()

    def under_sub_heading(self) -> bool:
        """Whether the slot after the level columns holds the sub-heading (set_group) last set."""
        slot, slots = self._sub_slot(), self.levels.slots
        return slot < len(slots) and slots[slot] is not None and slots[slot] == self.sub_heading

    def status_title(self) -> str:
        """The counted status column's title as its header has it (評価, 達成状況: messages)."""
        from planeval.io.headers import title_key  # (a message's: imported where asked)

        for column, title in self.header.statuses if self.header is not None else ():
            if column == self.status_column:
                return title_key(title) or title
        return "達成状況"

    def _sub_slot(self) -> int:
        assert self.header is not None
        return len(self.header.levels) + 1

    def _level_named(self) -> bool:
        """Whether a row of its level columns named a level (a 基本目標 column left blank on a
        plan of one level names none: its rows' policies are their projects)."""
        assert self.header is not None
        return any(self.levels.slots[1 : len(self.header.levels) + 1])

    def flush(self, result: SheetResult) -> None:
        if self.unrated_item is not None:
            say_waiting(result, self.unrated_item)
            self.unrated_item = None

    def close(self, result: SheetResult, end: int | None = None) -> None:
        """At the table's end (``end``: the row after it, None the sheet's end): what waits
        (flush), its mark column's rows (or notice), and its filled columns no role reads."""
        self.flush(result)
        if self.headed is not None and len(result.entries) > self.headed[1]:
            result.headed[result.entries[self.headed[1]].location] = self.headed[0]
        if self.caption is not None and self.caption.levelled:  # (no group row made it a
            result.unread_captions.append(self.caption)  # level: table_captions.py)
        if self.level_title and self._level_named():
            result.level_labels.setdefault(POLICY_WORD, self.level_title)
        if self.unused is not None:
            self.unused.flush(result, end)
        if self.marks is not None:
            self.marks.flush(result.marks, result.problems)
        if self.values is not None:
            self.values.flush(result.values, result.problems)
        # (its reader holds the table, its sheet and result: a cycle the workers, whose
        # collector is paused, would keep — every sheet read, 680 MB on XL)
        self.quick = None


def add_entry(
    result: SheetResult,
    table: TableState,
    location: Location,
    sub_item: str | None,
    symbol: str,
    status_text: str,
    issue: str,
    department: str,
) -> None:
    """Add the entry of the table's current project and item, rated ``symbol``."""
    assert table.project is not None and table.item is not None
    project_id, project_name = table.project
    number, label, name = table.item  # (unpacked: cheaper than three attributes)
    policy_id, direction_id = table.policy_id, table.direction_id
    entries = result.entries
    table.last_entry = len(entries)
    # built as the tuple it is: the named tuple's own constructor (keywords and defaults)
    # costs about three times as much, on every row
    entries.append(
        _new(
            Entry,
            (
                location,
                policy_id,
                direction_id,
                project_id,
                project_name,
                number,
                label,
                name,
                sub_item,
                symbol,
                status_text,
                issue,
                department,
                result.direction_names.get(direction_id, ""),
                result.policy_names.get(policy_id, ""),
                table.repeat_of,
                result.body,
                table.project_label,
            ),
        )
    )


def _levels() -> Levels:
    from planeval.io.levels import Levels

    return Levels()
