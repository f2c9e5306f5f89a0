"""Items whose status moved while their target or their text changed between the two rounds:
浜名市's DX研修受講者数 fell A → B the year its 目標値 was raised from 1,500 to 「2,500（R7改定）」,
and compare said a plain 後退 (review 180 #4) — a reader took a revised target for a worse
result. Each such movement keeps its 改善/後退 (the statuses as rated), and its 変化 cell says
what changed beside it: 「後退（目標値 1,500→2,500（R7改定））」, 「後退（KPIの記述が変更）」; a note
under the table says once why (revised_note).

A target is a figure column titled 目標値 or 目標 (「目標値（R8）」, 「R8目標」: its title as
compared, text.bare_title); two figures that are one number as shown otherwise (「100.0%」 and
「1」, 「1,500」 and 「1500」: one cell formatted as a percentage, the other not) are the same."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from planeval.cycle.map_ids import item_key
from planeval.model import Location
from planeval.pasted_rows import number
from planeval.text import bare_title, compact, comparable_name

if TYPE_CHECKING:
    from planeval.cycle.compare import Comparison, Movement

Values = Mapping[Location, tuple[tuple[str, str], ...]]
Revisions = Mapping[tuple[Location, Location], str]


def revisions(
    movements: Sequence[Movement],
    old: Values,
    new: Values,
    item: str,
    mapped: Collection[str] = (),
) -> Revisions:
    """Per movement whose status changed (its old and new row's places), what changed of its
    item besides: its target (``old`` and ``new``: each round's figures, ReadResult.values) and
    its text (``item``: the body's word for an item; a mark as 【拡充】 aside) — not of an item or project --map pairs
    (``mapped``: its keys, map_ids.item_key): the user said the two are one, renamed."""
    found: dict[tuple[Location, Location], str] = {}
    for movement in movements:
        before, after = movement.old, movement.new
        if before is None or after is None or movement.kind != "changed":
            continue
        said = [*_targets(old.get(before.location, ()), new.get(after.location, ()))]
        given = before.project_id in mapped or item_key(before) in mapped
        if not given and comparable_name(before.item_name) != comparable_name(after.item_name):
            said.append(f"{item}の記述が変更")
        if said:
            found[(before.location, after.location)] = "、".join(said)
    return found


def revision(comparison: Comparison, movement: Movement) -> str:
    """What changed of the movement's item besides its status (revisions), "" where nothing."""
    if movement.old is None or movement.new is None or not comparison.revised:
        return ""
    return comparison.revised.get((movement.old.location, movement.new.location), "")


def described(comparison: Comparison, movement: Movement) -> str:
    """The 変化 cell: Comparison.describe, with what changed besides beside it."""
    said = comparison.describe(movement)
    return f"{said}（{changed}）" if (changed := revision(comparison, movement)) else said


def revised_note(comparison: Comparison) -> str:
    """Said once under the table where a movement's target or text changed: its 改善/後退 is of
    the statuses as rated, against the target of each round. "" for none."""
    shown = [m for m in comparison.movements if revision(comparison, m)]
    if not shown:
        return ""
    item = comparison.wording.item
    return (
        f"目標値や記述が前回から変わった{item} {len(shown)} 件は、変化の欄の括弧にそう書いています。"
        "その評価の変化は各回の目標に対するもので、目標の改定によることがあります（実績が"
        "悪くなった・良くなったとは限りません）"
    )


def _targets(before: tuple[tuple[str, str], ...], after: tuple[tuple[str, str], ...]) -> list[str]:
    """「目標値 1,500→2,500（R7改定）」 for each target column both rounds have whose figure
    changed (as titled in the new round)."""
    was = {bare_title(title): value for title, value in before if _is_target(title)}
    said = []
    for title, value in after:
        bare = bare_title(title)
        if bare in was and not _same_figure(was[bare], value):
            said.append(f"{bare} {was[bare].strip() or '（空欄）'}→{value.strip() or '（空欄）'}")
    return said


def _is_target(title: str) -> bool:
    bare = bare_title(title)
    return bare.endswith(("目標値", "目標")) or bare.startswith("目標値")


def _same_figure(one: str, other: str) -> bool:
    """Whether two cells show one figure: as numbers (a percentage as its fraction), else as
    text."""
    first, second = _amount(one), _amount(other)
    if first is not None and second is not None:
        return abs(first - second) < 1e-9
    return compact(one) == compact(other)


def _amount(text: str) -> float | None:
    read = number(text)
    if read is None:
        return None
    return read[0] / 100 if text.strip().endswith(("%", "％")) else float(read[0])
