"""An indicator's figures in planeval's own Chapter 3 tables pasted into a report (「ア 電子申請
の利用件数 | 1,200件 | 8,450件 | 10,230件 | 15,000件 | A | …」, ReadResult.values): not numbers
stated of the counts. ``check`` reads a text line as a Chapter 3 row when its cells (between
tabs, as a browser copies a table and Word saves one as text, or Markdown's |) hold, in the
row's order, exactly the figures of a rated row whose item the line names; those cells are left
out of the line before its statements are looked for (「10,230件 … A」 is not 10230 A's)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from planeval.model import Entry, Location, TextCell

_CELLS = re.compile(r"\t|\|")


def without_figures(
    texts: Sequence[TextCell],
    entries: Sequence[Entry],
    values: Mapping[Location, tuple[tuple[str, str], ...]],
) -> list[TextCell]:
    """``texts`` with the figures of every pasted Chapter 3 row left out of its line."""
    if not values:
        return list(texts)
    items: dict[tuple[str, ...], set[str]] = {}  # a row's figures → the items that have them
    for entry in entries:
        if figures := tuple(value for _title, value in values.get(entry.location, ()) if value):
            items.setdefault(figures, set()).add(entry.item_name)
    shown = {figure for figures in items for figure in figures}
    kept = []
    for text in texts:
        lines = text.text.split("\n")
        for index, line in enumerate(lines):
            cells = _CELLS.split(line)
            found = tuple(cell.strip() for cell in cells if cell.strip() in shown)
            if found and any(item and item in line for item in items.get(found, ())):
                lines[index] = "\t".join(cell for cell in cells if cell.strip() not in found)
        joined = "\n".join(lines)
        kept.append(text if joined == text.text else TextCell(text.location, joined))
    return kept
