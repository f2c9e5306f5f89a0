"""How a sheet's table prints on A4 landscape, with the notes under it: fitted to the page's
width; a table that just misses one page printed a little smaller (never below
SMALLEST_SCALE) rather than leave its last rows alone on a page of their own; a longer one
broken where its rows fill a page, its last NOTES_KEPT_WITH rows kept on the page of the
notes (all of them where they fit; a page of two rows, or of notes alone, is none), at up to SHRUNK_AT_MOST
percent smaller where that saves a page (its last rows then on the pages before). One rule
for every count table of planeval's: the export's 集計 and 団体別集計 (xlsx_export.py),
compare's and rounds' sheets (cycle/review_xlsx.py)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from planeval.report.chapter3_pages import PAGE_SLACK, SHRUNK_AT_MOST, SMALLEST_SCALE, Pages
from planeval.report.xlsx_writer import PRINTABLE_HEIGHT, fit_to_width_scale

TITLE_ROWS_HEIGHT = 50.0  # points of the rows above a table: its title (14 pt), years, a blank
NOTES_KEPT_WITH = 3  # rows of a table longer than a page printed on the page of its notes


@dataclass(frozen=True, slots=True)
class PagePlan:
    """A sheet's print scale (percent) and the rows its pages start at (none: one page)."""

    scale: int
    breaks: tuple[int, ...] = ()


def page_plan(
    widths: Sequence[float],
    heights: Sequence[float],
    *,
    first_row: int,
    above: float,
    header: float,
    under: Sequence[float] = (),
) -> PagePlan:
    """The print of a table whose columns are ``widths`` wide and whose rows, from
    ``first_row`` on, are ``heights`` tall (points), under ``above`` points of titles and a
    ``header`` repeated on every page, over the rows ``under`` it (a blank row, the notes);
    ``widths`` the columns' beside it too (a chart's, as wide: rounds' counts)."""
    scale = fit_to_width_scale(widths)
    whole = above + header + sum(heights) + sum(under)
    page = PRINTABLE_HEIGHT - PAGE_SLACK
    if whole <= page * 100 / scale:
        return PagePlan(scale)
    if whole <= page * 100 / SMALLEST_SCALE:  # (just missed: a little smaller)
        return PagePlan(max(SMALLEST_SCALE, int(page * 100 / whole)))
    table = (heights, first_row, above, header, under)
    plan = _broken(scale, *table)
    least = max(SMALLEST_SCALE, math.ceil(scale * (100 - SHRUNK_AT_MOST) / 100))
    for smaller in range(scale - 1, least - 1, -1):  # (a page fewer: its last rows on others)
        fewer = _broken(smaller, *table)
        if len(fewer.breaks) < len(plan.breaks):
            return fewer
    return plan


def _broken(
    scale: int,
    heights: Sequence[float],
    first_row: int,
    above: float,
    header: float,
    under: Sequence[float],
) -> PagePlan:
    """The table at ``scale`` broken where its rows fill a page, its last rows kept with the
    first rows under it."""
    slack = PAGE_SLACK * 100 / scale  # (on every page, as the header repeated on it)
    pages = Pages(scale, repeated=header + slack, used=above + header + slack)
    kept = min(NOTES_KEPT_WITH, len(heights))
    for offset, height in enumerate(heights[: len(heights) - kept]):
        pages.place(first_row + offset, height)
    # (its last rows with all the notes where they fit a page: a list's heading 「一部未集計の
    # 団体：」 was left at a page's foot, the next page its header over no rows — review 157 #1)
    last = sum(heights[len(heights) - kept :])
    room = pages.height - pages.repeated
    last += sum(under) if last + sum(under) <= room else sum(under[:2])
    pages.place(first_row + len(heights) - kept, last)
    return PagePlan(scale, tuple(pages.breaks))
