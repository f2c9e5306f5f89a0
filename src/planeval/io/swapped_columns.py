"""A status cell holding words while its row's issue cell holds a rating (review 121 #1: a
department's form with its 達成状況 and 課題等 typed the other way round): said as the two
columns swapped, not as a value to add to the scale. Asked only of a value already in error."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planeval.io.grid import column_letter
from planeval.io.status_remarks import outside_issue
from planeval.lazy_pattern import LazyPattern
from planeval.model import Location, Problem, Severity
from planeval.scale import SWAPPED_COLUMNS, UNKNOWN_STATUS, is_dash
from planeval.unknown_status import case_slip

# a status word with a remark in brackets after it: a row's remark, 「事業中止（国の制度改正による）」
REMARKED = LazyPattern(r"[（(][^（）()]+[）)]\s*$")

if TYPE_CHECKING:
    from planeval.io.tables import TableState
    from planeval.scale import Scale


def unknown_status(
    scale: Scale, table: TableState, location: Location, row: int, texts: dict[str, str]
) -> Problem:
    """The error of a status cell at ``location`` (on ``row``, 0-based) holding a value no
    symbol of the scale — but where the row's issue cell holds one of the scale's symbols
    alone, the two columns' values typed the other way round (review 121 #1: a department's
    form with its 達成状況 and 課題等 swapped), said so with the cells to fix, never offered
    as a status to add (Problem.kind SWAPPED_COLUMNS: no value of the scale's read)."""
    status, issue = texts["status"], texts.get("issue", "")
    # (a rating counted, not a dash: 「-」 is an issue cell's 「特になし」 as often as a rating;
    # typed alone, not the start of the row's remark, 「事業中止（国の制度改正による）」 — nor
    # beside a slip of a symbol, 'b' for B: review 149 #4)
    if (
        not issue
        or scale.normalise(issue) not in scale.counted
        or is_dash(issue)
        or REMARKED.search(issue)
        or case_slip(scale, status)
    ):
        message, hint = scale.unknown(status)
        if outside := outside_issue(table.columns):  # (愛知県's form: no 課題等, review 129)
            hint = hint.replace("課題等の欄", outside)
        return Problem(location, Severity.ERROR, message, hint, kind=UNKNOWN_STATUS)
    status_column, issue_column = table.status_letter, column_letter(table.columns["issue"])
    message = (
        f"達成状況の欄に '{status}' とあり、課題等の欄（{issue_column}{row + 1}）に評価の記号"
        f"「{issue}」があります。二つの欄の中身が入れ替わっているようです"
    )
    hint = (  # (one fix for every such row: said once, the rest grouped under it)
        f"評価の記号を達成状況の列（{status_column} 列）に、文章を課題等の列"
        f"（{issue_column} 列）に書き直してください"
    )
    return Problem(location, Severity.ERROR, message, hint, kind=SWAPPED_COLUMNS)
