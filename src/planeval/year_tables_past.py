"""A report's table of counts by year (評価 | 令和5年度 | 令和6年度 | 増減, or a row per year)
compared in last year's row or column too, when ``check`` is given last year's round
(--previous): that year's counts against last year's rows, as a sentence's 「前年度の19件」 is
(review 69: a wrong 令和5年度 column passed with 「すべて一致」 though --previous was given).
Without --previous, or where the round's year is not known, the row stays listed (past_tables).
A 増減 row or column stays listed: no count of either round's rows gives it alone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from planeval.aggregate import summarize
from planeval.check_result import Disagreement, NotCompared
from planeval.level_labels import LevelLabels
from planeval.model import Entry
from planeval.past_tables import past_row, row_years
from planeval.pasted_tables import PastedTable
from planeval.scale import Scale
from planeval.stated_changes import PAST
from planeval.statements import StatedCounts
from planeval.table_counts import TableRows, compare_tables


def last_year_rows(
    tables: Sequence[PastedTable],
    before: Sequence[Entry] | None,
    year: int | None,
    aside: Sequence[NotCompared],
    *,
    body: str | None,
    scale: Scale,
    labels: LevelLabels,
    words: Sequence[str],
) -> tuple[list[StatedCounts], list[Disagreement], list[NotCompared], int]:
    """(the statements, disagreements and how many cells compared of the year tables' rows of
    last year, against ``before``: last year's rows, those of ``body`` where one is named),
    and ``aside`` without those rows (listed by this round's comparison as another year's).
    Nothing new without ``before`` or ``year``."""
    dated = [t for t in tables if any(row_years([row.labels for row in t.rows]))]
    if before is None or year is None or not dated:
        return [], [], list(aside), 0
    rows = [entry for entry in before if body in (None, entry.body)]
    last = TableRows(rows, summarize(rows, scale=scale, labels=labels), labels=labels, words=words)
    said, wrong, _listed, compared = compare_tables(dated, last, year - 1)
    last_year = past_row(year - 1, year)  # (the reason this round gave those rows)
    kept = [n for n in aside if n.reason != last_year] if compared else list(aside)
    return said, [replace(d, when=PAST) for d in wrong], kept, compared
