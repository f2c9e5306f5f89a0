"""A plan's column marking some of its rows (川崎市's 重点 ●): the titles the status reader
knows as a mark column (header_titles.HEADER_TITLES' "mark", plan_titles.TITLES too) and its cells
read by the same rule (io/mark_column.py). template carries the column, locked, into the forms
as the plan types each row's cell, so that the returns count 「うち重点」 as the plan marks it
(review 96: the column was dropped, and every うち重点 with it)."""

from __future__ import annotations

from planeval.io.headers import title_key
from planeval.io.mark_column import MarkColumn
from planeval.model import Location
from planeval.plan import Plan
from planeval.text import clean_text


def mark_column(
    plan: Plan, cells: list[object], columns: dict[str, int], header: Location
) -> MarkColumn | None:
    """The mark column of a plan's header row (``header``: its title's cell), its title kept
    as the plan's (Plan.mark_title: what the forms title theirs); None where it has none."""
    if "mark" not in columns:
        return None
    title = clean_text(cells[columns["mark"]])
    plan.mark_title = plan.mark_title or title
    return MarkColumn(title_key(title), header, columns["mark"])


def said(column: MarkColumn | None, plan: Plan) -> None:
    """At a table's end: a notice where a cell of its mark column is neither a mark nor
    blank, as the status reader says it of a return (MarkColumn.flush) — the forms carry
    the cell as typed, and their 「うち重点」 is not counted then."""
    if column is not None:
        column.flush({}, plan.problems)
