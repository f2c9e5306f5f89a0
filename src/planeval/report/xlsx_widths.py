"""The print-ready workbook's column widths by their titles: each as wide as its title's
widest word and wide enough for Excel to break the title only between its words (review 23:
「対象外（評価対象／外）」 in a column as wide as its widest word), and the data sheet's by its
values (xlsx_export.py writes the sheets)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from planeval.model import Entry
from planeval.report.cell_wrap import header_width
from planeval.report.widths import widest, widest_word
from planeval.report.xlsx_chapter3 import XLSX_UNITS
from planeval.report.xlsx_writer import display_width

WORD_UP_TO = 17.0  # a title's word of up to 8 characters whole; a longer one (a phrase) breaks
# データ: each column as wide as its values up to these (names and texts wrap), IDs and
# symbols up to DATA_MOST, none narrower than its title (data_widths) or DATA_LEAST
DATA_WIDTHS = {"policy_name": 14, "direction_name": 18, "project_name": 20, "item_name": 24}
DATA_WIDTHS |= {"sub_item": 10, "status_text": 10, "issue": 24, "department": 12}
DATA_WIDTHS |= {"file": 24, "sheet": 10}
DATA_MOST, DATA_LEAST, DATA_TITLE_UP_TO = 12.0, 6.0, 23.0


def data_widths(headers: Sequence[str], values: Sequence[float]) -> list[float]:
    """Each data column as wide as its values on one line up to its DATA_WIDTHS (names and
    texts wrap beyond; ``values``: value_widths), and its title on one line up to
    DATA_TITLE_UP_TO (a 6-character column printed 「実施内容番号（表記／）」 with a lone
    bracket; Calc wraps a title as it fills the line, a bracket at either end, and the titles
    are the machines' column names, so they are never broken by hand), a longer one broken
    between its words (``titled``)."""
    widths = [
        max(min(display_width(header), DATA_TITLE_UP_TO) + 2.0, DATA_LEAST, width)
        for header, width in zip(headers, values, strict=True)
    ]
    return [titled(header, width) for header, width in zip(headers, widths, strict=True)]


def value_widths(
    names: Sequence[str], row_values: Callable[[Entry], list[object]], entries: Sequence[Entry]
) -> tuple[set[int], list[float]]:
    """One walk over the rows (read twice, never all kept: constant memory): the columns no
    row has a value in (none where there is no row), and each column's widest value on one
    line with its padding, up to the column's DATA_WIDTHS (0 for a column with no value)."""
    most = [float(DATA_WIDTHS.get(name, DATA_MOST)) for name in names]
    empty = set(range(len(names))) if entries else set()
    widths = [0.0] * len(names)
    open_columns = list(range(len(names)))  # (a column that may be empty or grow wider)
    for entry in entries:
        if not open_columns:  # (every column has a value and is as wide as it may be)
            break
        values = row_values(entry)
        closed = False
        for column in open_columns:
            value = values[column]
            if value is not None and value != "":
                empty.discard(column)
                text = str(value)
                width = display_width(text) if "\n" not in text else widest([text], display_width)
                widths[column] = max(widths[column], min(width + 2.0, most[column]))
                closed = closed or (widths[column] >= most[column] and column not in empty)
        if closed:
            open_columns = [c for c in open_columns if c in empty or widths[c] < most[c]]
    return empty, widths


def titled(header: str, width: float) -> float:
    """``width``, or as much wider as a title needs for its widest word (up to WORD_UP_TO) on a
    line and for Excel to break it only between its words (review 23: 「対象外（評価対象／外）」
    in 17, its widest word's width: cell_wrap.header_width)."""
    least = max(width, widest_word(header, display_width, up_to=WORD_UP_TO) + 2.0)
    return header_width(header, least, XLSX_UNITS.wrap, most=display_width(header) + 2.0)
