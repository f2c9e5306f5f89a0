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

from collections.abc import Sequence
from typing import TYPE_CHECKING

from planeval.cells import cell_ref, split_ref
from planeval.io.headers import title_key
from planeval.model import Location, Problem, Severity
from planeval.past_errors import FILLED_BESIDE
from planeval.text import clean_text, compact

if TYPE_CHECKING:
    from planeval.io.tables import TableState


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
    status = _status_title(table)
    said = f"{beside}が「{value}」の行（{_cell_beside(cell, column)}）に{status}「{text}」が記入されています"
    fix = (
        f"{status}は{beside}が{'・'.join(table.blank_beside)}以外の行にだけ記入します"
        f"（planeval.toml の blank_beside）。{beside}が正しければ{status}を空欄に、{status}が"
        f"正しければ{beside}を直してください（この{status}は件数に含めています）"
    )
    problems.append(Problem(cell, Severity.WARNING, said, fix))


def _filled_beside(table: TableState, line: Sequence[object]) -> tuple[str, str, int]:
    """The title of the table's other status column this row fills (実施状況), its value and
    column, or ("", "", -1)."""
    for column, title in table.beside:
        if column < len(line) and (value := clean_text(line[column])):
            return title_key(title) or title, value, column
    return "", "", -1


def _cell_beside(cell: Location, column: int) -> str:
    """The cell of ``column`` on the row of ``cell`` (the status cell): 「E7」."""
    return cell_ref(int(split_ref(cell.cell or "0")[1] or 0) - 1, column)


def _status_title(table: TableState) -> str:
    for column, title in table.header.statuses if table.header is not None else ():
        if column == table.status_column:
            return title_key(title) or title
    return "達成状況"


def _needs_rating(table: TableState, beside: str, value: str, other: str) -> str:
    status = _status_title(table)
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
