"""Items merged across a plan's revision: two old items one new one takes in (川辺市's 1-1-(3)
窓口受付時間の見直し and 1-1-(4) 総合案内の充実 → 1-1-(3) 窓口受付時間の見直しと総合案内の充実).
--map puts both old numbers onto the new one (「1-1-(3)=1-1-(3)」 and 「1-1-(4)=1-1-(3)」): each old
item is compared with it, 「変化なし（統合）」, and a line under the tables names them. Mapping the
merged-away item alone pairs it with the new one and leaves the other old item 削除 — right for an
item dropped and its number reused, backwards for a merge (review 144 #6): a warning says so and
how to give the merge."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from planeval.cycle.map_ids import item_key
from planeval.model import Entry, Location, Problem, Severity

if TYPE_CHECKING:
    from planeval.cycle.compare import Movement


def merged_into(pairs: Sequence[tuple[Entry | None, Entry | None]]) -> set[int]:
    """The new round's items (by id) paired with two or more old ones (pairing.pair's merged)."""
    seen: set[int] = set()
    twice: set[int] = set()
    for before, after in pairs:
        if before is not None and after is not None:
            (twice if id(after) in seen else seen).add(id(after))
    return twice


def merged_note(movements: Sequence[Movement], listed: Callable[[Entry], str], item: str) -> str:
    """「前回の 1-1-(3)・1-1-(4) を今回の 1-1-(3) に統合した取組項目は、…」 for each new item
    several old ones were merged into; "" for none."""
    into: dict[int, tuple[Entry, list[str]]] = {}
    for m in movements:
        if m.merged and m.old is not None and m.new is not None:
            into.setdefault(id(m.new), (m.new, []))[1].append(listed(m.old))
    said = [
        f"前回の {'・'.join(olds)} を今回の {listed(new)} に統合した{item}"
        for new, olds in into.values()
    ]
    if not said:
        return ""
    return (
        f"{'、'.join(said)}は、統合前のそれぞれの実施状況と比べています（「統合」。"
        "件数の変化は今回の 1 件として数えています）"
    )


def merge_hints(
    movements: Sequence[Movement], mapping: Mapping[str, str], listed: Callable[[Entry], str]
) -> list[Problem]:
    """A warning for each old item shown 削除 whose number --map put another item onto, it
    given no pair of its own: a merge given by one pair only (review 144 #6)."""
    targets: dict[str, list[str]] = {}
    for source, target in mapping.items():
        targets.setdefault(target, []).append(source)
    shown = {item_key(m.old): listed(m.old) for m in movements if m.old is not None}
    said = []
    for m in movements:
        if m.kind != "removed" or m.ended or m.uncounted_in or m.old is None:
            continue
        key = item_key(m.old)
        if key is None or key in mapping or key not in targets:
            continue
        number = listed(m.old)
        others = "、".join(f"{shown.get(source, source)}={number}" for source in targets[key])
        said.append(
            Problem(
                Location("--map"),
                Severity.WARNING,
                f"前回の {number} {m.old.item_name} は、--map の {others} で別の取組がその番号に"
                "対応したため「削除」として示しました",
                f"今回の {number} に統合された取組なら、--map {number}={number} も指定してください"
                "（二つの番号を一つに対応させると「統合」として示します）。廃止して番号を"
                "使い回したのならこのままで構いません",
            )
        )
    return said
