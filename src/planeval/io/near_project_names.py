"""A project named, not numbered, typed a little otherwise in one file (守山区's 福祉課
「防災力向上」 beside the other 課' 「防災力の向上」, 保険年金課 「健康づくりの推進」 beside
「健康づくり」): one name under one level is one project (unnumbered_projects.py), so each
spelling made one — every later ID shifted, compare's 削除 and 追加 of unchanged items, all
unsaid (review 107). Two names under one level that differ only in a particle (の), a
middle dot, an official variant (障がい・障害) or a closing 推進・充実 are one project where
their items' numbers agree — together they run through no other project's —, said in a notice."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
from collections.abc import Iterable
from typing import NamedTuple

from planeval.lazy_pattern import LazyPattern
from planeval.model import Location, Problem, Severity

_VARIANTS = (("障がい", "障害"), ("障碍", "障害"))
_GENERIC_END = LazyPattern(r"の?(?:推進|充実|強化|促進)$")
_PARTICLES = LazyPattern(r"[の・]")

# (body, the level above the project, the project's name as compared)
Project = tuple[str, str, str]


class Spelling(NamedTuple):
    """A project's name as one or more files type it: what joining it is judged on."""

    typed: str  # as the first file types it
    numbers: set[int | None]  # its items' numbers (None: an item without one)
    files: dict[str, None]  # the files typing it so, in the order read
    at: Location  # its first row


def skeleton(name: str) -> str:
    """A name as near names compare: 「防災力の向上」 and 「防災力向上」 alike."""
    for typed, meant in _VARIANTS:
        name = name.replace(typed, meant)
    return _PARTICLES.sub("", _GENERIC_END.sub("", name))


def joined(spellings: dict[Project, Spelling]) -> tuple[dict[Project, Project], list[Problem]]:
    """Each project spelled near another of its level → that one (the one more files type,
    or with more items), and the notice saying so at the first row of each joined."""
    by_level: dict[tuple[str, str, str], list[Project]] = {}
    for key in spellings:
        if len(near := skeleton(key[2])) >= 2:
            by_level.setdefault((key[0], key[1], near), []).append(key)
    joins: dict[Project, Project] = {}
    said = []
    for (body, upper, _near), keys in by_level.items():
        if len(keys) < 2:
            continue
        others = [
            spelling.numbers
            for key, spelling in spellings.items()
            if key[:2] == (body, upper) and key not in keys
        ]
        if not _agree([spellings[key].numbers for key in keys], others):
            continue
        kept, *rest = sorted(keys, key=lambda key: _weight(spellings[key]), reverse=True)
        for key in rest:
            joins[key] = kept
            said.append(_notice(spellings[key], spellings[kept]))
    return joins, said


def _weight(spelling: Spelling) -> tuple[int, int]:
    return len(spelling.files), len(spelling.numbers)


def _agree(own: Iterable[set[int | None]], others: Iterable[set[int | None]]) -> bool:
    """Whether items numbered ``own`` (each spelling's) run through none of the ``others``:
    every one numbered, no other project's number between their smallest and largest."""
    numbers = set().union(*own)
    whole = [number for number in numbers if number is not None]
    if not whole or len(whole) < len(numbers):
        return False
    low, high = min(whole), max(whole)
    return not any(
        number is not None and low <= number <= high for other in others for number in other
    )


def _notice(spelling: Spelling, kept: Spelling) -> Problem:
    where = next(iter(kept.files)) + (" ほか" if len(kept.files) > 1 else "")
    numbers = "・".join(str(number) for number in sorted(n for n in spelling.numbers if n))
    return Problem(
        spelling.at,
        Severity.NOTICE,
        f"計画事業「{spelling.typed}」は、同じ情報化政策の「{kept.typed}」（{where}）と表記だけが"
        f"違い、実施内容の番号（{numbers}）も続いているため、同じ計画事業「{kept.typed}」として"
        "数えました",
        f"別の計画事業なら名前を変えてください。同じなら「{kept.typed}」に表記をそろえてください",
    )
