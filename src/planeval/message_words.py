"""Problems said in the body's words: planeval's messages name the levels and columns as
Setagaya does (実施内容, 達成状況 …); a body's planeval.toml [wording] names them otherwise. A
lead and its co-owners are no column's words: the messages say 所管部 and 共管部 (所管課 and
共管課 …) as the body's templates do, by the unit its departments are (marks.unit)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from planeval.model import Problem, ReadResult
from planeval.wording import DEFAULT_WORDING, Wording

# What planeval's messages call the levels and columns (Setagaya's words), longest first, and
# the body's word for each; a quoted text — a cell's value, a sheet's name, an example to type
# — is said as it is.
_MESSAGE_WORDS = (
    ("情報化計画事業", "project"),
    ("計画事業", "project_counted"),
    ("情報化政策", "policy"),
    ("取り組みの方向性", "direction"),
    ("実施内容", "item"),
    ("達成状況", "status"),
    ("課題等", "issue"),
)
_QUOTED = re.compile(r"(「[^」]*」|『[^』]*』|'[^']*')")


def in_body_words(problems: Sequence[Problem], wording: Wording) -> list[Problem]:
    """The problems with their messages and fixes in the body's words (planeval.toml's
    [wording]: 取組内容 for 実施内容, 評価 for 達成状況 …), quoted texts left as they are."""
    swaps = {
        word: getattr(wording, field)
        for word, field in _MESSAGE_WORDS
        if getattr(wording, field) != getattr(DEFAULT_WORDING, field)
    }
    if not swaps:
        return list(problems)
    words = re.compile("|".join(map(re.escape, swaps)))

    def said(text: str) -> str:
        parts = _QUOTED.split(text)
        return "".join(
            part if index % 2 else words.sub(lambda found: swaps[found[0]], part)
            for index, part in enumerate(parts)
        )

    return [
        replace(problem, message=said(problem.message), hint=said(problem.hint))
        for problem in problems
    ]


def reword(result: ReadResult, wording: Wording) -> None:
    """``result``'s problems in the body's words, each blank status still known as one row's
    (ReadResult.unrated, keyed by the problem: check's bound of the rows left out)."""
    said = in_body_words(result.problems, wording)
    moved = {old: new for old, new in zip(result.problems, said, strict=True) if old != new}
    result.unrated = {moved.get(problem, problem): key for problem, key in result.unrated.items()}
    result.problems = said
