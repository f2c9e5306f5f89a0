"""What a paragraph stating numbers is about (statements.py): its group, as a reader names it,
or why it cannot be placed; a group below the top level (施策2-1, a direction's heading, a
checklist's item 「2-1 …」) by its ID; several groups' rows added up (a range, 施策27～28)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from planeval.direction_headings import Direction


@dataclass(frozen=True, slots=True)
class Scope:
    policy_id: str | None
    label: str
    unplaced: str = ""
    below: str = ""
    among: tuple[str, ...] = ()
    several: bool = False  # (naming several groups: 「改革の柱1…。改革の柱4…」, each sentence's)


def placed(label: str, found: str | None) -> Scope:
    """The group ``found`` named ``label``, or, found none, why it cannot be placed."""
    return Scope(found, label) if found else Scope(None, label, f"{label} の行がありません")


def direction_scope(direction: Direction) -> Scope:
    """A direction's heading as the scope of its paragraphs: its rows, named as typed."""
    return Scope(direction.policy_id, direction.scope, below=direction.id)


def named_below(found: re.Match[str]) -> Scope:
    """The scope of 「施策2-1」: that group below the top level's rows."""
    return Scope(None, found[0].replace(" ", ""), below=re.sub(r"\s*[-.]\s*", "-", found["id"]))
