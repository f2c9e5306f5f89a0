"""A rated row whose status cell is blank, as the row readers (numbered.py, named.py,
item_rows.py) say it: its error, its item noted as unrated and its row as left out; the fix
the error asks; the item it names. Imported only when a row has a blank status."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from planeval.ids import describe
from planeval.io.grid import cell_ref
from planeval.io.left_rows import blank_said, left_in_error, row_entry
from planeval.io.swapped_columns import REMARKED
from planeval.item_keys import item_key
from planeval.model import Location, Problem, Severity
from planeval.scale import is_dash
from planeval.text import clean_text

if TYPE_CHECKING:
    from planeval.io.tables import SheetResult, TableState
    from planeval.scale import Scale


def blank_status(
    result: SheetResult,
    table: TableState,
    cell: Location,
    sub_item: str | None,
    hint: str,
    typed: tuple[str, str] = ("", ""),
    kind: str = "",
) -> Problem:
    """The error of a rated row of the table's current item (or its ``sub_item``) whose status
    is blank, at its status ``cell``: its item noted as unrated (SheetResult.unrated: another
    sheet of the file may rate it), its row as left out with its issue and department as
    ``typed`` (left_in_error)."""
    assert table.project is not None and table.item is not None
    empty = Problem(cell, Severity.ERROR, blank_said(table.item, sub_item), hint, kind=kind)
    key = item_key(table.project[0], table.item.number, table.item.name, sub_item)
    result.unrated[empty] = (result.body, *key)
    left_in_error(result, table, cell, sub_item, typed)
    return empty


def blank_fix(
    scale: Scale, table: TableState, row: int, issue: str, line: Sequence[object] = ()
) -> str:
    """What the error of a blank status on ``row`` (0-based) asks: one of the scale's symbols
    — but where the row's issue cell holds one of them alone (「達成A」 typed a column to the
    right, review 105), to move it to the status cell; where it holds a remark starting with
    one's word (「事業中止（国の制度改正による）」, review 149 #4), to type that symbol; where
    the issue cell or a cell beside the status (of ``line``, the row's values) starts with one
    before a space (「計画どおり完了　後継者研修を修了した。」, 「○　令和6年10月から開始」) or a
    figure's cell holds one (目標値 「前進B」: review 168 #3), to move it to the status cell."""
    if not issue or (symbol := scale.normalise(issue)) not in scale.counted:
        if (moved := _moved_rating(scale, table, line)) is None:
            return _figure_pending(scale, table, row, line) or scale.choose()
        column, lead = moved
        return (
            f"{_title(table, column)}の列 {cell_ref(row, column)} の先頭に「{lead}」があります。"
            f"達成状況の列（{table.status_letter}{row + 1}）に移してください"
        )
    issue_cell, status_cell = (
        cell_ref(row, table.columns["issue"]),
        table.status_letter + str(row + 1),
    )
    said = f"{issue_cell}（課題等）に「{issue}」とあります。"
    if REMARKED.search(issue):  # (the row's remark: stays where it is)
        return (
            f"{said}{scale.label(symbol)}なら、達成状況の欄（{status_cell}）に '{symbol}' を"
            f"入力してください。ほかの評価なら {scale.describe()} のいずれかを入力してください"
        )
    return f"{said}達成状況の欄（{status_cell}）に移してください"


def _figure_pending(scale: Scale, table: TableState, row: int, line: Sequence[object]) -> str:
    """Where the row's 現状値 (or 実績値) holds a word, no figure (「集計中」: 健康福祉部's, review
    186 #3), that word named and the status not counted to rate such a row with — the scale's
    own (評価保留, where it has one) or the planeval.toml lines adding one (pending_fix, as a
    blank's of no figure); "" where none does."""
    from planeval.rating_figures import figure_role
    from planeval.unrated_words import pending_fix

    for column, title in table.values.columns if table.values is not None else ():
        text = clean_text(line[column]) if column < len(line) else ""
        if (
            not text
            or is_dash(text)
            or any(c.isdigit() for c in text)
            or figure_role(title) != "now"
        ):
            continue
        said = (
            f"{title}（{cell_ref(row, column)}）が「{text}」です。{title}が出ていないため評価しない"
        )
        rated = " ".join(scale.counted)
        fix = pending_fix(scale, said, text)
        return f"{fix}。評価するなら {rated} のいずれかを入力してください"
    return ""


def _moved_rating(
    scale: Scale, table: TableState, line: Sequence[object]
) -> tuple[int, str] | None:
    """The column and the rating of the row's issue cell or a cell beside its status cell
    starting with one of the scale's counted ratings, followed by a space and words (a rating
    and its remark typed one column over) or alone where no issue column reads it (目標値
    「前進B」); None where none does — a cell of the row's own levels never does, nor a figure
    (「3」 of a numbered scale) or a dash."""
    status, columns = table.status_column, table.columns
    issue = columns.get("issue", -1)
    roles = set(columns.values()) | set(table.header.levels if table.header else ())
    for column in dict.fromkeys((issue, status + 1, status - 1)):
        if column < 0 or column >= len(line) or column == status:
            continue
        if column != issue and column in roles:
            continue  # (the row's name, number or level: its own words)
        text = clean_text(line[column])
        lead, *rest = text.split(maxsplit=1) or [""]
        usable = (rest or column != issue) and not is_dash(lead) and not lead.isdecimal()
        if usable and scale.normalise(lead if rest else text) in scale.counted:
            return column, lead
    return None


def _title(table: TableState, column: int) -> str:
    """The title of ``column`` of the table's header as messages name it (課題, 目標値); 課題等
    for the issue column of no title known."""
    from planeval.io.headers import title_key  # (a message's: imported where asked)

    titled = dict(table.issues)
    if table.values is not None:
        titled.update(table.values.columns)
    if table.header is not None:
        titled.update(table.header.statuses)
    title = titled.get(column, "")
    return title_key(title) or title or ("課題等" if column == table.columns.get("issue") else "隣")


def row_item(table: TableState, location: Location, sub_item: str | None) -> str:
    """The table's current item as messages name it (ids.describe: 「1-1-1② 取組2」), for a
    row that has no entry to name it by (its status blank)."""
    return describe(row_entry(table, location, sub_item))
