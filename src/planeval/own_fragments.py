"""The words check quotes for a number: its clause (StatedNumber.phrase, up to the nearest 、
or 。) narrowed to the fragment that states it where the clause states a total and a part of
it (「完了6件のうち達成5件」: 5 is 「達成5件」, 6 is 「完了6件のうち」; 「完了3件(うち達成2件」: 3 is
「完了3件」), without the sentence's ending (「一部達成1件でした」: 「一部達成1件」) — review 129;
a part whose bracket closes before the clause goes on from that bracket (「(うち重点6件)から8件に」,
never 「重点6件)から8件に」: review 167 #8).
A phrase holding its number twice, or not at all, is quoted whole."""

from __future__ import annotations

import re

from planeval.lazy_pattern import LazyPattern

_FIGURE = LazyPattern(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d.])")
# a total's number, its counter, and 「のうち」 or 「(うち」 before the part's words
_PART_AFTER = LazyPattern(r"\d[^\d、。,()]{0,6}?(?:のうち|\(うち)\s*")
# after a total's number: its counter up to 「のうち」 (kept), or up to 「(うち」 (left out)
_TOTAL_THEN = LazyPattern(r"[^\d、。,()]{0,6}?(?:のうち|(?=\(うち))")
_ENDING = LazyPattern(r"\s*(?:でした|です|となりました|となっています|となっていました)$")


def own_fragment(phrase: str, value: float) -> str:
    """The words of ``phrase`` that state ``value`` (a number check lists, as read after NFKC)."""
    figures = [m for m in _FIGURE.finditer(phrase) if float(m[0].replace(",", "")) == abs(value)]
    if len(figures) != 1:
        return phrase
    start, end = figures[0].span()
    left, right = 0, len(phrase)
    parts = list(_PART_AFTER.finditer(phrase, 0, start))
    if parts and not re.search(r"\d", phrase[parts[-1].end() : start]):
        left = parts[-1].end()  # (「完了6件のうち達成5件」: the part, 「達成5件」)
        bracket = parts[-1].start() + parts[-1][0].find("(")
        closed = phrase.find(")", end)
        if bracket > parts[-1].start() and closed >= 0 and _ENDING.sub("", phrase[closed + 1 :]):
            # (「7件(うち重点6件)から8件…」: from its bracket, never 「重点6件)から」 — review 167 #8)
            left = bracket
    total = _TOTAL_THEN.match(phrase, end)
    if total is not None and re.search(r"\d", phrase[total.end() :]):
        right = total.end()  # (「完了6件のうち達成5件」: the total, 「完了6件のうち」)
    own = _ENDING.sub("", phrase[left:right].strip())
    if own.endswith(")") and own.count(")") > own.count("("):
        own = own[:-1]  # (「一部達成1件)でした」 of 「完了3件(うち…」: 「一部達成1件」)
    return own or phrase
