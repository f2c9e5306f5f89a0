"""A table row of a report's text whose name Word broke over lines, put back on one line for
``check``. Word's text (「書式なしテキスト」, a table copied from it) writes a line break inside a
cell as a new line, so a row whose item's or project's name the Word export broke between its
phrases (「15 窓口キャッシュレス決済の」 over 「導入<tab>20件<tab>16件<tab>B<tab>…」) read as
two lines: a line like a heading, and the row's figures under no name, read as counts stated.

Lines are one row where a name of the rows runs from the end of a line's last cell into the
start of the next line's first cell (or on through lines of no tab between them, a name broken
twice). The rows' names tell it, never the tabs alone: a caption over a table of as many columns
has the shape of a row broken in its first cell."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from planeval.model import TextCell
from planeval.pasted_tables import compact

_CELL_MOST = 60  # the longest part of a cell read as a name's (a sentence's line is none)
_LINES_MOST = 4  # the lines one row's name may be broken over


def joined_rows(texts: Sequence[TextCell], names: Iterable[str]) -> list[TextCell]:
    """``texts`` (a report's lines, in order) with each row whose name is broken over lines
    on one line, at its first line's place; ``names``, the rows' names (items', projects')."""
    starts: dict[str, list[str]] = {}
    for name in {compact(name) for name in names}:
        if len(name) > 2:
            starts.setdefault(name[:2], []).append(name)
    kept = list(texts)
    at = 0
    while at < len(kept):
        lines = _broken(kept, at, starts) if starts else 1
        if lines == 1:
            at += 1
            continue  # (else the row joined is looked at again: its next cell broken too)
        joined = "".join(text.text for text in kept[at : at + lines])
        kept[at : at + lines] = [TextCell(kept[at].location, joined)]
    return kept


def _broken(texts: Sequence[TextCell], at: int, starts: dict[str, list[str]]) -> int:
    """How many lines from ``at`` are one row whose name is broken over them; 1 if none."""
    first = texts[at]
    run = compact(first.text.rsplit("\t", 1)[-1])  # (its last cell, as far as it goes)
    if not run or len(run) > _CELL_MOST or "。" in run:
        return 1
    for ahead in range(1, _LINES_MOST):
        if at + ahead >= len(texts) or texts[at + ahead].location[:2] != first.location[:2]:
            return 1
        line = texts[at + ahead].text
        head = compact(line.split("\t", 1)[0])
        if _spans(run, head, starts):
            return ahead + 1
        if "\t" in line or len(run + head) > _CELL_MOST:
            return 1
        run += head  # (a line of no tab: the name's middle, broken twice)
    return 1


def _spans(run: str, head: str, starts: dict[str, list[str]]) -> bool:
    """Whether a name begins inside ``run`` and ends inside ``head``."""
    both = run + head
    for start in range(len(run)):
        part = run[start:]
        for name in starts.get(both[start : start + 2], ()):
            if len(part) < len(name) <= len(both) - start and both.startswith(name, start):
                return True
    return False
