"""Text folded to a terminal's width as Japanese is set: between any two characters, never
inside a number, an ID or a Latin word that fits a line (rich breaks at spaces only, leaving
「①」 or 「1-1-1 ICT」 alone on a line and the rest of a name on the next)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planeval.report.render import TableData


def folded(text: str, first: int, width: int | None = None) -> list[str]:
    """``text`` cut into lines of at most ``first`` cells, then ``width`` (a wide character
    is two): between any two Japanese characters, never inside a number, an ID or a Latin
    word that fits a line (「ICT」, 「123,456」), and no line starting with a space."""
    from rich.cells import cell_len

    lines, line, used, room = [], "", 0, first
    for token in _tokens().findall(text):
        size = cell_len(token)
        if used + size > room and line.strip():
            lines.append(line)
            line, used, room = "", 0, width or first
            if token.isspace():
                continue
        while size > room:  # (a word longer than a line: cut where the line ends)
            cut = next(i for i in range(len(token), 0, -1) if cell_len(token[:i]) <= room)
            lines.append(line + token[:cut])
            line, used, room, token = "", 0, width or first, token[cut:]
            size = cell_len(token)
        line += token
        used += size
    return [*lines, line]


@functools.cache  # (compiled when first needed)
def _tokens() -> re.Pattern[str]:
    """What a line is folded between: a run of Latin letters, digits and signs; a space; any
    other character (Japanese breaks anywhere)."""
    return re.compile(r"[!-~]+|\s|.", re.S)


def folded_cells(table: TableData, shown: list[int], widths: list[int]) -> TableData:
    """The table with each text too wide for its column folded between Japanese characters:
    the box, as rich, breaks at spaces only, and left 「①」 or 「1-1-1 ICT」 alone on a line."""
    from dataclasses import replace

    from rich.cells import cell_len

    width_of = dict(zip(shown, widths, strict=True))

    def fold(column: int, text: str) -> str:
        width = width_of.get(column)
        if width is None or column in table.numeric or cell_len(text) <= width:
            return text
        return "\n".join(line for part in text.split("\n") for line in folded(part, width))

    rows = [[fold(column, text) for column, text in enumerate(row)] for row in table.rows]
    return replace(table, rows=rows)
