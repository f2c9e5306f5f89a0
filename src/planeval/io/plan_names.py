"""A plan's levels' names without the numbers it typed before them (plan_reader.py): 「基本目標1
市民…」, 「1-1 行政…」 → the name; a policy numbered otherwise than its ID, 「Ⅱ 子どもの…」, keeps
that number as its label."""

from __future__ import annotations

from dataclasses import replace

from planeval.io.levels import level_id
from planeval.io.own_ids import split_own_id
from planeval.plan import PlanItem
from planeval.text import HEADING_WORDS, bracketed_heading, level_heading, sub_heading

_ROMAN = frozenset("ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ")


def own_name(text: str, number: str, words: tuple[str, ...] = HEADING_WORDS) -> str:
    """A level's name without the number the plan typed before it, where that number is the
    level's own (``number``: 「1」, 「1-1」): 「基本目標1 市民…」, 「施策1-1 行政…」, 「1 市民…」
    → 「市民…」; any other text as it is (「5G活用」, a name after another level's number)."""
    heading = level_heading(text, words)
    if heading is not None and heading[2] and heading[1] == number.rsplit("-", 1)[-1]:
        return heading[2]
    sub = sub_heading(text, words)
    if sub is not None and sub[0] == number:
        return sub[1]
    if "(" in text[:12] or "（" in text[:12]:  # (「基本方針 (1) 名前」, 「(1) 名前」)
        found = bracketed_heading(text)
        own = found is not None and found[0] == number.rsplit("-", 1)[-1]
        if found is not None and own and (not found[2] or found[2] in words):
            return found[1]
    # (「1-1 行政…」, 「１．１ …」, 「1-(1) 行政…」: the forms' own reading, own_ids.split_own_id;
    # a Roman numeral is a policy's label, typed_policy's)
    own_id, name, typed = split_own_id(text)
    if own_id is None or typed[:1] in _ROMAN:
        return text
    return name if own_id in (number, number.rsplit("-", 1)[-1]) else text


def typed_policy(text: str, number: str, words: tuple[str, ...] = HEADING_WORDS) -> tuple[str, str]:
    """A policy's name, and its number as the plan typed it where written otherwise than its
    ID ``number`` — 「Ⅱ 子どもの…」, 「基本政策Ⅱ 子どもの…」 → ("子どもの…", "Ⅱ"), as the
    forms reader reads a level's cell (levels.level_id, its ReadResult.level_labels) —;
    else its name by own_name and ""."""
    own_id, name, typed = level_id(text, words)
    if typed and own_id == number and name:
        return name, typed
    return own_name(text, number, words), ""


def _bracketed(text: str, name: str) -> str:
    """The number a direction's cell typed in brackets before its ``name``, 「(2) 医療・福祉」's
    「(2)」, which the forms and reports show as typed (PlanItem.shown_direction), not as its
    ID 2-2 (review 161 #10); "" for any other."""
    found = bracketed_heading(text) if text[:1] in "(（" else None
    return found[3] if found is not None and found[1] == name and not found[2] else ""


def named(
    items: list[PlanItem], words: tuple[str, ...] = HEADING_WORDS, direction_word: str = ""
) -> list[PlanItem]:
    """The items with their levels' names as names (the numbers typed before them dropped,
    a policy's kept as its label where typed otherwise than its ID: Ⅱ), a direction's after
    its word too where [wording] gives it (``direction_word``), though then no policy's
    heading word: 「基本方針4-4 産業と環境の調和」 is 産業と環境の調和 (review 128 #7)."""
    below = (*words, direction_word) if direction_word else words
    kept = []
    for item in items:
        policy, label = typed_policy(item.policy_name, item.policy_id, words)
        direction = own_name(item.direction_name, item.direction_id, below)
        if (policy, direction, label) != (item.policy_name, item.direction_name, ""):
            typed = item.direction_label or _bracketed(item.direction_name, direction)
            item = replace(
                item,
                policy_name=policy,
                direction_name=direction,
                policy_label=label,
                direction_label=typed,
            )
        kept.append(item)
    return kept
