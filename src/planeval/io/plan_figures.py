"""A plan's columns beyond its levels, items and departments (plan_reader.py): an indicator's
figures (浜松市's KPI一覧: 基準値（R2） | 目標値（R7）, titled as the forms reader knows value
columns, io/value_titles.py), which each item keeps as shown and the forms carry locked; and any
other title no column of the plan is read by (備考), which template says its forms leave out
(review 113: the figures were dropped from the forms without a word). A second owner column,
所管課 beside the 所管部 the plan is read by, is its items' 課 (``SECTION``): the forms' 所管課
cells hold them (review 117 N3: they held the 部, and the column was said to be no 所管 column).
Typed the other way round, 所管課 | 所管部, the plan is read by its 部 all the same (review 170
#8: one form per 課, its 所管課 column holding 部, where the city sends one per 部)."""

from __future__ import annotations

from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.header_titles import HEADER_TITLES
from planeval.io.headers import title_key
from planeval.io.value_columns import figure_title, shown_figure
from planeval.io.value_titles import is_description_title, is_value_title
from planeval.model import Location
from planeval.text import clean_text

Figures = tuple[tuple[int, str], ...]  # (column, title as typed)
SECTION = "section"  # (the role of a plan's second owner column: 所管課 beside 所管部)


def section_column(cells: list[object], columns: dict[str, int]) -> dict[str, int]:
    """The header row's second owner column, 所管課 right of the 所管部 read as the department's,
    as {SECTION: column}; a 所管部 right of the 所管課 read as the department's is the department's
    instead, the 所管課 the section ({"department": …, SECTION: …}); {} where there is none."""
    department = columns.get("department")
    if department is None:
        return {}
    owners = HEADER_TITLES["department"]
    for column in range(department + 1, len(cells)):
        if column not in columns.values() and title_key(clean_text(cells[column])) in owners:
            if _ends(cells[department], "課") and _ends(cells[column], "部", "局", "部局"):
                return {"department": column, SECTION: department}  # (所管課 | 所管部)
            return {SECTION: column}
    return {}


def _ends(cell: object, *units: str) -> bool:
    """The title ``cell`` names a unit of ``units`` (所管課: 課)."""
    return title_key(clean_text(cell)).endswith(units)


def figure_columns(cells: list[object], columns: dict[str, int]) -> Figures:
    """The plan's header row's figure columns, left to right, those its roles read left out;
    and its columns describing each item (事業の概要), which the forms carry as they carry the
    figures, kept so too (review 203 #5: the 概要 was left off the forms with a notice)."""
    taken = set(columns.values())
    return tuple(
        (column, figure_title(cell) if is_value_title(key) else clean_text(cell))
        for column, cell in enumerate(cells)
        if column not in taken
        and isinstance(cell, str)
        and (is_value_title(key := title_key(cell)) or is_description_title(key))
    )


def unread_titles(
    cells: list[object], columns: dict[str, int], figures: Figures, *, at: tuple[str, str, int]
) -> list[tuple[Location, str]]:
    """The header row's titles read as no column (nor figure), each at its cell (``at``: the
    row's file, sheet and 0-based row)."""
    file, sheet, row = at
    read = {*columns.values(), *(column for column, _ in figures)}
    return [
        (Location(file, sheet, cell_ref(row, column)), clean_text(cell))
        for column, cell in enumerate(cells)
        if column not in read and clean_text(cell)
    ]


def figures_of(grid: SheetGrid, row: int, figures: Figures) -> tuple[tuple[str, str], ...]:
    """The row's figures, each title with its cell as Excel shows it ("" where none)."""
    return tuple((title, shown_figure(grid, row, column)) for column, title in figures)
