"""A ``blank_beside`` value that is a slip for a status every reader knows (「取り組み中」 for
progress's 取組中, review 129): refused as the settings are loaded, naming the key, the value,
the status meant and the line to write. blank_beside names values of the table's other status
column, whose scale this planeval.toml does not hold, so it is checked against every preset's
statuses and this file's own; a word near none of them may be the body's own status and
loads."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from planeval.config_guess import nearest
from planeval.config_lines import line_in_entry
from planeval.errors import ConfigError
from planeval.presets import PRESETS
from planeval.scale import Status
from planeval.text import compact


def beside_slips(statuses: Sequence[Status], items: list[Any], path: Path, text: str) -> None:
    """A ConfigError at the first ``blank_beside`` holding a slip for a known status."""
    known = _known_words(statuses)
    for number, item in enumerate(items, start=1):
        typed = item.get("blank_beside") if isinstance(item, dict) else None
        if not typed:
            continue
        meant = [_meant(value, known) for value in typed]
        if not any(meant):
            continue
        value, status = next((v, m) for v, m in zip(typed, meant, strict=True) if m)
        fixed = json.dumps([m or v for v, m in zip(typed, meant, strict=True)], ensure_ascii=False)
        at = f"{path}{line_in_entry('scale.status', number, 'blank_beside', text)} › [scale]"
        raise ConfigError(
            f"{at}: blank_beside の「{value}」はどの評価尺度の区分にもありません"
            f"（「{status}」のことですか）。blank_beside = {fixed} と直してください（もう一方の"
            "評価の列で、空欄にできる行の値を表に書かれるとおりに書きます）"
        )


def _known_words(statuses: Sequence[Status]) -> dict[str, str]:
    """Every written form of every preset's status and this file's, compacted, to the form
    the message names (its symbol)."""
    every = [status for scale in PRESETS.values() for status in scale.statuses]
    return {
        compact(word): status.symbol
        for status in (*every, *statuses)
        for word in (status.symbol, status.label, *status.aliases)
        if word
    }


def _meant(value: str, known: dict[str, str]) -> str | None:
    """The known status ``value`` is a slip for: none known as written, one near it whose
    characters it holds in order (取組中 in 取り組み中: okurigana added) or that holds
    ``value``'s (a character left out); None where it is known or near none (着手済, not
    未着手: a word of the body's own)."""
    key = compact(value)
    if key in known:
        return None
    near = nearest(key, list(known))
    if near is None or not (_within(near, key) or _within(key, near)):
        return None
    return known[near]


def _within(short: str, long: str) -> bool:
    """Whether ``short``'s characters stand in ``long`` in the same order."""
    rest = iter(long)
    return all(character in rest for character in short)
