"""A legend line under a form's table: the scale's statuses each with its definition, a symbol,
a colon and the words of it, thresholds among them (浜名市's KPI form: 「※評価　A：目標達成
（達成率100%以上）　B：達成率80%以上　C：達成率80%未満　D：評価できない」, review 160 #3). It
states no count: ``check`` reads no number of it (its 80% is B's bound, not a share), where it
listed each as a number not compared and so could never pass a correct report.

A line is a legend where, after a lead word or none (※評価, 評価基準：, 凡例), all it holds is two
entries or more of distinct statuses, 「A：…」 or 「A=…」 (or, after a lead word a legend is
led by, 「A …」), each definition words and percents only: 「A：3件　B：2件」, a total row's
breakdown, is counts, and 「A：目標達成 5件」 no legend."""

from __future__ import annotations

import re
from collections.abc import Collection

from planeval.legend_labels import LEGEND_LEAD

# a lead word before the entries: 「※評価 」「評価基準:」「凡例 」, or a note mark alone
_LEAD = re.compile(r"^\s*(?:[※*]?\s*[^\s\d:=]{1,10}?\s*[:=]?\s+|[※*]\s*)")
# a definition's percents and ranges of them (達成率80%以上, 80~100%): the bounds it gives
_PERCENTS = re.compile(r"\d+(?:\.\d+)?\s*%?\s*[~〜～]\s*\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s*%")
_NUMBERS = re.compile(r"\d[\d,.]*\s*%?")


def is_legend_line(plain: str, symbols: Collection[str]) -> bool:
    """Whether ``plain`` (a text after NFKC) is a legend line of the scale whose ``symbols``
    these are: its statuses each with a definition, and nothing else."""
    if not symbols or ("%" not in plain and ":" not in plain and "=" not in plain):
        return False
    lead = _LEAD.match(plain)
    rest = plain[lead.end() :] if lead else plain.strip()
    spaced = bool(lead and LEGEND_LEAD.match(plain))  # (「評価基準　A 目標達成…」: no colon)
    said = "|".join(map(re.escape, sorted(symbols, key=len, reverse=True)))
    gap = r"\s*[:=]\s*|\s+" if spaced else r"\s*[:=]\s*"
    entry = re.compile(rf"(?<![^\s、,/])({said})(?:{gap})(?=\S)")
    starts = list(entry.finditer(rest))
    if len(starts) < 2 or starts[0].start() != 0:
        return False
    seen: set[str] = set()
    for here, after in zip(starts, [*starts[1:], None], strict=True):
        definition = rest[here.end() : after.start() if after else len(rest)]
        definition = definition.strip().rstrip("、,/").strip()
        if here[1] in seen or not definition or re.search(r"\s", definition):
            return False
        if re.search(r"\d", _PERCENTS.sub("", definition)):
            return False  # (「A：3件」: a count, not a definition)
        seen.add(here[1])
    return True


def legend_symbols(symbols: Collection[str]) -> frozenset[str]:
    """The symbols a legend line may define: the scale's and every preset's — a form of a body
    left out for its scale keeps its own legend (湖南市's 「※評価　A：達成率100%以上　B：80%以上…」
    in a ◎ ○ △ × roll-up), which states no count either (review 165 #4)."""
    from planeval.presets import PRESETS

    return frozenset(symbols).union(*(preset.symbols for preset in PRESETS.values()))


def without_numbers(plain: str) -> str:
    """A legend line with its numbers taken out: the bounds it gives, no count or share."""
    return _NUMBERS.sub("", plain)
