"""The groups of bodies a survey's report may name (check): each 都道府県 the list of bodies
gives (「都道府県別では、北海道の30団体で完了87件」), whose paragraph is compared with its bodies'
rows, never with the whole survey's (review 204 #2: 87 of 北海道 said wrong against 662). Where
the list leaves some body's 都道府県 blank, a prefecture's rows are not known: its numbers are
listed as not compared (BodyGroups.unknown)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

_UNKNOWN = (
    "都道府県ごとの数は、団体一覧（[bodies] roster）の「都道府県」の列がすべての団体に"
    "書かれているときだけ、その都道府県の団体の行と比べます（都道府県が空の団体: {}）"
)


class BodyGroups(NamedTuple):
    """Each group's name → its bodies (a 都道府県's), and why their numbers are not compared
    where the members are not all known ("" where they are)."""

    members: Mapping[str, frozenset[str]]
    unknown: str = ""


NO_GROUPS = BodyGroups({})


def prefecture_groups(bodies: Sequence[str], prefectures: Mapping[str, str]) -> BodyGroups:
    """Each 都道府県 of ``prefectures`` (a body → its 都道府県, as the list gives them) with its
    ``bodies``, but one named as a body of the read is (北海道 a body itself: its own rows);
    where some body has none, the bodies with none named (a few) as the reason."""
    named: dict[str, set[str]] = {}
    for body in bodies:
        if body in prefectures:
            named.setdefault(prefectures[body], set()).add(body)
    blank = [body for body in bodies if body not in prefectures]
    more = f" ほか {len(blank) - 3} 団体" if len(blank) > 3 else ""
    return BodyGroups(
        {group: frozenset(them) for group, them in named.items() if group not in bodies},
        _UNKNOWN.format("、".join(blank[:3]) + more) if blank and named else "",
    )
