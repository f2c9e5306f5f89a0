"""The rarer rows of a numbered table (numbered.py): a project cell holding no 1-1-1 ID — a
project numbered with dots (「1.1.1 名前」), a direction's row (「1-1 名前」, 「1.1 名前」), a
heading, or an ID that cannot be read —, and a row with nothing rated and no project: what the
row above continues (an issue text typed on the next row instead of with Alt+Enter), or a text
row."""

from __future__ import annotations

import functools
import re

from planeval.cells import split_ref
from planeval.dotted_ids import MixedId, TypedId, parse_dotted, parse_mixed
from planeval.ids import number_parts, parse_direction, parse_item
from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.note_rows import is_note, read_note
from planeval.io.tables import SheetResult, TableState
from planeval.model import Location, Problem, Severity
from planeval.scale import Scale
from planeval.text import clean_text

# a rated row under a project whose ID could not be read (that row's error says why)
BELOW_UNREADABLE = (
    "上の事業番号が読めないため、この行は数えていません",
    "上にある事業番号のエラーを直すと、この行も数えられます",
)


def read_unnumbered(
    sheet: str,
    row: int,
    text: str,
    rated: bool,
    table: TableState,
    result: SheetResult,
    file: str,
) -> TypedId | bool:
    """A project cell ``text`` that parse_project did not read: a project numbered with dots
    (its ID, name and number as typed, which the row then starts), or with a dot and a dash
    both (「1.1-1」: read as its three numbers, and said where its project starts); else the
    row read here —
    True for a direction's row (its name, and its number as typed where dotted, recorded) or a
    rated row reported, False for a heading or note (read_table_row's answer)."""
    dotted = parse_dotted(text)
    if dotted is not None and dotted.id.count("-") == 2:
        return dotted
    mixed = parse_mixed(text)
    if mixed is not None:
        if table.project is None or table.project[0] != mixed.id:  # (not again on each row)
            cell = Location(file, sheet, cell_ref(row, table.columns["project"]))
            result.problems.append(mixed_notice(cell, mixed))
        return TypedId(mixed.id, mixed.name, mixed.shown)
    direction = parse_direction(text) or dotted
    if direction is not None and not rated:
        result.direction_names.setdefault(direction.id, direction.name)
        if dotted is not None:  # (shown as typed: 1.1, not 1-1)
            result.level_labels.setdefault(dotted.id, dotted.typed)
        table.project, table.item = None, None
        return True
    if not rated:
        table.flush(result)
        table.project, table.item = None, None
        return False  # a heading or note in the project column
    cell = Location(file, sheet, cell_ref(row, table.columns["project"]))
    problem = Problem(
        cell, Severity.ERROR, f"事業番号が読めません: '{text}'", _hint(text, direction is not None)
    )
    result.problems.append(problem)
    table.project, table.project_unreadable, table.item = None, True, None
    return True  # this row is reported; the rows below it are reported one by one


def mixed_notice(cell: Location, mixed: MixedId) -> Problem:
    """What is said of a project's ID typed with a dot and a dash both (「1.1-1」), read as
    its three numbers: the repair, at its cell, and how to type it (one fix for all: a form
    typed so throughout is said as its first few cells and one line, report/problems.py)."""
    return Problem(
        cell,
        Severity.NOTICE,
        f"事業番号「{mixed.found}」は「.」と「-」が混ざっています。"
        f"{mixed.shown or mixed.id} の事業として読みました",
        "事業番号は「1.1.1」か「1-1-1」のどちらかの書き方にそろえてください",
    )


def _hint(text: str, direction: bool) -> str:
    """What to do with a rated row's project cell that holds no project's ID: a direction's
    (1-1, 1.1); an item's number (①, (1)) in the wrong column; any other (1.1.1.1, none)."""
    label = parse_item(text).label
    example = "1.1.1" if any(dot in text[:12] for dot in ".．") else "1-1-1"
    if direction:
        return (
            f"番号が二つで、事業番号（{example} のように三つ）ではありません。事業の行なら"
            f"「{example} 事業名」のように書き、その上の階層の行なら実施内容と達成状況を空けてください"
        )
    if label and (len(number_parts(label)) <= 1 or any(mark in label for mark in "(（")):
        return "実施内容の番号のようです。列がずれていないか確認してください"
    return f"「{example} 事業名」のように事業番号から書いてください"


def read_unrated_row(
    grid: SheetGrid, row: int, table: TableState, result: SheetResult, scale: Scale, file: str
) -> bool:
    """A row with nothing rated and no project: a continued issue text, a note (said where
    it follows the table's rows: note_rows.py), or a text row."""
    own = {
        column: clean_text(value)
        for column, value in enumerate(grid.row(row))
        if (row, column) not in grid.continued and clean_text(value)
    }
    if not own:
        return True  # only values continued from merges above
    if _second_line(grid, row, table, result, set(own)):
        return True
    note_columns = {
        table.columns[role] for role in ("issue", "department") if role in table.columns
    }
    issue_column = table.columns.get("issue")
    last = table.last_entry
    entry = result.entries[last] if last is not None else None
    if len(own) == 1 and is_note(note := next(iter(own.values()))):
        # (「※…」 in 課題等 right under a rated row is the rest of its issue text; apart from
        # it, or in any other column, a note of its own, as in 体系 or 実施内容)
        at = next(iter(own))
        if (
            at != issue_column
            or entry is None
            or _apart(grid, row, entry.location.cell, note_columns, note)
        ):
            read_note(grid, row, table, scale, file=file, problems=result.problems)
            return False  # (kept as the sheet's text)
    if not set(own) <= note_columns or entry is None or last is None:
        return False
    extra = own.get(issue_column, "") if issue_column is not None else ""
    apart = extra and _apart(grid, row, entry.location.cell, note_columns, extra)
    # (the row above as its issue cell, where the text would go: not its status cell, review 75)
    above = entry.location.cell or ""
    if issue_column is not None and above:
        above = cell_ref(int(split_ref(above)[1]) - 1, issue_column)
    if apart:
        result.problems.append(
            Problem(
                Location(entry.location.file, grid.name, cell_ref(row, issue_column or 0)),
                Severity.NOTICE,
                f"「{extra if len(extra) <= 30 else extra[:29] + '…'}」は{apart}、上の行"
                f"（{above}）の課題等の続きとして読んでいません",
                "上の行の課題等なら、そのセルの中に改行（Alt+Enter）して書いてください",
            )
        )
        return False  # (kept as the sheet's text, as a note beside the table is)
    if extra:
        issue = f"{entry.issue}\n{extra}" if entry.issue else extra
        result.entries[last] = entry._replace(issue=issue)
        result.problems.append(
            Problem(
                Location(entry.location.file, grid.name, cell_ref(row, issue_column or 0)),
                Severity.WARNING,
                f"課題等だけの行です。上の行（{above}）の課題等の続きとして読みました",
                "一つのセルの中で改行するには Alt+Enter を使ってください",
            )
        )
    return True


def _second_line(
    grid: SheetGrid, row: int, table: TableState, result: SheetResult, own: set[int]
) -> bool:
    """Whether ``row``, typed only under the value columns (策定時 | 前年度 | …), is the second
    line of the figures of the rated row right above it (or above its other such lines): an
    indicator of 小学校 and 中学校 typed over two rows, its rating on the first (review 142 #2:
    the 中学校 figures were in no output, and check asked what they were a share of). Its
    figures are joined to that row's (ValueColumns.line_below); the row is read as no row of
    its own, its figures nowhere else."""
    figures = table.values
    header = table.header
    if figures is None or header is None:
        return False
    columns = {column for column, _title in figures.columns} - {header.indicator}
    if not own <= columns:
        return False
    rated = [rows[-1].location for rows in (result.entries, result.error_rows) if rows]
    for at in rated:
        if at.sheet != grid.name or not at.cell or at not in figures.rows:
            continue
        above = int(split_ref(at.cell)[1]) - 1
        between = range(above + 1, row)
        if above < row and all(_figures_only(grid, line, columns) for line in between):
            figures.line_below(grid, row, at)
            return True
    return False


def _figures_only(grid: SheetGrid, row: int, columns: set[int]) -> bool:
    """Whether ``row`` holds something of its own, and only under the value ``columns``."""
    own = {
        column
        for column, value in enumerate(grid.row(row))
        if (row, column) not in grid.continued and clean_text(value)
    }
    return bool(own) and own <= columns


# a contact or closing line typed under a table (「担当：デジタル推進課 内線1234」, 「以上」): no
# issue text, whatever column it stands in
@functools.cache
def _note_line() -> re.Pattern[str]:
    return re.compile(
        r"^[\s（(【]*(?:担当(?:者|課|部|局|係)?|連絡先|問い?合わ?せ先?|照会先|記入者|作成者|回答者"
        r"|TEL|Tel|tel|電話(?:番号)?|内線|E-?mail|メール)\s*[:：]"
        r"|内線\s*[0-9０-９]|[0-9０-９]{2,4}\s*[-－]\s*[0-9０-９]{2,4}\s*[-－]\s*[0-9０-９]{3,4}"
        r"|^\s*以\s*上\s*$"
    )


def _apart(grid: SheetGrid, row: int, above: str | None, notes: set[int], text: str) -> str:
    """Why a row of only an issue text under the rated row ``above`` (its status cell) is not
    the rest of that row's issue text, "" where it is (the row right under it, or under its
    other lines): a contact or closing line (_note_line), or a row apart from it — a blank
    row between, or a row of anything else (「上記のとおり報告します。」, the form's own
    closing line): text under the table, not the item's (review 31: published in 課題一覧)."""
    if _note_line().search(text):
        return "連絡先などの注記と読めるため"
    top = int("".join(filter(str.isdigit, above or ""))) - 1 if above else row - 1
    for between in range(top + 1, row):
        own = {
            column
            for column, value in enumerate(grid.row(between))
            if (between, column) not in grid.continued and clean_text(value)
        }
        merged = any(
            (between, column) in grid.continued for column in range(len(grid.row(between)))
        )
        if not (own and own <= notes) and not merged:
            return "あいだに実施内容でない行があるため" if own else "あいだに空いた行があるため"
    return ""
