"""A project renumbered under the same name between rounds: a 大綱's plan swapping its 改革項目
Ⅳ-2 and Ⅳ-3, 「働き方改革」 and 「教職員の働き方改革」 (review 117 N7). Its items, the same names
under the same project's name, were 削除 under the old number and 追加 under the new, and the
改善 among them uncounted, where a KPI or a 取組項目 renumbered is paired by its name
(pairing.pair). Paired so, they are 番号変更 (pairing.moved), as --map would pair them."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from planeval.model import Entry
from planeval.text import comparable_name

Named = tuple[str, str, str, str]  # (body, project's name, item's name, sub-item), compared


def _named(entry: Entry) -> Named | None:
    if not entry.project_name:
        return None
    sub = comparable_name(entry.sub_item) if entry.sub_item else ""
    name = comparable_name(entry.project_name)
    return entry.body, name, comparable_name(entry.item_name), sub


def by_project_name(
    old: Sequence[Entry], new: Sequence[Entry], matched: dict[int, int], taken: set[int]
) -> None:
    """Pairs each item left unpaired of ``old`` with the one left of ``new`` under another
    project of the same name, of the same name itself — one such item of each round only (a
    name two items share pairs neither). Adds to ``matched`` (old → new index) and ``taken``."""
    sides: list[dict[Named, list[int]]] = []
    for entries, done in ((old, matched.keys()), (new, taken)):
        named: dict[Named, list[int]] = {}
        for index, entry in enumerate(entries):
            if index not in done and (key := _named(entry)) is not None:
                named.setdefault(key, []).append(index)
        sides.append(named)
    for key, found in sides[0].items():
        there = sides[1].get(key, [])
        one = len(found) == 1 and len(there) == 1
        if one and old[found[0]].project_id != new[there[0]].project_id:
            matched[found[0]] = there[0]
            taken.add(there[0])


def by_item_name(
    old: Sequence[Entry],
    new: Sequence[Entry],
    matched: dict[int, int],
    taken: set[int],
    mapped: Collection[int] = (),
) -> None:
    """Pairs an item left unpaired of ``old`` with the one left of ``new`` of the same name in
    the same body, under another project: an item the plan moved between 施策 (review 155 #2,
    若者就労支援事業 5-2-1 → 2-2-1, its 2 → 1 uncounted as 削除 and 追加). Only a name one item
    of the body bears in each round pairs (two 啓発事業 pair neither), never one ``mapped``
    (old indexes a --map pair renumbered: the mapping says where it went). Adds to ``matched``
    and ``taken``; pairing.moved says it 「旧 → 新（番号変更）」."""
    sides: list[dict[tuple[str, str, str], list[int]]] = []
    for entries in (old, new):
        named: dict[tuple[str, str, str], list[int]] = {}
        for index, entry in enumerate(entries):
            if name := comparable_name(entry.item_name):
                sub = comparable_name(entry.sub_item) if entry.sub_item else ""
                named.setdefault((entry.body, name, sub), []).append(index)
        sides.append(named)
    for key, found in sides[0].items():
        there = sides[1].get(key, [])
        if len(found) != 1 or len(there) != 1 or found[0] in mapped:
            continue
        if found[0] in matched or there[0] in taken:
            continue
        if old[found[0]].project_id != new[there[0]].project_id:
            matched[found[0]] = there[0]
            taken.add(there[0])


FORMER = "（旧）"  # before the number of a row the new round has not, its project renumbered since


def projects_renumbered(pairs: Iterable[tuple[Entry | None, Entry | None]]) -> dict[str, str]:
    """Each project of the old round all of whose items paired went to one other project of
    the new round → that project's ID: a 施策 renumbered, 3-2-2 → 3-2-3 where a new 3-2-2 was
    inserted before it (review 124 #7). An item of it the new round has not is of that
    project now — the plan's 終了 is looked up there (cycle/ended.py) — and is shown under
    its old number marked FORMER, 「（旧）3-2-2」, not as one of the new 3-2-2."""
    found: dict[str, set[str]] = {}
    for old, new in pairs:
        if old is not None and new is not None:
            found.setdefault(old.project_id, set()).add(new.project_id)
    return {
        project: now
        for project, projects in found.items()
        if len(projects) == 1 and (now := next(iter(projects))) != project
    }
