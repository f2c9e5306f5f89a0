"""A plan workbook in its replies' own layout read as the replies are read (review 208 #3): a
行政改革大綱's compiled list without its status columns (No. | 改革項目 | 取組項目 | 所管課 under
band rows 「Ⅰ　市民サービスの向上」), whose No. 「(1)-1」 numbers the 取組項目 of the 改革項目
「(1) 窓口サービスの向上」 merged down beside it. Read as a 計画事業一覧, each No. was a project
of its own under a policy (1)…(15): a phantom 「大綱の柱12（未集計）」 and 改革項目 「(1)-2」
published, and a notice per 改革項目 that the reply's name differed from the plan's. Here each
sheet is read by the forms' own reader (chapter3.read_sheet) as though one more column rated
each of its rows, so the band rows are the policies, 「(1)」 the project and 「(1)-1」 its item,
with the very IDs the replies read; an error of that reading is the plan's, at its cell."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.header_titles import HEADER_TITLES
from planeval.io.headers import DEFAULT_LAYOUT, Layout
from planeval.io.plan_titles import HeaderSeen
from planeval.io.plan_typed import two_levels
from planeval.model import Entry, Location, Problem
from planeval.plan import PlanItem, split_departments
from planeval.scale import Scale, Status
from planeval.text import clean_text

_LISTED = "○"  # (what the added column rates each row with: one status, counted)
_SCALE = Scale((Status(_LISTED, "計画の項目"),))


def numbers_its_items(items: Sequence[PlanItem]) -> bool:
    """Whether the plan's number column numbers the items of the project its project column
    names, as a compiled list of a 行政改革大綱 does: 「(1)-1」 beside 「(1) 窓口サービスの
    向上」, each number read as a project of its own (plan_rows' two levels)."""
    from planeval.io.plan_levels import bracketed_own

    def own(item: PlanItem) -> bool:
        named = bracketed_own(item.project_name)
        label = clean_text(item.project_label)
        return named is not None and label.startswith(named[2]) and two_levels(label) is not None

    return bool(items) and all(own(item) for item in items)


def read_as_replies(
    grids: Sequence[SheetGrid], headers: Sequence[HeaderSeen], file: str, layout: Layout | None
) -> tuple[list[PlanItem], list[Problem]]:
    """The items of each sheet with a plan's header row (``headers``), read as the forms read
    their rows, and that reading's errors (at their cells: where the plan cannot be read as
    the replies are)."""
    from planeval.io.chapter3 import read_sheet  # (the forms' reader: only for such a plan)

    items: list[PlanItem] = []
    problems: list[Problem] = []
    for grid in grids:
        header = next((h for h in headers if h.sheet == grid.name), None)
        if header is None:
            continue
        rated, title = _rated(grid, header.row)
        read = read_sheet(rated, file=file, scale=_SCALE, layout=_layout(layout, title))
        problems += [p for p in read.problems if p.is_error]
        labels = read.level_labels
        items += [_item(grid, entry, labels.get(entry.policy_id, "")) for entry in read.entries]
    return items, problems


def _layout(layout: Layout | None, title: str) -> Layout:
    """The settings' layout, its counted column the one added (``title``)."""
    return replace(layout or DEFAULT_LAYOUT, status_column=title)


def _rated(grid: SheetGrid, header: int) -> tuple[SheetGrid, str]:
    """``grid`` with one more column: titled as a status column in the header row (a title
    no cell of it has), and rating each row below it of two cells or more — not a band row
    「Ⅰ　…」, a note or a blank line, which the forms' reader reads as such."""
    width = grid.widest_row() + 1
    taken = {clean_text(cell) for cell in grid.row(header)}
    title = next(t for t in sorted(HEADER_TITLES["status"]) if t not in taken)
    rows: dict[int, list[object]] = {}
    for row, cells in grid.iter_rows():
        own = [c for at, c in enumerate(cells) if clean_text(c) and (row, at) not in grid.continued]
        added = title if row == header else _LISTED if row > header and len(own) > 1 else None
        rows[row] = [*cells, *[None] * (width - len(cells)), added]
    rated = SheetGrid(grid.name, rows)
    rated.continued, rated.hidden_rows = grid.continued, grid.hidden_rows
    return rated, title


def _item(grid: SheetGrid, entry: Entry, policy_label: str) -> PlanItem:
    """A row the forms' reader read as ``entry``: the plan's item, at its name's cell."""
    row = int("".join(filter(str.isdigit, entry.location.cell or "0"))) - 1
    cells = grid.row(row)
    column = next((at for at, c in enumerate(cells) if clean_text(c) == entry.item_name), 0)
    return PlanItem(
        location=Location(entry.location.file, grid.name, cell_ref(row, column)),
        policy_id=entry.policy_id,
        direction_id=entry.direction_id,
        project_id=entry.project_id,
        project_name=entry.project_name,
        item_no=entry.item_no,
        item_label=entry.item_label,
        item_name=entry.item_name,
        departments=split_departments(entry.department),
        sub_item=entry.sub_item,
        policy_name=entry.policy_name,
        direction_name=entry.direction_name,
        project_label=entry.project_label,
        policy_label=policy_label,
    )
