"""A table of counts in a report saved as text by LibreOffice (Writer's 「テキスト」, ``soffice
--convert-to txt``) or any editor that writes each cell on a line of its own — an empty cell an
empty line, no tabs —, put back into rows for ``check``: its lines from the first title of its
header row to its last row, joined by tabs as Word's text writes a row, for pasted_tables.py.

A run of short lines (cells: no tab, no 。) is read as such a table where its header row can be
told: titles of the body's statuses and 計 in a row (after at most three titles, the group's:
「政策番号」「政策名」, or Word's empty cells merged down from the row above), and below it lines
that form rows of as many cells — the group's cells, then one number per column — each of them.
A title Word broke over two lines in its cell (「計画どおり」「完了」) is joined again. A run
whose statuses and 計 stand as a table's titles and whose rows cannot be told (計 merged down
from a header row above the statuses) is said as not compared, at its first status's line,
with how to give the table; so is such a table of a page (LibreOffice's HTML, each cell's text a
paragraph of its own), whose empty cells a browser's copy leaves out: its rows are never told."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from planeval.check_result import NotCompared
from planeval.io.text_files import line_number
from planeval.model import TextCell
from planeval.pasted_rows import number
from planeval.pasted_tables import SUM, Titles, compact
from planeval.scale import Scale

_LEADING_MOST = 3  # a header row's cells before its first status (pasted_tables' too)
_CELL_MOST = 60  # the longest line read as a cell (a policy's name; a sentence is none)
_TOTALS = frozenset({"計", "合計"})


UNREAD = (
    "表のようですが、セルが 1 行に 1 つずつ並んでいて、どの数がどの行・列か読み取れないため"
    "比べていません（見出しを、状況の各列と「計」が同じ 1 行に並ぶ形にするか、Markdown（.md）の"
    "表にして --text に指定してください）"
)


def cell_rows(texts: Sequence[TextCell], scale: Scale) -> tuple[list[TextCell], list[NotCompared]]:
    """``texts`` with each table written a cell per line put back into its rows (its header
    row, with the row above it for the titles Word merges down, and its rows, each a line of
    cells between tabs at its first cell's line), and the runs that look like such a table
    and could not be read."""
    titles = Titles(scale)
    out: list[TextCell] = []
    unread: list[NotCompared] = []
    for cells in _runs(texts):
        if isinstance(cells, TextCell):
            out.append(cells)
            continue
        run = _whole_titles(cells, titles)
        first = cells[0][1]  # (a run starts with a line of text)
        own_lines = first is not None and line_number(first.location) is not None
        at = 0
        while at < len(run):
            table = _table(run, at, titles) if own_lines else None  # (a page's: said only)
            if table is not None:
                joined, at = table
                out += joined
                continue
            end = at + 1
            if (block := _unread(run, at, titles)) is not None:
                unread.append(block)  # (said once: its titles passed over)
                end = _title_end(run, at, titles)
            out += [line for _text, line in run[at:end] if line is not None]
            at = end
    return out, unread


_Cell = tuple[str, TextCell | None]  # a cell's text and its line (None: an empty line)


def _runs(texts: Sequence[TextCell]) -> Iterator[TextCell | list[_Cell]]:
    """Each text that is no cell, and each run of cells (with the empty lines between them, as
    empty cells, where a text's lines are its own: a page's empty cells are left out), in
    order."""
    run: list[_Cell] = []
    last: TextCell | None = None  # (the run's last cell)
    for text in texts:
        if not _is_cell(text.text):
            if run:
                yield run
                run, last = [], None
            yield text
            continue
        if last is not None and last.location.file != text.location.file:
            yield run
            run = []
        elif last is not None and (line := line_number(text.location)) is not None:
            before = line_number(last.location) or line - 1
            run += [("", None)] * (line - before - 1)  # (empty cells: empty lines)
        run.append((text.text, text))
        last = text
    if run:
        yield run


def _whole_titles(run: Sequence[_Cell], titles: Titles) -> list[_Cell]:
    """``run`` with each title Word broke over lines in its cell (「計画どおり」「完了」, a line
    each as LibreOffice saves it) joined again, at its first line."""
    joined: list[_Cell] = []
    at = 0
    while at < len(run):
        text, line = run[at]
        end = at + 1
        if text and not titles.title(compact(text)) and compact(text) in titles.prefixes:
            whole = text
            while end < len(run) and run[end][0]:
                whole += run[end][0]
                end += 1
                if titles.title(compact(whole)):
                    text = whole
                    break
                if compact(whole) not in titles.prefixes:
                    break
            if text != whole:
                end = at + 1  # (no title: the line as it is)
        joined.append((text, line))
        at = end
    return joined


def _is_cell(text: str) -> bool:
    return "\t" not in text and "。" not in text and len(text) <= _CELL_MOST and text[:1] != "|"


def _title_end(run: Sequence[_Cell], start: int, titles: Titles) -> int:
    """Where a header row's titles starting at ``start`` end: statuses, 計, shares, and the
    empty cells among them (Word's titles merged down)."""
    end = start
    while end < len(run) and (not run[end][0] or titles.title(compact(run[end][0]))):
        end += 1
    while end > start and not run[end - 1][0]:
        end -= 1  # (an empty cell after the titles: the first row's, if any)
    return end


def _starts_header(run: Sequence[_Cell], at: int, titles: Titles) -> bool:
    """Whether a header's first status stands at ``at``: a counted status's title, after no
    status's title."""
    before = run[at - 1][0] if at else ""
    return titles.status(compact(run[at][0])) in titles.scale.counted and not (
        before and titles.status(compact(before))
    )


def _table(run: Sequence[_Cell], at: int, titles: Titles) -> tuple[list[TextCell], int] | None:
    """(the table's lines, the cell after it) of a table whose header's first status is at
    ``at``; None if there is none there."""
    if not _starts_header(run, at, titles):
        return None
    end = _title_end(run, at, titles)
    best: tuple[int, int, int] | None = None  # (rows, cells before the statuses, width)
    for leading in range(min(_LEADING_MOST, at) + 1):
        header = [text for text, _line in run[at - leading : end]]
        above = [text for text, _line in run[max(0, at - leading - len(header)) : at - leading]]
        columns = titles.header(header, above)
        if columns is None or any(titles.title(compact(text)) for text in header[:leading]):
            continue  # (計 before the statuses: a title merged down from a row above)
        if not any(column.kind == SUM for column in columns):
            continue
        rows = _rows(run, end, len(header), len(columns))
        if rows and (best is None or rows > best[0]):
            best = (rows, leading, len(header))
    if best is None:
        return None
    rows, leading, width = best
    start = at - leading
    row_above = run[max(0, start - width) : start]
    joined = [_joined(row_above)] if any(text for text, _line in row_above) else []
    joined.append(_joined(run[start:end]))
    joined += [_joined(run[end + row * width : end + (row + 1) * width]) for row in range(rows)]
    return joined, end + rows * width


def _rows(run: Sequence[_Cell], start: int, width: int, numbers: int) -> int:
    """How many rows of ``width`` cells, the last ``numbers`` of them numbers (or empty: a
    body no row was counted of), follow from ``start``."""
    rows = empty = 0  # (rows with no number: one only where a row with numbers follows)
    while start + (rows + empty + 1) * width <= len(run):
        at = start + (rows + empty) * width
        cells = [text for text, _line in run[at : at + width]]
        labels, values = cells[: width - numbers], cells[width - numbers :]
        if not any(labels) or any(value and number(value) is None for value in values):
            break
        if any(values):
            rows, empty = rows + empty + 1, 0
        else:
            empty += 1
    return rows


def _joined(cells: Sequence[_Cell]) -> TextCell:
    """Cells as a row of Word's text, at its first cell's line."""
    first = next(line for text, line in cells if line is not None)
    return TextCell(first.location, "\t".join(text for text, _line in cells))


def _unread(run: Sequence[_Cell], at: int, titles: Titles) -> NotCompared | None:
    """A table no row of which could be read, said once at its first status's title: two
    statuses' titles or more, 計 among them or just above, and numbers below."""
    if not _starts_header(run, at, titles):
        return None
    end = _title_end(run, at, titles)
    shown = [compact(text) for text, _line in run[at:end] if text]
    counted = {titles.status(title) for title in shown} & set(titles.scale.counted)
    near = [compact(text) for text, _line in run[max(0, at - 2 * _LEADING_MOST - 2) : end]]
    below = (number(text) for text, _line in run[end : end + 2 * len(shown) + 4] if text)
    stated = next((read for read in below if read is not None), None)
    first = run[at][1]
    if len(counted) < 2 or not _TOTALS & set(near) or stated is None or first is None:
        return None
    said = "・".join(text for text, _line in run[at:end] if text)
    return NotCompared(None, "表", said, stated[0], UNREAD, first.location)
