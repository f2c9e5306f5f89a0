"""Reading back what an export's count left out past its errors (--keep-going): its sheet
cells.COUNTED_PAST_SHEET (written by report/xlsx_past_errors.py, laid out as past_errors.py
says). The items come back as items read and not counted, the places as the errors the export
was counted past, with one warning: read back, the export leaves out what it left out, as a
read of its workbooks does (compare: 前回未集計/今回未集計, not 追加/削除). An export without the
sheet (made without errors, or by an older planeval) has nothing more to say.
"""

from __future__ import annotations

from planeval.io.grid import SheetGrid
from planeval.model import ErrorPlace, ItemSeen, Location, Problem, Severity
from planeval.past_errors import (
    BODIES_HEADER,
    BODY_COLUMN,
    ITEMS_HEADER_ROW,
    PLACE_COLUMNS,
    WHOLE_FILE,
    CountedPast,
    errors_left_out,
)


def read_counted_past(grid: SheetGrid, *, body: str = "") -> CountedPast:
    """The sheet's items, places and bodies with no row counted, each of its row's body where
    the tables have a 団体 column, else of ``body`` (the export's body); a row that names no
    item or file (edited away) is passed over, and a sheet whose tables' headers are not
    found holds nothing."""
    rows = {index: [_text(cell) for cell in cells] for index, cells in grid.iter_rows()}
    header = next((i for i, cells in rows.items() if _places_header(cells) is not None), None)
    listed = next((i for i, cells in rows.items() if tuple(cells[:2]) == BODIES_HEADER), None)
    if header is None and listed is None:
        return CountedPast()
    end = min(i for i in (header, listed, max(rows) + 2) if i is not None)  # (the items' end)
    items: list[ItemSeen] = []
    titles = rows.get(ITEMS_HEADER_ROW, [])
    if end > ITEMS_HEADER_ROW and header != ITEMS_HEADER_ROW and listed != ITEMS_HEADER_ROW:
        bodies = titles[:1] == [BODY_COLUMN]
        for index in range(ITEMS_HEADER_ROW + 1, end - 1):
            cells = _cells(rows.get(index, []), bodies, body)
            if cells[1] and cells[3]:
                items.append((cells[0], cells[1], _number(cells[2]), cells[3]))
    places = []
    if header is not None:
        bodies = _places_header(rows[header]) is True
        last = listed - 1 if listed is not None and listed > header else max(rows) + 1
        for index in sorted(i for i in rows if header < i < last):
            own, file, where, message = _cells(rows[index], bodies, body)
            if file:
                place = file if where in ("", WHOLE_FILE) else f"{file} › {where}"
                places.append(ErrorPlace(own, place, message, where == WHOLE_FILE))
    named = [rows[i][:2] for i in sorted(rows) if listed is not None and i > listed]
    of_bodies = tuple((cells[0], cells[1]) for cells in named if cells[:1] and cells[0])
    return CountedPast(tuple(items), tuple(places), bodies=of_bodies)


def counted_past_warning(file: str, sheet: str, past: CountedPast) -> Problem:
    """The one warning of an export counted past errors: how many places it left out, and
    that its items left out (and those of a file it could not read) stay so."""
    unread = "読めなかったブックの実施内容" if any(p.whole_file for p in past.places) else ""
    if past.items:
        items = f"その実施内容 {len(past.items):,} 件はここでも数えず、回を比べるときは"
        items += "追加・削除ではなく未集計とします" + (f"（{unread}も同じです）" if unread else "")
    elif unread:
        items = f"{unread}は、回を比べるときは追加・削除ではなく未集計とします"
    else:
        items = "その行はここでも数えていません"
    return Problem(
        Location(file, sheet),
        Severity.WARNING,
        f"この報告書は、{errors_left_out(past.place_names)}を集計に含めずに書き出されています"
        f"（シート「{sheet}」）。{items}",
        "すべての行を数えるには、元の調査票のエラーを直してから書き出し直してください",
    )


def _places_header(cells: list[str]) -> bool | None:
    """Whether ``cells`` title the places' table: True with a 団体 column, False without,
    None when they do not."""
    if cells[:4] == [BODY_COLUMN, *PLACE_COLUMNS]:
        return True
    return False if cells[:3] == list(PLACE_COLUMNS) else None


def _cells(cells: list[str], bodies: bool, body: str) -> list[str]:
    """A row's four values, its body first (``body`` where the table has no 団体 column)."""
    values = cells[: 3 + bodies]
    values += [""] * (3 + bodies - len(values))
    return values if bodies else [body, *values]


def _text(value: object) -> str:
    """A cell as text ("" when empty): a whole number as its digits."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _number(text: str) -> int | None:
    return int(text) if text.isascii() and text.isdigit() else None
