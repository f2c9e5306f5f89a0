"""The scale a report is written in: the plan's, less each not-counted status no row of the
report has (review 179 #7: a national survey's 「-（再掲）」 was a column of 0 in every table of
1,045 bodies, and its legend said 「再掲：-（件数に含めません）」 of nothing). A report with one
repeat listing keeps the column and the legend (Setagaya's designed workflow); counted statuses
are always shown, 0 or not."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from planeval.model import Entry
from planeval.scale import Scale


def shown_scale(scale: Scale, rows: Iterable[Entry]) -> Scale:
    """``scale`` without the not-counted statuses none of ``rows`` (every row the report
    lists: counted, left out for an error, not returned) has; ``scale`` itself where each is
    used."""
    used = {row.status for row in rows}
    kept = tuple(s for s in scale.statuses if s.counted or s.symbol in used)
    return scale if len(kept) == len(scale.statuses) else replace(scale, statuses=kept)
