"""Several counts a sentence takes out of its total at once (for ``check``): 「評価対象外の1施策と
評価が未確定の1施策を除く43施策」, 「…及び…を除く」 (review 206 #1: the second 1 was read as the
whole plan's 施策, and 43 as every row, two disagreements of a right sentence). Each count taken
out is its own rows' — a status's where it names one (評価対象外: compared with that status's
rows), the rows whose rating is blank where it says so (評価が未確定・未記入・空欄: NOT_COUNTED,
compared with the rows left out blank, stated_left_out.py) —, and the total after them is the
rows counted less every one of them (TOTAL, net, less the counted statuses among them)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from planeval.counter_words import excluded
from planeval.lazy_pattern import LazyPattern
from planeval.number_context import WITHOUT
from planeval.scale import Scale
from planeval.stated_number import EXCLUDED_APART, NOT_COUNTED, PROJECTS, TOTAL, StatedNumber

# the words of a rating not (yet) given, right before a count: 「評価が未確定の1施策」
# 「評価が未記入の」「評価欄が空欄の」「評価されていない」「未評価の」
BLANK = (
    r"(?:未確定|未記入|未入力|空欄|空白|未評価|記入されていない|入力されていない|評価されていない)"
)
BLANK_SAID = LazyPattern(BLANK + r"\s*(?:の|である|となっている|だった)?\s*$")
BLANK_WORDS = LazyPattern(BLANK)  # (anywhere in a sentence: stated_left_out's reasons)
# after a count's counter: the list it stands in runs on to 「を除く」 (「と評価が未確定の1施策を除く」)
_LISTED_OUT = LazyPattern(
    r"\s*(?:(?:と|及び|および|並びに)\s*[、,]?[^。、\d]{0,24}?\d[^。、\d]{0,12}?)*を\s*除(?:く|いた)"
)
# from one count's counter to the next count of the list: 「と評価が未確定の」「及び再掲の」 (not
# 「全9件で、再掲の1件を除く8件」: the whole, then the rows taken out of it)
_JOINED = LazyPattern(r"\s*(?:と|及び|および|並びに)\s*[、,]?[^。、\d]{0,24}")
# Sentence.found's shape in read_numbers: (start, end, number, strong total)
Found = tuple[int, int, StatedNumber, bool]


def taken_out(
    found: list[Found], plain: str, gap: str, around: tuple[str, str], scale: Scale
) -> tuple[str, bool, str] | None:
    """(what, whether a net total, the counted statuses taken out: StatedNumber's) of a count
    (``gap``: the words from the count before it; ``around``: its clause's words before it, and
    those after its counter) that 「…を除く」 takes out of a total or leaves: the rows left blank
    its words say (「評価が未確定の1施策を除く」), NOT_COUNTED; the total after one count or
    several (「…の1件を除く106件」「AのN施策とBのM施策を除くK施策」), TOTAL, net, less the counted
    statuses among them — each of those made what its own words say (``found`` updated); None
    for any other count."""
    if BLANK_SAID.search(around[0]) and _LISTED_OUT.match(around[1]):
        return NOT_COUNTED, False, ""
    if not WITHOUT.fullmatch(gap) or not found:
        return None
    listed = [len(found) - 1]
    while listed[0] and _JOINED.fullmatch(plain[found[listed[0] - 1][1] : found[listed[0]][0]]):
        listed.insert(0, listed[0] - 1)
    if len(listed) < 2 and found[-1][2].what not in (TOTAL, "", NOT_COUNTED):
        return None  # (a status's one count: status_taken_out's 「D 2指標を除く20指標」)
    kinds = [_kind(found[at][2], scale) for at in listed]
    if any(kind is None for kind in kinds) or any(found[at][2].percent for at in listed):
        return None
    for at, kind in zip(listed, kinds, strict=True):
        left = replace(found[at][2], what=kind or NOT_COUNTED, reason="", settled=False)
        found[at] = (*found[at][:2], left, False)
    return TOTAL, True, EXCLUDED_APART.join(k for k in kinds if k and k in _counted(scale))


def _kind(number: StatedNumber, scale: Scale) -> str | None:
    """What a count taken out is: its status, NOT_COUNTED, or what 「Nを除く」 says its phrase's
    N is (counter_words.excluded: "" rows not counted); None where that is not known."""
    if number.what in scale.symbols or number.what == NOT_COUNTED:
        return number.what
    if number.what not in (TOTAL, PROJECTS, "") or number.when:
        return None
    return excluded(number.phrase, scale)


def _counted(scale: Scale) -> Sequence[str]:
    """The scale's counted symbols."""
    return [symbol for symbol in scale.symbols if symbol not in scale.uncounted]
