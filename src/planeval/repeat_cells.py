"""A repeat listing's status cell naming the item it repeats: 「2.2.3の再掲」, 「2.2.3再掲」,
「再掲（2.2.3）」 — the scale's 再掲 and the reference its name or note would carry (review 116: it
was an unknown status, 「件数のようです」, the row to be deleted)."""

from __future__ import annotations

import functools
import re

from planeval.ids import DASHES

# an item's number as a body types it: 2.2.3, 1-2-1③, 3.1(1)ア, ２．２．３ (a digit first)
_REFERENCE = rf"[0-9０-９][0-9０-９.．・()（）\u2460-\u2473ア-ン{re.escape(DASHES)}]*"


@functools.cache
def _referring() -> re.Pattern[str]:
    return re.compile(
        rf"^[（(【\[［]?\s*(?P<before>{_REFERENCE}?)\s*の?\s*再掲\s*[）)】\]］]?$"
        rf"|^再掲\s*[（(:：]?\s*(?P<after>{_REFERENCE}?)\s*[）)]?$"
    )


def typed_reference(text: str) -> str | None:
    """The item a status cell holding 再掲 and a reference names, as typed: 「2.2.3の再掲」 →
    "2.2.3", 「再掲（1-2-1③）」 → "1-2-1③"; None for any other text (a status, words)."""
    if "再掲" not in text:
        return None
    match = _referring().match(text.strip())
    return None if match is None else (match["before"] or match["after"] or None)
