"""The groups of bodies a survey's report may name (check): each 都道府県 the list of bodies
gives (「都道府県別では、北海道の30団体で完了87件」), whose paragraph is compared with its bodies'
rows, never with the whole survey's (review 204 #2: 87 of 北海道 said wrong against 662). Where
the list leaves some body's 都道府県 blank, a prefecture's rows are not known: its numbers are
listed as not compared (BodyGroups.unknown)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

_UNKNOWN = (
    "都道府県ごとの数は、団体一覧（[bodies] roster）の「都道府県」の列がすべての団体に"
    "書かれているときだけ、その都道府県の団体の行と比べます（都道府県が空の団体: {}）"
)


# the group of the bodies the list gives no 都道府県 (a body not on it, a line left blank)
NO_PREFECTURE = "（都道府県の記載なし）"


class BodyGroups(NamedTuple):
    """Each group's name → its bodies (a 都道府県's), and why their numbers are not compared
    where the members are not all known ("" where they are); ``placed``, every 都道府県 with its
    bodies in order (by_prefecture), which planeval's own 都道府県別集計 is compared with."""

    members: Mapping[str, frozenset[str]]
    unknown: str = ""
    placed: Mapping[str, tuple[str, ...]] = {}


NO_GROUPS = BodyGroups({})


def by_prefecture(
    bodies: Iterable[str], prefectures: Mapping[str, str]
) -> dict[str, tuple[str, ...]]:
    """Each 都道府県 of ``prefectures`` (a body → its 都道府県, as the list gives them) with its
    ``bodies``, in the order they first place each (the list's, then any other read); the
    bodies of none under NO_PREFECTURE, last. The one grouping of both the counts per 都道府県
    (prefecture_counts.py) and check's scopes of them (prefecture_groups)."""
    placed: dict[str, list[str]] = {}
    for body in dict.fromkeys(bodies):
        placed.setdefault(prefectures.get(body) or NO_PREFECTURE, []).append(body)
    if NO_PREFECTURE in placed:  # (last, before 合計)
        placed[NO_PREFECTURE] = placed.pop(NO_PREFECTURE)
    return {prefecture: tuple(them) for prefecture, them in placed.items()}


def prefecture_groups(bodies: Sequence[str], prefectures: Mapping[str, str]) -> BodyGroups:
    """by_prefecture of ``bodies`` as check's scopes: each 都道府県's bodies, but one named as a
    body of the read is (北海道 a body itself: its own rows); where some body has none, the
    bodies with none named (a few) as the reason."""
    placed = by_prefecture(bodies, prefectures)
    blank = placed.get(NO_PREFECTURE, ())
    named = [group for group in placed if group != NO_PREFECTURE]
    more = f" ほか {len(blank) - 3} 団体" if len(blank) > 3 else ""
    return BodyGroups(
        {group: frozenset(placed[group]) for group in named if group not in bodies},
        _UNKNOWN.format("、".join(blank[:3]) + more) if blank and named else "",
        placed,
    )
