"""planeval split --by department: one body's workbook compiled of its departments' answers —
a prefecture's ICT推進課 book, one sheet per 柱, a 所管部局 column naming each row's department —
saved as one workbook per department (review 161 #7: split refused it as one body's answer and
offered no route, and the clerk rebuilt the forms with template and copied the answers in).

Each department's workbook holds every sheet as it is — its titles, headings, header rows and
notes — but the item rows of other departments and the rows under a table that rate no item
(a 合計 row's 「A 9件、B 9件…」: the whole table's, no department's). It is named after the
source and the department (「取りまとめ_R6_警察本部.xlsx」), so a read given the plan knows
whose it is by its name as by its rows (cycle/submission.py); read back, the workbooks count
as the compiled one does."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from planeval.cells import cell_list, column_letter, split_ref
from planeval.cycle.split import Split, file_name, kept_rows, read_compiled, write_books
from planeval.errors import UsageError
from planeval.io.grid import SheetGrid
from planeval.io.headers import DEFAULT_LAYOUT, Layout
from planeval.io.limits import Limits
from planeval.model import Entry
from planeval.scale import DEFAULT_SCALE, Scale

_SHOWN = 5  # (the cells named of item rows that name no department; the rest counted)


class Departments(NamedTuple):
    """The departments' workbooks written, and the departments none was written for: every
    row of theirs blank (no answer — a folder without their workbook says them 未提出)."""

    written: list[Split]
    unanswered: list[str]


def split_departments(
    path: Path,
    folder: Path,
    *,
    scale: Scale = DEFAULT_SCALE,
    layout: Layout = DEFAULT_LAYOUT,
    limits: Limits | None = None,
    force: bool = False,
) -> Departments:
    """Write each department's rows of ``path`` (one body's workbook, its rows naming their
    departments) into ``folder`` (made if missing), one workbook per department in the order
    they first appear, but of one every row of which is blank (a form sent back blank is an
    error: read with the plan, no workbook is 未提出, as the compiled book says it); a workbook
    whose rows name fewer than two departments, or some of whose item rows name none, is a
    UsageError saying so."""
    answered = read_compiled(path, scale, layout, limits)
    rows: list[list[Entry]] = [[*sheet.entries, *sheet.error_rows] for _grid, sheet in answered]
    named = list(dict.fromkeys(row.department for own in rows for row in own))
    blank = {p.location for _grid, sheet in answered for p in sheet.unrated}
    unanswered = [
        d
        for d in named
        if all(r.location in blank for own in rows for r in own if r.department == d)
    ]
    departments = [department for department in named if department not in unanswered]
    if unnamed := [str(row.location.cell) for own in rows for row in own if not row.department]:
        raise UsageError(
            f"{path} の行のうち {len(unnamed)} 行は所管の列が空です（{cell_list(unnamed, _SHOWN)}）。"
            "部署ごとに分けるには、どの行にも所管の部署名を書いてください"
        )
    if len(named) < 2:
        raise UsageError(
            f"{path} の行は二つ以上の部署に分かれていません（所管の列が見つからないか、どの行も同じ"
            "部署です）。分けずにそのまま planeval summarize で読めます"
        )
    books: dict[Path, list[tuple[str, list[list[object]]]]] = {}
    counted: dict[str, int] = dict.fromkeys(departments, 0)
    for department in departments:
        target = folder / f"{file_name('', f'{path.stem}_{department}')}.xlsx"
        books[target] = []
        for (grid, sheet), own in zip(answered, rows, strict=True):
            at = {_row(row): row.department for row in own}
            columns = {split_ref(str(row.location.cell))[0] for row in own}
            totals = _rating_no_item(grid, sheet.headers, at, columns)
            others = {index for index, whose in at.items() if whose != department}
            books[target].append((grid.name, kept_rows(grid, others | totals)))
            counted[department] += sum(1 for whose in at.values() if whose == department)
    write_books(path, books, force=force)
    scaled = any(sheet.entries for _grid, sheet in answered) or not any(rows)
    return Departments(
        [
            Split(target, department, counted[department], scaled)
            for target, department in zip(books, departments, strict=True)
        ],
        unanswered,
    )


def _row(entry: Entry) -> int:
    """The 0-based row of ``entry``'s status cell."""
    return int(split_ref(str(entry.location.cell))[1]) - 1


def _rating_no_item(
    grid: SheetGrid,
    headers: list[tuple[int, str, str | None]],
    items: dict[int, str],
    columns: set[str],
) -> set[int]:
    """The rows below a table's header, no item's nor a header, with something in a status
    column (``columns``: the item rows' status cells' letters) — a 合計 row's 「A 9件、B 9件…」,
    the whole table's and no department's."""
    starts = {row for row, _heading, _sub in headers}
    found = set()
    for index, cells in grid.iter_rows():
        if not starts or index <= min(starts) or index in items or index in starts:
            continue
        if any(
            value not in (None, "") and column_letter(column) in columns
            for column, value in enumerate(cells)
        ):
            found.add(index)
    return found
