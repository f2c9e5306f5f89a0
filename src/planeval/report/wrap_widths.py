"""A printed table's text columns shared again where Word and Excel break their texts between
words (review 23: 「都市整備部建築指／導課」 in a column 4 mm short of its line beside an issue
that wraps anyway; 「① 窓口でのキャッシュレス決／済」).

widths.shared gives each column its width as a browser would; renderers then break every
text where its line is full (cell_wrap.py). Here the columns that may move (free text) are
moved by whole steps, each between its least and two steps past its most, the table as wide
as before (or narrower, where a column's texts break better so and no other column takes
the room), to where what is printed costs least: each row as many lines as its tallest cell
(a merged cell's lines shared over its rows; in a workbook as tall as its row is set, by
xlsx_writer.line_count), each break by where it falls (between words little, inside a word
much), the header's too. A width is judged with a step narrower (its lines) and a step either
side (its breaks), as Word's and LibreOffice's fonts set Latin letters and digits a little
differently. Of widths as good, the nearest to the browser's.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import permutations

from planeval.report.cell_wrap import Wrap, Wrapping, wrapping
from planeval.report.fold import LINE_COST
from planeval.report.widths import Need

MOVED_STEPS = 32  # a column moves this many steps at most (about eight wide characters)
SAMPLED_ROWS = 300  # a longer table is weighed by this many of its rows, taken evenly
_ROUNDS = 40  # moves tried one after another at most


@dataclass(frozen=True, slots=True)
class Column:
    """A column as it is weighed: its need, its header, each row's text ("" under a merged
    cell) and how many rows each spans (``spans``: every cell one row where empty); whether
    its width may move (free text) or not (an ID, a status)."""

    need: Need
    header: str
    texts: Sequence[str]
    spans: Sequence[int] = ()
    moves: bool = True


@dataclass(frozen=True, slots=True)
class _Weighed:
    """A column at each of its moves: each sampled row's lines, and what its breaks and
    header cost."""

    moves: range
    lines: dict[int, list[float]]
    header_lines: dict[int, int]
    breaks: dict[int, float]


def between_words(widths: Sequence[float], columns: Sequence[Column], wrap: Wrap) -> list[float]:
    """``widths`` (one per column) with the columns that move shared again as the module
    says; those that do not keep theirs."""
    found = list(widths)
    if sum(column.moves for column in columns) < 2 or not columns[0].texts:
        return found
    rows = len(columns[0].texts)
    taken = min(rows, SAMPLED_ROWS)
    sample = [row * rows // taken for row in range(taken)]
    weighed = [
        _weigh(column, width, sample, wrap) for column, width in zip(columns, widths, strict=True)
    ]
    # (what the table leaves unused: it takes a step a column gives where that column's texts
    # then break better and no other column would take it — a lone 「。」 on a line, review 113)
    unused = range(MOVED_STEPS + 1)
    zero = [0.0] * len(sample)
    weighed.append(_Weighed(unused, dict.fromkeys(unused, zero), dict.fromkeys(unused, 0),
                            dict.fromkeys(unused, 0.0)))  # fmt: skip
    chosen = [0] * len(weighed)
    cost = _cost(weighed, chosen)
    for _ in range(_ROUNDS):  # (the best move of some steps from one column to another)
        best = (cost, chosen)
        for given, giver in permutations(range(len(weighed)), 2):
            taker, donor = weighed[given], weighed[giver]
            others = [(w, chosen[c]) for c, w in enumerate(weighed) if c not in (given, giver)]
            rows_of = [w.lines[move] for w, move in others]
            fixed = (
                [max(row) for row in zip(*rows_of, strict=True)] if rows_of else [0.0] * len(sample)
            )
            head = max((w.header_lines[move] for w, move in others), default=0)
            rest = cost - _cost_of((fixed, head), taker, donor, chosen[given], chosen[giver])
            for step in range(1, MOVED_STEPS + 1):
                took, gave = chosen[given] + step, chosen[giver] - step
                if took not in taker.moves or gave not in donor.moves:
                    break
                tried = rest + _cost_of((fixed, head), taker, donor, took, gave)
                if tried < best[0] - 1e-9:
                    best = (tried, [*chosen])
                    best[1][given], best[1][giver] = took, gave
        if best[1] is chosen:
            break
        cost, chosen = best
    for column, move in enumerate(chosen[: len(columns)]):
        found[column] += move * wrap.step
    return found


def _weigh(column: Column, width: float, sample: Sequence[int], wrap: Wrap) -> _Weighed:
    step = wrap.step
    if column.moves:
        low = max(math.ceil((column.need.least - width) / step - 1e-9), -MOVED_STEPS)
        high = math.floor((max(column.need.most + 2 * step, width) - width) / step + 1e-9)
        moves = range(min(low, 0), max(min(high, MOVED_STEPS), 0) + 1)
    else:
        moves = range(0, 1)
    spans = column.spans or [1] * len(column.texts)
    covering, start = [], 0  # (the row each row's cell starts on)
    for row, span in enumerate(spans):
        start = row if span else start
        covering.append(start)
    cells = sorted({covering[row] for row in sample})
    wrapped: dict[str, list[Wrapping]] = {}
    for text in {column.texts[row] for row in cells}:
        wrapped[text] = [wrapping(line, wrap.advance) for line in text.split("\n")]
    heading = [wrapping(line, wrap.advance, header=True) for line in column.header.split("\n")]
    lines: dict[int, list[float]] = {}
    header_lines: dict[int, int] = {}
    breaks: dict[int, float] = {}
    for move in range(moves.start - 1, moves.stop + 1):
        room = width + move * step - wrap.padding
        laid = {text: [w.laid_out(room) for w in parts] for text, parts in wrapped.items()}
        if wrap.heights is None:
            counted = {text: sum(n for n, _ in laid_out) for text, laid_out in laid.items()}
        else:  # (the format sets each row's height: as tall as it says)
            counted = {text: wrap.heights(text, room + wrap.padding) for text in laid}
        per_cell = {cell: counted[column.texts[cell]] / max(spans[cell], 1) for cell in cells}
        lines[move] = [per_cell[covering[row]] for row in sample]
        header = [w.laid_out(room) for w in heading]
        header_lines[move] = (
            sum(n for n, _ in header)
            if wrap.heights is None
            else wrap.heights(column.header, room + wrap.padding)
        )
        breaks[move] = sum(c for cell in cells for _, c in laid[column.texts[cell]])
        breaks[move] += sum(c for _, c in header)
    taller = 0 if wrap.heights else 1  # (lines a step narrower: as tall as it may be printed)
    return _Weighed(
        moves,
        {move: lines[move - taller] for move in moves},
        {move: header_lines[move - taller] for move in moves},
        {
            move: (breaks[move - 1] + breaks[move] + breaks[move + 1]) / 3 + abs(move) / 1000
            for move in moves
        },
    )


def _cost(weighed: Sequence[_Weighed], chosen: Sequence[int]) -> float:
    """What the table costs with each column moved by ``chosen``: its rows' lines, its
    header's, its breaks."""
    lines = [w.lines[move] for w, move in zip(weighed, chosen, strict=True)]
    heights: list[float] = [max(row) for row in zip(*lines, strict=True)]
    header = max(w.header_lines[move] for w, move in zip(weighed, chosen, strict=True))
    breaks = sum(w.breaks[move] for w, move in zip(weighed, chosen, strict=True))
    return LINE_COST * (sum(heights) + header) + breaks


def _cost_of(
    fixed: tuple[Sequence[float], int], taker: _Weighed, donor: _Weighed, took: int, gave: int
) -> float:
    """What the table costs with two columns moved by ``took`` and ``gave``, the others
    ``fixed`` (their rows' lines, their header's), less the others' breaks."""
    rows, header = fixed
    heights: float = sum(map(max, rows, taker.lines[took], donor.lines[gave]))
    header = max(header, taker.header_lines[took], donor.header_lines[gave])
    return LINE_COST * (heights + header) + taker.breaks[took] + donor.breaks[gave]
