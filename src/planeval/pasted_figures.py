"""An indicator's figures in planeval's own Chapter 3 tables pasted into a report (「ア 電子申請
の利用件数 | 1,200件 | 8,450件 | 10,230件 | 15,000件 | A | …」, ReadResult.values): not numbers
stated of the counts. ``check`` reads a text line as a Chapter 3 row when its cells (between
tabs, as a browser copies a table and Word saves one as text, or Markdown's |) hold, side by
side in the row's order, the figures of a rated row whose item the line names; those cells are
left out of the line before its statements are looked for (「10,230件 … A」 is not 10230 A's),
whatever the cells beside them hold (a rating 「－」 typed as a figure's dash is the rating).
Where each cell is a line of its own (LibreOffice's text of the Word export), the lines holding
a row's figures, one after another below the line naming its item, are left out alike."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from planeval.model import Entry, Location, TextCell

_CELLS = re.compile(r"\t|\|")
_SPACES = re.compile(r"\s+")


class _Figures:
    """The rated rows' figures (each row's non-empty ones, in its table's order), found by
    their first figure, each with the items that have them."""

    def __init__(
        self, entries: Sequence[Entry], values: Mapping[Location, tuple[tuple[str, str], ...]]
    ) -> None:
        self.by_first: dict[str, dict[tuple[str, ...], set[str]]] = {}
        for entry in entries:
            if figures := tuple(value for _title, value in values.get(entry.location, ()) if value):
                rows = self.by_first.setdefault(figures[0], {})
                rows.setdefault(figures, set()).add(_unspaced(entry.item_name))

    def run_at(self, cells: Sequence[str], at: int, named: str) -> int:
        """How many of ``cells`` from ``at`` are the figures of a row whose item ``named``
        names (the most where several rows' fit), 0 where none are. ``named`` comes without
        spaces (_unspaced): Word breaks 「中小企業DX相談窓口の運営」 after its 「DX」 and its
        text gives the break as a space (review 199, finding 1)."""
        return max(
            (
                len(figures)
                for figures, items in self.by_first.get(cells[at], {}).items()
                if tuple(cells[at : at + len(figures)]) == figures
                and any(item and item in named for item in items)
            ),
            default=0,
        )

    def without_in_line(self, line: str) -> str:
        """The line with the cells holding a row's figures left out."""
        cells = _CELLS.split(line)
        filled = [(index, cell.strip()) for index, cell in enumerate(cells) if cell.strip()]
        shown = [cell for _index, cell in filled]
        dropped: set[int] = set()
        at = 0
        named = _unspaced(line)
        while at < len(shown):
            found = self.run_at(shown, at, named)
            dropped |= {index for index, _cell in filled[at : at + found]}
            at += found or 1
        if not dropped:
            return line
        return "\t".join(cell for index, cell in enumerate(cells) if index not in dropped)


def without_figures(
    texts: Sequence[TextCell],
    entries: Sequence[Entry],
    values: Mapping[Location, tuple[tuple[str, str], ...]],
) -> list[TextCell]:
    """``texts`` with the figures of every pasted Chapter 3 row left out: the cells of a line
    that hold them, and the lines that do where each cell is a line."""
    if not values:
        return list(texts)
    rows = _Figures(entries, values)
    kept: list[TextCell] = []
    at = 0
    while at < len(texts):
        text = texts[at]
        if found := _lines_of_figures(texts, at, rows):
            at += found
            continue
        joined = "\n".join(rows.without_in_line(line) for line in text.text.split("\n"))
        kept.append(text if joined == text.text else TextCell(text.location, joined))
        at += 1
    return kept


def _lines_of_figures(texts: Sequence[TextCell], at: int, rows: _Figures) -> int:
    """How many texts from ``at`` are a row's figures a cell per line, below the line naming
    its item (in one file); 0 where they are not."""
    first = texts[at].text.strip()
    if at == 0 or first not in rows.by_first:
        return 0
    file = texts[at].location.file
    if texts[at - 1].location.file != file:
        return 0
    most = max(len(figures) for figures in rows.by_first[first])
    cells = []
    for text in texts[at : at + most]:
        if text.location.file != file:
            break
        cells.append(text.text.strip())
    return rows.run_at(cells, 0, _unspaced(texts[at - 1].text))


def _unspaced(text: str) -> str:
    return _SPACES.sub("", text)
