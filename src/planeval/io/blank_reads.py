"""A blank status cell read as the scale's status for rows not rated ([[scale.status]]
blank = true, an uncounted status): 達成度 left blank, as the form's note says (「※達成度は完了
した項目のみ記入」), on every row not 完了 — shown and not counted, as 評価対象外, never an
error. Where the table has another status column (実施状況 beside the 達成度 counted), a row
blank in both is not answered at all: still an error. Without the setting, a blank whose row
fills that other column is told of the setting (its error's fix), and a form whose blanks all
are so was filled in, not returned blank (blanks.unanswered_forms: ``FILLED_BESIDE``).
Asked only of a blank status cell (review 114)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from planeval.io.headers import title_key
from planeval.past_errors import FILLED_BESIDE
from planeval.text import clean_text

if TYPE_CHECKING:
    from planeval.io.tables import TableState


def blank_read(table: TableState, line: Sequence[object]) -> tuple[str | None, str, str]:
    """What a blank status cell on ``line`` is: the symbol it is read as (None: an error), and
    for an error whose row fills another status column, that fix and ``FILLED_BESIDE`` (else
    "" and "": the error's own fix)."""
    if table.blank is None and not table.beside:
        return None, "", ""  # (most tables: one status column, no setting)
    beside = _filled_beside(table, line)
    if table.blank is not None and (beside or not table.beside):
        return table.blank, "", ""
    if beside and table.blank is None:
        return None, _hint(beside), FILLED_BESIDE
    return None, "", ""  # (blank in every status column: the row is not answered)


def _filled_beside(table: TableState, line: Sequence[object]) -> str:
    """The title of the table's other status column this row fills (実施状況), or ""."""
    for column, title in table.beside:
        if column < len(line) and clean_text(line[column]):
            return title_key(title) or title
    return ""


def _hint(beside: str) -> str:
    return (
        f"この行の{beside}は記入されています。完了した項目のみ記入するなど、達成状況を記入"
        'しない行の空欄なら、planeval.toml に [[scale.status]] を加え、symbol = "－"・'
        'label = "対象外"・counted = false・blank = true と書くと、空欄をその区分として読み、'
        "件数に含めず表に載せます。記入漏れなら記入してください"
    )
