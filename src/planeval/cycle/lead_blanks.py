"""A co-owner's blank row of an item whose lead returned nothing (review 90, 北浜市's 市民課 and
情報政策課): the co-owner leaves a shared item's status to its lead, as designed, so its blank
is no error at the co-owner's cell — which stopped summarize, while any other department
that returned nothing is a warning — and no second row 「未集計（エラー）」 beside the item's
「未提出」. The item is the lead's unanswered one: 未提出, counted in the lead's warning (the
department to chase), listed once in Chapter 3. A co-owner's form whose every blank is such
an item is no form sent back as it was given (blanks.unanswered_forms) either. Part of noting
who returned nothing (unreturned_notes.note_unreturned), asked only where a department did and
a row was left blank."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planeval.model import EntryKey, ReadResult
from planeval.past_errors import BLANK_FORM


def left_to_the_lead(
    result: ReadResult,
    co_owners: Mapping[EntryKey, Sequence[str]],
    writers: Mapping[str, str | None],
) -> None:
    """Take out of ``result.problems`` the errors of a blank status (ReadResult.unrated) of an
    item of ``co_owners`` (the items whose lead returned nothing, by their key as the round
    reads the plan, each with its co-owners) in a file one of those co-owners wrote
    (``writers``: submission.file_writers), and the error of such a file's form sent back
    blank where each of its blanks is one of them."""
    left: dict[str, list[bool]] = {}  # each file with blanks: whether each is left to a lead
    blanks = set()  # the cells of those left to a lead
    for problem, key in result.unrated.items():
        file = problem.location.file
        to_lead = writers.get(file) in co_owners.get(key[1:], ())
        left.setdefault(file, []).append(to_lead)
        if to_lead:
            blanks.add(problem.location)
    if not blanks:
        return
    forms = {file for file, lefts in left.items() if all(lefts)}
    result.problems[:] = [
        problem
        for problem in result.problems
        if not problem.is_error
        or (
            # (the blank's error, in the body's words, or that blank as the first of several
            # copies' — blanks.py; the cell is blank: no other error is said at it)
            problem.location not in blanks
            if problem.reason != BLANK_FORM
            else problem.location.file not in forms
        )
    ]
