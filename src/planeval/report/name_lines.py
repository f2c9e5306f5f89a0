"""A cell of several names joined by 「、」 (an item's co-owning departments, 「市民課、デジタル・
スマートシティ推進課」) as a printed column shows it: where they do not fit on one line, each
line as many whole names as it holds, broken after a 「、」. Word, Excel and LibreOffice fill a
line as far as it goes and printed 「市民課、デジタル・スマー／トシティ推進課」 (review 125 #6);
a name wider than a line of its own still wraps inside itself."""

from __future__ import annotations

from planeval.lazy_pattern import LazyPattern
from planeval.report.cell_wrap import Advance

_NAMES = LazyPattern(r"[^、]+、*")  # (each name with the 「、」 after it)


def names_on_lines(text: str, room: float, measure: Advance) -> str:
    """``text`` with a line break after each 「、」 a line of ``room`` (as ``measure`` sets a
    text) ends at; as it is where it fits one line, or names nothing apart."""
    if "、" not in text or "\n" in text or measure(text) <= room:
        return text
    lines: list[str] = []
    for name in _NAMES.findall(text):
        if lines and measure(lines[-1] + name) <= room:
            lines[-1] += name
        else:
            lines.append(name)
    return "\n".join(lines)
