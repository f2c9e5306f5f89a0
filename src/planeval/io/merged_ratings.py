"""A status cell merged down over the rows of two items or more on a form planeval's template
wrote (review 146 #1: 川瀬町's 総務課 merged F17:F18, the 評価 of 5-(2)① and of 5-(2)②, and
5-(2)② was counted 一部実施 — the rating of the row above — while its own text said it was done,
with no word from validate, summarize, issues, export or compare).

On a body's own form clerks merge neighbours' equal ratings into one cell on purpose, and each
row naming an item of its own is rated with it (README; io/named_rows.item_again). planeval's
template never merges a status cell: every row has its own drop-down, and its 記入方法 asks that
no row be added or removed. There a rating merged over another item's row is a mistake, and
that item's rating is not known: an error at its cell, naming the merged range and both items,
its row left out (「未集計（エラー）」 under --keep-going). The rows of one item under a merged
rating (its sub-items, its name typed again) stay one rating, as on any form.
Asked by io/named.py and io/numbered.py only of a rated row whose status cell a merge above
fills."""

from __future__ import annotations

from pathlib import Path

from planeval.ids import describe
from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.left_rows import left_in_error, typed_texts
from planeval.io.tables import SheetResult, TableState
from planeval.model import Entry, Location, Problem, Severity


def merged_over_another(
    grid: SheetGrid,
    row: int,
    table: TableState,
    file: str,
    result: SheetResult,
    texts: dict[str, str],
) -> bool:
    """Whether ``row``, its status filled by a merge from the row above, is another item's row
    on a form planeval's template wrote: said as an error at its status cell and left out of
    the count (True). False on a body's own form, and for a row of the merged rating's item."""
    column = table.status_column
    if (row, column) not in grid.continued:
        return False
    top = row
    while (top, column) in grid.continued:
        top -= 1
    first = _rated_at(result, Location(file, grid.name, cell_ref(top, column)))
    if first is None or table.project is None or table.item is None:
        return False
    if (first.project_id, first.item_no, first.item_name) == (
        table.project[0],
        table.item.number,
        table.item.name,
    ):
        return False  # (a row of the item the merged rating is of: one rating)
    from planeval.io.deleted_columns import planeval_form  # (a rare row: not at start-up)

    if not planeval_form(Path(file), result.texts):
        return False  # (a body's own form: neighbours' equal ratings merged on purpose)
    bottom = row
    while (bottom + 1, column) in grid.continued:
        bottom += 1
    cell = Location(file, grid.name, cell_ref(row, column))
    left_in_error(result, table, cell, texts.get("sub_item") or None, typed_texts(texts))
    second = describe(result.error_rows[-1])
    merged = f"{cell_ref(top, column)}:{cell_ref(bottom, column)}"
    result.problems.append(
        Problem(
            cell,
            Severity.ERROR,
            f"達成状況のセル {merged} が、別の実施内容「{describe(first)}」と「{second}」の行に"
            "またがって結合されています。planeval の調査票は行ごとに達成状況を選ぶため、"
            f"「{second}」の達成状況は分かりません（この行は数えていません）",
            f"セルの結合を解除して、「{second}」の行の達成状況も一覧から選んでください。"
            "上の行と同じ達成状況でも、行ごとに選びます",
        )
    )
    return True


def _rated_at(result: SheetResult, location: Location) -> Entry | None:
    """The row read at ``location`` (the merged cell's top): counted, or left out for its
    error; None where no rated row is there."""
    for rows in (result.entries, result.error_rows):
        for entry in reversed(rows):
            if entry.location == location:
                return entry
    return None
