"""A clerk's table of counts in a sheet with its statuses down a column (名古屋市守山区's 概要:
「取組み結果 | 事業数 | 割合（%）」, then A, B, C, D, － and 計 each with its count and share),
read for ``check`` as a pasted table (pasted_tables.PastedTable) whose rows are its number
columns, so that table_counts.py compares it as it compares a pasted one.

A table is two counted statuses or more (each once) in rows one under another, each with a
number to its right, its first cell the status as the sheet writes it (symbol or label); a row
計 or 合計 among them; the row above them its titles. Each number column is a row of counts:
titled 「事業数」「件数」 or untitled, of every row (合計); titled by a year 「令和4年度」, every
row's of that year (table_counts settles another year's); titled by a group 「基本方針1」, that
group's; titled 前年度, last year's (listed, settled). A column titled 割合, 構成比 or % (or
untitled with decimals) right of a count column is its shares; the 計 row's share is compared as
the shares' whole (100.0, or what they add up to: Count.whole_agrees, review 86), and an
uncounted status's share is listed, settled, never compared: no count gives it. A table
with a cell holding more than a number (「10件」「約10」), a status twice, or shares with no
counts left of them is said as not compared, at that cell, with why."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from planeval.cells import cell_ref
from planeval.change_columns import change_columns, change_row
from planeval.check_result import NotCompared
from planeval.fiscal import stated_years
from planeval.model import Location, TextCell
from planeval.past_tables import lines_above, other_numbers, past_heading, report_year
from planeval.pasted_rows import PastedRow, line_cells, number
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
from planeval.scale_words import normalised
from planeval.scope_words import COUNTERS
from planeval.stated_number import TOTAL

Grid = dict[tuple[int, int], TextCell]  # (row, column), 0-based → the cell as text
Key = tuple[Location, str, bool]  # (a row's place, what it counts, whether a share)
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_COUNT_LIKE = re.compile(rf"\s*(?:約|計)?\s*\d[\d,]*(?:\.\d+)?\s*(?:{COUNTERS}|%|つ)?\s*")
_TOTALS = frozenset({"計", "合計", "総計"})
_SHARE = re.compile(r"割合|構成比|比率|%")
_WHOLE = re.compile(r"[^\d]{0,6}(?:数|件)(?:\(.*\))?")  # 事業数, 件数, 事業数（件）: every row
_NO_SHARE = "数えない区分の割合は、集計が出さないため比べていません"
_NOT_READ = "表のようですが、{why}ため、この表は比べていません（{fix}）"
# (a report's column of every row: its heading's group, as a paragraph under it is, else 合計)
BY_HEADING = ("",)


@dataclass(slots=True)
class Found:
    """What the sheets' tables give check: the tables, each number's cell by (its row's place,
    what, share), each column-read row's scope (and its shares', where their column is titled),
    and numbers not compared."""

    tables: list[PastedTable] = field(default_factory=list)
    cells: dict[Key, Location] = field(default_factory=dict)
    scopes: dict[Location, str] = field(default_factory=dict)
    share_scopes: dict[Location, str] = field(default_factory=dict)  # (its shares' column's)
    unread: list[NotCompared] = field(default_factory=list)
    taken: set[Location] = field(default_factory=set)  # the tables' cells: no paragraphs


def whole_column(title: str) -> bool:
    """Whether a column's title makes it a column of every row's counts: 「件数」「事業数」."""
    return _WHOLE.fullmatch(compact(title)) is not None


def read_down(
    grid: Grid, lines: Sequence[TextCell], rows: Mapping[Location, int], titles: Titles,
    year: int | None, whole: tuple[str, ...] | str, found: Found,
) -> None:  # fmt: skip
    """The sheet's tables with statuses down a column (``lines``: its rows as lines, each at
    its row ``rows`` gives), added to ``found``; ``whole``: how a column of every row names its
    group (「合計」, or the one policy the sheet's own rated rows are of; BY_HEADING: that of the
    heading above the table), or why none can."""
    line_at = {rows[line.location]: at for at, line in enumerate(lines) if line.text}
    for run in _runs(grid, titles):
        at = line_at.get(run[0][0] - 1, line_at[run[0][0]])
        if not other_numbers(lines, at):  # (予算 | 決算: no counts)
            table = _Table(grid, titles, run, year, past_heading(lines, at, year), whole)
            if whole == BY_HEADING:
                table.above = tuple(lines_above(lines, at))
            table.add(found)


def read_lines_down(lines: Sequence[TextCell], titles: Titles) -> Found:
    """A report's tables with statuses down a column, its cells between tabs or pipes (the
    ward's 「評価 | 評価の基準 | 事業数 | 割合（％）」 pasted from its 概要: review 69, listed, exit 1
    on the designed report), read as a sheet's are, each file on its own; a column of every
    row (「件数」) the group's the heading above it names, else the whole plan's (review 97)."""
    found = Found()
    by_file: dict[str, list[TextCell]] = {}
    for line in lines:
        by_file.setdefault(line.location.file, []).append(line)
    for own in by_file.values():
        grid: Grid = {}
        for row, line in enumerate(own):
            cells = line_cells(line.text)
            texts = [cell.strip() for cell in cells[1]] if cells else []
            if all(set(text) <= set("-:| ") for text in texts):
                continue  # (Markdown's |---|---|)
            for column, text in enumerate(texts):
                if text:
                    grid[(row, column)] = TextCell(line.location, text)
        if grid:
            rows = {line.location: row for row, line in enumerate(own)}
            read_down(grid, own, rows, titles, report_year(own), BY_HEADING, found)
    return found


def _status(cells: Sequence[tuple[int, TextCell]], titles: Titles) -> str | None:
    """The status a row's first cell names ("" for 計), with a number to its right (``cells``:
    the row's, by column); else None."""
    title = compact(cells[0][1].text)
    found = "" if title in _TOTALS else titles.status(title)
    if found is None:
        return None
    right = (cell for _column, cell in cells[1:])
    return found if any(_COUNT_LIKE.fullmatch(normalised(cell.text)) for cell in right) else None


def _runs(grid: Grid, titles: Titles) -> list[list[tuple[int, int, str]]]:
    """Rows one under another whose first cells (in one column) name statuses or 計: (row,
    column, status), two counted statuses or more among them."""
    by_row: dict[int, list[tuple[int, TextCell]]] = {}
    for (row, column), cell in grid.items():
        by_row.setdefault(row, []).append((column, cell))
    runs: list[list[tuple[int, int, str]]] = []
    for row in sorted(by_row):
        cells = sorted(by_row[row], key=lambda found: found[0])
        if (status := _status(cells, titles)) is None:
            continue
        first = cells[0][0]
        if runs and runs[-1][-1][:2] == (row - 1, first):
            runs[-1].append((row, first, status))
        else:
            runs.append([(row, first, status)])
    counted = set(titles.scale.counted)
    return [run for run in runs if len({status for *_, status in run} & counted) >= 2]


class _Table:
    """One table with its statuses down a column, read into ``found``."""

    def __init__(
        self, grid: Grid, titles: Titles, run: list[tuple[int, int, str]], year: int | None,
        past: str, whole: tuple[str, ...] | str,
    ) -> None:  # fmt: skip
        self.grid, self.scale, self.run, self.year, self.past = grid, titles.scale, run, year, past
        self.whole = whole
        self.first = run[0][1]
        self.header = run[0][0] - 1
        # (its number columns: those with a number in a cell, a counter after it or not; a
        # column of words, 「評価の基準」 beside the statuses, is none)
        rows = {r for r, *_ in run}
        used = {
            column
            for (row, column), cell in grid.items()
            if row in rows and _COUNT_LIKE.fullmatch(normalised(cell.text))
        }
        right = sorted({column for row, column in grid if row in rows and column > self.first})
        self.changes = change_columns(self.title, self.text, sorted(rows), right)  # (前年度比)
        self.columns = sorted(c for c in used if c > self.first and c not in self.changes)
        first = grid.get((self.header, self.first)) or grid[run[0][0], self.first]
        self.sheet = f"{first.location.sheet} › " if first.location.sheet else ""
        self.place = first
        self.above: tuple[str, ...] = ()  # (a report's: the lines up to its heading)

    def text(self, row: int, column: int) -> str:
        cell = self.grid.get((row, column))
        return cell.text.strip() if cell else ""

    def where(self, row: int, column: int) -> Location:
        if self.place.location.sheet is None:  # (a report's line: that line, 「9行目」)
            at = (cell.location for (line, _), cell in self.grid.items() if line == row)
            return next(at, self.place.location)
        return self.place.location._replace(cell=cell_ref(row, column))

    def title(self, column: int) -> str:
        return self.text(self.header, column)

    def add(self, found: Found) -> None:
        found.taken |= {
            cell.location for (row, column), cell in self.grid.items()
            if self.header <= row <= self.run[-1][0] and column >= self.first
        }  # fmt: skip
        if (why := self._unreadable()) is not None:
            (row, column), reason = why
            shown = self.text(row, column) or self.title(column)
            digits = _DIGITS.search(normalised(shown))
            stated = (
                float(digits[0]) if digits and "." in digits[0] else int(digits[0]) if digits else 0
            )
            scope = f"{self.sheet.removesuffix(' › ')}の表".removeprefix("の")
            found.unread.append(
                NotCompared(None, scope, shown, stated, reason, self.where(row, column))
            )
            return
        pairs = self._pairs()
        statuses = [(row, status) for row, _c, status in self.run if status]
        total = next((row for row, _c, status in self.run if not status), None)
        columns = [
            Column(UNCOUNTED if s in self.scale.uncounted else COUNT, s, self.text(r, self.first))
            for r, s in statuses
        ]
        if total is not None:
            columns.append(Column(SUM, "", self.text(total, self.first)))
        shared = [(r, s) for r, s in statuses if s in self.scale.counted]
        if any(share is not None for _count, share in pairs):
            columns += [Column(SHARE, s, f"{self.text(r, self.first)} 割合") for r, s in shared]
            if total is not None:  # (計's share: the shares' whole)
                columns.append(Column(SUM_SHARE, "", f"{self.text(total, self.first)} 割合"))
        else:
            shared = []
        table_rows = [
            self._row(count, share, statuses, total, shared, found) for count, share in pairs
        ]
        at: list[int | None] = [r for r, _s in statuses]
        at += [total] if total is not None else []
        at += [None] * (len(shared) + (total is not None)) if shared else []
        table_rows += [
            change_row(self.title(c), at, c, self.text, self.where, self._scope(self.title(c)))
            for c in self.changes
        ]
        counts = {c.symbol for c in columns if c.kind == COUNT}
        header = self.grid.get((self.header, self.first)) or self.grid[self.run[0][0], self.first]
        found.tables.append(
            PastedTable(  # (each row a column of the text: 「表の 1 列」, review 82)
                header, (), tuple(columns), tuple(table_rows), self.past, self.year,
                counts != set(self.scale.counted), self.above, across=True,
            )
        )  # fmt: skip

    def _unreadable(self) -> tuple[tuple[int, int], str] | None:
        """(a cell, why) the table cannot be read by; None when it can."""
        if isinstance(self.whole, str):
            return (self.run[0][0], self.first), self.whole
        seen: set[str] = set()
        for row, column, status in self.run:
            if status in seen:
                why = f"「{self.text(row, column)}」の行が 2 つある"
                return (row, column), _NOT_READ.format(why=why, fix="区分ごとに 1 行にしてください")
            seen.add(status)
        count_left = False
        for column in self.columns:
            share = self._is_share(column)
            if share and not count_left:
                why = f"{self.sheet}{cell_ref(self.header, column)} の割合の左に件数の列がない"
                return (self.header, column), _NOT_READ.format(
                    why=why, fix="件数の列を左に置いてください"
                )
            count_left = count_left or not share
            for row, *_ in self.run:
                text = self.text(row, column)
                read = number(text) if text else None
                if text and (read is None or (read[1] and not share)):
                    why = f"{self.sheet}{cell_ref(row, column)} の「{text}」が件数として読めない"
                    fix = "セルには数だけを入れてください（単位は見出しに）"
                    return (row, column), _NOT_READ.format(why=why, fix=fix)
        return None

    def _is_share(self, column: int) -> bool:
        title = compact(self.title(column))
        if title:
            return _SHARE.search(title) is not None
        return any((read := number(self.text(r, column))) and read[1] for r, *_ in self.run)

    def _pairs(self) -> list[tuple[int, int | None]]:
        """Each count column with the share column right of it, if any."""
        pairs: list[tuple[int, int | None]] = []
        for column in self.columns:
            if self._is_share(column) and pairs and pairs[-1][1] is None:
                pairs[-1] = (pairs[-1][0], column)
            elif not self._is_share(column):
                pairs.append((column, None))
        return pairs

    def _row(
        self, count: int, share: int | None, statuses: Sequence[tuple[int, str]],
        total: int | None, shared: Sequence[tuple[int, str]], found: Found,
    ) -> PastedRow:  # fmt: skip
        """A count column (and its shares: ``shared``, the table's share columns' statuses)
        as a pasted table's row."""
        title = self.title(count)
        whole = not title or whole_column(title)
        group = self.whole if isinstance(self.whole, tuple) else ("合計",)
        headed = whole and group == BY_HEADING  # (its scope said by table_cells.row_scope)
        group = ("合計",) if group == BY_HEADING and not whole else group
        labels = group if whole else (*group, title) if stated_years([title]) else (title,)
        place = self.where(self.header if title else self.run[0][0], count)
        scope = self._scope(title or "件数")
        shares = self._scope(self.title(share)) if share is not None and self.title(share) else ""
        cells: list[tuple[int, int | None, str, bool]] = [(r, count, s, False) for r, s in statuses]
        cells += [(total, count, TOTAL, False)] if total is not None else []
        cells += [(r, share, s, True) for r, s in shared]  # (no share column: empty)
        if shared and total is not None:
            cells.append((total, share, TOTAL, True))
        if share is not None:
            found.unread += self._aside(share, scope)
        values = tuple(self.text(r, c) if c is not None else "" for r, c, *_ in cells)
        for r, c, what, percent in cells:
            if c is not None:
                found.cells[place, what, percent] = self.where(r, c)
        if not headed:
            found.scopes[place] = scope
            if shares:
                found.share_scopes[place] = shares
        numbers = tuple(number(value) if value else None for value in values)
        line = TextCell(place, "\t".join((*labels, *values)))
        if not headed:
            return PastedRow(line, labels, values, numbers)
        return PastedRow(line, labels, values, numbers, scope=scope, share_scope=shares)

    def _scope(self, title: str) -> str:
        """A column as a disagreement names it: 「集計の表の「事業数」の列」."""
        return f"{self.sheet.removesuffix(' › ')}の表の「{title}」の列".removeprefix("の")

    def _aside(self, share: int, scope: str) -> list[NotCompared]:
        """The shares of a share column no count gives (an uncounted status's): listed,
        settled."""
        aside = []
        for row, _column, status in self.run:
            text = self.text(row, share)
            if not status or status in self.scale.counted or not text:
                continue
            if (value := number(text)) is None:
                continue
            said = f"{self.text(row, self.first)} 割合 {text}"
            aside.append(
                NotCompared(None, scope, said, value[0], _NO_SHARE, self.where(row, share), True)
            )
        return aside
