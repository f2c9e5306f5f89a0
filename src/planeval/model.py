"""The records every stage passes along: where a value came from, an entry, a problem, and
what a read of several workbooks gives.

Location, Entry and TextCell are named tuples: immutable and hashable by value like the
frozen dataclasses beside them, and as cheap to build as a plain object (one of each is built
for every rated row — hundreds of thousands in a national roll-up — where a frozen dataclass
costs more than ten times as much; bench/README.md has the figures). Make a changed copy with
``entry._replace(issue=…)``. As tuples, they compare equal to a plain tuple of the same values.

A named tuple is also cheaper to define (start-up): a frozen dataclass compiles six methods as
its module is imported (3–13 M instructions, a tenth of `python -c pass` or more), a named
tuple one (~1 M); internal frozen records are named tuples too, the API's stay dataclasses.

The entry's fields as the outputs list them are in entry_columns.py; an item's identity, the
key that says which rows are the same item, in item_keys.py; the small records a read keeps
beside its entries (an export's year, a place left out past errors…) in read_records.py.
"""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation as
# its class is made, 29 fields here; the two names not yet defined there are quoted, and
# read_records' three, which import Location from here)
import enum
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from planeval.ids import RUNNING, id_form, joined_id, parse_item

if TYPE_CHECKING:
    from planeval.read_records import ErrorPlace, ReadBeside, RecordedYear
    from planeval.status_cells import StatusCells


class Location(NamedTuple):
    """A place in a workbook: the file, the sheet and the Excel cell (``C14``)."""

    file: str
    sheet: str | None = None
    cell: str | None = None

    def __str__(self) -> str:
        return " › ".join(part for part in self if part is not None)


class Severity(enum.StrEnum):
    """How bad a problem is: an error stops counting, a warning and a notice do not."""

    ERROR = "error"
    WARNING = "warning"
    NOTICE = "notice"

    @property
    def label(self) -> str:
        return {"error": "エラー", "warning": "警告", "notice": "お知らせ"}[self.value]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with (or worth saying about) the input, with where and how to fix it."""

    location: Location
    severity: Severity
    message: str
    hint: str = ""
    detail: str = ""  # a traceback, shown only with --debug
    # planeval.toml lines that fix it, shown under it as they are, to be copied
    settings: str = ""
    # why rows are not counted: a refusal in a phrase, UNRETURNED, HELD_REPLIES; or what it is
    # of, for a command that says it otherwise (STATED_TOTAL: check's table)
    reason: str = ""
    # facts a later stage reads, not its message: what it is (scale.UNSAID_REPEAT) and the
    # value as typed; of a workbook of another year than its round's (marks.py), its year and
    # the round's (the one given, else the other files')
    kind: str = ""
    value: str = ""
    year: int | None = None
    round_year: int | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def sums_up(self) -> bool:
        """Whether it says what the problems after it share, with the planeval.toml lines that
        fix them all (own_scale.py): it leaves no row out, and is not counted besides them.
        (A notice with lines to add, offered_words.py, sums up nothing: it is counted.)"""
        return bool(self.settings) and self.is_error

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}"
        return f"{text}（{self.hint}）" if self.hint else text

    def __reduce__(self) -> "tuple[type[Problem], tuple[object, ...]]":
        # pickled as its fields (read results cross from worker processes): several times
        # cheaper than a frozen dataclass's own state handling
        fields = (self.location, self.severity, self.message, self.hint, self.detail)
        if self.kind or self.value or self.year or self.round_year:  # (a few: its facts)
            facts = (self.kind, self.value, self.year, self.round_year)
            return Problem, (*fields, self.settings, self.reason, *facts)
        if self.reason:
            return Problem, (*fields, self.settings, self.reason)
        return Problem, (*fields, self.settings) if self.settings else fields


class Entry(NamedTuple):
    """One rated line of a Chapter 3 table: an implementation item (実施内容) or one of its
    sub-items (細目), with its status (達成状況) and issue text (課題等).

    ``status`` is the scale's symbol the cell was normalised to; ``status_text`` is the
    cell as it was typed. ``repeat_of`` is the item a repeat listing (再掲) points at.
    """

    location: Location
    policy_id: str
    direction_id: str
    project_id: str
    project_name: str
    item_no: int | None
    item_label: str
    item_name: str
    sub_item: str | None
    status: str
    status_text: str
    issue: str = ""
    department: str = ""
    direction_name: str = ""
    policy_name: str = ""
    repeat_of: str | None = None
    body: str = ""  # the body (団体) it belongs to, when several are read at once (--bodies)
    project_label: str = ""  # the project's number as typed, where not as its ID: 1.1 (1-1)

    @property
    def item_key(self) -> str:
        """A stable key for the item: ``1-1-2①``, or the item's name where it has no number."""
        return f"{self.project_id}{self.item_label or self.item_name}"

    @property
    def project_shown_id(self) -> str:
        """The project's ID as the body numbers it: ``1-1-1``, or as typed (``1.1``, ``Ⅲ``:
        ``project_label``); "" where its name carries the body's own numbering (a named
        layout's "(1) 事務事業の見直し", numbered 1-1 by planeval only to keep it apart: no
        number of the body's)."""
        if self.project_label:
            return self.project_label
        return "" if parse_item(self.project_name).number is not None else self.project_id

    @property
    def shown_id(self) -> str:
        """The item's ID as people read it, in the body's own numbering: ``1-1-2①``; where the
        project's ID is none of the body's ("(1) 事務事業の見直し"), the item's number alone ("1"),
        or the project's as typed where it has none ("(1)", not 1-1); otherwise as ids.joined_id
        joins a label to its project's number (3-21, 3 10, 1.1.1 under 1.1 alone)."""
        if not (project := self.project_shown_id):
            return (
                id_form(self.item_label or parse_item(self.project_name).label) or self.project_id
            )
        # (its policy's ID only where it is rated right under it: 施策 1 of 基本目標 1, shown 1,
        # numbers its 事業 1 「1 1」, not 「1-1」, as 施策 2's 「2 1」)
        policy = self.policy_id if self.project_id == self.policy_id else ""
        return joined_id(project, self.item_label, policy, self.direction_id)


def running_number(label: str) -> bool:
    """Whether an item's label is a number running down the table (「50」, 「No.13」), which
    every row inserted above shifts: no number of the item's own."""
    return label.removeprefix(RUNNING).isdecimal()


def first_places(names: Iterable[str]) -> dict[str, int]:
    """Each name's place where it first comes: the order bodies are listed in everywhere (a
    read's ``bodies``, the inputs' order), to sort groups, rows and entries by."""
    return {name: place for place, name in enumerate(dict.fromkeys(names))}


def body_key(body: str, identifier: str) -> str:
    """A policy's or direction's ID as names are looked up: within its body, if any."""
    return f"{body}\x1f{identifier}" if body else identifier


class TextCell(NamedTuple):
    """A cell of text outside the tables: a heading, a narrative paragraph, a legend line."""

    location: Location
    text: str


# (body, project ID, item number, item name) of an item row found, its status valid or not
ItemSeen = tuple[str, str, int | None, str]
# (the word of its 区分 — 終了, 廃止, 休止, 中止 —, project ID, item name) of an item a plan ends
EndedItem = tuple[str, str, str]


@dataclass(slots=True, repr=False, eq=False)
class ReadResult:
    """What reading the inputs gave: entries in input order, every problem, the text cells
    outside tables (headings, narratives), and the names of policies and directions.

    ``entries`` are the rows as counted: the same item read from several files is there once
    when they agree and not at all when they do not (see combine.py); ``read`` is every entry
    as read, before that.

    An accumulator the readers add to, not a value: compared by identity, and shown by its
    sizes (a repr and an __eq__ of its 61 fields, made as the class is defined, cost every
    command ~6 M instructions at start-up)."""

    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    read: list[Entry] = field(default_factory=list)
    items_seen: list[ItemSeen] = field(default_factory=list)
    # (body, project ID) → its policy, of a table naming the levels in columns or headings:
    # an item read and not counted is said under its policy (past_errors), its body's rows
    # in error or in another scale (review 80: a policy's 「このほか…17件」 of 32)
    project_policies: dict[tuple[str, str], str] = field(default_factory=dict)
    # (body, project ID, name) of each project named without a number, numbered in the order
    # its table lists it: one name under one policy is one project (io/unnumbered_projects.py)
    unnumbered: set[tuple[str, str, str]] = field(default_factory=set)
    # (body, direction ID as read, name) of each caption over groups numbered through their
    # policy (愛知県's) → its projects: numbered alike across files (io/caption_directions.py)
    captioned: dict[tuple[str, str, str], set[str]] = field(default_factory=dict)
    # a No. column's header (its titles, running_numbers.header_key) → whether it numbers the
    # rows (True: its tables' projects of several rows told so) or None, the tables so headed
    # each of projects of one row (undecided: the read's other files tell — reader.read_alike)
    number_reading: dict[str, bool | None] = field(default_factory=dict)
    # each "達成状況が空です" of an item row → its item's key (body, project, item, sub-item)
    unrated: dict[Problem, tuple[str, str, str, str]] = field(default_factory=dict)
    # the rows an error in them left out (a blank status, a value of no symbol), as read with
    # no status: Chapter 3 lists those still left out 「未集計（エラー）」 (error_rows.py)
    error_rows: list[Entry] = field(default_factory=list)
    texts: list[TextCell] = field(default_factory=list)
    policy_names: dict[str, str] = field(default_factory=dict)
    direction_names: dict[str, str] = field(default_factory=dict)
    # a policy's or direction's number as its body typed it, where not as its ID (1-1 typed
    # 1.1, 1 typed Ⅰ), keyed as the names are: what the outputs show (level_labels.py)
    level_labels: dict[str, str] = field(default_factory=dict)
    # a level's ID → the file naming it first; named otherwise, each name → its first file
    named_in: dict[str, str] = field(default_factory=dict)
    named_apart: dict[str, dict[str, str]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    # a workbook a corrected version replaces (修正版: io/bodies.py) → that version, counted in
    # its place: 提出状況 names it so, never as a second return
    superseded: dict[str, str] = field(default_factory=dict)
    file_bodies: dict[str, str] = field(default_factory=dict)  # file → its body (--bodies)
    # file → its body, of the files found and not read at all (an .xls): the body answered
    # (compare and rounds say so, not 「回答なし」)
    unread_bodies: dict[str, str] = field(default_factory=dict)
    # the files found and refused whole as broken (a cut-off or damaged zip): 壊れたファイル
    broken_files: set[str] = field(default_factory=set)
    # file → the department its form states above the table (「担当部：福祉部」): who wrote it
    file_departments: dict[str, str] = field(default_factory=dict)
    # file → the body's code its form states (団体コード): under --bodies, the bodies' order
    file_codes: dict[str, str] = field(default_factory=dict)
    # … and the sheet and cell stating it (a message about the code names it: listed_codes)
    code_cells: dict[str, tuple[str, str]] = field(default_factory=dict)
    # a binder of bodies' replies (--bodies file) → each body and code its sheets state: held
    compiled: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # body → its 団体コード as the list of bodies gives it (io/listed_codes.py), else as its forms
    # state it (or its file is filed under): compare and rounds pair a body renamed under it
    # (cycle/coded_bodies.py), summarize's CSV and JSON show it (roster.body_codes)
    known_codes: dict[str, str] = field(default_factory=dict)
    years: "dict[str, RecordedYear]" = field(default_factory=dict)  # file → an export's year
    # the marks (MARK_CELL) of another round's templates, their files left out: 提出状況's
    other_rounds: list[TextCell] = field(default_factory=list)
    # … and the files a title of another year than the round's left out → that year (combine)
    other_years: dict[str, int] = field(default_factory=dict)
    # … and their rows, not counted (what the count sentence and check say of them); and the
    # rows of a body left out whole for its scale (past_errors.OTHER_SCALE), as read
    other_year_rows: list[Entry] = field(default_factory=list)
    other_scale_rows: list[Entry] = field(default_factory=list)
    # … and of a workbook left out whole as another body's form (io/misfiled.py), as read
    misfiled_rows: list[Entry] = field(default_factory=list)
    # every body the inputs name (--bodies: each body's folder or workbook, unanswered too), and
    # those with no counted row (unanswered, unreadable, every row in error): said wherever listed
    bodies: list[str] = field(default_factory=list)
    uncounted_bodies: list[str] = field(default_factory=list)
    # … and the bodies the list of bodies marks as having declined (辞退: roster_closed.py),
    # one of them sending nothing said so rather than 未回答 (past_errors.uncounted_why)
    declined: set[str] = field(default_factory=set)
    # the list of bodies the read expected ([bodies] roster, or the round's own: round_roster),
    # its file ("" without one): a body it does not name is not this round's (merged away)
    roster: str = ""
    # the issue and department columns as the forms title them, over [wording]'s preset or
    # planeval's word (message_words.py)
    issue_title: str = ""
    department_title: str = ""
    # … and the project level's column where [wording] calls it as the policy (message_words.py)
    project_title: str = ""
    # … and, where [wording] gives the status planeval's word, the status column as the forms
    # title it (評価); where every row read is its project's one row (sole_items.projects_rated),
    # that (rows_projects) and the item column as the forms title it (指標) (message_words.py)
    status_title: str = ""
    rows_projects: bool = False
    item_title: str = ""
    # … and the report's title as the forms state it where [wording] gives none (form_titles.py)
    report_title: str = ""
    # (file, sheet) of each sheet whose tables have no issue column: no issue text asked for
    without_issue_column: set[tuple[str, str]] = field(default_factory=set)
    # … and of each sheet with a table without a column marking rows (重点): its header cell
    without_mark_column: dict[tuple[str, str], str] = field(default_factory=dict)
    # (file, sheet) of each sheet whose tables number their items in a No. column beside the
    # name (施策 | No. | 事務事業): shown bare where the body's other forms do not (apart_numbers.py)
    numbers_apart: set[tuple[str, str]] = field(default_factory=set)
    # the status cell of each rated row of a table with a column marking rows (重点) → that
    # column's title and the row's mark as shown (its cell's symbol as typed, 川崎市's ●; "" where
    # it marks none): what 「（うち重点3事業）」 counts
    marks: dict[Location, tuple[str, str]] = field(default_factory=dict)
    values: dict[Location, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # 現状値…
    # the errors an export read back was counted past, as it records them: its rows are out;
    # and its bodies in order, each with why no row of it was counted ("" where some was)
    recorded_errors: "list[ErrorPlace]" = field(default_factory=list)
    recorded_bodies: dict[str, str] = field(default_factory=dict)
    status_cells: "dict[str, StatusCells]" = field(default_factory=dict)
    # each row of a table whose blank status its other status column decides, without
    # blank_beside: that column's value beside it (io/blank_reads.blanks_beside_said)
    read_beside: "list[ReadBeside]" = field(default_factory=list)
    # (file, sheet, a table's status column) → its name and issue columns (role → column),
    # where validate points at a character in a name or issue text (cycle/jis_notices.py)
    text_columns: dict[tuple[str, str, str], dict[str, int]] = field(default_factory=dict)
    # (read with a plan) each department that returned nothing → its led items that would count
    # (no 再掲), noted under 集計 (unreturned_notes.note_unreturned); why, where not 未提出 alone;
    # one that replied without rows of them too (note_missing: 「回答に行がない」)
    unreturned: dict[str, int] = field(default_factory=dict)
    unreturned_why: dict[str, tuple[str, str]] = field(default_factory=dict)
    # … the items each leads, as an export records them: 未集計 when compared (cycle/uncounted)
    unreturned_items: dict[str, tuple[ItemSeen, ...]] = field(default_factory=dict)
    # … per policy: (projects with no row, items, why if one) — said after its count sentence
    unreturned_policies: dict[str, tuple[int, int, str]] = field(default_factory=dict)
    # … per policy: the plan's items missing from every file returned (an error: with_plan.py)
    plan_missing: dict[str, int] = field(default_factory=dict)
    # … the items as Chapter 3 lists them: no status, status_text why (未提出)
    unreturned_rows: list[Entry] = field(default_factory=list)
    # … of them, those the plan's column marking rows marks (重点 ○): a 「うち重点」's 未提出
    unreturned_marked: frozenset[Location] = frozenset()
    # (read with a plan, by it as its round's own) the items it marks 終了 (計画事業一覧's 区分,
    # or 廃止…), numbered as the round reads it: no row asked of them, 「計画で終了」 (「計画で
    # 廃止」…) when compared (cycle/ended.py), never 削除
    plan_ended: tuple[EndedItem, ...] = ()
    # (read with a plan) each of its items → its place in the plan, the order every output
    # lists the rows in (plan_order.in_plan_order)
    plan_places: dict[tuple[str, str], int] = field(default_factory=dict)
    # (an earlier round read with a later plan, not judged by it: compare) its counted rows
    # the plan would leave out as errors, as its own summarize does: said under compare's tables
    unjudged_rows: list[Entry] = field(default_factory=list)

    def __repr__(self) -> str:
        return (
            f"ReadResult(files={len(self.files)}, entries={len(self.entries)}, "
            f"problems={len(self.problems)}, read={len(self.read)})"
        )

    def count_bodies(self, counted: Collection[str]) -> None:
        """Note which of ``bodies`` have no counted row (``counted``: the bodies that have)."""
        self.uncounted_bodies = [body for body in self.bodies if body not in counted]

    @property
    def has_errors(self) -> bool:
        return any(problem.is_error for problem in self.problems)

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.is_error]

    def input_errors(self) -> list[Problem]:
        """The errors in the inputs, which leave rows out: not 「未回答」, nor Problem.sums_up."""
        inputs = {*self.files, *self.left_out, *self.unread_bodies}
        return [p for p in self.errors if p.location.file in inputs and not p.sums_up]
