"""The words compare and rounds say an item's movement with: 改善 and 後退 (「前回から改善した指標
11件、後退した指標 6件」), unless one of them is a status word of the body's scale. 群馬県's scale
rates an indicator 後退D, so 「後退した指標 6件」 read as six D ratings where three were (review
140 #6): there an item that moved is said to have 評価が上がった or 評価が下がった, in every
output alike (the terminal, csv, Markdown and HTML tables, the workbook, JSON)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from planeval.legend_labels import short_label
from planeval.scale import Scale
from planeval.scale_words import normalised
from planeval.wording import grouped

UP, DOWN = "改善", "後退"  # (status_trend's own words: the keys every count is kept by)


@dataclass(frozen=True, slots=True)
class TrendWords:
    """``up`` and ``down``: a movement's word in a table's 変化 cell and a count's 「改善 3件」;
    ``up_said``/``down_said`` before the item's word (「改善した指標」); ``both`` before it
    (「改善・後退した指標」)."""

    up: str = UP
    down: str = DOWN
    up_said: str = f"{UP}した"
    down_said: str = f"{DOWN}した"
    both: str = f"{UP}・{DOWN}した"

    def shown(self, trend: str) -> str:
        """``trend`` (status_trend's 改善 or 後退, or "") as these words say it."""
        return {UP: self.up, DOWN: self.down}.get(trend, trend)


PLAIN = TrendWords()
RATED = TrendWords(
    "評価が上がった",
    "評価が下がった",
    "評価が上がった",
    "評価が下がった",
    "評価が上がった・下がった",
)


def trend_words(scale: Scale) -> TrendWords:
    """改善/後退, or where either is a status word of ``scale`` (gunma's 後退, 後退D) the words
    of a rating that went up or down."""
    said = {
        normalised(word).replace(status.symbol, "").strip(" ()（）")
        for status in scale.statuses
        for word in (status.label, *status.aliases)
    }
    said |= {status.symbol for status in scale.statuses}
    return RATED if said & {UP, DOWN} else PLAIN


def changed_to(scale: Scale, old: str, new: str) -> str:
    """A move from status ``old`` to ``new`` neither 改善 nor 後退 (status_trend: to or from a
    status outside the scale's order) as its status's label says it: B → − 「評価できないに変化」,
    − → A 「評価できないから変化」 — a plain 「変化」 did not tell the 施策 became 評価できない
    (review 175 #3); "" where the status did not move."""
    if not old or not new or old == new:
        return ""
    to = scale.rank(new) is None or scale.rank(old) is not None
    symbol = new if to else old
    label = short_label(scale, symbol) if symbol in scale.symbols else ""  # (review 197 #4)
    return f"{label or symbol}{'に' if to else 'から'}変化"


def others_said(scale: Scale, item: str, moves: Sequence[tuple[str, str]]) -> str:
    """The moves (old, new status) neither 改善 nor 後退, as compare's summary and rounds' trend
    line both say them: 「評価できないに変化 2件、評価できないから変化 1件」 (changed_to); on a
    scale with no order at all (a scale of categories) 「評価が変わった取組 3件」; "" for none."""
    if not moves:
        return ""
    if sum(scale.rank(symbol) is not None for symbol in scale.symbols) < 2:
        return f"評価が変わった{item} {grouped(len(moves))}件"
    counts = Counter(changed_to(scale, old, new) for old, new in moves)
    return "、".join(f"{word} {grouped(n)}件" for word, n in counts.items())


def trend_line(
    scale: Scale,
    item: str,
    labels: Sequence[str],
    steps: Sequence[tuple[int, int, Sequence[tuple[str, str]]]],
) -> str:
    """rounds' 「改善・後退した施策: 令和7年度は前の回から改善 6件・後退 2件（ほかに評価できないに
    変化 2件）」: per round after the first (``labels``), how many items went up and down, and
    the moves neither (``steps``), in ``scale``'s words — the others as compare's summary says
    them (others_said); "" where none moved."""
    said = trend_words(scale)
    lines = [
        f"{label}は前の回から"
        + (
            f"{said.up} {grouped(up)}件・{said.down} {grouped(down)}件"
            + (f"（ほかに{others_said(scale, item, others)}）" if others else "")
            if up or down
            else others_said(scale, item, others)
        )
        for label, (up, down, others) in zip(labels, steps, strict=True)
        if up or down or others
    ]
    return f"{said.both}{item}: {'、'.join(lines)}" if lines else ""
