"""What a read of the inputs gives (ReadResult: its entries, problems and text cells, from
model.py, and what the readers note beside them), and the small records among its fields: the
year an export records of its rows (RecordedYear), a blank status read beside another status
column (ReadBeside), and a place whose rows a count past errors left out (ErrorPlace).
"""

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import field
from typing import TYPE_CHECKING, NamedTuple

from planeval.model import Entry, Location, Problem, TextCell, record

if TYPE_CHECKING:
    from planeval.status_cells import StatusCells


class RecordedYear(NamedTuple):
    """The fiscal year planeval's export records of its rows (cells.FISCAL_YEAR_PROPERTY), and
    the sheet that shows it in A2 (the export's summary)."""

    sheet: str | None
    fiscal_year: int


class ReadBeside(NamedTuple):
    """A row of a table whose blank status is read as the scale's status for rows not rated
    by the table's other status column, without blank_beside: its status cell, its item as
    the messages name it, the titles of both columns (達成度, 実施状況), that column's value
    and cell (完了, E7), and whether the row was rated (io/blank_reads.py: a blank beside
    what rows rate, said once a read)."""

    cell: Location
    item: str
    status: str
    beside: str
    value: str
    other: str
    rated: bool


class ErrorPlace(NamedTuple):
    """A place whose rows a count past errors (--keep-going) left out: its body, the place
    (``file › sheet › cell``), the error, whether its whole file was (an xlsx export's record),
    the error's fix, and its reason where it is one (past_errors.OTHER_SCALE: its body left
    out for its scale, not in error), and a workbook's of another year left out (OTHER_YEAR)
    its year (Problem.year; the export records it, cells.OTHER_YEARS_PROPERTY)."""

    body: str
    place: str
    message: str = ""
    whole_file: bool = False
    hint: str = ""
    reason: str = ""
    year: int | None = None

    @property
    def file(self) -> str:
        return self.place.split(" › ", 1)[0]


# (body, project ID, item number, item name) of an item row found, its status valid or not
ItemSeen = tuple[str, str, int | None, str]
# (the word of its 区分 — 終了, 廃止, 休止, 中止 —, project ID, item name) of an item a plan ends
EndedItem = tuple[str, str, str]


@record(slots=True, repr=False, eq=False, kw_only=True)
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
    # a policy's or direction's ID, keyed as the names are → the cell its name was read from
    # where a level column named it (io/named_numbers.name_levels)
    level_cells: dict[str, Location] = field(default_factory=dict)
    # a level's ID → where it was first named (its cell, else its file); named otherwise, each
    # name → where it was first so named
    named_in: dict[str, Location] = field(default_factory=dict)
    named_apart: dict[str, dict[str, Location]] = field(default_factory=dict)
    named_forms: dict[str, dict[str, str]] = field(default_factory=dict)  # (comparable → name)
    # of a level named apart, how many files give each name; of every level, how many name it
    named_by: dict[str, Counter[str]] = field(default_factory=dict)
    named_files: Counter[str] = field(default_factory=Counter)
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
    # … and the sheet and cell stating it, and the code as typed there (a message about the code
    # names and quotes it: listed_codes)
    code_cells: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    # … and the sheet and cell stating its 団体名, and the name as typed there: of a form stating
    # a code (a code of another body quotes it: listed_codes), or none under a name the list
    # gives two bodies (伊達市: roster_match.twin_untold says there which it may be)
    name_cells: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    # a binder of bodies' replies (--bodies file) → each body and code its sheets state: held
    compiled: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # body → its 団体コード as the list of bodies gives it (io/listed_codes.py), else as its forms
    # state it (or its file is filed under): compare and rounds pair a body renamed under it
    # (cycle/coded_bodies.py), summarize's CSV and JSON show it (roster.body_codes)
    known_codes: dict[str, str] = field(default_factory=dict)
    # each body's prefecture, where the list of bodies has a column 都道府県 (roster.name_bodies)
    prefectures: dict[str, str] = field(default_factory=dict)
    years: dict[str, RecordedYear] = field(default_factory=dict)  # file → an export's year
    # file → the year a template's document properties record (its A2 may be retyped: marks)
    template_years: dict[str, int] = field(default_factory=dict)
    # the plan's mark (●) where the plan's column decided which rows are marked (重点:
    # cycle/plan_marks.py), "" where the forms' own column did: what うち重点's note says
    planned_mark: str = ""
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
    # … and those it marks as rating in another scale (評価尺度が違う) that do: left out, said
    # once (io/scale_bodies.marked_apart), not as errors
    marked_apart: set[str] = field(default_factory=set)
    # the list of bodies the read expected ([bodies] roster, or the round's own: round_roster),
    # its file ("" without one): a body it does not name is not this round's (merged away)
    roster: str = ""
    # … and the bodies read that it lacks, their replies left out (roster_match.left_out_unlisted):
    # none of the round's bodies — compare says 団体一覧になし, not 数えた行なし (review 159 #3)
    unlisted: set[str] = field(default_factory=set)
    # the issue and department columns as the forms title them, over [wording]'s preset or
    # planeval's word (message_words.py)
    issue_title: str = ""
    # … and the titles of the issue columns read together, left to right (issue_parts.py)
    issue_parts: tuple[str, ...] = ()
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
    # the settings' file as given (--config 設定.toml), where it is no planeval.toml: the file
    # every fix adding a line names (message_words.settings_named)
    settings: str = ""
    # the words a read in Setagaya's scale without [wording] takes from its tables, as the
    # [wording] lines offered would give them (offered_words.taken_words: 取組分野, 取組)
    table_words: dict[str, str] = field(default_factory=dict)
    # (file, sheet) of each sheet whose tables have no issue column: no issue text asked for
    without_issue_column: set[tuple[str, str]] = field(default_factory=set)
    # … and of each sheet of a body's own form (none planeval's template wrote) whose tables
    # have a department column: Chapter 3's tables show it (長瀬町's 担当課: review 175 #6)
    department_column: set[tuple[str, str]] = field(default_factory=set)
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
    # the status cell of the first row of each table under a line typed above it that is no
    # level (群馬県's 「正しく安全にICTを利活用できる人づくり」 under 施策5: table_captions.py) →
    # that line, which every output prints as a heading above the rows it heads (review 166 #3)
    headed: dict[Location, str] = field(default_factory=dict)
    # the errors an export read back was counted past, as it records them: its rows are out;
    # and its bodies in order, each with why no row of it was counted ("" where some was)
    recorded_errors: list[ErrorPlace] = field(default_factory=list)
    recorded_bodies: dict[str, str] = field(default_factory=dict)
    recorded_codes: dict[str, str] = field(default_factory=dict)  # (… its bodies' 団体コード)
    status_cells: "dict[str, StatusCells]" = field(default_factory=dict)
    # each row of a table whose blank status its other status column decides, without
    # blank_beside: that column's value beside it (io/blank_reads.blanks_beside_said)
    read_beside: list[ReadBeside] = field(default_factory=list)
    # (file, sheet, a table's status column) → its name and issue columns (role → column),
    # where validate points at a character in a name or issue text (cycle/jis_notices.py)
    text_columns: dict[tuple[str, str, str], dict[str, int]] = field(default_factory=dict)
    # (read with a plan) each department that returned nothing → its led items that would count
    # (no 再掲), noted under 集計 (unreturned_notes.note_unreturned); why, where not 未提出 alone;
    # one that replied without rows of them too (note_missing: 「回答に行がない」)
    unreturned: dict[str, int] = field(default_factory=dict)
    unreturned_why: dict[str, tuple[str, str]] = field(default_factory=dict)
    # … the files of those that sent only files not read at all (an .xls) → the department:
    # check takes them as its items not returned, not as rows of any scope (review 184 #1)
    unread_leads: dict[str, str] = field(default_factory=dict)
    # … one whose rows are there, every status blank (a workbook compiled of every
    # department's answers): those cells, said in its one warning, no error each (review 161)
    unreturned_blanks: dict[str, tuple[Location, ...]] = field(default_factory=dict)
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

    def leave_out(self, files: Iterable[str], *, first: bool = False) -> None:
        """Note ``files`` as left out of the count (``first``: before those noted so far), each
        once however many errors left it out, in the order first seen: every caller and every
        format lists a file once (review 168 #5: 「数えていないファイル」 twice for two errors)."""
        if added := list(files):
            self.left_out[:] = dict.fromkeys(
                [*added, *self.left_out] if first else [*self.left_out, *added]
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
