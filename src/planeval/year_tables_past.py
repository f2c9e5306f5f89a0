"""A report's table of counts by year (評価 | 令和5年度 | 令和6年度 | 増減, or a row per year)
compared in last year's row or column too, when ``check`` is given last year's round
(--previous): that year's counts against last year's rows, as a sentence's 「前年度の19件」 is
(review 69: a wrong 令和5年度 column passed with 「すべて一致」 though --previous was given).
Without --previous, or where the round's year is not known, the row stays listed (past_tables).
A 増減 row or column of a table holding both years is compared too, with this round's count
less last year's (review 74: 「A | 1 | 4 | +2」 passed unread); another's stays listed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from planeval.aggregate import summarize
from planeval.check_result import Disagreement, NotCompared
from planeval.count import Count
from planeval.level_labels import LevelLabels
from planeval.model import Entry
from planeval.past_tables import CHANGE_REASON, change_cell, past_row, row_years
from planeval.pasted_tables import COUNT, SUM, UNCOUNTED, PastedTable
from planeval.scale import Scale
from planeval.stated_changes import CHANGE, PAST
from planeval.stated_number import TOTAL
from planeval.statements import StatedCounts
from planeval.table_counts import TableRows, compare_tables


def last_year_rows(
    tables: Sequence[PastedTable],
    before: Sequence[Entry] | None,
    year: int | None,
    aside: Sequence[NotCompared],
    *,
    now: Count,
    body: str | None,
    scale: Scale,
    labels: LevelLabels,
    words: Sequence[str],
) -> tuple[list[StatedCounts], list[Disagreement], list[NotCompared], int]:
    """(the statements, disagreements and how many cells compared of the year tables' rows of
    last year, against ``before``: last year's rows, those of ``body`` where one is named, and
    of their 増減 rows, against ``now`` less them), and ``aside`` without those rows (listed by
    this round's comparison as another year's or a change). Nothing new without ``before`` or
    ``year``."""
    dated = [t for t in tables if any(row_years([row.labels for row in t.rows]))]
    # (this year's table with a change column beside its counts, 「指標数 | 前年度比」: review 158 #2)
    beside = [
        t for t in tables
        if t not in dated and not t.past and any(_is_change(row.labels) for row in t.rows)
    ]  # fmt: skip
    dated = dated if year is not None else []
    if before is None or not (dated or beside):
        return [], [], list(aside), 0
    rows = [entry for entry in before if body in (None, entry.body)]
    last = TableRows(rows, summarize(rows, scale=scale, labels=labels), labels=labels, words=words)
    said: list[StatedCounts] = []
    wrong: list[Disagreement] = []
    kept, compared = list(aside), 0
    if year is not None and dated:
        said, wrong, _listed, compared = compare_tables(dated, last, year - 1)
        last_year = past_row(year - 1, year)  # (the reason this round gave those rows)
        kept = [n for n in aside if n.reason != last_year] if compared else list(aside)
        wrong = [replace(d, when=PAST) for d in wrong]
    for table in [*dated, *beside]:
        of_last_year = year is not None and year - 1 in row_years([r.labels for r in table.rows])
        if (table in dated and not of_last_year) or last.heading_group(table.above):
            continue  # (a change from another year, or of one group's rows: listed)
        changed, cells = _changes(table, now, last.total)
        wrong += changed
        compared += cells
        if cells:
            done = {row.line.location for row in table.rows if _is_change(row.labels)}
            kept = [n for n in kept if not (n.reason == CHANGE_REASON and n.location in done)]
    return said, wrong, kept, compared


def _is_change(labels: Sequence[str]) -> bool:
    return any(change_cell(label) for label in labels)


def _changes(table: PastedTable, now: Count, last: Count) -> tuple[list[Disagreement], int]:
    """(disagreements, cells compared) of ``table``'s 増減 rows: each status's (and 計's)
    change against this round's count less last year's."""
    wrong: list[Disagreement] = []
    compared = 0
    for row in table.rows:
        if not _is_change(row.labels):
            continue
        for at, (column, read) in enumerate(zip(table.columns, row.numbers, strict=True)):
            if read is None or column.kind not in (COUNT, UNCOUNTED, SUM):
                continue
            counts = now.uncounted if column.kind == UNCOUNTED else now.counts
            before = last.uncounted if column.kind == UNCOUNTED else last.counts
            was, is_ = (
                (last.total, now.total)
                if column.kind == SUM
                else (before.get(column.symbol, 0), counts.get(column.symbol, 0))
            )
            compared += 1
            if read[0] != is_ - was:
                place = row.places[at] if row.places else row.line.location
                what = TOTAL if column.kind == SUM else column.symbol
                note = f"（前年度 {was:,} → 今回 {is_:,}）"
                scope = row.scope or "計画全体"  # (a column's of a table: 表の「前年度比」の列)
                wrong.append(
                    Disagreement(None, what, read[0], is_ - was, place, scope, note=note, when=CHANGE)
                )  # fmt: skip
    return wrong, compared
