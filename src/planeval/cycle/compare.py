"""Comparing two evaluation rounds of the same plan: which items moved, per policy how much.

Items are matched by ID (project, item number, sub-item). Across plan periods projects are
renumbered (the old 1-1-3 is the new 1-1-4): a mapping OLD=NEW translates the old IDs first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from planeval.aggregate import Summary, id_order, summarize
from planeval.combine import EntryKey, entry_key
from planeval.errors import UsageError
from planeval.model import Entry
from planeval.scale import Scale

Kind = Literal["changed", "same", "added", "removed"]
KIND_LABELS: dict[str, str] = {
    "changed": "変化",
    "same": "変化なし",
    "added": "追加",
    "removed": "削除",
}
_PROJECT_ID = re.compile(r"^\d+-\d+-\d+$")


@dataclass(frozen=True, slots=True)
class Movement:
    old: Entry | None
    new: Entry | None

    @property
    def entry(self) -> Entry:
        entry = self.new or self.old
        assert entry is not None
        return entry

    @property
    def kind(self) -> Kind:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "same" if self.old.status == self.new.status else "changed"


@dataclass(frozen=True, slots=True)
class Comparison:
    movements: tuple[Movement, ...]
    old: Summary
    new: Summary
    scale: Scale

    def trend(self, movement: Movement) -> str:
        """改善 or 後退 by the scale's order (its first symbol is the best), else ""."""
        if movement.kind != "changed" or movement.old is None or movement.new is None:
            return ""
        order = self.scale.counted
        if movement.old.status not in order or movement.new.status not in order:
            return ""
        return (
            "改善"
            if order.index(movement.new.status) < order.index(movement.old.status)
            else "後退"
        )


def parse_mapping(pairs: Sequence[str], file: Path | None = None) -> dict[str, str]:
    """ "1-1-3=1-1-4" pairs, from the command line and/or a file of such lines (or CSV)."""
    lines = list(pairs)
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise UsageError(f"{file}: 対応表を読めません（{error}）") from None
        lines += [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    mapping: dict[str, str] = {}
    for line in lines:
        parts = [part.strip() for part in re.split(r"[=,\t]", line) if part.strip()]
        if len(parts) != 2 or not all(_PROJECT_ID.match(part) for part in parts):
            raise UsageError(f"--map takes OLD=NEW project IDs such as 1-1-3=1-1-4, not '{line}'")
        mapping[parts[0]] = parts[1]
    return mapping


def compare_rounds(
    old: Sequence[Entry],
    new: Sequence[Entry],
    *,
    scale: Scale,
    mapping: Mapping[str, str] | None = None,
) -> Comparison:
    mapping = mapping or {}
    renamed = [
        entry._replace(project_id=mapping.get(entry.project_id, entry.project_id)) for entry in old
    ]
    old_by_key: dict[EntryKey, Entry] = {}
    for entry in renamed:
        old_by_key.setdefault(entry_key(entry), entry)
    new_by_key: dict[EntryKey, Entry] = {}
    for entry in new:
        new_by_key.setdefault(entry_key(entry), entry)
    keys = sorted(
        set(old_by_key) | set(new_by_key),
        key=lambda key: (id_order(key[0]), int(key[1]) if key[1].isdigit() else 0, key[1], key[2]),
    )
    movements = tuple(Movement(old_by_key.get(key), new_by_key.get(key)) for key in keys)
    return Comparison(
        movements=movements,
        old=summarize(old, by="policy", scale=scale),
        new=summarize(new, by="policy", scale=scale),
        scale=scale,
    )
