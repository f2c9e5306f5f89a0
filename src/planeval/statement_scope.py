"""What a paragraph stating numbers is about (statements.py): its group, as a reader names it,
or why it cannot be placed; a group below the top level (施策2-1, 施策Ⅲ-2 as a body numbering
its policies Ⅰ, Ⅱ, Ⅲ writes it, a direction's heading, a checklist's item 「2-1 …」) by its ID;
several groups' rows added up (a range, 施策27～28)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planeval.direction_headings import Direction
from planeval.scope_words import ROMAN_LETTERS, from_roman, shown_level

if TYPE_CHECKING:
    from planeval.statement_groups import Groups

QUOTED = re.compile(r"「([^「」]+)」").findall  # (the quoted names of a sentence)


@dataclass(frozen=True, slots=True)
class Scope:
    policy_id: str | None
    label: str
    unplaced: str = ""
    below: str = ""
    among: tuple[str, ...] = ()
    several: bool = False  # (naming several groups: 「改革の柱1…。改革の柱4…」, each sentence's)
    lower: bool = False  # (``among`` are groups below the top level: 施策27～30 of 基本目標Ⅳ)


def placed(label: str, found: str | None) -> Scope:
    """The group ``found`` named ``label``, or, found none, why it cannot be placed."""
    return Scope(found, label) if found else Scope(None, label, f"{label} の行がありません")


def direction_scope(direction: Direction) -> Scope:
    """A direction's heading as the scope of its paragraphs: its rows, named as typed."""
    return Scope(direction.policy_id, direction.scope, below=direction.id)


# a number of two parts or more, the first Arabic or Roman (2-1, III-2 after NFKC, 2-2-2): a
# level below the policies, as a paragraph names it after a level word (施策Ⅲ-2, 川崎市's
# 施策2-2-2 — not its 2-2: review 111) or leads with it (Ⅲ-2「…」)
BELOW_NUMBER = rf"(?:\d+|[{ROMAN_LETTERS}]+)(?:\s*[-.]\s*\d+)+"


def named_below(found: re.Match[str]) -> Scope:
    """The scope of 「施策2-1」 (or 「施策Ⅲ-2」, the group 3-2): that group below the top
    level's rows, named as typed."""
    number = re.sub(r"\s*[-.]\s*", "-", found["id"])
    first, _, rest = number.partition("-")
    label = found[0].replace(" ", "")
    if first.isdecimal():
        return Scope(None, label, below=number)
    typed = shown_level("", first)  # (Ⅲ as the body writes it, not III: NFKC's)
    return Scope(None, label.replace(first, typed, 1), below=f"{from_roman(first)}-{rest}")


def named_groups(
    plain: str, names: Mapping[str, tuple[str, str | None]], groups: Groups
) -> Scope | None:
    """The group a paragraph names by its name, in 「」 (any heading's name too) or, none
    quoted, a group's own name as typed (「デジタル人材の確保・育成では、…」, compared with
    the national total: review 171 #3); several groups named, a Scope saying so (each
    sentence then its own group's: 「「行政手続のオンライン化」は…。「デジタル人材の確保・
    育成」は…」 was all the first's). None when it names no group."""
    found = [names[q.strip()] for q in QUOTED(plain) if q.strip() in names]
    if not found:
        typed = [name for name in groups.names if len(name) >= _NAME_LENGTH and name in plain]
        found = [  # (a name within a longer one named is that one's: 行政改革 in 行政改革の推進)
            (groups.label(groups.names[name]), groups.names[name])
            for name in typed
            if not any(name != other and name in other for other in typed)
        ]
    found = list(dict.fromkeys(found))
    if len(found) > 1:
        labels = "・".join(label for label, _ in found)
        said = f"{labels} の複数を挙げる文なので、どの集計と比べるか決められません"
        return Scope(None, labels, said, several=True)
    return placed(*found[0]) if found else None


# the shortest group name read unquoted (a two-letter name, 教育, is any sentence's word)
_NAME_LENGTH = 4
