"""A sheet as plain values: what the layout reader works on, whatever opened the file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from planeval.cells import cell_ref, column_letter

if TYPE_CHECKING:
    from planeval.io.row_filter import RowFilter

__all__ = ["UNSAVED_FORMULA", "ExcelError", "SheetGrid", "cell_ref", "column_letter"]

# what a cell holding a formula whose result was never saved is said as: its message and fix
UNSAVED_FORMULA = (
    "数式の結果が保存されていないため値が読めません",
    "Excel でファイルを開き、再計算させてから保存してください",
)


class ExcelError(str):
    """A cell holding one of Excel's error values (#DIV/0!, #REF!, …) as saved by Excel."""

    __slots__ = ()


class SheetGrid:
    """The values of one sheet, 0-based and sparse: only rows that hold something are stored
    (a list of rows is accepted too). Vertically merged cells are filled downwards.

    ``continued`` holds the cells that got their value from a merge above them (and
    ``continued_rows`` their columns by row, where the reader that filled them made it);
    ``unsaved_formulas`` the cells holding a formula whose result was never saved;
    ``hidden_rows`` the rows hidden in Excel (``filtered``: by a filter). (A plain class, not a dataclass: one is defined
    at every start, and a dataclass compiles its methods then.)
    """

    __slots__ = (
        "_widest",
        "continued",
        "continued_rows",
        "filtered",
        "formats",
        "formats_from",
        "has_errors",
        "hidden_rows",
        "name",
        "rows",
        "unsaved_formulas",
    )

    def __init__(
        self,
        name: str,
        rows: dict[int, list[object]] | list[list[object]],
        *,
        has_errors: bool = False,
        formats: dict[tuple[int, int], str] | None = None,
        formats_from: Callable[[], dict[tuple[int, int], str]] | None = None,
    ) -> None:
        self.name = name
        self.rows: dict[int, list[object]] | list[list[object]] = (
            dict(enumerate(rows)) if isinstance(rows, list) else rows
        )
        self.continued: set[tuple[int, int]] = set()
        self.continued_rows: dict[int, frozenset[int]] | None = None
        self.unsaved_formulas: set[tuple[int, int]] = set()
        self.hidden_rows: set[int] = set()
        # an autofilter holding a criterion: the rows hidden by it (hidden_rows.py)
        self.filtered: RowFilter | None = None
        self.has_errors = has_errors  # whether any cell holds an ExcelError
        # the number format of a cell holding a number, where not General (0.0%:
        # io/cell_values), or what reads them when first asked (number_format): the fast
        # path's, from the archive
        self.formats = {} if formats is None else formats
        self.formats_from = formats_from
        self._widest: int | None = None  # (widest_row's, once asked)

    def row(self, index: int) -> list[object]:
        assert isinstance(self.rows, dict)
        return self.rows.get(index, [])

    def value(self, row: int, column: int) -> object:
        cells = self.row(row)
        return cells[column] if column < len(cells) else None

    def widest_row(self) -> int:
        """How many cells the longest stored row holds: worked out once, when first asked
        (the layout reader asks, the grid built by then)."""
        if self._widest is None:
            assert isinstance(self.rows, dict)
            self._widest = max(map(len, self.rows.values()), default=0)
        return self._widest

    def number_format(self, row: int, column: int) -> str:
        """The number format of a number cell ("" for General)."""
        if self.formats_from is not None:
            self.formats, self.formats_from = self.formats_from(), None
        return self.formats.get((row, column), "")

    def iter_rows(self) -> Iterator[tuple[int, list[object]]]:
        """(index, cells) of every stored row, top to bottom."""
        return iter(self.sorted_rows())

    def sorted_rows(self) -> list[tuple[int, list[object]]]:
        """(index, cells) of every stored row, top to bottom, as a list."""
        assert isinstance(self.rows, dict)
        return sorted(self.rows.items())  # (sorted in C: the row indexes are unique)
