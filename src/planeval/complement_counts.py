"""A count said as the rest of one status, 「64件のうち目標達成が23件、未達成が41件」: 未達成 is no
status of a 目標達成・取組中・未着手・変更・中止 scale, but the sentence makes it those of the 64
not 目標達成 — the guide's own shape (「17件のうち…未達成が4件」). Read as the total without
that status (StatedNumber.excluding), compared as such, only where the reading is
unambiguous: 未 and a word the one status the sentence names ends with, after a total the
same sentence states. Anywhere else the number is not compared and fails the check: a
「未達成が40件」 passed as 「すべて一致」 with advice to use another preset (review 154 #2)."""

from __future__ import annotations

import re
from dataclasses import replace

from planeval.scale import Scale
from planeval.stated_number import TOTAL, StatedNumber

# 未 and a word right before the number: 「未達成が40件」「未完了は3件」「未実施：2件」
_NOT_WORD = re.compile(r"(未[^\s、。,()0-9:：がはの]+)\s*(?:が|は|の|:|：)?\s*$")
Found = tuple[int, int, StatedNumber, bool]  # (start, end, number, strong total)


def complements(found: list[Found], plain: str, scale: Scale) -> list[Found]:
    """``found`` (read_numbers' numbers of ``plain``) with each count said as 未X, X the end of
    a counted status's word, read as the rest of that status where the sentence makes it so
    (the module's docstring), and made a failing number not compared where it does not — its
    share too; a 未X of no status of the scale (未達成 in a ◎○△× report) is left as read."""
    kept = list(found)
    for index, (start, end, number, strong) in enumerate(found):
        if not number.reason or number.what or number.when:
            continue
        sentence = plain.rfind("。", 0, start) + 1
        word = _NOT_WORD.search(plain[sentence:start])
        if word is None or scale.normalise(word[1]) is not None:
            continue
        ending = _ending(word[1], scale)
        if not ending:
            continue
        status = None if number.percent else _rest_of(ending, found, sentence, start, scale)
        if status is None:
            kept[index] = (start, end, _unsettled(number, word[1], number.percent), strong)
            continue
        rest = replace(number, what=TOTAL, excluding=status, reason="", settled=False)
        kept[index] = (start, end, replace(rest, other_scale=""), strong)
    return kept


def _ending(word: str, scale: Scale) -> tuple[str, ...]:
    """The counted statuses whose word ends with what 未 negates in ``word`` (未達成: 目標達成)."""
    stem = word[1:]
    return tuple(
        status.symbol
        for status in scale.statuses
        if status.counted and stem and (status.symbol.endswith(stem) or status.label.endswith(stem))
    )


def _rest_of(
    ending: tuple[str, ...], found: list[Found], sentence: int, start: int, scale: Scale
) -> str | None:
    """The status 未X says the rest of: the one counted status the sentence names before it,
    one of those ``ending`` with X, after a total of the same sentence (「64件のうち」); None
    where the sentence does not say so alone."""
    before = [n for at, _, n, _ in found if sentence <= at < start and not n.percent]
    named = {n.what for n in before if n.what in scale.counted}
    if len(named) != 1 or not any(n.what == TOTAL for n in before):
        return None
    status = named.pop()
    return status if status in ending else None


def _unsettled(number: StatedNumber, word: str, share: bool = False) -> StatedNumber:
    """``number``, of ``word``, not compared and failing the check: no count of this scale."""
    reason = (
        f"「{word}」の割合は比べていません（「{word}」はこの評価尺度の区分ではありません）"
        if share
        else f"「{word}」はこの評価尺度の区分ではなく、文の中のどの区分の残りかも決められないため"
        "比べていません（「64件のうち目標達成が23件、未達成が41件」のように、総数とひとつの区分に"
        "続けて書くと、その区分以外の件数として比べます）"
    )
    return replace(number, reason=reason, settled=False, other_scale="")
