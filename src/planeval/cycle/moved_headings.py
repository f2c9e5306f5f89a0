"""An item paired under the same number in another direction: 上毛県 numbers its groups on
through each 基本目標 across its 施策 headings, and 総務部's (3) 業務の効率化 stood under 施策6
last year, under 施策7 this year — 3-(3) both times. compare said 「3-(3)ウ → 3-(3)ウ」 and
「（番号変更）」, 「項目 3-(3) → 3-(3)」, never the move (review 181 #3): said as its heading's,
「施策6 → 施策7」."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planeval.level_labels import shown_number
from planeval.model import Entry

if TYPE_CHECKING:  # (compare.py asks this of its movements)
    from planeval.cycle.compare import Comparison, Movement


def heading_move(comparison: Comparison, movement: Movement) -> str:
    """「施策6 → 施策7」 where the movement's two entries are listed under one number
    (Comparison.listed) in two directions, each as typed, else the body's word for a direction
    and its ID; "" otherwise."""
    old, new = movement.old, movement.new
    if old is None or new is None or old.direction_id == new.direction_id:
        return ""
    if comparison.listed(old) != comparison.listed(new):
        return ""
    word = comparison.wording.direction_short
    return " → ".join(_direction(comparison, entry, word) for entry in (old, new))


def _direction(comparison: Comparison, entry: Entry, word: str) -> str:
    shown = shown_number(comparison.listed.labels, entry.direction_id, entry.body)
    return f"{word} {shown}" if shown == entry.direction_id else shown
