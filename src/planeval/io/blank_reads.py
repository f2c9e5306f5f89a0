"""A blank status cell read as the scale's status for rows not rated ([[scale.status]]
blank = true, an uncounted status): 達成度 left blank, as the form's note says (「※達成度は完了
した項目のみ記入」), on every row not 完了 — shown and not counted, as 評価対象外, never an
error. Where the table has another status column (実施状況 beside the 達成度 counted), a row
blank in both is not answered at all: still an error; and where the setting names the values
of that column a blank may stand beside (blank_beside = ["未着手", "取組中"]), a blank beside
any other (完了) is an error too, and a rating beside one of them a warning naming both cells. Without the setting, a blank whose row
fills that other column is told of the setting (its error's fix), and a form whose blanks all
are so was filled in, not returned blank (blanks.unanswered_forms: ``FILLED_BESIDE``).
Asked only of a blank status cell (review 114)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from planeval.cells import cell_ref, split_ref
from planeval.ids import describe
from planeval.io.headers import title_key
from planeval.model import Location, Problem, Severity
from planeval.past_errors import FILLED_BESIDE
from planeval.read_records import ReadBeside
from planeval.text import clean_text, compact

if TYPE_CHECKING:
    from planeval.io.grid import SheetGrid
    from planeval.io.tables import SheetResult, TableState
    from planeval.scale import Scale

_LISTED = 5  # (the other blank rows a warning names; past them, how many more)


def blank_read(
    table: TableState, line: Sequence[object], cell: Location
) -> tuple[str | None, str, str]:
    """What a blank status cell (``cell``) on ``line`` is: the symbol it is read as (None: an
    error), and for an error whose row fills another status column, that fix and
    ``FILLED_BESIDE`` (else "" and "": the error's own fix)."""
    if table.blank is None and not table.beside:
        return None, "", ""  # (most tables: one status column, no setting)
    beside, value, column = _filled_beside(table, line)
    if table.blank is not None and not table.beside:
        return table.blank, "", ""
    if table.blank is not None and beside:
        if not table.blank_beside or compact(value) in table.blank_beside:
            return table.blank, "", ""
        other = _cell_beside(cell, column)
        return None, _needs_rating(table, beside, value, other), FILLED_BESIDE
    if beside and table.blank is None:
        return None, _hint(beside), FILLED_BESIDE
    return None, "", ""  # (blank in every status column: the row is not answered)


def rated_beside(
    problems: list[Problem], table: TableState, line: Sequence[object], cell: Location, text: str
) -> None:
    """A rating (``text`` at ``cell``) on a row whose other status column holds a value the
    setting lets the rating be blank beside (取組中 with 一部達成): a warning naming both cells.
    Asked only where blank_beside is set (io/item_rows.py leaves such tables to numbered.py)."""
    beside, value, column = _filled_beside(table, line)
    if not beside or compact(value) not in table.blank_beside:
        return
    status = table.status_title()
    said = f"{beside}が「{value}」の行（{_cell_beside(cell, column)}）に{status}「{text}」が記入されています"
    fix = (
        f"{status}は{beside}が{'・'.join(table.blank_beside)}以外の行にだけ記入します"
        f"（planeval.toml の blank_beside）。{beside}が正しければ{status}を空欄に、{status}が"
        f"正しければ{beside}を直してください（この{status}は件数に含めています）"
    )
    problems.append(Problem(cell, Severity.WARNING, said, fix))


def note_beside(table: TableState, grid: SheetGrid, result: SheetResult) -> None:
    """At the end of a table whose blank status its other status column decides, without
    blank_beside (table.blank and table.beside): each of its rows' value in that column,
    rated or left blank (SheetResult.read_beside; a 「－」 typed is neither), for
    blanks_beside_said to judge once every file is read."""
    entries, blank = result.entries, table.blank
    start = len(entries)
    while start and _row(entries[start - 1].location) > table.first_row:
        start -= 1  # (the table's entries: the last ones, below its header)
    status = table.status_title()
    for entry in entries[start:]:
        if entry.status == blank and entry.status_text:
            continue
        row = _row(entry.location)
        beside, value, column = _filled_beside(table, grid.row(row))
        if beside:
            other, rated = cell_ref(row, column), entry.status != blank
            result.read_beside.append(
                ReadBeside(entry.location, describe(entry), status, beside, value, other, rated)
            )


def blanks_beside_said(read: Sequence[ReadBeside], scale: Scale) -> list[Problem]:
    """Once a read: the blanks read as not rated beside a value of the other status column
    beside which more rows are rated than left blank (達成度 blank on a 完了 row, the other
    完了 rows rated) — a rating likely forgotten, not counted without a word — one warning a
    value, naming its rows, with the blank_beside that makes such a blank an error."""
    rated: Counter[str] = Counter(compact(row.value) for row in read if row.rated)
    blanks: dict[str, list[ReadBeside]] = {}
    for row in read:
        if not row.rated:
            blanks.setdefault(compact(row.value), []).append(row)
    left = [rows[0].value for key, rows in blanks.items() if len(rows) >= rated[key]]
    blank = next((status for status in scale.statuses if status.blank), None)
    if blank is None or len(left) == len(blanks):
        return []
    listed = "[" + ", ".join(f'"{value}"' for value in left or ("未着手", "取組中")) + "]"
    said = []
    for key, rows in blanks.items():
        if len(rows) >= rated[key]:
            continue
        first, others = rows[0], rows[1:]
        named = f"{blank.symbol}（{blank.label}）" if blank.label else blank.symbol
        also = "、".join(f"{row.cell}「{row.item}」" for row in others[:_LISTED])
        also += f" ほか {len(others) - _LISTED} 行" if len(others) > _LISTED else ""
        message = (
            f"{first.beside}が「{first.value}」の行（{first.other}）の実施内容「{first.item}」の"
            f"{first.status}が空欄で、{named}として件数に含めていません"
            + (f"（同じく空欄: {also}）" if also else "")
            + f"。{first.beside}が「{first.value}」のほかの {rated[key]} 行には"
            f"{first.status}が記入されています"
        )
        fix = (
            f"記入漏れなら{first.status}を記入してください。planeval.toml の [[scale.status]]"
            f"（blank = true の区分）に blank_beside = {listed} と書くと、空欄を {blank.symbol} "
            f"と読むのはその{first.beside}の行だけになり、ほかの行の空欄はエラーとして示します"
        )
        said.append(Problem(first.cell, Severity.WARNING, message, fix))
    return said


def fills_beside(table: TableState, grid: SheetGrid, row: int) -> bool:
    """Whether ``row`` holds a value in the table's other status column (実施状況 beside the
    達成度 read): an item's row, however blank its status cell (io/blank_rows.left_blank)."""
    return bool(_filled_beside(table, grid.row(row))[0])


def _row(cell: Location) -> int:
    """The 0-based row of a cell: 6 of F7."""
    return int(split_ref(cell.cell or "0")[1] or 0) - 1


def _filled_beside(table: TableState, line: Sequence[object]) -> tuple[str, str, int]:
    """The title of the table's other status column this row fills (実施状況), its value and
    column, or ("", "", -1)."""
    for column, title in table.beside:
        if column < len(line) and (value := clean_text(line[column])):
            return title_key(title) or title, value, column
    return "", "", -1


def _cell_beside(cell: Location, column: int) -> str:
    """The cell of ``column`` on the row of ``cell`` (the status cell): 「E7」."""
    return cell_ref(_row(cell), column)


def _needs_rating(table: TableState, beside: str, value: str, other: str) -> str:
    status = table.status_title()
    return (
        f"この行の{beside}（{other}）は「{value}」です。{status}を記入してください（{status}を"
        f"空欄にできるのは{beside}が{'・'.join(table.blank_beside)}の行だけです: planeval.toml"
        " の blank_beside）"
    )


def _hint(beside: str) -> str:
    return (
        f"この行の{beside}は記入されています。完了した項目のみ記入するなど、達成状況を記入"
        'しない行の空欄なら、planeval.toml に [[scale.status]] を加え、symbol = "－"・'
        'label = "対象外"・counted = false・blank = true と書くと、空欄をその区分として読み、'
        f"件数に含めず表に載せます（blank_beside に空欄にできる{beside}の値、例えば"
        ' ["未着手", "取組中"] も書くと、ほかの値の行の空欄はエラーのままです）。記入漏れなら記入'
        "してください"
    )
