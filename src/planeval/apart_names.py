"""A policy several bodies name each their own way, in a roll-up by policy: its row shows no
name (no one body's is the prefecture's), and a notice says why and who names it how (review
40: 基本目標3 unnamed, nothing said)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planeval.aggregate import Summary
from planeval.cells import body_list
from planeval.model import Location, Problem, Severity
from planeval.text import comparable_name

_NAMED = 2  # bodies named for each name; the rest counted
_WAYS = 3  # names said; the rest counted


def names_apart(
    summary: Summary, names: Mapping[str, str], bodies: Sequence[str], where: str
) -> list[Problem]:
    """One notice for each unnamed policy of ``summary`` (by policy, over several bodies) that
    ``names`` (ReadResult.policy_names, keyed by model.body_key) names differently in its
    ``bodies``."""
    if summary.by != "policy" or len(bodies) < 2:
        return []
    said = []
    for group in summary.groups:
        if group.name or not group.id:
            continue
        given: dict[str, list[str]] = {}
        for body in bodies:
            if name := names.get(f"{body}\x1f{group.id}", ""):
                given.setdefault(comparable_name(name), [name]).append(body)
        if len(given) < 2:
            continue
        named = sorted(given.values(), key=len, reverse=True)  # (the most bodies' first)
        ways = "、".join(f"「{name}」（{body_list(who, _NAMED)}）" for name, *who in named[:_WAYS])
        if len(named) > _WAYS:  # (a national roll-up: each body its own name)
            ways += f" ほか {len(named) - _WAYS} 通り"
        said.append(
            Problem(
                Location(where),
                Severity.NOTICE,
                f"情報化政策{group.shown_id} は団体によって名前が違うため、表に名前を載せていません: {ways}",
                "同じ情報化政策なら、ブックの名前をそろえてください",
            )
        )
    return said
