"""Where a policy sheet's printed pages break (xlsx_chapter3.py): a project whose rows would
not fit on the rest of the page starts a new page, a page that starts within a direction
starts with its row again, 「…（続き）」, and a project longer than a page prints in parts,
each naming it. A sheet whose last page would hold a single row prints up to SHRUNK_AT_MOST
percent smaller where that row then fits on the page before, even under LibreOffice's taller
page header (PAGE_SLACK): 東浜市's 1-3-(4) alone on a page under 「基本方針1-3 …（続き）」
(review 134 #1); so does one whose last page its rows fill up to LAST_PAGE_FILLED, and a
sheet of two pages down to SMALLEST_SCALE to print on one (review 152 #7, 154 #11). A
chapter's sheets all print at the smallest scale any of them takes (review 183 #4)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import NamedTuple

from planeval.report.chapter3_rows import Chapter3Row, DirectionTable
from planeval.report.xlsx_writer import PRINTABLE_HEIGHT, row_height

# points of A4 landscape's printable height a page does not fill with rows: LibreOffice's
# page header in a Japanese font is taller than Excel's (rows of 21 pt under a repeated one:
# 21 on a page where 487.28 pt would hold 22; a page of 486 broke a row early, alone)
PAGE_SLACK = 12.0
SHRUNK_AT_MOST = 10  # percent: a table printed smaller to save a page
SMALLEST_SCALE = 60  # percent: a table just over a page printed smaller to fit on one
# the share of a sheet's last page its rows fill at most where it prints smaller to save it:
# 桜川市's 1-21 and 1-22 (review 154 #11), 名東区's 1-3 and 川辺市's 2-3 (six and seven rows,
# review 152 #7) alone on a page about ¾ blank
LAST_PAGE_FILLED = 1 / 3


class Pages:
    """Where the printed pages of a sheet break: before a block (a project, with its
    direction's row if it is the first) that does not fit on what is left of the page."""

    def __init__(self, scale: int, repeated: float, used: float) -> None:
        self.height = PRINTABLE_HEIGHT * 100 / scale
        self.repeated = repeated  # the header row printed at the top of every page
        self.used = used
        self.breaks: list[int] = []

    def place(self, first_row: int, height: float, *, heading: float = 0.0) -> bool:
        """Place a block at ``first_row``; whether a page breaks before it. ``heading``: the
        height of a row printed above the block only when it starts a page."""
        broke = self.used + height > self.height and self.used > self.repeated + 0.5
        if broke:
            self.breaks.append(first_row)
            self.used = self.repeated + heading
        room = self.height - self.repeated
        self.used += height if height <= room else height % room  # (a block taller than a page)
        return broke

    def filled(self) -> float:
        """The share of the room under its header the last page's rows fill."""
        return (self.used - self.repeated) / (self.height - self.repeated)


class Part(NamedTuple):
    """Rows printed together: a project (or its part, or an item), under ``title`` — its
    direction's row, continued or not — where one is printed above it ("": none)."""

    row: int  # (the sheet row of its title, else of its first row)
    title: str
    rows: Sequence[Chapter3Row]
    lines: Sequence[int]
    note: str = ""  # a note typed under the table's rows (DirectionTable.notes): no rows
    # the line heading its rows, a row of its own above them, under its title (群馬県's
    # 「ICTを活用した学びの充実」 under 施策5: Chapter3Row.heading, review 166 #3)
    heading: str = ""


class PolicyPages(NamedTuple):
    """A policy sheet's print scale, its parts in order and the rows its pages start at."""

    scale: int
    parts: list[Part]
    breaks: list[int]
    last_filled: float = 1.0  # (the share of its last page's room its rows fill)


def policy_pages(
    tables: Sequence[DirectionTable],
    lines: Sequence[Sequence[int]],
    *,
    scale: int,
    above: float,
    header: float,
    first_row: int,
    with_project: bool,
) -> PolicyPages:
    """The pages of a policy sheet's ``tables`` (their rows of ``lines`` lines each) at
    ``scale``, under ``above`` points of rows whose last is the ``header`` repeated on every
    page; a last page of one row saved at up to SHRUNK_AT_MOST percent smaller."""
    table = (tables, lines, above, header, first_row, with_project)
    plan = _pages(scale, *table)
    if not plan.breaks or (
        _rows_after(plan, plan.breaks[-1]) > 1 and plan.last_filled > LAST_PAGE_FILLED
    ):
        return plan
    least = math.ceil(scale * (100 - SHRUNK_AT_MOST) / 100)
    if len(plan.breaks) == 1:  # (a sheet just over a page: on one, as a count table's)
        least = min(least, SMALLEST_SCALE)
    for smaller in range(scale - 1, least - 1, -1):
        fewer = _pages(smaller, *table, slack=PAGE_SLACK * 100 / smaller)
        if len(fewer.breaks) < len(plan.breaks):
            return fewer
    return plan


def chapter_pages(plans: Sequence[Callable[[int], PolicyPages]], scale: int) -> list[PolicyPages]:
    """The pages of each of a chapter's policy sheets (``plans``: a sheet's policy_pages at a
    scale) at one scale, from ``scale`` down to the least any of them prints at to save a
    page, up to SHRUNK_AT_MOST percent smaller: the next sheet's table printed narrower than
    the one before (review 183 #4). A sheet just over a page printed smaller still to fit on
    one keeps its own scale: every sheet would print as small."""
    floor = math.ceil(scale * (100 - SHRUNK_AT_MOST) / 100)
    while True:
        pages = [plan(scale) for plan in plans]
        least = min((paged.scale for paged in pages if paged.scale >= floor), default=scale)
        if least >= scale:
            return pages
        scale = least


def _rows_after(plan: PolicyPages, row: int) -> int:
    """The rows of items printed from sheet row ``row`` on."""
    return sum(len(part.rows) for part in plan.parts if part.row >= row)


def _pages(
    scale: int,
    tables: Sequence[DirectionTable],
    lines: Sequence[Sequence[int]],
    above: float,
    header: float,
    first_row: int,
    with_project: bool,
    slack: float = 0.0,
) -> PolicyPages:
    pages = Pages(scale, repeated=header + slack, used=above + slack)
    parts: list[Part] = []
    row = first_row
    for table, table_lines in zip(tables, lines, strict=True):
        title_height = row_height(1) if table.title else 0.0
        # (kept together on a page: a project, whose cell is merged over its rows; an item
        # where the tables have no project column — a policy of one project, 20 items, left
        # its sheet's first page with no row: review 81)
        room = pages.height - pages.repeated - title_height
        blocks: list[tuple[Sequence[Chapter3Row], Sequence[int]]] = []
        start = 0
        for rows in table.projects() if with_project else table.items():
            own = table_lines[start : start + len(rows)]
            blocks += _pages_of(rows, own, room) if with_project else [(rows, own)]
            start += len(rows)
        for number, (project, project_lines) in enumerate(blocks):
            heading = project[0].heading if project else ""
            height = sum(row_height(n) for n in project_lines) + row_height(1) * bool(heading)
            if number == 0:
                pages.place(row, title_height + height)
                title = table.title
            else:
                broke = pages.place(row, height, heading=title_height)
                title = f"{table.title}（続き）" if broke and table.title else ""
            parts.append(Part(row, title, project, project_lines, heading=heading))
            row += bool(title) + bool(heading) + len(project)
        for note in table.notes:  # (a row each, under the table's last)
            pages.place(row, row_height(1))
            parts.append(Part(row, "", (), (), note))
            row += 1
    return PolicyPages(scale, parts, pages.breaks, pages.filled())


def _pages_of(
    rows: Sequence[Chapter3Row], lines: Sequence[int], room: float
) -> list[tuple[Sequence[Chapter3Row], Sequence[int]]]:
    """A project's rows (of ``lines`` lines each) as they print, in parts
    of whole items each filling at most a page (``room`` points), each after the first its
    cell named again, 「1-1-1 …（続き）」: its merged cell printed on the first page alone,
    and a reader of the next could not tell which project its rows were of (review 130 #1)."""
    heights = [row_height(n) for n in lines]
    parts: list[list[int]] = [[]]
    used = 0.0
    for index, row in enumerate(rows):
        if row.item_rows and parts[-1]:
            item = sum(heights[index : index + row.item_rows])
            if used + item > room:
                parts.append([])
                used = 0.0
        parts[-1].append(index)
        used += heights[index]
    if len(parts) == 1:
        return [(rows, lines)]
    named = [replace(rows[part[0]], project_rows=len(part)) for part in parts]
    continued = [replace(first, project=f"{first.project}（続き）") for first in named[1:]]
    return [
        ([first, *(rows[index] for index in part[1:])], [lines[index] for index in part])
        for first, part in zip([named[0], *continued], parts, strict=True)
    ]
