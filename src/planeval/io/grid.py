"""A sheet as plain values: what the layout reader works on, whatever opened the file."""

from __future__ import annotations

from dataclasses import dataclass, field


def column_letter(index: int) -> str:
    """Excel's column name for a 0-based column index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def cell_ref(row: int, column: int) -> str:
    """Excel's cell reference for 0-based indexes: (13, 2) → C14."""
    return f"{column_letter(column)}{row + 1}"


@dataclass(slots=True)
class SheetGrid:
    """The values of one sheet, 0-based, with vertically merged cells filled downwards.

    ``continued`` holds the cells that got their value from a merge above them;
    ``unsaved_formulas`` the cells holding a formula whose result was never saved.
    """

    name: str
    rows: list[list[object]]
    continued: set[tuple[int, int]] = field(default_factory=set)
    unsaved_formulas: set[tuple[int, int]] = field(default_factory=set)

    def value(self, row: int, column: int) -> object:
        cells = self.rows[row]
        return cells[column] if column < len(cells) else None
