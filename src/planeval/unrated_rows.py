"""A number a report's text states of rows it says were not rated (「評価不能としたKPIは27指標」
「評価の対象外としたKPIは」「判定できなかったKPIは」), which would otherwise read as the total
as a count of 「評価したKPIは」 does (review 109 #4): the count of the status whose label says
the same (unrated_words.same_meaning: nagayo's − 評価できない), else a number not compared."""

from __future__ import annotations

from planeval.lazy_pattern import LazyPattern
from planeval.scale_words import ScaleWords
from planeval.unknown_counters import Unknown
from planeval.unrated_words import UNRATED, same_meaning

# the words before the rows counted: 「評価不能とした（KPIは）」「判定できなかった（KPIは）」 — the
# rows' word after them, no number, bracket or object (を: 「評価対象外を除いたKPIは」) between
_QUALIFYING = LazyPattern(
    rf"(?P<said>{UNRATED})\s*(?:と(?:した|された|なった|して)|の|で(?:ある|あった))?"
    r"\s*[^\s、。,()「」\dをに]{1,8}?\s*(?:は|が|:)?\s*$"
)


def unrated_rows(clause: str, words: ScaleWords) -> str | Unknown | None:
    """What a number read as the total counts where its ``clause`` (its sentence's words before
    it, from the last 、) says its rows were not rated: the symbol of the status that says the
    same, else why it is not compared; None where the clause says no such thing (a total:
    「評価したKPIは」)."""
    found = _QUALIFYING.search(clause)
    if found is None:
        return None
    symbol = same_meaning(words.scale, found["said"])
    if symbol is not None:
        return symbol
    reason = (
        f"「{found['said']}」の件数は、この評価尺度（{words.describe()}）のどの評価の数でもなく"
        "合計でもないため、比べていません（評価の区分の数なら、その区分の名前か記号で書いてください）"
    )
    return Unknown(reason, False)
