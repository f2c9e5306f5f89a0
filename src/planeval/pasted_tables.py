"""planeval's own tables of counts pasted into a report's text, read back for ``check``: the
Markdown of ``export --md`` and ``summarize -f github`` (「| 政策番号 | 政策名 | ◎ | ○ | … | 計 |
-（再掲） | ◎ 割合（%） | …」), and the same table as a browser copies it from the exported page
or Word saves the .docx as text — its cells between tabs, the browser's empty cells left out,
Word's second header row naming each share by its status alone after 計, a title Word broke
over two lines (「計画どおり／完了」) joined again.

A table is planeval's when its header names every counted status of the body's scale (by
symbol or label) before 計, and nothing after them but 計, uncounted statuses (「-（再掲）」) and
shares (「◎ 割合（%）」, or a status again after 計) — and a column of the plan's word ending an
item (廃止: ENDED, compared with the plan by stated_ended.py); at most three titles before them (ID and
name, 団体). A table a clerk wrote of other numbers (budgets, 予算 | 決算 | 計) is none. Each
row below it is read by its cells before the numbers (the group, as the table writes it) and its
numbers, one per column, until a line that is no row of it (pasted_rows.py). Comparing them
with the rows is table_counts.py's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from planeval.entry_columns import CODE_TITLE, PREFECTURE_TITLE
from planeval.model import Location, TextCell
from planeval.past_tables import lines_above, other_numbers, past_heading, report_year
from planeval.pasted_rows import LEADING_MOST, PastedRow, blank_row, line_cells, pasted_row
from planeval.scale import Scale
from planeval.scale_words import normalised, words_of

COUNT = "count"  # a counted status's count (before 計)
SUM = "sum"  # 計: the counted statuses' rows
UNCOUNTED = "uncounted"  # an uncounted status's rows (-（再掲）)
SHARE = "share"  # a counted status's share of 計, in percent
BLANK = "blank"  # a title left empty (Word's merged title): not compared
SUM_SHARE = "sum-share"  # 計's share in a clerk's table of shares (cross_tables.py): 100.0
ENDED = "ended"  # the items the plan's 区分 ends (廃止): compared with the plan (stated_ended)

_TOTAL_TITLES = frozenset({"計", "合計"})
_TOTAL_CELL = re.compile(
    r"(?:^|[\t|]| {2})[ *]*合?計[ *]*(?:[\t|]| {2}|$)"
)  # (a line with a cell 計)
_SHARE_TITLE = re.compile(r"(?P<of>.*?)割合\(%\)$")
_NAMED = re.compile(r"(?P<symbol>.+?)\((?P<label>.+)\)$")  # -（再掲）, −（評価できない）
_WORDED = re.compile(r"\D+?(?P<symbol>\d+)")  # a status of digits after its word: 達成度1
_MARKS = re.compile(r"[\s*]")  # (spaces, and Markdown's bold a clerk may add)
_SEPARATOR = re.compile(r":?-+:?")  # a cell of Markdown's |---|---| line
_JOINED_MOST = 12  # lines a header Word broke its titles over may take
BODY_TITLE = "団体"  # (report/issue_list.BODY_HEADER: the name of a table of bodies' rows)


@dataclass(frozen=True, slots=True)
class Column:
    """A number column: what it holds (COUNT, SUM, UNCOUNTED, SHARE or BLANK), of which
    status ("" for 計), and its title as the header writes it."""

    kind: str
    symbol: str
    title: str


@dataclass(frozen=True, slots=True)
class PastedTable:
    """A table of counts planeval wrote, as pasted: its header's line, the titles before its
    numbers (団体 when its rows are bodies'), its number columns and its rows."""

    header: TextCell
    leading: tuple[str, ...]
    columns: tuple[Column, ...]
    rows: tuple[PastedRow, ...]
    past: str = ""  # why it is last year's table, as its heading says (past_tables.py)
    year: int | None = None  # the report's year, as its title states it (its 年度 rows')
    partial: bool = False  # its header leaves a counted status out (a clerk's own table)
    above: tuple[str, ...] = ()  # the lines above it up to its heading, nearest first
    across: bool = False  # its rows are the text's columns (cross_tables.py: 「の列」)


def compact(text: str) -> str:
    """A cell as compared: after NFKC, without spaces and Markdown's bold."""
    return _MARKS.sub("", normalised(text))


class Titles:
    """The titles of the body's scale a header of planeval's writes."""

    def __init__(self, scale: Scale) -> None:
        self.scale = scale
        self.names = {compact(name): symbol for name, symbol in words_of(scale).names.items()}
        forms = [*self.names, *_TOTAL_TITLES, *(f"{name}割合(%)" for name in self.names)]
        self.prefixes = {form[:end] for form in forms for end in range(1, len(form))}
        self.longest = max(map(len, forms))
        from planeval.plan import ENDED_TREATMENTS  # (廃止 …, of no status of the scale)

        self.ended = {word for word in ENDED_TREATMENTS if self.status(word) is None}

    def title(self, title: str) -> bool:
        """Whether ``title`` (compact) is one of a header's number columns: a status, 計 or a
        status's share."""
        share = _SHARE_TITLE.fullmatch(title)
        if title in _TOTAL_TITLES or title in self.ended:
            return True
        return self.status(share["of"] if share else title) is not None

    def broken(self, line: str) -> bool:
        """Whether ``line`` ends in the first part of a title Word broke over two lines."""
        last = line.rsplit("\t", 1)[-1]
        return len(last) <= self.longest and compact(last) in self.prefixes

    def status(self, title: str) -> str | None:
        """The status ``title`` (compact) names: its symbol or label, 「-(再掲)」, or a status of
        digits after the status's word, 「達成度1」, as planeval titles it
        (count_headers.status_titles)."""
        if (symbol := self.names.get(title)) is not None:
            return symbol
        worded = _WORDED.fullmatch(title)
        if worded is not None and worded["symbol"] in self.scale.symbols:
            return worded["symbol"]
        named = _NAMED.fullmatch(title)
        if named is not None and self.names.get(named["symbol"]) == self.names.get(
            named["label"], ""
        ):
            return self.names[named["symbol"]]
        return None

    def header(self, cells: Sequence[str], above: Sequence[str]) -> list[Column] | None:
        """The number columns of a header row (``above``: the row above, whose titles name
        the columns Word's merged titles leave empty); None when it is no table of planeval's."""
        if not any(cell.strip("* ") in _TOTAL_TITLES for cell in cells):
            return None  # (no 計: most rows, at the cost of a look at each cell)
        titles = [compact(cell) for cell in cells]
        first = next(
            (at for at, title in enumerate(titles) if self.status(title) in self.scale.counted),
            None,
        )
        if first is None or first > LEADING_MOST:
            return None
        columns: list[Column] = []
        after = False  # (past 計: a counted status's column is its share)
        for cell, title in zip(cells[first:], titles[first:], strict=True):
            share = _SHARE_TITLE.fullmatch(title)
            symbol = self.status(share["of"] if share else title)
            if title in _TOTAL_TITLES and not after:
                after = True
                columns.append(Column(SUM, "", cell))
            elif symbol in self.scale.uncounted and not share:
                columns.append(Column(UNCOUNTED, symbol, cell))
            elif symbol is not None and (after or share) and symbol in self.scale.counted:
                columns.append(Column(SHARE, symbol, cell))
            elif symbol is not None and not share:
                columns.append(Column(COUNT, symbol, cell))
            elif title in self.ended:  # (未着手 | 取組中 | 完了 | 廃止 | 計: review 144 #2)
                columns.append(Column(ENDED, "", cell))
            elif not title and after:
                columns.append(Column(BLANK, "", cell))
            else:
                return None
        counts = [c.symbol for c in columns if c.kind == COUNT]
        shares = [c.symbol for c in columns if c.kind == SHARE]
        # (every counted status; or two or more of them, the others' columns left out by a
        # clerk: each compared, 計 with all the rows)
        whole = sorted(counts) == sorted(self.scale.counted)
        if not (whole or 1 < len(counts) == len(set(counts))) or len(set(shares)) < len(shares):
            return None
        return self._filled(columns, above)

    def _filled(self, columns: list[Column], above: Sequence[str]) -> list[Column]:
        """Word's two header rows: an uncounted status's title merged down is in the row above
        only, and the one below it empty — named from the row above, in order."""
        titles = (self.status(compact(cell)) for cell in above)
        uncounted = [symbol for symbol in titles if symbol in self.scale.uncounted]
        filled = []
        for column in columns:
            if column.kind == BLANK and uncounted:
                symbol = uncounted.pop(0)
                column = Column(UNCOUNTED, symbol, symbol)
            filled.append(column)
        return filled


def read_tables(texts: Sequence[TextCell], scale: Scale) -> list[PastedTable]:
    """The tables of counts planeval wrote among ``texts`` (a report's lines, in order), in one
    pass over them."""
    titles = Titles(scale)
    tables: list[PastedTable] = []
    at, above = 0, ""
    years: dict[str, int | None] = {}  # (each file's year, as its title states it)
    while at < len(texts):
        header = _header(texts, at, titles, above)
        if header is None:
            above = texts[at].text
            at += 1
            continue
        first, rows, start = texts[at], [], at
        kind, leading, columns, at = header
        lead = _lead_columns(leading)
        leading = [title for at, title in enumerate(leading) if at not in lead]
        while at < len(texts) and texts[at].location.file == first.location.file:
            row = pasted_row(texts[at], kind, len(columns))
            if row is not None and lead:  # (as the titles, from the right: a browser's copy
                off = len(leading) + len(lead) - len(row.labels)  # leaves empty cells out)
                kept = (label for at, label in enumerate(row.labels) if at + off not in lead)
                row = replace(row, labels=tuple(kept))
            separator = kind == "md" and all(
                _SEPARATOR.fullmatch(cell) for cell in (line_cells(texts[at].text) or ("", [""]))[1]
            )
            if row is None and not separator and not blank_row(texts, at, kind, len(columns)):
                break
            if row is not None:
                rows.append(row)
            at += 1
        if (file := first.location.file) not in years:
            years[file] = report_year([t for t in texts if t.location.file == file])
        past = past_heading(texts, start, year := years[file])
        if not (partial := _partial(columns, scale)) or not other_numbers(texts, start):
            tables.append(
                PastedTable(
                    first, tuple(leading), tuple(columns), tuple(rows), past, year, partial,
                    tuple(lines_above(texts, start)),
                )
            )  # fmt: skip
        above = ""
    return tables


def _lead_columns(leading: Sequence[str]) -> set[int]:
    """The places of a table of bodies' columns before its 団体 (report/coded_bodies.py): its
    団体コード, and its 都道府県 (a national survey's: review 205 #2) — no count, and not what
    names the row, its 団体 does (a 都道府県 without a 団体 after it names its row: 都道府県別集計)."""
    return {
        at
        for at, title in enumerate(leading)
        if compact(title) == CODE_TITLE
        or (compact(title) == PREFECTURE_TITLE and BODY_TITLE in map(compact, leading[at + 1 :]))
    }


def _partial(columns: Sequence[Column], scale: Scale) -> bool:
    return {c.symbol for c in columns if c.kind == COUNT} != set(scale.counted)


def _header(
    texts: Sequence[TextCell], at: int, titles: Titles, above: str
) -> tuple[str, list[str], list[Column], int] | None:
    """(kind, titles before the numbers, number columns, the line after it) of a header row at
    ``at``: a line of its own, or lines Word broke its titles over, joined; None if none."""
    text = texts[at].text
    if _TOTAL_CELL.search(text) is None and not titles.broken(text):
        return None  # (most lines: no 計, and no title broken at its end)
    end = at + 1
    while True:
        found = line_cells(text)
        above_cells = (line_cells(above) or ("", []))[1]
        if found is not None:
            columns = titles.header(found[1], above_cells)
            if columns is not None:
                cells = found[1]
                return found[0], cells[: len(cells) - len(columns)], columns, end
        if (
            not titles.broken(text)
            or end >= len(texts)
            or end - at >= _JOINED_MOST
            or texts[end].location.file != texts[at].location.file
        ):
            return None
        text, end = text + texts[end].text, end + 1  # (a title Word broke: 「計画どおり」「完了」)


def lines_of(tables: Sequence[PastedTable]) -> set[Location]:
    """The lines the tables read from a report's text stand on: headers, rows, and each
    status's line of a table read by its columns."""
    return {
        place
        for table in tables
        for row in table.rows
        for place in (table.header.location, row.line.location, *row.places)
    }
