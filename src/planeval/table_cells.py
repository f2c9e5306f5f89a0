"""A pasted table's row compared with the rows it is of, cell by cell (table_counts.py places
each row): counts, 計 and the uncounted exactly, shares by Count.share_agrees at the cell's
places (as a sentence's: adding up to 100, each rounded alone, a tie's other rounding), and 計's
share in a clerk's table of shares (cross_tables.py: 100.0) by Count.whole_agrees — 100, or
what the shares add up to —, each difference at its cell's own line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from planeval.check_result import Disagreement
from planeval.pasted_rows import PastedRow
from planeval.pasted_tables import (
    BLANK,
    ENDED,
    SHARE,
    SUM,
    SUM_SHARE,
    UNCOUNTED,
    Column,
    PastedTable,
)
from planeval.stated_number import ENDED as PLAN_ENDED
from planeval.stated_number import TOTAL, StatedNumber

if TYPE_CHECKING:
    from planeval.table_counts import Placed


def row_numbers(table: PastedTable, row: PastedRow) -> list[tuple[Column, StatedNumber]]:
    """The numbers a table's row states, each with its column."""
    found = []
    for column, text, parsed in zip(table.columns, row.values, row.numbers, strict=True):
        if parsed is not None and column.kind != BLANK:
            what = TOTAL if column.kind in (SUM, SUM_SHARE) else column.symbol
            what = PLAN_ENDED if column.kind == ENDED else what  # (compared with the plan)
            value, places = parsed
            percent = column.kind in (SHARE, SUM_SHARE)
            said = StatedNumber(what, value, f"{column.title} {text}", percent, places)
            found.append((column, said))
    return found


def differing(
    table: PastedTable,
    row: PastedRow,
    stated: Sequence[tuple[Column, StatedNumber]],
    placed: Placed | None,
) -> list[Disagreement]:
    """The numbers of a table's row that differ from the rows it is of."""
    if placed is None:
        return []
    count, wrong = placed.count, []
    # (a 計 beside a 廃止 column holds the items the plan ends: the rows and that cell, the cell
    # itself compared with the plan — stated_ended.py, review 144 #2)
    kinds = [column.kind for column in table.columns]
    before_sum = SUM in kinds and ENDED in kinds[: kinds.index(SUM)]  # (計 after it: it holds it)
    ended = sum(int(n.value) for c, n in stated if c.kind == ENDED) if before_sum else 0
    for column, number in stated:
        if column.kind == ENDED:
            continue
        what, value, places = number.what, number.value, number.decimals
        counted: int | float
        if number.percent and column.kind == SUM_SHARE:  # (the whole: 100, or the shares added)
            counted = 100.0 if count.total else 0.0
            agrees = count.whole_agrees(float(value), places)
        elif number.percent:  # (said to be Count.percent's: the share planeval prints)
            counted = count.percent(places).get(what, 0.0)
            agrees = count.share_agrees(what, float(value), places)
        else:
            counted = {SUM: count.total, UNCOUNTED: count.uncounted.get(what, 0)}.get(
                column.kind, count.counts.get(what, 0)
            )
            # (a 計 of every status the table lists: its 評価できない row too — review 71)
            listed = sum(
                count.uncounted.get(c.symbol, 0) for c in table.columns if c.kind == UNCOUNTED
            )
            counted += ended if column.kind == SUM else 0
            agrees = value == counted or (column.kind == SUM and value == counted + listed)
        if not agrees:  # (a cell of a table by years or by groups: its status's own line)
            at = table.columns.index(column)
            where = row.places[at] if row.places else row.line.location
            wrong.append(
                Disagreement(
                    placed.policy_id, what, value, counted, where,
                    row_scope(table, row, placed, share=number.percent), number.percent, number.phrase, body=placed.body, bodies=placed.bodies,
                    note=_with_ended(column, count.total, ended, table),
                )
            )  # fmt: skip
    return wrong


def _with_ended(column: Column, total: int, ended: int, table: PastedTable) -> str:
    """What a 計 beside a 廃止 column is compared with, said after it: 「（集計 18 件＋表の廃止 1 件）」."""
    if column.kind != SUM or not ended:
        return ""
    title = next(c.title.strip() for c in table.columns if c.kind == ENDED)
    return f"（集計 {total} 件＋表の{title} {ended} 件）"


def row_scope(
    table: PastedTable, row: PastedRow, placed: Placed | None, *, share: bool = False
) -> str:
    """A table's row as a disagreement names it: 「表の「1」の行」, as the table writes it (a
    table by groups across: 「表の「基本方針1」の列」); a policy's row of its number alone by the
    body's word for it, as a sentence's scope is, 「基本方針1」, where it has one (Placed.named);
    a ``share`` of a report's 「件数」 column by its own column, 「表の「割合（%）」の列」."""
    if row.scope:  # (a report's 「件数」 column, of the group its heading names or of all)
        heading = placed.scope if placed is not None and placed.policy_id is not None else ""
        return f"{heading} {row.share_scope if share and row.share_scope else row.scope}".lstrip()
    if placed is not None and placed.named and not table.across:
        return placed.scope
    return f"表の「{placed.scope if placed else row_shown(row)}」の{'列' if table.across else '行'}"


def row_shown(row: PastedRow) -> str:
    return next((label.strip() for label in row.labels if label.strip()), "")
