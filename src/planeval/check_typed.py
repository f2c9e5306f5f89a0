"""A check's result as the clerk's texts type it: each number's words quoted as typed, not as
read after NFKC, and the report texts no stated number stands in (api.check, last)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TypeVar

from planeval.check_result import CheckResult, Disagreement, NotCompared
from planeval.model import Location
from planeval.own_fragments import own_fragment
from planeval.scale_words import as_typed

_Said = TypeVar("_Said", Disagreement, NotCompared)


def with_silent_texts(checked: CheckResult, texts: Iterable[str]) -> CheckResult:
    """``checked`` with those of the report ``texts`` (their files, as their lines are placed)
    no stated number, compared or not, stands in: ``CheckResult.silent``."""
    spoken = {s.location.file for s in checked.statements}
    spoken |= {n.location.file for n in checked.not_compared}
    spoken |= {d.location.file for d in checked.disagreements}
    return replace(checked, silent=tuple(t for t in dict.fromkeys(texts) if t not in spoken))


_OPENING, _CLOSING = "（(", "）)"
_BRACKET_UP_TO = 80  # characters after the words: a bracket closed further is not looked for


def to_its_bracket(shown: str, text: str) -> str:
    """``shown``, words of ``text``, quoted up to the bracket it opens and its clause left open
    at a 、 inside it: 「合計 23件（A 7件、B 9件、C 5件、D 1件）」, not 「合計 23件（A 7件」
    (review 161 #11); as it is where it opens none, or the bracket is not closed before a 。."""
    opened = sum(map(shown.count, _OPENING)) - sum(map(shown.count, _CLOSING))
    at = text.find(shown)
    if opened <= 0 or at < 0:
        return shown
    end = at + len(shown)
    for index, char in enumerate(text[end : end + _BRACKET_UP_TO], start=end):
        if char == "。":
            break
        opened += (char in _OPENING) - (char in _CLOSING)
        if not opened:
            return text[at : index + 1]
    return shown


def with_typed_phrases(checked: CheckResult) -> CheckResult:
    """``checked`` with the words each number stands in as its text types them (「（1項目再掲
    …）」), not as read after NFKC (「(1項目再掲…)」: review 116): they are quoted to the clerk;
    a number listed, each its own fragment of its clause (own_fragments.py)."""
    texts: dict[Location, list[str]] = {}
    for statement in checked.statements:
        texts.setdefault(statement.location, []).append(statement.text)

    def typed(found: str, location: Location) -> str:
        for text in texts.get(location, ()):
            if (shown := as_typed(found, text)) != found or found in text:
                return to_its_bracket(shown, text)
        return found

    def each(numbers: tuple[_Said, ...], *, own: bool = False) -> tuple[_Said, ...]:
        return tuple(
            replace(
                n,
                phrase=typed(
                    own_fragment(n.phrase, n.stated or 0) if own else n.phrase, n.location
                ),
            )
            for n in numbers
        )

    statements = tuple(
        replace(s, numbers=tuple(replace(n, phrase=as_typed(n.phrase, s.text)) for n in s.numbers))
        for s in checked.statements
    )
    return replace(
        checked,
        statements=statements,
        disagreements=each(checked.disagreements, own=True),
        not_compared=each(checked.not_compared, own=True),
        plan_wholes=each(checked.plan_wholes),
        alike=each(checked.alike),
    )
