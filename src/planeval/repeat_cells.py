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
    "2.2.3", 「再掲（1-2-1③）」 → "1-2-1③", and one saying where the item is listed (listed_at:
    「再掲（1-5参照）」「（1-5に掲載）」 → "1-5"); None for any other text (a status, words)."""
    if "再掲" not in text:
        return listed_at(text)
    match = _referring().match(text.strip())
    return listed_at(text) if match is None else (match["before"] or match["after"] or None)


@functools.cache
def _listing() -> re.Pattern[str]:
    return re.compile(
        rf"^(?P<repeat>再掲)?\s*[（(【\[［]?\s*(?P<reference>{_REFERENCE}?)\s*"
        r"(?P<said>に掲載|に記載|を?参照|に再掲)?\s*[）)】\]］]?$"
    )


def listed_at(text: str) -> str | None:
    """The item a repeat listing's cell says the item is listed at, as typed: 「（1-5に掲載）」
    「再掲（1-5参照）」「1-5参照」 → "1-5" — a cell holding that alone, with 再掲 or a word of
    listing (掲載, 記載, 参照) beside the number; None for anything else (review 154 #3: such a
    row was an error, 「再掲元の書き込みがありません」, that left out the whole count)."""
    if not any(word in text for word in ("再掲", "掲載", "記載", "参照")):
        return None
    match = _listing().match(text.strip())
    if match is None or not match["reference"] or not (match["repeat"] or match["said"]):
        return None
    return match["reference"]
