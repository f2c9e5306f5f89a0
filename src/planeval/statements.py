"""Counts stated in a report's text: which paragraphs state numbers, and what each is about —
the level it names (基本方針1, 施策27, 情報化政策1, 改革の柱3 …, or a group's name in 「」), the
directions it quotes (「1-1 …」), the whole plan (全, 合計, のうち …), or the heading above it;
with none of these, the whole plan. Comparing them with the rows is check.py's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from planeval.aggregate import Group
from planeval.model import Location, TextCell
from planeval.scale import Scale
from planeval.stated_numbers import (
    DIRECTION_QUOTE,
    GENERIC_HEADING,
    LEVEL_NUMBER,
    LEVEL_WORDS,
    ROMAN_LETTERS,
    WHOLE_MARKS,
    WHOLE_PLAN,
    StatedNumber,
    normalised,
    read_numbers,
)
from planeval.text import POLICY_HEADING

# ---------------------------------------------------------------------------------------------
# what a paragraph is about


@dataclass(frozen=True, slots=True)
class StatedCounts:
    """A paragraph stating numbers: the group it is about (``policy_id``; None for the whole
    plan), ``scope`` as a person reads it (計画全体, 基本方針1, 情報化政策1), the comparable
    counts (symbol, PROJECTS, TOTAL, ROWS or GROUPS → number), every number read, and where."""

    policy_id: str | None
    counts: Mapping[str, int]
    location: Location
    text: str
    numbers: tuple[StatedNumber, ...] = ()
    scope: str = WHOLE_PLAN
    # why the paragraph's group cannot be found ("" when it is the whole plan or a group read)
    unplaced: str = ""


@dataclass(frozen=True, slots=True)
class _Scope:
    policy_id: str | None
    label: str
    unplaced: str = ""


class _Groups:
    """The groups a paragraph may name: by id, by the level word and number, by name."""

    def __init__(self, groups: Sequence[Group], level: str) -> None:
        self.ids = {g.id: g.id for g in groups}
        for g in groups:
            self.ids.setdefault(normalised(g.id).replace(" ", ""), g.id)
        self.names = {normalised(g.name).strip(): g.id for g in groups if g.name}
        self.level = level

    def find(self, word: str, number: str) -> str | None:
        candidates = [f"{word}{number}", number]
        if number.isdigit():
            candidates += [str(int(number)), f"{word}{int(number)}", _to_roman(int(number))]
        elif set(number) <= set(ROMAN_LETTERS):
            arabic = _from_roman(number)
            candidates += [str(arabic), f"{word}{arabic}"]
        for candidate in candidates:
            if candidate in self.ids:
                return self.ids[candidate]
        return None

    def label(self, policy_id: str) -> str:
        if self.level and not policy_id.startswith(self.level):
            return f"{self.level}{policy_id}"
        return policy_id


def _to_roman(number: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while number >= value:
            out, number = out + letters, number - value
    return out


def _from_roman(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for here, there in zip(text, [*text[1:], ""], strict=True):
        value = values[here]
        total += -value if there and values[there] > value else value
    return total


_LEVEL = re.compile("(?P<word>" + "|".join(map(re.escape, LEVEL_WORDS)) + r")\s*" + LEVEL_NUMBER)


def _levels_named(plain: str, extra: str) -> list[tuple[str, str]]:
    pattern = _LEVEL
    if extra and extra not in LEVEL_WORDS:
        words = sorted({*LEVEL_WORDS, extra}, key=len, reverse=True)
        pattern = re.compile("(?P<word>" + "|".join(map(re.escape, words)) + r")\s*" + LEVEL_NUMBER)
    return [(m["word"], m["num"]) for m in pattern.finditer(plain)]


def _heading(plain: str, groups: _Groups) -> tuple[str, str | None, str] | None:
    """(label, group id or None, name) of a short heading line: 情報化政策1 …, 基本方針1「…」,
    施策27「…」, 2 民間委託等の推進."""
    text = plain.strip()
    if not text or len(text) >= 80:
        return None
    policy = POLICY_HEADING.search(text)
    if policy:
        number = str(int(policy[1]))
        return f"情報化政策{number}", groups.find("情報化政策", number) or number, policy[2]
    level = re.match(r"^\s*(?:\(\d+\)\s*)?(?:【)?" + _LEVEL.pattern, text)
    if level:
        name = text[level.end() :].strip(" 「」『』")
        found = groups.find(level["word"], level["num"])
        return f"{level['word']}{level['num']}", found, name
    generic = GENERIC_HEADING.match(text)
    if generic:
        found = groups.find("", generic["num"])
        label = groups.label(found) if found else generic["num"]
        return label, found, generic["name"].strip(" 「」『』")
    return None


def _scope_of(
    plain: str, groups: _Groups, names: Mapping[str, tuple[str, str | None]]
) -> _Scope | None:
    """What the paragraph itself says it is about; None when it does not say."""
    named = list(dict.fromkeys(_levels_named(plain, groups.level)))
    if named:
        places = {groups.find(word, number) for word, number in named}
        labels = "・".join(f"{word}{number}" for word, number in named)
        if len(named) > 1:
            return _Scope(
                None, labels, f"{labels} の複数を挙げる文なので、どの集計と比べるか決められません"
            )
        found = places.pop()
        if found is None:
            return _Scope(None, labels, f"{labels} の行がありません")
        return _Scope(found, labels)
    policies = {m[1] for m in DIRECTION_QUOTE.finditer(plain)}
    if len(policies) == 1:
        number = str(int(policies.pop()))
        found = groups.find("", number)
        label = groups.label(number)
        return _Scope(found, label) if found else _Scope(None, label, f"{label} の行がありません")
    for quoted in re.findall(r"「([^「」]+)」", plain):
        place = names.get(quoted.strip())
        if place is not None:
            label, found = place
            return (
                _Scope(found, label) if found else _Scope(None, label, f"{label} の行がありません")
            )
    if WHOLE_MARKS.search(plain):
        return _Scope(None, WHOLE_PLAN)
    return None


def find_statements(
    texts: Sequence[TextCell],
    scale: Scale,
    groups: Sequence[Group] = (),
    *,
    level: str = "",
) -> list[StatedCounts]:
    """The paragraphs among ``texts`` (in reading order) that state numbers, each matched to
    the group it is about (see the module's docstring). ``groups`` are the groups of the top
    level (their ids and names are what a paragraph may name); ``level`` is the word naming
    that level (基本方針, 情報化政策) where the ids do not carry it."""
    known = _Groups(groups, level)
    names: dict[str, tuple[str, str | None]] = {
        name: (known.label(gid), gid) for name, gid in known.names.items()
    }
    for text in texts:  # headings name their group anywhere in the text (before or after)
        heading = _heading(normalised(text.text), known)
        if heading and heading[2] and not read_numbers(text.text, scale):
            names.setdefault(heading[2], (heading[0], heading[1]))
    statements = []
    above: dict[str, _Scope] = {}  # per file and sheet: the last heading seen
    for text in texts:
        place = f"{text.location.file}\0{text.location.sheet}"
        plain = normalised(text.text)
        numbers = read_numbers(text.text, scale)
        if not numbers:
            heading = _heading(plain, known)
            if heading:
                label, found, _name = heading
                above[place] = (
                    _Scope(found, label)
                    if found
                    else _Scope(None, label, f"{label} の行がありません")
                )
            continue
        scope = _scope_of(plain, known, names) or above.get(place) or _Scope(None, WHOLE_PLAN)
        counts: dict[str, int] = {}
        for number in numbers:
            if number.what and not number.percent and not number.reason:
                counts.setdefault(number.what, int(number.value))
        statements.append(
            StatedCounts(
                scope.policy_id,
                counts,
                text.location,
                text.text,
                tuple(numbers),
                scope.label,
                scope.unplaced,
            )
        )
    return statements


def policy_of(text: str) -> str | None:
    """The policy a paragraph is about, from the directions it quotes (「1-1 …」) or a heading."""
    plain = normalised(text)
    policies = {match[1] for match in DIRECTION_QUOTE.finditer(plain)}
    if len(policies) == 1:
        return str(int(policies.pop()))
    heading = POLICY_HEADING.search(plain)
    return str(int(heading[1])) if heading else None
