"""One department's form received twice: two workbooks written for the same department
holding mostly the same items — a copy 「…環境局(1).xlsx」 beside 「…環境局.xlsx」, or the form
saved again with a value or two changed, alike to no byte (byte_copies.py leaves out only a
copy alike to the byte, and only with --bodies file). same_items.py says each item twice —
counted once where rated alike, not counted where not —; here that is said once as what it
is, with the two files, the items alike counted once (their warnings dropped) and those rated
otherwise left as they are, each an error at its cell, not counted (review 124 #9: six
messages, none of them "one form sent twice")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from planeval.model import Entry, Location, Problem, Severity

_CELLS_NAMED = 10  # cells of items rated otherwise named before 「ほか N か所」
# an item's two copies in one writer's two workbooks, that writer, and what was said of the
# item where those two are all its copies (else its co-owners' copies are said of: as it is)
Twice = tuple[list[Entry], str, list[Problem]]


def said_once(
    problems: list[Problem], twice: Sequence[Twice], entries: Sequence[Entry]
) -> list[Problem]:
    """``problems`` with the items ``twice`` (each read in two workbooks of one writer) of a
    pair of workbooks holding mostly the same items (``entries``: every entry read) said once
    for the pair, in a warning before the errors of the items rated otherwise (each kept: its
    row is not counted), whose fix is the pair's."""
    pairs: dict[tuple[str, str, str], list[Twice]] = {}
    for found in twice:
        one, other = found[0]
        pairs.setdefault((one.location.file, other.location.file, found[1]), []).append(found)
    files = {file for first, second, _ in pairs for file in (first, second)}
    # (each workbook's items: a repeat listing, 再掲, is none of its own)
    sizes = Counter(
        e.location.file for e in entries if e.location.file in files and not e.repeat_of
    )
    for (first, second, writer), items in pairs.items():
        if 2 * len(items) <= max(sizes[first], sizes[second]):
            continue  # (two workbooks sharing a few items: each said at its row)
        dropped = {id(p) for _, _, said in items for p in said if not p.is_error}
        differ = [copies[1] for copies, _, _ in items if copies[0].status != copies[1].status]
        summary = _summary(first, second, writer, len(items), differ)
        # (each error its row's, its fix the pair's: not 「どちらが正しいか…」 once per item)
        fixed = {
            id(p): replace(p, hint=summary.hint) for *_, said in items for p in said if p.is_error
        }
        kept = [fixed.get(id(p), p) for p in problems if id(p) not in dropped]
        at = next((i for i, p in enumerate(kept) if p.location.file == second), len(kept))
        problems = [*kept[:at], summary, *kept[at:]]
    return problems


def _summary(first: str, second: str, writer: str, items: int, differ: list[Entry]) -> Problem:
    """A warning of the pair (``differ``: its copies in ``second`` of the items rated otherwise,
    each an error of its own, a place left out of the count: this one leaves nothing out)."""
    said = [f"達成状況が同じ {items - len(differ)} 件は 1 件として数えました"]
    said = said if len(differ) < items else []
    if differ:
        cells = "、".join(str(entry.location.cell) for entry in differ[:_CELLS_NAMED])
        more = f" ほか {len(differ) - _CELLS_NAMED} か所" if len(differ) > _CELLS_NAMED else ""
        said.append(f"違う {len(differ)} 件（{cells}{more}）はエラーとして数えていません")
    return Problem(
        Location(second),
        Severity.WARNING,
        f"「{Path(first).name}」と「{Path(second).name}」は、どちらも{writer}の調査票で、同じ"
        f"実施内容 {items} 件を載せています（同じ調査票を二度受け取ったものとみられます）。"
        + "。".join(said),
        f"どちらが新しい回答か{writer}に確かめ、古い方をフォルダから除いてください"
        if differ
        else "二度受け取ったものなら、一方をフォルダから除いてください",
    )
