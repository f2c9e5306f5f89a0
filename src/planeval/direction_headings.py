"""A heading naming a direction (取り組みの方向性), for ``check``: its number as the body's rows
give it — the ID (1-1) or as typed (1.1, (1): ``ReadResult.level_labels``), after a level word
or not (取り組みの方向性1-1, 施策1-1) — with the direction's own name or none (「1.1 防災・減災」,
「1-1」), or its name alone (「防災・減災」). The paragraphs below such a heading, until the next
heading, speak of that direction's rows, not of its policy's; a heading whose number is a
direction's but whose name is another's (a report's own 「1.1 評価の方法」) names none.

A heading naming a project by its number of three parts (1-1-1, 1.1.1 as typed) scopes the
paragraphs below it alike, to that project's rows (「1-1-1 電子申請の拡充」 then 「実施内容3件の
うち…」): a number of fewer parts is a direction's or a policy's, and a project is never named
by its name alone (a line of a text that is a project's name, an item's cell as LibreOffice
saves a table, is no heading)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from planeval.level_labels import NO_LABELS, LevelLabels, shown_number
from planeval.model import Entry
from planeval.scale_words import normalised
from planeval.scope_words import DIRECTION_WORDS, LEVEL_WORDS, TABLE_ROW


@dataclass(frozen=True, slots=True)
class Direction:
    """A direction (or a project) a heading names: its ID, its policy's, and the scope a
    message names it by (「1.1 防災・減災」: its number as typed, and its name)."""

    id: str
    policy_id: str
    scope: str


# a number of two parts or more as a body writes it, 1-1, 1.1, 1－1, 1・1: one key (1-1)
_PARTS = re.compile(r"(?<=\d)\s*[-.・‐−–]\s*(?=\d)")


def number_key(number: str) -> str:
    """A direction's number as looked up: 1.1, 1－1 and 1 - 1 alike (1-1); (1) as it is."""
    return _PARTS.sub("-", normalised(number).strip()).replace(" ", "")


def name_key(name: str) -> str:
    """A name as looked up: spaces, brackets and Markdown's escapes aside."""
    return re.sub(r"[\s「」『』\\*]", "", normalised(name))


class Directions:
    """The directions of ``entries`` a heading may name, by number and by name; ``words``:
    the body's own words for its levels, besides LEVEL_WORDS and DIRECTION_WORDS."""

    def __init__(
        self, entries: Sequence[Entry], labels: LevelLabels = NO_LABELS, words: Sequence[str] = ()
    ) -> None:
        self._numbers: dict[str, list[tuple[Direction, str]]] = {}
        self._names: dict[str, list[Direction]] = {}
        self._own: dict[str, list[Direction]] = {}  # (a project by its own number: 27 of 4-27)
        # (the word a project's own number is typed after, 施策 of 施策4: (number, ID) → word)
        self._words: dict[tuple[str, str], str] = {}
        seen: set[tuple[str, str]] = set()
        for entry in entries:
            if not entry.direction_id or (entry.body, entry.direction_id) in seen:
                continue
            seen.add((entry.body, entry.direction_id))
            typed = shown_number(labels, entry.direction_id, entry.body)
            name = entry.direction_name.strip()
            scope = f"{typed} {name}".strip()  # (as the body wrote it, not as looked up)
            found = Direction(entry.direction_id, entry.policy_id, scope)
            for key in {number_key(entry.direction_id), number_key(typed)}:
                self._numbers.setdefault(key, []).append((found, name_key(name)))
            if worded := _WORDED.fullmatch(typed):  # (施策3 is that 施策: review 140 #1)
                self._words[(worded["num"], entry.direction_id)] = _word(worded)
            if name:
                self._names.setdefault(name_key(name), []).append(found)
        if not self._numbers:  # (施策27, 施策13: a read's projects right under its policies)
            self._own_numbers(entries, labels)
        self._projects(entries, set(self._numbers), labels)
        said = {*DIRECTION_WORDS, *LEVEL_WORDS, *(normalised(w).strip() for w in words)} - {""}
        numbers = sorted(self._numbers, key=len, reverse=True)
        alternatives = "|".join(map(re.escape, sorted(said, key=len, reverse=True)))
        self._quoted = re.compile(rf"(?:{alternatives})?\s*「(?P<name>[^「」]+)」")
        self._heading = re.compile(
            rf"^(?:(?P<word>{alternatives})\s*)?"
            rf"(?P<num>{'|'.join(map(re.escape, numbers)) or '(?!)'})(?![\d\-.])\s*(?P<name>.*)$"
        )

    def _projects(
        self, entries: Iterable[Entry], directions: set[str], labels: LevelLabels
    ) -> None:
        """The projects a heading may name by their numbers of three parts or more, as the
        body numbers them (Entry.project_shown_id), where no direction is numbered alike; in a
        read of no directions, by the number a level word gives them too (羽村市's 施策27 of
        基本目標Ⅳ, ID 4-27: review 71, every 施策's paragraph 「施策27 の行がありません」)."""
        seen: set[tuple[str, str]] = set()
        for entry in entries:
            typed = entry.project_shown_id
            key = number_key(typed)
            label = "" if directions else shown_number(labels, entry.project_id, entry.body)
            worded = _WORDED.fullmatch(label)
            if (key.count("-") < 2 and not worded) or key in directions:
                continue
            if (entry.body, entry.project_id) in seen:
                continue
            seen.add((entry.body, entry.project_id))
            name = entry.project_name.strip()
            shown = label if worded else typed
            found = Direction(entry.project_id, entry.policy_id, f"{shown} {name}".strip())
            for number in {key, worded["num"]} if worded else {key}:
                self._numbers.setdefault(number, []).append((found, name_key(name)))
            if worded:  # (「施策2」 names it, 「基本目標2」 its policy: review 106)
                self._words[(worded["num"], entry.project_id)] = _word(worded)

    def _own_numbers(self, entries: Iterable[Entry], labels: LevelLabels) -> None:
        """The projects (of a read of no directions) by their own numbers: as a level word
        gives it (施策27), else the number under its policy (27 of 4-27, 13 of 3-13) —
        枚方市's 施策 numbered 1–40 straight through 基本目標 Ⅰ–Ⅴ (review 103)."""
        seen: set[tuple[str, str]] = set()
        for entry in entries:
            if (entry.body, entry.project_id) in seen:
                continue
            seen.add((entry.body, entry.project_id))
            label = shown_number(labels, entry.project_id, entry.body)
            own = worded["num"] if (worded := _WORDED.fullmatch(label)) else ""
            under = entry.project_id.removeprefix(f"{entry.policy_id}-")
            if not own and entry.policy_id and under != entry.project_id and under.isdecimal():
                own = under
            if own:
                scope = f"{label} {entry.project_name.strip()}".strip()
                found = Direction(entry.project_id, entry.policy_id, scope)
                self._own.setdefault(str(int(own)), []).append(found)

    def own_numbered(self, number: str) -> Direction | None:
        """The project whose own number (_own_numbers) is ``number`` (Arabic, 27); None where
        none is or several are (施策 numbered again under each policy: 1-2, 2-2)."""
        return _one(self._own.get(number, ()), None)

    def typed(self, word: str, number: str) -> Direction | None:
        """The project (or direction) typed ``word`` ``number`` (Arabic) by its body: 羽村市's
        施策4, numbered straight through the plan, never 基本目標4 where the rows have one
        (review 106); 山並県's 施策3, a direction under 基本目標1 (review 140 #1)."""
        held = [*self._numbers.get(number, ()), *self._numbers.get(f"{word}{number}", ())]
        return _one((d for d, _ in held if self._words.get((number, d.id)) == word), None)

    def every_one(self, headings: Sequence[str]) -> bool:
        """Whether ``headings`` (施策27, 施策28, 施策29: a range's) each name one of the
        directions or projects held, and together all of them (the whole plan's)."""
        named = {d.id for heading in headings if (d := self.numbered(heading)) is not None}
        held = {direction.id for found in self._numbers.values() for direction, _ in found}
        held |= {direction.id for found in self._own.values() for direction in found}
        return len(named) == len(headings) and named == held

    def __bool__(self) -> bool:
        return bool(self._numbers)

    def numbered(self, heading: str, policy_id: str | None = None) -> Direction | None:
        """The direction ``heading`` (a heading's words, without its marks) names by its
        number: with its own name, no name, or after a level word any; of several (two
        policies' (1)), the one in ``policy_id``. None if it names none."""
        if not self or TABLE_ROW.search(heading):
            return None
        found = self._heading.match(_PARTS.sub("-", normalised(heading).strip()))
        if found is None:
            return None
        name, word, number = name_key(found["name"]), found["word"] or "", found["num"]
        return _one(
            (
                direction
                for direction, own in self._numbers[number]
                if (word or not name or name == own)
                and word in ("", self._words.get((number, direction.id), word))
            ),
            policy_id,
        )

    def led(self, sentence: str, policy_id: str | None = None) -> Direction | None:
        """The direction a sentence names before 「では」 (or 「は、」 「について」): by its number,
        with its name or after a level word (「（2）民間委託等の推進では」, 「推進項目(3)「…」では」),
        or by its name in 「」 (「推進項目「民間委託等の推進」では」); of several alike,
        ``policy_id``'s. None where the sentence leads with none (review 116)."""
        lead = _LEAD.match(sentence)
        if lead is None:
            return None
        topic = lead["topic"]
        if (found := self.numbered(topic, policy_id)) is not None:
            return found
        quoted = self._quoted.fullmatch(normalised(topic).strip())
        return self.named(quoted["name"], policy_id) if quoted else None

    def named(self, heading: str, policy_id: str | None = None) -> Direction | None:
        """The direction whose name ``heading`` is (of two policies' alike, ``policy_id``'s)."""
        if not self or TABLE_ROW.search(heading):
            return None
        return _one(self._names.get(name_key(heading), ()), policy_id)


def _one(directions: Iterable[Direction], policy_id: str | None) -> Direction | None:
    """The one direction among ``directions`` (several bodies' 1-1 are one), else the one in
    ``policy_id``; None where that leaves none or several."""
    found = {direction.id: direction for direction in directions}
    if len(found) > 1 and policy_id is not None:
        found = {key: d for key, d in found.items() if d.policy_id == policy_id}
    return next(iter(found.values())) if len(found) == 1 else None


# what a sentence is about, before 「では」 (「（2）民間委託等の推進では、12件のうち…」)
_LEAD = re.compile(r"^\s*(?P<topic>[^、。,]{1,60}?)\s*(?:では|については|について|は[、,])")
# a project's number as a level word gives it (施策27): the number after the word
_WORDED = re.compile(rf"(?:{'|'.join(LEVEL_WORDS)})\s*(?P<num>\d+)")


def _word(worded: re.Match[str]) -> str:
    """The level word of a project's number as typed (施策 of 施策27), as a heading is read."""
    return normalised(worded.string[: worded.start("num")]).strip()
