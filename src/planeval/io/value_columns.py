"""An indicator table's value columns (長与町, 浜松市, 群馬県: 指標 | 策定時 | 前年度 | 現状値 |
目標値 | 指標の評価): the figures each rated row publishes beside its rating, read as the clerk
typed them (「97.0%(小) 98.2%(中)」, 「－」, a blank) or, for a number, as Excel shows it
(cell_values.shown_number: 0.982 in a 0.0% cell is 98.2%, the number and its format kept
for the export's data sheet, shown_numbers.ShownNumber). They are not counted, and judge a row's
rating only where the scale's labels state % bands (judged_figures): the Chapter 3 tables and the export's data sheet show them
(ReadResult.values, keyed by the row's status cell as ReadResult.marks is). A column is one
of them by its title (VALUE_TITLES, or a year's: 令和5年度実績, R5目標), where no role of
header_titles.HEADER_TITLES claims it."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from planeval.cells import split_ref
from planeval.io.cell_values import shown_number
from planeval.io.grid import UNSAVED_FORMULA, SheetGrid, cell_ref
from planeval.io.headers import HeaderRow, title_key
from planeval.io.value_titles import is_value_title
from planeval.model import Entry, Location, Problem, Severity
from planeval.text import clean_text

if TYPE_CHECKING:
    from planeval.scale import Scale

# a row's status cell → each value column's title (as typed) and its cell as shown
Values = Mapping[Location, tuple[tuple[str, str], ...]]


def value_columns(cells: list[object], header: HeaderRow) -> tuple[tuple[int, str], ...]:
    """The header row's value columns, left to right: (column, title as typed, its lines
    joined: 「目標値」 over 「（R7）」 is 目標値（R7）, a remark for the form's users after ※
    dropped: 「取組実績 ※必須」 is 取組実績), those no role of the header row reads (a status
    column, a level) left out. Worked out once per distinct header row (find_columns shares
    one HeaderRow per distinct row of titles; the cells are compared too)."""
    known = _FIGURES.get(id(header))
    if known is not None and known[0] is header and known[1] == cells:
        return known[2]
    taken = {*header.columns.values(), *header.levels, *header.unsure_levels}
    taken |= {column for column, _title in (*header.statuses, *header.unread_issues)}
    found = tuple(
        (column, figure_title(cell))
        for column, cell in enumerate(cells)
        if column not in taken and is_value_title(title_key(cell))
    )
    if header.indicator >= 0:  # (取組 | 指標 | 策定時 …: its name the first of its figures,
        # titled 指標名 as 群馬県's is — named._item_in_project_column)
        title = clean_text(cells[header.indicator]) or "指標"
        named = title.endswith(("名", "名称"))  # (指標の名称 as typed)
        found = ((header.indicator, title if named else f"{title}名"), *found)
    if len(_FIGURES) < 4096:  # (the header is kept with them: its id names no other)
        _FIGURES[id(header)] = (header, list(cells), found)
    return found


_FIGURES: dict[int, tuple[HeaderRow, list[object], tuple[tuple[int, str], ...]]] = {}


def figure_title(cell: object) -> str:
    """A value column's title as shown: its lines joined, a remark after ※ dropped."""
    return "".join(line.strip() for line in str(cell).splitlines()).split("※")[0].strip()


def shown_figure(grid: SheetGrid, row: int, column: int) -> str:
    """A figure's cell as Excel shows it: a number in its format, a text as typed."""
    value = grid.value(row, column)
    number = isinstance(value, int | float) and not isinstance(value, bool)
    return shown_number(value, grid.number_format(row, column) if number else "")


class ValueColumns:
    """One table's value columns while its rows are read. (A plain class, not a dataclass:
    one is defined at every start, and a dataclass compiles its methods then.)"""

    __slots__ = ("columns", "grid", "header", "problems", "rows")

    def __init__(
        self, columns: tuple[tuple[int, str], ...], grid: SheetGrid | None = None, header: int = -1
    ) -> None:
        self.columns = columns
        self.grid = grid  # the sheet its table is on: a row left out for its error (read_left)
        self.header = header  # (its header row: a year its titles name not theirs, flush)
        self.rows: dict[Location, tuple[tuple[str, str], ...]] = {}
        self.problems: list[Problem] = []  # (a formula's result not saved)

    def read(self, grid: SheetGrid, row: int, status_cell: Location) -> None:
        """A rated row's figures, each as Excel shows its cell (a formula's result never
        saved: empty, and a warning at its cell)."""
        self.rows[status_cell] = tuple(
            (title, shown_figure(grid, row, column)) for column, title in self.columns
        )
        for column, title in self.columns:
            if (row, column) in grid.unsaved_formulas:
                where = Location(status_cell.file, status_cell.sheet, cell_ref(row, column))
                message, hint = UNSAVED_FORMULA
                said = f"「{title}」の{message}（空欄として載せます）"
                self.problems.append(Problem(where, Severity.WARNING, said, hint))

    def line_below(self, grid: SheetGrid, row: int, status_cell: Location) -> None:
        """A second line of the rated row's figures typed on ``row`` below it (「80.2%(中)」
        under 「85.1%(小)」, review 142 #2): each joined to the row's as a cell of two figures
        is typed (「85.1%(小) 80.2%(中)」), a figure both lines give alike (目標値 100%) once."""
        first = self.rows[status_cell]
        self.read(grid, row, status_cell)
        below = self.rows[status_cell]
        self.rows[status_cell] = tuple(
            (title, figure if again in ("", figure) else f"{figure} {again}".strip())
            for (title, figure), (_, again) in zip(first, below, strict=True)
        )

    def read_left(self, status_cell: Location) -> None:
        """A row its error leaves out (io/left_rows.left_in_error), at its ``status_cell``: its
        figures read all the same, shown beside 「未集計（エラー）」 as a rated row's are beside its
        rating (review 87: its 策定時・現状値・目標値 stood empty, as if nothing was reported)."""
        if self.grid is not None and status_cell.cell:
            self.read(self.grid, int(split_ref(status_cell.cell)[1]) - 1, status_cell)

    def flush(
        self, values: dict[Location, tuple[tuple[str, str], ...]], problems: list[Problem]
    ) -> None:
        """At the table's end: its rows' figures into ``values`` (ReadResult.values), and
        what could not be read of them into ``problems``."""
        values.update(self.rows)
        problems.extend(self.problems)
        if self.grid is not None and self.header >= 0 and self.rows:  # (前年度（R5）: 181 #4)
            from planeval.stale_years import stale_headers

            file = next(iter(self.rows)).file
            problems += stale_headers(self.grid, self.header, self.columns, file, problems)
        self.grid = None  # (its table read: the sheet is not kept for it)


def figures_after(
    header: list[object], first: int, rated: Collection[str] = ()
) -> ValueColumns | None:
    """The value columns an export's data sheet keeps after the source's columns (and its
    うち重点), titled as the tables titled them, but those it records as another scale's
    rating (``rated``: 達成度, cells.OTHER_SCALES_PROPERTY); None where it has none."""
    found = tuple(
        (column, str(header[column]))
        for column in range(first, len(header))
        if is_value_title(title_key(header[column])) and str(header[column]) not in rated
    )
    return ValueColumns(found) if found else None


def judged_figures(entries: Sequence[Entry], values: Values, scale: Scale) -> list[Problem]:
    """The ratings of ``entries`` their own figures (``values``) contradict, where ``scale``'s
    labels state % bands (aichi: rating_figures.py, review 186 #2), of a finished read or, when
    a large read is streamed, of each file where it is read (file_counts.py); none else."""
    if not values or not any("%" in status.label for status in scale.statuses):
        return []  # (the usual read: rating_figures not imported)
    from planeval.rating_figures import figures_disagree

    return figures_disagree(entries, values, scale)
