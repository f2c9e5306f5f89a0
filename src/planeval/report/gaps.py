"""Under 集計, the levels whose rows no file holds, between numbers that are read (a gap's
warning, io/level_names.py: 改革項目 3 between 1–2 and 4–5, the 課 of 3 never answered):
known without a plan, so a printed count never passes for the whole plan (review 85). And,
where the gap is a project or direction of a policy, the same after that policy's count
sentence, where the reader sees the numbering jump (review 172 #1)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from planeval.text import ROMAN_NUMERALS

if TYPE_CHECKING:
    from planeval.aggregate import Group
    from planeval.wording import Wording


class Gap(NamedTuple):
    """One gap: ``said`` as its warning says it (「計画事業 2-(3)」, 「番号 9～12」), of
    ``body`` ("" without --bodies); where it is a project or direction of a policy, that
    ``policy`` (its ID), its ``level`` and its ``number`` as the tables print it (「(3)」,
    「施策3」, 「1-1-3」)."""

    said: str
    body: str = ""
    policy: str = ""
    level: str = ""
    number: str = ""


def gap_name(gap: Gap, word: str) -> str:
    """The gap as a reader finds it in the tables: 「項目(3)」, 「施策3」, 「項目 1-1-3」, 「改革項目
    Ⅲ-(2)」 (``word``: the level's, [wording]'s 項目), its body's before it."""
    number = gap.number
    if number[:1] in "(（":
        named = f"{word}{number}"
    elif number[:1].isdigit() or number[:1] in ROMAN_NUMERALS:  # (Ⅲ-(2): review 188)
        named = f"{word} {number}"
    else:  # (its word typed with it: 施策3)
        named = number
    return f"{gap.body}の{named}" if gap.body else named


def gap_line(gaps: Sequence[Gap], words: tuple[str, str], policy_named: Mapping[str, str]) -> str:
    """One sentence of what is missing, for 集計: 「基本目標2 の項目(3) は報告がなかったため、
    集計に含めていません。」 (``words``: the project's and the direction's; ``policy_named``:
    each policy's ID → how its heading numbers it, 「基本目標2」), "" when nothing is; no
    count in it, the items missing not being known."""
    if not gaps:
        return ""
    named = []
    for gap in gaps:
        if not gap.number:
            named.append(gap.said)
            continue
        policy = policy_named.get(gap.policy, "")
        if (
            not policy and gap.number[:1] in "(（"
        ):  # (「施策 2-(2)」 as a flat list shows it: 207 #2)
            named.append(gap.said)
            continue
        name = gap_name(gap, words[gap.level != "project"])
        named.append(f"{policy} の{name}" if policy and not gap.body else name)
    return f"{'、'.join(named)} は報告がなかったため、集計に含めていません。"


def policy_gap_sentence(gaps: Sequence[Gap], policy: str, words: tuple[str, str]) -> str:
    """After ``policy``'s count sentence, its gaps: 「このほか、項目(3) は報告がなかったため、
    評価に含めていません。」; "" where it has none."""
    named = [
        gap_name(gap, words[gap.level != "project"])
        for gap in gaps
        if gap.number and gap.policy == policy
    ]
    if not named:
        return ""
    return f"このほか、{'、'.join(named)} は報告がなかったため、評価に含めていません。"


def policies_named(groups: Iterable[Group], wording: Wording) -> dict[str, str]:
    """Each policy's ID → how 集計's gap line names it, 「基本目標2」 (its number as typed)."""
    return {group.id: f"{wording.policy}{group.shown_id}" for group in groups if group.id}
