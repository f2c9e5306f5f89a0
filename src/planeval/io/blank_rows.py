"""A rated row left blank in a table written in names, told from a group row by its
numbering (io/levels.label_kind): a group has rows of a deeper numbering under it, a blank
row its sibling after it, a level above it or the table's end; without numbering, a row
naming its department or its issue is a rated row. named.py reads the rows; this judges them.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Set as AbstractSet

from planeval.ids import parse_lower_level
from planeval.io.blank_reads import fills_beside
from planeval.io.grid import SheetGrid
from planeval.io.levels import label_kind
from planeval.io.summary_block import TOTAL_LABELS
from planeval.io.tables import TableState
from planeval.text import clean_text, compact

_WHOSE = frozenset({"department", "issue"})  # (roles a group row does not fill in, a rated row may)
_PROJECT_AND_ITEM = frozenset({"project", "item"})
_ITEMS_OR_WHOSE = frozenset({"number", "department"})  # (beside an item's name: not a heading's)


def left_blank(grid: SheetGrid, row: int, table: TableState, own: AbstractSet[str]) -> bool:
    """Whether an unrated row naming something is a rated row left blank, not a group row:
    a group row has rows of a deeper numbering under it ((1) over ア, 1.1 over 1.1.1, or rows
    rated without numbering), a blank row its sibling after it (ア then イ), a level above it
    ((2) after イ), or nothing more of the table; without numbering, a row that names its
    department or its issue is a rated row. In a table of two status columns, a row naming
    its item with its No. or department and filling the other status column (未着手 beside the
    達成度 read blank), or with both and neither status, is rated, its blank read by the blank
    rules: taken for a group row, a 改革項目's first item was dropped unsaid and the rest of it
    lost their numbers (review 208 #1); a heading names a level, no item and no 課."""
    name = "item" if "item" in table.columns else "project"
    item = table.beside and name in own and own & _ITEMS_OR_WHOSE
    if item and (own >= _ITEMS_OR_WHOSE or fills_beside(table, grid, row)):
        return True
    kind = _kind(grid, row, table)
    if kind is None:  # (no numbering to tell by: a row stating whose it is, or its issue, is rated)
        # — and a project's first row naming its first item (施策 | 取組内容, the project's
        # cells merged down from it): the item is rated there, a heading has no item's name
        return bool(own & _WHOSE) or own >= _PROJECT_AND_ITEM or _unread_sibling(grid, row, table)
    rank = _kinds_up_to(grid, row, table)
    rows = table.kinds_rows
    assert rows is not None
    at = bisect.bisect_right(rows, row)
    for after in rows[at:]:
        cells = grid.row(after)
        if not any(clean_text(value) for value in cells):
            continue
        if _total_row(cells):
            return True  # (the table's 合計 row: its end, review 79 — its count no rated row)
        following = _kind(grid, after, table)
        if following is None:  # rated rows without numbering under a group; else text
            status = table.status_column
            return not (status < len(cells) and clean_text(cells[status]))
        return following == kind or rank.get(following, len(rank)) < rank[kind]
    return True


def _unread_sibling(grid: SheetGrid, row: int, table: TableState) -> bool:
    """Whether a row's first cell, in a column the table does not read (「調査項目番号」 before
    its settings name it), holds a number of the same shape as the next row's there: 4-2
    between 4-1 and 4-3, a rated row left blank, not a heading (review 137 #2: 若津市's
    4-2 read as one, 4-3 to 4-6 said missing)."""
    read = set(table.columns.values())
    cells = grid.row(row)
    first = next((c for c, value in enumerate(cells) if clean_text(value)), None)
    if first is None or first in read or first > min(read, default=first):
        return False
    kind = label_kind(clean_text(cells[first])) if is_label(clean_text(cells[first])) else None
    if kind is None:
        return False
    assert isinstance(grid.rows, dict)
    below_rows: list[int] = sorted(r for r in grid.rows if r > row)
    after = next((r for r in below_rows if any(map(clean_text, grid.row(r)))), None)
    if after is None:
        return False
    below = grid.row(after)
    return first < len(below) and label_kind(clean_text(below[first])) == kind


def _total_row(cells: list[object]) -> bool:
    """Whether a row is a table's total row: 合計 (計, 小計 …) its first filled cell."""
    first = next((clean_text(value) for value in cells if clean_text(value)), "")
    return compact(first).rstrip(":") in TOTAL_LABELS


def emptied_label(texts: dict[str, str], own: AbstractSet[str], has_item_column: bool) -> str:
    """The mark of a rated row whose name and rating were cleared, the rest of it left (its
    No. or 「イ」, its department or issue): "" for any other row."""
    if not own & _WHOSE:
        return ""
    if "number" in own:
        return texts["number"]
    project = texts.get("project", "")
    return project if has_item_column and "project" in own and is_label(project) else ""


def _kind(grid: SheetGrid, row: int, table: TableState) -> str | None:
    """The numbering shape of a row's own label: its number cell, the ア of a 項目 cell beside
    its 指標, or the start of its name (not a paragraph: 「1 本計画は…。」)."""
    cells = grid.row(row)

    def own(role: str) -> str:
        column = table.columns.get(role)
        if column is None or column >= len(cells) or (row, column) in grid.continued:
            return ""
        return clean_text(cells[column])

    project = own("project")
    roles: tuple[str, ...]
    if "item" in table.columns and project and not is_label(project):
        roles = ("number", "item", "project")
    else:
        roles = ("number", "project", "item")
    header = table.header
    if header is not None and header.project_number:
        # (the number column numbers the projects, 施策番号 1-1 merged down over their rows: no
        # row's own, but of a row naming no item — a 事業's (1) over its indicators' ア)
        roles = roles[1:] if own("item") else (*roles[1:], "number")
    # the first cell numbered: 取組項目 「2-2 AI・RPAの活用」 beside a 取組内容 of words only
    # (judged by those, a blank row was a group row: dropped unsaid, review 63)
    labels = (
        label for label in map(own, roles) if label and "。" not in label and len(label) <= 80
    )
    return next(filter(None, map(label_kind, labels)), None)


def _kinds_up_to(grid: SheetGrid, row: int, table: TableState) -> dict[str, int]:
    """The numbering shapes of the table's rows down to ``row``, each with the order it first
    appeared in (an outer level first), looked at once per table as far as needed."""
    if table.kinds_rows is None:
        assert isinstance(grid.rows, dict)
        table.kinds_rows = sorted(r for r in grid.rows if r > table.first_row)
        table.kinds_seen = 0
    rows, kinds = table.kinds_rows, table.kinds
    while table.kinds_seen < len(rows) and rows[table.kinds_seen] <= row:
        kind = _kind(grid, rows[table.kinds_seen], table)
        if kind is not None:
            kinds.setdefault(kind, len(kinds))
        table.kinds_seen += 1
    return kinds


def is_label(text: str) -> bool:
    """A cell holding only an item's mark: "ア", "1", or a number of its group's and its own,
    「(1)-1」「1.1」 (愛知県's 項目 beside its 指標: review 64, each read as a project named
    「-1」 or 「1」)."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if len(plain) <= 4 and (parse_lower_level(f"{plain} x") is not None or plain.isdigit()):
        return True
    return len(plain) <= 9 and _NUMBERS_ONLY.fullmatch(plain) is not None


# (1)-1, 1.1, 1-2-3, (2)-4: parts of a number with no name
_NUMBERS_ONLY = re.compile(r"(?:\(\d{1,3}\)|\d{1,3})(?:\s*[-.]\s*(?:\(\d{1,3}\)|\d{1,3}))+")
