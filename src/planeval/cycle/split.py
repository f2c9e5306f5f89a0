"""planeval split: several bodies' answers compiled into one workbook — a prefecture's list
with a 団体名 column, one row per body and 取組, or a binder of replies, one sheet per body —
which io/compiled.py refuses to count as one body's, saved as one workbook per body for
``--bodies file``: each body's rows under the table's own header rows and the lines above
them, 「団体名 | 長野市」 (and its 団体コード, where a column gives it) on top, every cell as
read (values, not formats), a blank row kept where the source has one, never where another
body's rows were taken out. Nothing is written over the source or an existing file (without
--force), and the workbooks are written together (output.written_together)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from planeval.errors import UsageError
from planeval.io.chapter3 import read_sheet
from planeval.io.compiled import answered_sheets, body_column, sheet_bodies
from planeval.io.example_sheets import set_aside_examples
from planeval.io.grid import SheetGrid
from planeval.io.headers import DEFAULT_LAYOUT, Layout, title_key
from planeval.io.judge import NotRead, judging, open_judged
from planeval.io.limits import Limits
from planeval.io.stated_heading import stated
from planeval.io.tables import SheetResult
from planeval.lazy_pattern import LazyPattern
from planeval.output import check_targets, written_together
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.text import clean_text, pasted_path

_CODE_TITLE = LazyPattern(r"^(?:団体|地方公共団体|自治体|市区町村|市町村)コード$")
_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\s]+')  # (a file name's forbidden characters)
Rows = list[list[object]]


class Book(NamedTuple):
    """A body's workbook to write: its code ("" if none is given), its sheets' names and
    rows, and how many of its rows are its answers (its item rows, their statuses in the
    scale or not)."""

    code: str
    sheets: list[tuple[str, Rows]]
    rows: int


class Split(NamedTuple):
    """One body's workbook written: its path, the body, how many of its answers' rows it
    holds, and whether the workbook's statuses were read in the scale (False: no row's was,
    a first run's 実施中 …, which summarize reads once planeval.toml has its [scale])."""

    path: Path
    body: str
    rows: int
    scaled: bool = True


def split_bodies(
    path: Path,
    folder: Path,
    *,
    scale: Scale = DEFAULT_SCALE,
    layout: Layout = DEFAULT_LAYOUT,
    limits: Limits | None = None,
    force: bool = False,
) -> list[Split]:
    """Write each body's rows of the compiled workbook ``path`` into ``folder`` (made if
    missing), one workbook per body named 「団体コード_団体名.xlsx」 (or 「団体名.xlsx」); a
    workbook of one body's answer is a UsageError saying so — and, where its rows name their
    departments, naming the route by them (split_departments.py, review 161 #7)."""
    answered = read_compiled(path, scale, layout, limits)
    books: dict[str, Book] = {}
    if (column := body_column(answered)) is not None:
        books = _by_column(column.grid, column.header, column.column)
    elif len(by_sheet := sheet_bodies(answered)) > 1:
        # (its item rows, rated in the scale or not: without the settings, 0 entries)
        rated = {id(grid): len(sheet.items_seen) for grid, sheet in answered}
        books = {
            body: Book(
                stated(own).code or "",
                [(grid.name, kept_rows(grid, set())) for grid in own],
                sum(rated[id(grid)] for grid in own),
            )
            for body, own in by_sheet.items()
        }
    else:
        rows = [row for _grid, sheet in answered for row in (*sheet.entries, *sheet.error_rows)]
        departments = {row.department for row in rows}
        several = len(departments - {""})
        route = (
            f"。行の所管（{several} 部署）ごとのブックに分けるなら planeval split "
            f"{pasted_path(str(path))} --by department -o 部署別/ と指定してください"
            if several > 1
            else ""
        )
        raise UsageError(
            f"{path} は一つの団体の回答のブックです（団体名の列に二つ以上の団体も、シートごとに違う"
            f"団体名もありません）。分けずにそのまま planeval summarize で読めます{route}"
        )
    named = {body: folder / f"{file_name(book.code, body)}.xlsx" for body, book in books.items()}
    write_books(path, {named[body]: book.sheets for body, book in books.items()}, force=force)
    scaled = any(sheet.entries for _grid, sheet in answered) or not any(
        sheet.items_seen for _grid, sheet in answered
    )
    return [Split(named[body], body, book.rows, scaled) for body, book in books.items()]


def read_compiled(
    path: Path, scale: Scale, layout: Layout, limits: Limits | None
) -> list[tuple[SheetGrid, SheetResult]]:
    """The compiled workbook's sheets holding answers, each read (a UsageError where it cannot
    be opened)."""
    limits = limits or Limits()
    try:
        with judging(limits):
            opened = open_judged(path, limits).opened
    except NotRead as error:
        raise UsageError(f"{path}: {error}") from None
    grids = opened.sheets if opened is not None else []
    sheets = [read_sheet(grid, file=str(path), scale=scale, layout=layout) for grid in grids]
    set_aside_examples(str(path), grids, sheets)
    return answered_sheets(grids, sheets)


def write_books(source: Path, books: dict[Path, list[tuple[str, Rows]]], *, force: bool) -> None:
    """Each workbook of ``books`` (its sheets' names and rows) written, together, never over
    ``source`` or, without ``force``, a file there."""
    check_targets(list(books), [source], force=force)
    next(iter(books)).parent.mkdir(parents=True, exist_ok=True)
    with written_together(list(books), force=force) as temporaries:
        for target, sheets in books.items():
            _write(temporaries[target], sheets)


def _by_column(grid: SheetGrid, header: int, column: int) -> dict[str, Book]:
    """Each body of the column's rows → (its code, its one sheet: the rows above and of the
    table but other bodies' rows, 「団体名 | …」 on top)."""
    titles = grid.row(header)
    code_at = next((i for i, t in enumerate(titles) if _CODE_TITLE.match(title_key(t))), None)
    of: dict[int, str] = {}  # row → the body it is of (below the header, its cell filled)
    for index, cells in grid.iter_rows():
        if index > header and column < len(cells) and (body := clean_text(cells[column])):
            of[index] = "" if body.isdecimal() else body
    books = {}
    for body in dict.fromkeys(b for b in of.values() if b):
        codes = (
            [grid.value(i, code_at) for i, b in of.items() if b == body]
            if code_at is not None
            else []
        )
        code = next((clean_text(c) for c in codes if clean_text(c)), "")
        said: Rows = [["団体名", body]]
        said += [["団体コード", code], []] if code else [[]]
        others = {i for i, b in of.items() if b != body}
        rows = kept_rows(grid, others)
        title = 1 if rows and min(i for i, _ in grid.iter_rows()) < header else 0
        rows[title:title] = said  # (under the title, whose 令和6年度 names the round: review 57)
        books[body] = Book(code, [(grid.name, rows)], len(of) - len(others))
    return books


def kept_rows(grid: SheetGrid, left_out: set[int]) -> Rows:
    """The sheet's rows but ``left_out``, a blank row where the sheet has one between two kept
    (not where left-out rows were)."""
    rows: Rows = []
    last: int | None = None
    for index, cells in grid.iter_rows():
        if index in left_out:
            continue
        if (
            last is not None
            and index > last + 1
            and not left_out.intersection(range(last + 1, index))
        ):
            rows.append([])
        rows.append([_cell(value) for value in cells])
        last = index
    return rows


def _cell(value: object) -> object:
    """A value as a new workbook can hold it (what the reader gives back: text, a number, a
    date, a truth value; anything else as its text)."""
    if value is None or isinstance(value, str | int | float | bool | datetime.date):
        return value
    return str(value)


def file_name(code: str, body: str) -> str:
    safe = _NOT_IN_NAMES.sub("_", body)
    return f"{code}_{safe}" if code else safe


def _write(target: Path, sheets: Sequence[tuple[str, Rows]]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]  # (the default sheet: each its own)
    for name, rows in sheets:
        sheet = book.create_sheet(title=name[:31])
        for row in rows:
            sheet.append(row)
    book.save(target)
