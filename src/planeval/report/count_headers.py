"""The titles of a table of counts' status columns: each counted status's (status_titles: its
symbol, or 「達成度1」 where a number has the status's word before it), each uncounted one's after
計 (uncounted_headers: 「-（再掲）」, 「対象外」), and the symbols alone a narrow terminal titles those by
(short_titles). summarize's, compare's and rounds' tables alike."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.scale import Scale


def status_titles(scale: Scale, word: str) -> tuple[str, ...]:
    """The column titles of the scale's counted statuses: each symbol, a number with the
    status's ``word`` before it, 「達成度1」 — a count titled 「1」 and its share 「1 割合（%）」 said
    no 達成度 (川崎市's 1〜5: review 125 #3) —, a bare mark among words by its label, 「事業中止」
    beside 計画どおり完了 as the sentence says it, not a lone 「-」 (Scale.by_label, review 143 #10)."""
    return tuple(
        f"{word}{symbol}" if word and symbol.isdecimal() else scale.by_label(symbol) or symbol
        for symbol in scale.counted
    )


def uncounted_headers(scale: Scale) -> tuple[str, ...]:
    """The columns of the symbols shown and not counted, after 計: "-（再掲）"; a symbol that
    is its own label ("評価対象外") just once, and a dash's by its label alone, 「対象外」 — 「-
    （対象外）」 read as a minus, 「計：9 -（対象外）：1」 (review 193 #6) — but a repeat
    listing's, Setagaya's 「-（再掲）」 as its report titles it. summarize's, compare's, rounds'
    and every export's alike."""
    return tuple(
        scale.worded(symbol) or scale.named(symbol, "{symbol}（{label}）")
        for symbol in scale.uncounted
    )


def short_titles(headers: Sequence[str], scale: Scale) -> tuple[str, ...]:
    """For a table's ``headers``, each uncounted column's symbol where its title says more
    (「-」 for 「対象外」, uncounted_headers'), "" for every other column: a terminal's box
    titles them so where only that fits it (review 29: 1,551 rows of a national roll-up one
    block each at 80 columns), the legend under it (summary_legend.legend) saying what each means."""
    symbols = {
        title: symbol
        for title, symbol in zip(uncounted_headers(scale), scale.uncounted, strict=True)
        if title != symbol
    }
    return tuple(symbols.get(header, "") for header in headers)
