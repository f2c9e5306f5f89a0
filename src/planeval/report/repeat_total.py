"""The whole count of a plan that lists items again (再掲), as the body publishes it first: 「取組
項目は全52項目（3項目再掲のため実質49項目）です。」 — its rows, the repeats among them subtracted
(a city's 集中改革プラン 「110件（3項目再掲のため実質107件）」, Setagaya's - 再掲 alike: review
141 #7, the exports saying only 「※再掲は件数に含めません」). Counted from the rows; nothing where no
row is a repeat listing. Said under 集計 in every export and first in summarize --narrative."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planeval.wording import DEFAULT_WORDING, Wording, grouped

if TYPE_CHECKING:
    from planeval.aggregate import Summary

# the counters a body counts its rows in, its word's own ending (取組項目: 項目, 事務事業: 事業)
_COUNTERS = ("項目", "事業", "指標", "施策")


def rows_word(item: str) -> str:
    """The counter of ``item`` (the body's word for its rated rows): the word itself or its
    ending where that is a counter (指標, 取組項目 → 項目, 事務事業 → 事業), else 件 (実施内容)."""
    return next((counter for counter in _COUNTERS if item.endswith(counter)), "件")


def repeat_total(summary: Summary, wording: Wording = DEFAULT_WORDING) -> str:
    """「取組項目は全52項目（3項目再掲のため実質49項目）です。」 of ``summary``'s rows, every row
    read (counted or not) and its repeat listings; "" where none is a repeat listing."""
    repeat = summary.scale.repeat_symbol
    repeats = summary.total.uncounted.get(repeat, 0) if repeat is not None else 0
    if not repeats:
        return ""
    whole = summary.total.total + sum(summary.total.uncounted.values())
    word = rows_word(wording.item_counted or wording.item)
    return (
        f"{wording.item}は全{grouped(whole)}{word}（{grouped(repeats)}{word}再掲のため"
        f"実質{grouped(whole - repeats)}{word}）です。"
    )
