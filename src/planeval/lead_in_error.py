"""An item whose lead's row is in error, as combining sees it (review 98): the lead typed a value
of no status (「達成」) where its co-owner's form rates the same item, or a co-owner wrote a
remark on it.

The lead's rating is the item's. While the lead's row is in error that rating is not known, so a
co-owner's copy of the item is not counted in its place: the item is left out with its lead's
row, as every row in error is (--keep-going's 「記入に不備のあった…行は集計に含めていません」 stays
true, and the counts change once the row is fixed), and a notice at the co-owner's cell names
both cells. (A department that sent nothing, or a lead's status left blank, is no rating
typed: the co-owner's rating is counted then, as blanks.py and unreturned_said.py say.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from planeval.ids import describe
from planeval.item_keys import EntryKey, body_item_key
from planeval.item_keys import entry_key as item_of
from planeval.marks import lead_and_others, unit
from planeval.model import Entry, Location, Problem, Severity
from planeval.past_errors import OTHER_SCALE
from planeval.read_records import ReadResult


def rows_in_error(result: ReadResult) -> list[Entry]:
    """The rows the reader noted as left out for an error (ReadResult.error_rows) whose error is
    still said at their status cell once blanks another file rated are excused (blanks.py);
    none where the read noted none (most reads: nothing looked at)."""
    if not result.error_rows:
        return []
    at = {
        problem.location
        for problem in result.problems
        if problem.is_error and problem.reason != OTHER_SCALE
    }
    return [row for row in result.error_rows if row.location in at] if at else []


def error_places(rows: Sequence[Entry]) -> dict[EntryKey, Location]:
    """Each item in error's status cell, by its item's key as a co-owner's remark names it
    (remarks.attach_remarks says a remark on such an item is waiting for that cell)."""
    return {item_of(row): row.location for row in rows}


def without_lead_errors(
    entries: list[Entry],
    in_error: Sequence[Entry],
    writer: Callable[[Entry], str | None],
    lead_of: Callable[[Entry], str] | None = None,
) -> tuple[list[Entry], list[Problem]]:
    """``entries`` without the items counted from another department's copy while a row of
    them in error (``in_error``: rows_in_error) is its lead's, or, no lead known, another
    department's (the co-owners' ratings, compared, might not agree), each said where the copy
    is. ``writer``: the department a row's file was written by (None: not known); ``lead_of``:
    the plan's lead of a row's item. A copy that is the lead's own counts as ever."""
    rows: dict[tuple[str, str, str, str], tuple[Entry, str, bool]] = {}
    for row in in_error:
        written = writer(row)
        lead = lead_of(row) if lead_of is not None else ""
        if written is None or (lead and written != lead):
            continue  # (a co-owner's copy in error: the lead's own copy counts)
        lead = lead or lead_and_others(row.department)[0]  # (its row's, as typed: 所管（共管: …）)
        rows[body_item_key(row)] = (row, written, written == lead)
    if not rows:
        return entries, []
    projects = {(key[0], key[1]) for key in rows}
    kept: list[Entry] = []
    said: list[Problem] = []
    for entry in entries:
        found = (
            rows.get(body_item_key(entry)) if (entry.body, entry.project_id) in projects else None
        )
        copied = writer(entry) if found is not None else None
        if found is None or copied is None or copied == found[1]:
            kept.append(entry)
            continue
        if copied == ((lead_of(entry) if lead_of is not None else "") or entry.department):
            kept.append(entry)  # (the lead's own copy: it counts, the other row's error aside)
            continue
        said.append(_left_out(entry, copied, *found))
    return kept, said


def _left_out(entry: Entry, copied: str, row: Entry, written: str, is_lead: bool) -> Problem:
    own = unit([written, copied])
    if is_lead:
        message = (
            f"{describe(entry)} は所管{own}の{written}の調査票で達成状況がエラーのため"
            f"（{row.location}）、共管{own}の{copied}のこのセルの評価 {entry.status} も数えていません。"
            f"この実施内容の評価は所管{own}のものです"
        )
        fix = f"所管{own}の{written}が {row.location.cell} を直せば、所管{own}の評価を数えます"
    else:
        message = (
            f"{describe(entry)} は {written} の調査票で達成状況がエラーのため（{row.location}）、"
            f"{copied}のこのセルの評価 {entry.status} も数えていません。"
            "評価が揃っているか分かりません"
        )
        fix = f"{written}が {row.location.cell} を直せば、評価が揃っていれば 1 件として数えます"
    return Problem(entry.location, Severity.NOTICE, message, fix)


def waiting_remark(place: Location, own: str) -> tuple[str, str]:
    """What a co-owner's remark on an item whose lead's row is in error at ``place`` is told,
    and the fix: the lead's form came, its row is in error (not 「見つからない」)."""
    return (
        f"の達成状況が所管{own}の調査票でエラーのため（{place}）付けていません",
        f"所管{own}が {place.cell} を直せば、この意見も付きます",
    )
