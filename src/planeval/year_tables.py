"""A table of counts by year pasted into a report with its years as columns — 「区分 | 令和4年度
| 令和5年度 | 増減」 and a row per status and 計, a clerk's own 実施状況の推移 (Markdown, or cells
between tabs as a spreadsheet's copy or Word's text gives them) — read for ``check`` as the
table it is the transpose of: each year's column a row of its statuses' counts, each number at
its status's own line, and the 増減 column a row of changes (▲6). table_counts.py compares them
as it compares pasted_tables.py's (past_tables.by_year: this round's year's column with the
whole read's rows, another year's and 増減 listed as settled).

A table is one when its header names years (and changes) only after its first title, and at
least two of the rows below it name counted statuses of the body's scale (every one, or some:
each compared), the others 計 or an uncounted status; a table a clerk wrote of other numbers
(予算, as its heading says) naming only some statuses is none."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from planeval.io.text_files import line_number
from planeval.model import TextCell
from planeval.past_tables import (
    change_cell,
    lines_above,
    other_numbers,
    past_heading,
    report_year,
    signed,
    year_cell,
)
from planeval.pasted_rows import PastedRow, line_cells, number
from planeval.pasted_tables import COUNT, SUM, UNCOUNTED, Column, PastedTable, Titles, compact
from planeval.scale import Scale

_TOTALS = frozenset({"計", "合計"})
_SEPARATOR = frozenset(":-")
_CELL_MOST = 60  # the longest line read as a cell (cell_lines.py's)
_RUN_MOST = 400  # cells a table a cell per line may take

_Header = tuple[str, list[str]]  # (kind, cells) of a header row
_StatusRow = tuple[Column, tuple[str, ...], tuple[tuple[int | float, int] | None, ...], TextCell]


def year_columns(texts: Sequence[TextCell], scale: Scale) -> list[PastedTable]:
    """The tables of counts by year among ``texts`` (a report's lines, in order), each as the
    table of a row per year (and per change) it is the transpose of."""
    titles = Titles(scale)
    # (its years are the text's columns: 「表の「令和5年度」の列」, review 81 — 「の行」 before)
    tables = transposed_tables(_put_back(texts, titles), titles, year_header)
    return [replace(table, across=True) for table in tables]


def transposed_tables(
    texts: Sequence[TextCell], titles: Titles, header_of: Callable[[str], _Header | None]
) -> list[PastedTable]:
    """The tables among ``texts`` whose header ``header_of`` tells (years; cross_tables.py's
    groups) over a row per status and 計, each as the table of a row per column it is the
    transpose of."""
    tables: list[PastedTable] = []
    years: dict[str, int | None] = {}  # (each file's year, as its title states it)
    at = 0
    while at < len(texts):
        header = header_of(texts[at].text)
        if header is None:
            at += 1
            continue
        kind, cells = header
        rows: list[_StatusRow] = []
        end = at + 1
        while end < len(texts) and texts[end].location.file == texts[at].location.file:
            found = line_cells(texts[end].text)
            if found is None or found[0] != kind:
                break
            if kind == "md" and all(cell and set(cell) <= _SEPARATOR for cell in found[1]):
                end += 1  # (Markdown's |---|---|)
                continue
            if not rows and len(found[1]) == len(cells) + 1:
                cells = ["", *cells]  # (its empty first title left out by a browser's copy)
            row = status_row(found[1], cells, titles, texts[end])
            if row is None:
                break
            rows.append(row)
            end += 1
        file = texts[at].location.file
        if file not in years:
            years[file] = report_year([t for t in texts if t.location.file == file])
        table = transposed(texts, at, cells, rows, titles.scale, years[file])
        if table is not None:
            tables.append(table)
        at = end if table is not None else at + 1
    return tables


def year_header(text: str) -> _Header | None:
    """(kind, cells) of a header naming years (and changes) after its first title; a first
    cell of a year is a header whose empty title a browser's copy left out."""
    found = line_cells(text)
    if found is None:
        return None
    kind, cells = found
    if cells and year_cell(cells[0]) is not None:
        cells = ["", *cells]
    named = [year_cell(cell) for cell in cells[1:]]
    if not any(named) or not all(
        year is not None or change_cell(cell) for year, cell in zip(named, cells[1:], strict=True)
    ):
        return None
    known = [year for year in named if year is not None]
    return (kind, cells) if len(set(known)) == len(known) else None


def status_row(
    cells: Sequence[str], header: Sequence[str], titles: Titles, line: TextCell
) -> _StatusRow | None:
    """A row of a status (or 計) with a number per year (a change per 増減); None for a line
    that is no row of the table."""
    if len(cells) != len(header):
        return None
    label = compact(cells[0])
    symbol = titles.status(label)
    if label in _TOTALS:
        column = Column(SUM, "", cells[0])
    elif symbol in titles.scale.counted:
        column = Column(COUNT, symbol, cells[0])
    elif symbol in titles.scale.uncounted:
        column = Column(UNCOUNTED, symbol, cells[0])
    else:
        return None
    numbers = tuple(
        (signed if change_cell(title) else number)(value) if value else None
        for title, value in zip(header[1:], cells[1:], strict=True)
    )
    if any(value and read is None for value, read in zip(cells[1:], numbers, strict=True)):
        return None
    return column, tuple(cells[1:]), numbers, line


def transposed(
    texts: Sequence[TextCell],
    at: int,
    header: Sequence[str],
    rows: Sequence[_StatusRow],
    scale: Scale,
    year: int | None,
) -> PastedTable | None:
    """The table of a row per year the header at ``at`` and its status ``rows`` are the
    transpose of; None where they are no table of counts."""
    columns = tuple(column for column, *_ in rows)
    counts = [column.symbol for column in columns if column.kind == COUNT]
    whole = sorted(counts) == sorted(scale.counted)
    if len(set(columns)) < len(columns) or not (whole or 1 < len(counts) == len(set(counts))):
        return None
    if not whole and other_numbers(texts, at):
        return None  # (a clerk's table of other numbers: 予算 by year)
    by_year = tuple(
        PastedRow(
            texts[at],
            (title,),
            tuple(values[column] for _column, values, _numbers, _line in rows),
            tuple(numbers[column] for _column, _values, numbers, _line in rows),
            tuple(line.location for *_, line in rows),
        )
        for column, title in enumerate(header[1:])
    )
    past = past_heading(texts, at, year)
    above = tuple(lines_above(texts, at))
    return PastedTable(texts[at], (header[0],), columns, by_year, past, year, not whole, above)


def _put_back(texts: Sequence[TextCell], titles: Titles) -> list[TextCell]:
    """``texts`` with each table by years saved a cell per line (LibreOffice's text) put back
    into its rows: its header and each row a line of cells between tabs, at its first cell's
    line."""
    out: list[TextCell] = []
    at = 0
    while at < len(texts):
        found = _one_per_line(texts, at, titles)
        if found is None:
            out.append(texts[at])
            at += 1
            continue
        joined, at = found
        out += joined
    return out


def _one_per_line(
    texts: Sequence[TextCell], at: int, titles: Titles
) -> tuple[list[TextCell], int] | None:
    """(the rows, the text after them) of a table by years a cell per line whose header's
    first cell (its title, or its first year where the title is empty) is at ``at``."""
    first = texts[at]
    if not _is_cell(first) or line_number(first.location) is None:
        return None
    titled = year_cell(first.text) is None
    if titled and (at + 1 >= len(texts) or year_cell(texts[at + 1].text) is None):
        return None  # (most lines: no year in the line after them)
    run: list[tuple[str, TextCell | None]] = [] if titled else [("", None)]
    end, line = at, line_number(first.location)
    while end < len(texts) and len(run) < _RUN_MOST and _is_cell(texts[end]):
        now = line_number(texts[end].location)
        if now is None or line is None or texts[end].location.file != first.location.file:
            break
        run += [("", None)] * (now - line - 1 if end > at else 0)  # (empty cells)
        run.append((texts[end].text, texts[end]))
        line, end = now, end + 1
    width = 1
    while width < len(run) and (year_cell(run[width][0]) or change_cell(run[width][0])):
        width += 1
    rows = [run[start : start + width] for start in range(width, len(run) - width + 1, width)]
    header = [text for text, _line in run[:width]]
    kept = []
    for row in rows:
        if status_row([text for text, _line in row], header, titles, first) is None:
            break
        kept.append(row)
    if width < 2 or len(kept) < 2:
        return None
    joined = [TextCell(first.location, "\t".join(header))]
    for row in kept:
        place = next(line for _text, line in row if line is not None)
        joined.append(TextCell(place.location, "\t".join(text for text, _line in row)))
    used = sum(line is not None for row in [run[:width], *kept] for _text, line in row)
    return joined, at + used


def _is_cell(text: TextCell) -> bool:
    line = text.text
    return "\t" not in line and "。" not in line and len(line) <= _CELL_MOST and line[:1] != "|"
