"""What a form's own lines say of its statuses where no legend line defines them (羽村市's
「進捗状況は「計画どおり完了」「計画どおり進捗」「一部遅れ」…「事業終了」のいずれかを記入して
ください。」 and 「※「事業終了」は、件数に含めません。」, review 121 #2): the order the values
are listed in — the scale's, best first — and the values a note leaves out of the count. Asked
of a first run's values only (own_scale.py), never of a read that knows its scale."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from planeval.lazy_pattern import LazyPattern
from planeval.text import compact

# a note leaving out of the count the values it quotes just before it, in one sentence
# (「「事業終了」は、件数に含めません」; not 「「一部遅れ」の場合に記入（「事業終了」を除く）」's first)
_LEFT_OUT = LazyPattern(
    r"((?:「[^「」]{1,30}」[、・とや]?)+)[^「」。]*?"
    r"(含め(ない|ません)|含ま(ない|ず|ません)|除(く|き|外)|数え(ない|ません)|集計外)"
)
_QUOTED = LazyPattern(r"「([^「」]{1,30})」")


def listed_order(texts: Sequence[str], values: Collection[str]) -> tuple[str, ...]:
    """What the one text quoting the most of ``values``, three or more, quotes, 「…」 by 「…」,
    in its order (compacted: the file's values and those its other departments may have
    typed); () where no text quotes three."""
    return listing(texts, values)[0]


def listing(texts: Sequence[str], values: Collection[str]) -> tuple[tuple[str, ...], int]:
    """What listed_order finds, and the index of the text it was read from (-1: none)."""
    keys = {compact(value) for value in values}
    best: tuple[str, ...] = ()
    most, at = 2, -1
    for index, text in enumerate(texts):
        if "「" not in text:
            continue  # (most texts: headings, no list)
        quoted = tuple(dict.fromkeys(compact(q) for q in _QUOTED.findall(text)))
        if (met := len(keys.intersection(quoted))) > most:
            best, most, at = quoted, met, index
    return best, at


def left_out(texts: Sequence[str], values: Collection[str]) -> frozenset[str]:
    """The ``values`` (compacted) a note quotes and says are not counted (「※「事業終了」は、
    件数に含めません。」)."""
    keys = {compact(value) for value in values}
    return frozenset(
        key
        for text in texts
        if "「" in text
        for note in _LEFT_OUT.finditer(text)
        for quoted in _QUOTED.findall(note[1])
        if (key := compact(quoted)) in keys
    )
