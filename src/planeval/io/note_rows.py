"""A note row typed in or under a table: one text, in whatever column, marked as a note
(「※2-1-2②は都市整備政策部と調整中のため…」, 「注1 …」, 「（注）…」), with no status — no item, never
an error (review 83a: taken for an item with a blank status, it stopped the count and was
listed under 集計に含めていない行 as an item). It is kept as the sheet's text, and said in one
notice at its cell, its text quoted — a department's remark the collecting section reads,
alike in 体系, 実施内容, 課題等 or 所管部 — where it follows the table's rows. Not said is a note
right under the header, the form's own instruction (「※…は選択してください」, review 79); one
after a heading or paragraph below the table; one in a number column or beside the table, about
the form (「※ 担当者の欄は区役所内の連絡用です」); a legend of the scale (「※計画を上回る実施：
◎、…」, 「※指標の評価は、達成A・前進B・横ばいC・後退D の4段階です。」 under 群馬県's table); nor
one typed alike under several tables, of one file or of several — the form's own note, printed
under each (「※達成率＝現状値÷目標値…」 under every table of 愛知県's forms, review 112):
``forms_notes_unsaid``, once the read's files are all read."""

from __future__ import annotations

from collections.abc import Iterable

from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.tables import TableState
from planeval.marks import is_reference_sheet
from planeval.model import Entry, Location, Problem, Severity, TextCell
from planeval.scale import Scale
from planeval.text import clean_text, one_line

# a note's mark first: ※ or an asterisk, or 注 with a number, colon or bracket after it, or 注
# in brackets (not a name starting with 注, 注文書の電子化)
_MARKS = (
    "※",
    "＊",
    "*",
    "(注",
    "（注",
    "【注",
    "〔注",
    "［注",
    "[注",
    "<注",
    "＜注",
    "〈注",
    "《注",
)
# (or 備考 with a colon after it, 「備考：…」: review 84 — not a name starting with 備考)
_REMARK = ("備考:", "備考：", "備考）", "備考)", "【備考】", "(備考)", "（備考）")
_AFTER_CHUNK = frozenset("0123456789０１２３４５６７８９:：)）.．、。 　")
_MOST = 60  # (a note is quoted whole up to this many characters)
# (a note's first character as typed, before cleaning: its marks', and a bare 注's)
_FIRST = frozenset(mark[0] for mark in (*_MARKS, *_REMARK, "注"))
NOTE = "note"  # (Problem.kind of a note's notice, its text the value: forms_notes_unsaid)


def is_note(text: str) -> bool:
    """Whether a cell's cleaned text is a note: 「※…」, 「＊…」, 「注1 …」, 「注：…」, 「（注）…」,
    「＜注＞…」, 「備考：…」."""
    if text.startswith(_MARKS) or text.startswith(_REMARK):
        return True
    return text[:1] == "注" and (len(text) == 1 or text[1] in _AFTER_CHUNK)


def report_texts(texts: Iterable[TextCell], entries: Iterable[Entry]) -> list[TextCell]:
    """The workbooks' text cells check reads as the report's paragraphs: not a note on a sheet
    of rated rows (a department's remark under its table, 「※…達成度は利用率（目標30%、実績18%）
    により判断しました」, whose 30 and 18 failed a right report — review 185 #4; the form's own
    「※1 …」), nor a cell of a co-owner's sheet (a remark remarks.py reads). A note on a sheet of
    no rows, the clerk's 集計 (「※割合は…合計が100.0％となるよう調整しています」), is its
    report's, as a --text's own notes are. A paragraph (ending 「。」) broken over lines — the
    export's sentence broken between its phrases, 「…計画どおり」 over 「実施2件…」 (review 186 #3:
    its words' length moved the break into a status), a clerk's Alt+Enter — is read as one line."""
    rated = {(entry.location.file, entry.location.sheet) for entry in entries}
    return [
        cell._replace(text=one_line(cell.text))
        if "\n" in cell.text and cell.text.endswith("。")
        else cell
        for cell in texts
        if not is_reference_sheet(cell.location.sheet)
        and not (is_note(cell.text) and (cell.location.file, cell.location.sheet) in rated)
    ]


def row_note(grid: SheetGrid, row: int) -> tuple[int, str] | None:
    """The row's one text, and its column, where the row holds nothing else (its cells
    continued from a merge above aside) and that text is a note; None for any other row."""
    line, continued = grid.row(row), grid.continued
    filled = [
        column
        for column, value in enumerate(line)
        if value is not None and value != "" and (row, column) not in continued
    ]
    # (a note's mark first, looked for as typed before any cell is cleaned: most rows asked
    # are a table's, whose texts cleaning would cost more than the row's reading)
    if not any(isinstance(cell := line[c], str) and cell.lstrip()[:1] in _FIRST for c in filled):
        return None
    texts = [(column, text) for column in filled if (text := clean_text(line[column]))]
    if len(texts) != 1:
        return None  # (two texts: a row of the table, or a heading beside a note)
    return texts[0] if is_note(texts[0][1]) else None


def read_note(
    grid: SheetGrid,
    row: int,
    table: TableState,
    scale: Scale,
    *,
    file: str,
    problems: list[Problem],
) -> bool:
    """Whether the row is a note row (row_note); its notice added to ``problems`` where it
    follows the table's rows (only blank rows and other notes between) and is no legend line
    of the scale, none where it stands right under the header row or after a heading,
    paragraph or legend line."""
    note = row_note(grid, row)
    if note is None:
        return False
    column, text = note
    if (
        _written_in(column, table)
        and not _legend(text, scale)
        and _follows_rows(grid, row, table.first_row, table.status_column)
    ):
        quoted = text if len(text) <= _MOST else text[: _MOST - 1] + "…"
        problems.append(
            Problem(
                Location(file, grid.name, cell_ref(row, column)),
                Severity.NOTICE,
                f"「{quoted}」は注記として読みました（実施内容ではないため、集計に含めていません）。"
                f"{_printed(table)}",
                _issue_hint(table),
                kind=NOTE,
                value=text,
            )
        )
    return True


def _printed(table: TableState) -> str:
    """Where export prints the note (report/typed_notes.py: as typed, under the table showing
    the row above it): said, so the clerk can decide — 「※ ③は…」 under 1-1's table names no item
    of 1-1-1, 1-1-2 and 1-1-3 (review 184 #5: said 「集計に含めていません」 alone, then printed)."""
    if table.project is None:
        return "報告書（export）には、この文のまま、この行の上の行を載せる表の下に載せます"
    number, name = table.project_label or table.project[0], table.project[1]
    under = f"計画事業「{' '.join(filter(None, (number, name)))}」の行を載せる表"
    return f"報告書（export）には、この文のまま{under}の下に載せます"


def _issue_hint(table: TableState) -> str:
    """Where the note would be read with its item: the table's issue column (in the forms'
    title: message_words); none where the table has no such column (愛知県's 指標 | 現状値 |
    評価 | 担当課, review 112)."""
    if "issue" not in table.columns:
        return ""
    return (
        "表の下では番号だけではどの実施内容か分からないことがあります。実施内容の課題等として"
        "載せるなら、その実施内容の行の課題等のセルに書いてください"
    )


def forms_notes_unsaid(problems: list[Problem]) -> list[Problem]:
    """The problems without the notices of a note typed alike at two places or more — under
    several tables of a file or of several files: the form's own note, not a department's
    remark (review 112: 「※達成率＝現状値÷目標値…」 said 11 times on a clean run)."""
    places: dict[str, set[Location]] = {}
    for problem in problems:
        if problem.kind == NOTE:
            places.setdefault(problem.value, set()).add(problem.location)
    printed = {text for text, seen in places.items() if len(seen) > 1}
    if not printed:
        return problems
    return [p for p in problems if p.kind != NOTE or p.value not in printed]


def _written_in(column: int, table: TableState) -> bool:
    """Whether a column is one a department writes of its items in — a level's, the project's,
    the item's, the sub-item's, the issue's or the department's: a note in a number column or
    beside the table (「※ 担当者の欄は区役所内の連絡用です」) is about the form, not said."""
    if table.header is not None and column in table.header.levels:
        return True
    return any(table.columns.get(role) == column for role in _WRITTEN)


_WRITTEN = ("project", "item", "sub_item", "issue", "department")


def _legend(text: str, scale: Scale) -> bool:
    """Whether a note states the scale (「※指標の評価は、達成A・前進B・横ばいC・後退D の4段階です。」,
    「※計画を上回る実施：◎、計画どおり実施：○、…」): two of its labels or marks (◎, not A) in it."""
    named = sum(
        status.label in text or (not any(map(str.isalnum, status.symbol)) and status.symbol in text)
        for status in scale.statuses
        if status.label or status.symbol
    )
    return named >= 2


def _follows_rows(grid: SheetGrid, row: int, header_row: int, status: int) -> bool:
    """Whether the nearest row above ``row`` holding more than a note — past blank rows and
    other notes, not the header row — is a row of the table: two cells of its own or more,
    or its status cell (a heading, a paragraph or a legend line is one text)."""
    continued = grid.continued
    for above in range(row - 1, header_row, -1):
        own = [
            column
            for column, value in enumerate(grid.row(above))
            if value is not None
            and value != ""
            and (above, column) not in continued
            and clean_text(value)
        ]
        if not own:
            continue
        if len(own) >= 2 or own[0] == status:
            return True
        if not is_note(clean_text(grid.value(above, own[0]))):
            return False
    return False
