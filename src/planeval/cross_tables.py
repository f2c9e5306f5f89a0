"""A clerk's table with the statuses down its rows and the groups across (浜松市's 「評価 |
基本方針1 | 基本方針2 | 基本方針3 | 全体」, then A, B, C, D and 計 each with a number per group),
of counts or of shares, pasted into a report (cells between tabs as Excel or Word copy them,
or Markdown), read for ``check`` as the table it is the transpose of — a row per group, each
number at its status's own line — by year_tables.py's reading, so that table_counts.py places
each column by its title (a policy by its number or name, as the headings and levels say it;
全体, 合計 or 計 the whole) and compares it cell by cell, a column naming no group a number not
compared.

A table is one when its header names no status, no year and no number, and at least two of the
rows below it name counted statuses (every one, or some: each compared), the others 計 or an
uncounted status, each with a number per column. It is of shares when a number has decimals
or its header or heading says so (割合, 構成比, %): each status's share compared as the
table rounds it, 計's with the whole (100.0). A table of shares with a row of an uncounted
status (whose share no count gives) is left to number_rows.py, which says it is not compared."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from planeval.model import TextCell
from planeval.pasted_rows import line_cells, number
from planeval.pasted_tables import (
    COUNT,
    SHARE,
    SUM,
    SUM_SHARE,
    UNCOUNTED,
    Column,
    PastedTable,
    Titles,
    compact,
)
from planeval.scale import Scale
from planeval.sheet_columns import whole_column
from planeval.year_tables import transposed_tables, year_header

_SHARE_WORDS = re.compile(r"割合|構成比|比率|%|％")
_TITLE_MOST = 40  # the longest column title (a policy's name; a sentence is none)


def cross_columns(texts: Sequence[TextCell], scale: Scale) -> list[PastedTable]:
    """The tables with statuses down and groups across among ``texts`` (a report's lines, in
    order), each as the table of a row per group it is the transpose of."""
    titles = Titles(scale)

    def header(text: str) -> tuple[str, list[str]] | None:
        return _group_header(text, titles)

    tables = []
    for table in transposed_tables(texts, titles, header):
        shares = _of_shares(table)
        if shares and any(column.kind == UNCOUNTED for column in table.columns):
            continue  # (an uncounted status's share: no count gives it — said not compared)
        columns = tuple(_share(column) if shares else column for column in table.columns)
        tables.append(replace(table, columns=columns, across=True))
    return tables


def _group_header(text: str, titles: Titles) -> tuple[str, list[str]] | None:
    """(kind, cells) of a header naming groups after its first title: no status, no year, no
    number, no sentence; None for any other line."""
    found = line_cells(text)
    if found is None or year_header(text) is not None:
        return None
    kind, cells = found
    named = cells[1:]
    if not named or not all(named) or any(whole_column(cell) for cell in named):
        return None  # (a column of every row, 「件数」「事業数」: sheet_columns.py's, review 97)
    for cell in cells:
        title = compact(cell)
        if (
            len(title) > _TITLE_MOST
            or "。" in title
            or number(cell) is not None
            or (title and titles.status(title) is not None)
        ):
            return None
    return kind, cells


def _of_shares(table: PastedTable) -> bool:
    """Whether a table holds shares: a number with decimals, or 割合 in its header or heading
    (a caption: not a sentence above it stating a share, 「Aが10件（76.9%）…でした。」 —
    reviews 69, 71: a table of counts under it read as shares, 25 false disagreements)."""
    if any(read and read[1] for row in table.rows for read in row.numbers):
        return True
    said = [table.header.text, *(line for line in table.above if "。" not in line)]
    return any(_SHARE_WORDS.search(line) for line in said) or any(
        "%" in value for row in table.rows for value in row.values
    )


def _share(column: Column) -> Column:
    kind = {COUNT: SHARE, SUM: SUM_SHARE}[column.kind]
    return Column(kind, column.symbol, column.title)
