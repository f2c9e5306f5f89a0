"""An autofilter's criteria, read to tell a row the filter hid from one hidden by hand (review
177 #3: a row hidden by hand in a filtered sheet was said to be hidden by the filter, and only a
notice). A criterion of shown values (Excel's tick list) is read: a hidden row whose value it
shows was hidden by hand. Any other criterion (a custom, top-10, colour or date one) is read no
further: every hidden row it spans may be the filter's, as is every row of a filter whose
element the fast reader's window cut."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from planeval.io.grid import SheetGrid

_ALL = 1 << 30  # (the last row of a filter whose rows are unknown)
_ELEMENT = re.compile(
    rb'<autoFilter\b[^>]*?\sref="([A-Z]+)(\d+)(?::[A-Z]+(\d+))?"[^>]*>(.*?)</autoFilter>', re.S
)
_REF = re.compile(rb'<autoFilter\b[^>]*?\sref="[A-Z]+(\d+)(?::[A-Z]+(\d+))?"')
_COLUMN = re.compile(rb"<filterColumn\b([^>]*?)(?:/>|>(.*?)</filterColumn>)", re.S)
_COLUMN_ID = re.compile(rb'\scolId="(\d+)"')
_FILTERS = re.compile(rb"<filters\b([^>]*)>")
_VALUE = re.compile(rb'<filter\b[^>]*?\sval="([^"]*)"')
_BLANK = re.compile(rb'\sblank="(?:1|true)"')


class RowFilter(NamedTuple):
    """The rows (0-based) an autofilter with a criterion spans, its header row ``first``, and
    its criteria: by column (0-based, of the sheet) the texts it shows (casefolded, "" for a
    blank), or None for a criterion not read."""

    first: int
    last: int
    criteria: tuple[tuple[int, frozenset[str] | None], ...]

    def hides(self, grid: SheetGrid, row: int) -> bool:
        """Whether the filter may have hidden ``row``: a value of it one criterion does not
        show, or a criterion not read."""
        if not self.first < row <= self.last:
            return False
        unread = False
        for column, shown in self.criteria:
            if shown is None:
                unread = True
            elif _text(grid.value(row, column)) not in shown:
                return True
        return unread


def _text(value: object) -> str:
    """A cell's value as the filter's tick list names it."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip().casefold()


def _shown(values: list[str], blank: bool) -> frozenset[str]:
    return frozenset({value.strip().casefold() for value in values} | ({""} if blank else set()))


def filter_of_xml(window: bytes) -> RowFilter:
    """The autofilter in a sheet part's ``window`` (which holds its criterion)."""
    import html

    from planeval.io.sheetscan import column_number

    found = _ELEMENT.search(window)
    if found is None:  # (cut by the window: its rows, where its ref is in it, all the filter's)
        ref = _REF.search(window)
        if ref is None:
            return RowFilter(-1, _ALL, ((0, None),))
        return RowFilter(int(ref[1]) - 1, int(ref[2] or ref[1]) - 1, ((0, None),))
    left = column_number(found[1]) - 1
    criteria: list[tuple[int, frozenset[str] | None]] = []
    for column in _COLUMN.finditer(found[4]):
        number, body = _COLUMN_ID.search(column[1]), column[2] or b""
        if number is None or not body.strip():
            continue  # (a button hidden, no criterion)
        filters = _FILTERS.search(body)
        shown = None
        if filters is not None and b"dateGroupItem" not in body:
            values = [html.unescape(value.decode()) for value in _VALUE.findall(body)]
            shown = _shown(values, bool(_BLANK.search(filters[1])))
        criteria.append((left + int(number[1]), shown))
    return RowFilter(int(found[2]) - 1, int(found[3] or found[2]) - 1, tuple(criteria))


def filter_of_sheet(auto_filter: object) -> RowFilter | None:
    """The autofilter openpyxl read (``sheet.auto_filter``); None without a criterion."""
    from openpyxl.utils import range_boundaries

    columns = getattr(auto_filter, "filterColumn", None)
    ref = getattr(auto_filter, "ref", None)
    if not columns or not ref:
        return None
    left, top, _, bottom = range_boundaries(ref)
    if top is None:
        return None
    criteria: list[tuple[int, frozenset[str] | None]] = []
    for column in columns:
        filters = column.filters
        others = (column.customFilters, column.top10, column.dynamicFilter, column.colorFilter)
        if filters is None and not any(others) and column.iconFilter is None:
            continue  # (a button hidden, no criterion)
        shown = None
        if filters is not None and not filters.dateGroupItem:
            shown = _shown([str(value) for value in filters.filter], bool(filters.blank))
        criteria.append(((left or 1) - 1 + column.colId, shown))
    return RowFilter(top - 1, (bottom or top) - 1, tuple(criteria))
