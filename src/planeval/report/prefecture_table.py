"""summarize --by prefecture's table and JSON (prefecture_counts.py's rows): 都道府県 | 集計した
団体 | 未集計の団体 | each status's count | 計 (and its shares), 合計 last — the rows of
views.summary_table, their ID and name columns the 都道府県 and its bodies counted and not."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from planeval.aggregate import Summary
from planeval.prefecture_counts import PREFECTURE_TITLE, PrefectureRow, as_summary, bodies_said
from planeval.report.render import TableData
from planeval.wording import Wording

if TYPE_CHECKING:
    from planeval.report.tables import CountTable

COUNTED_TITLE, NOT_COUNTED_TITLE = "集計した団体", "未集計の団体"


def prefecture_table(
    rows: Sequence[PrefectureRow],
    summary: Summary,
    wording: Wording,
    *,
    percent: bool = False,
    separated: bool = True,
    shares_beside: bool = False,
) -> tuple[TableData, str]:
    """「都道府県別の達成状況」: a row per 都道府県 of ``rows`` and 合計, its numbers as
    views.summary_table gives a group's (``summary``: the read's by body, its scale and places;
    a CSV's, not ``separated``, as data: 9332); and the note on its shares (CountTable's)."""
    from planeval.report.views import summary_table

    table = summary_table(
        as_summary(rows, summary),
        wording,
        percent=percent,
        separated=separated,
        shares_beside=shares_beside,
    )
    number = "{:,}".format if separated else str
    lines = [
        [row.prefecture, number(row.counted), number(row.not_counted), *line[2:]]
        for row, line in zip(rows, table.rows, strict=True)
    ]
    shown = table._replace(
        title=wording.by(PREFECTURE_TITLE),
        headers=(PREFECTURE_TITLE, COUNTED_TITLE, NOT_COUNTED_TITLE, *table.headers[2:]),
        rows=lines,
        numeric=frozenset({1, 2, *(column + 1 for column in table.numeric)}),
        short=("", "", "", *table.short[2:]) if table.short else (),
        id_word="",
    )
    return shown, prefecture_count_table(rows, summary, wording).share_note


def prefecture_json(rows: Sequence[PrefectureRow], places: int) -> dict[str, object]:
    """The rows as JSON: ``"by": "prefecture"``, each 都道府県's bodies counted and not with its
    counts (as a group's: Count.as_dict, shares at ``places``), and the total's."""

    def said(row: PrefectureRow) -> dict[str, object]:
        return {
            "bodies_counted": row.counted,
            "bodies_not_counted": row.not_counted,
            **row.counts.as_dict(places),
        }

    return {
        "by": "prefecture",
        "groups": [{"prefecture": row.prefecture, **said(row)} for row in rows[:-1]],
        "total": said(rows[-1]),
    }


def prefecture_count_table(
    rows: Sequence[PrefectureRow], summary: Summary, wording: Wording
) -> CountTable:
    """The export's 都道府県別集計 (``summary``: the read's by body): a row per 都道府県 of
    ``rows`` with its shares, its bodies counted (and not) in the column after it, 「28団体
    （未集計 2団体）」; 合計 last, the summary's — its shares' note naming a 都道府県 by name
    (「青森県は 99.9%」)."""
    from planeval.report.tables import count_table

    headers = (PREFECTURE_TITLE, COUNTED_TITLE)
    table = count_table(
        as_summary(rows, summary), shares=True, id_headers=headers, word=wording.status
    )
    total = replace(table.rows[-1], name=bodies_said(rows[-1]))
    return replace(table, rows=(*table.rows[:-1], total))
