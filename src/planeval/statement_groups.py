"""The groups a paragraph of a report may name (statements.py): the top level's by ID, by its
level word and number (基本方針1, 情報化政策Ⅱ) or by name, and below them the project a level word
names by its own number (施策27 of 基本目標Ⅳ) where no group of the top level is numbered so."""

from __future__ import annotations

import re
from collections.abc import Sequence

from planeval.aggregate import Group
from planeval.direction_headings import Directions
from planeval.scale_words import normalised
from planeval.scope_words import (
    LEVEL_WORDS,
    ROMAN_LETTERS,
    from_roman,
    level_number,
    shown_level,
    to_roman,
)
from planeval.statement_scope import BELOW_NUMBER, Scope, named_below, placed

# a heading's own number before its name: (1) 名前, 2. 名前, 第2章 名前, and a Roman one as a
# 大綱 numbers its 改革の柱 (after NFKC: Ⅰ　市民サービスの向上, (Ⅱ)…, Ⅲ.…, I …: review 141),
# never the first part of a direction's number (Ⅱ-1) nor a word's letter (IT化)
LEAD_NUMBER = re.compile(
    rf"^(?:\((?P<bracketed>\d+|[{ROMAN_LETTERS}]+)\)|第?(?P<arabic>\d+)[章節]?\s*[.、)]?"
    rf"|(?P<roman>[{ROMAN_LETTERS}]+)(?:\s*[.、)]|\s))\s*"
)


class Groups:
    """The groups a paragraph may name: by id, by the level word and number, by name; and
    the words naming their level (LEVEL_WORDS, the body's own ``level`` and ``headings``)."""

    def __init__(
        self,
        groups: Sequence[Group],
        level: str,
        headings: Sequence[str] = (),
        counters: Sequence[str] = (),
        *,
        project: str = "",
    ) -> None:
        self.ids = {g.id: g.id for g in groups}
        for g in groups:
            self.ids.setdefault(normalised(g.id).replace(" ", ""), g.id)
        self.names = {normalised(g.name).strip(): g.id for g in groups if g.name}
        self._keys = {_name_key(name): gid for name, gid in self.names.items()}
        self.named_ids = frozenset(self.names.values())
        self.shown = {g.id: g.shown_id for g in groups}  # (Ⅰ where the body typed it so)
        self.level = level
        # (the words naming the top level: 「基本目標6」 is never a 施策 numbered 6)
        self.top = frozenset(normalised(w).strip() for w in (level, *headings)) - {""}
        # (the body's word for its projects, its top level's word named too: 「施策2」 is the
        # 施策 numbered 2, never 基本目標2 — review 164 #1)
        lower = normalised(project).strip()
        self.lower = lower if level.strip() and lower not in self.top else ""
        words = sorted(
            {*LEVEL_WORDS, *(normalised(w).strip() for w in (level, *headings) if w.strip())},
            key=len,
            reverse=True,
        )
        self.words = tuple(words)
        number = level_number(normalised(word).strip() for word in counters)
        named = "(?P<word>" + "|".join(map(re.escape, words)) + r")\s*" + number
        self.named = re.compile(named)
        self.heading = re.compile(r"^(?:\(\d+\)\s*)?【?" + named)
        # a level word before a number of two parts names a level below (施策2-1 under 政策2)
        alternatives = "|".join(map(re.escape, words))
        self.below = re.compile(rf"(?:{alternatives})\s*(?P<id>{BELOW_NUMBER})")
        # (word, number) of the one level above every group the workbooks name, if any
        self.above: frozenset[tuple[str, str]] = frozenset()
        self.directions = Directions(())  # the directions a heading may name

    def by_name(self, name: str) -> str | None:
        """The group whose name ``name`` is (spaces and brackets aside)."""
        return self._keys.get(_name_key(name))

    def led(self, heading: str) -> tuple[str | None, str]:
        """(group, name) of a heading led by its own number (LEAD_NUMBER): the group of that
        name (2 民間委託等の推進, Ⅰ　市民サービスの向上), else the group numbered so whose name
        holds the heading's or is held by it (Ⅱ　行政運営, Ⅰ　市民サービスの向上について); None
        for any other (1 全体の進捗状況: the report's own section)."""
        lead = LEAD_NUMBER.match(heading)
        name = heading[lead.end() if lead else 0 :].strip(" 「」『』")
        found = self.by_name(name)
        number = lead and (lead["bracketed"] or lead["arabic"] or lead["roman"])
        if found is not None or not number or len(key := _name_key(name)) < 2:
            return found, name
        numbered = self.find("", number)
        own = next((n for n, gid in self._keys.items() if gid == numbered), "")
        return (numbered if own and (key in own or own in key) else None), name

    def find(self, word: str, number: str) -> str | None:
        candidates = [f"{word}{number}", number]
        if number.isdecimal():
            candidates += [str(int(number)), f"{word}{int(number)}", to_roman(int(number))]
        elif set(number) <= set(ROMAN_LETTERS):
            arabic = from_roman(number)
            candidates += [str(arabic), f"{word}{arabic}"]
        for candidate in candidates:
            if candidate in self.ids:
                return self.ids[candidate]
        return None

    def of_top(self, word: str, number: str) -> str | None:
        """The group of the top level ``word`` ``number`` names (``find``); none where the word
        is the body's for its projects (施策1～施策2 of 基本目標1: review 164 #1)."""
        return None if word == self.lower else self.find(word, number)

    def project(self, word: str, number: str, *, typed: bool = False) -> str | None:
        """The ID of the project a level word names by its own number, where it names no
        group of the top level (施策27 of 基本目標Ⅳ: 4-27; Directions.own_numbered); ``typed``:
        only one its body types after that word (施策4, Directions.typed)."""
        if word in self.top:
            return None
        arabic = str(int(number)) if number.isdecimal() else str(from_roman(number))
        if typed:
            found = self.directions.typed(word, arabic)
        else:
            found = self.directions.own_numbered(arabic)
        return found.id if found is not None else None

    def scope(self, word: str, number: str) -> Scope:
        """The scope 「施策27」 names: the project its body types so (施策4, though a
        基本目標4 is read: 羽村市's 施策 numbered straight through the plan, review 106), else
        the group of the top level numbered so, else the project whose own number it is (its
        rows), else none (why). The body's own word for its projects (``lower``: its 施策 under
        its 基本目標) names a project only: one of no project is none, never the top level's
        group of that number (review 164 #1)."""
        label = shown_level(word, number)
        if word == self.lower:
            found = self.project(word, number, typed=True) or self.project(word, number)
            return Scope(None, label, below=found) if found else placed(label, None)
        if (typed := self.project(word, number, typed=True)) is not None:
            return Scope(None, label, below=typed)
        found = self.find(word, number)
        if found is None and (project := self.project(word, number)) is not None:
            return Scope(None, label, below=project)
        return placed(label, found)

    def named_below(self, found: re.Match[str]) -> Scope:
        """The scope of 「施策2-1」: the group of the top level whose own ID the number is, where
        the body numbers its policies in two parts (川崎市's 政策1-1, review 111), else the
        group below the top level so numbered (statement_scope.named_below)."""
        below = named_below(found)
        if below.below in self.ids:
            return Scope(self.ids[below.below], below.label)
        return below

    def label(self, policy_id: str) -> str:
        number = self.shown.get(policy_id, policy_id)
        return (
            f"{self.level}{number}" if self.level and not number.startswith(self.level) else number
        )


def _name_key(name: str) -> str:
    return re.sub(r"[\s「」『』]", "", normalised(name))
