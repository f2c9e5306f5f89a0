"""A co-owner's blank row of an item whose lead returned nothing (review 90, 北浜市's 市民課 and
情報政策課): the co-owner leaves a shared item's status to its lead, as designed, so its blank
is no error at the co-owner's cell — which stopped summarize, while any other department
that returned nothing is a warning — and no second row 「未集計（エラー）」 beside the item's
「未提出」. The item is the lead's unanswered one: 未提出, counted in the lead's warning (the
department to chase), listed once in Chapter 3. A co-owner's form whose every blank is such
an item is no form sent back as it was given (blanks.unanswered_forms) either. Part of noting
who returned nothing (unreturned_notes.note_unreturned), asked only where a department did and
a row was left blank.

The same blank beside its lead's rating (review 102, 名古屋市守山区's 総務課 leaving 「地域防災
訓練の実施支援」 to 地域力推進室) is no error either: the lead's row counts (``rated_by_the_lead``).
The two rows are matched by the item's name within its policy, as the plan names it: a
co-owner's own form may number the row otherwise than the lead's."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from planeval.item_keys import EntryKey
from planeval.past_errors import BLANK_FORM
from planeval.plan import Plan
from planeval.read_records import ReadResult
from planeval.text import comparable_name


def left_to_the_lead(
    result: ReadResult,
    co_owners: Mapping[EntryKey, Sequence[str]],
    writers: Mapping[str, str | None],
) -> None:
    """Take out of ``result.problems`` the errors of a blank status (ReadResult.unrated) of an
    item of ``co_owners`` (the items whose lead returned nothing, by their key as the round
    reads the plan, each with its co-owners) in a file one of those co-owners wrote
    (``writers``: workbook_owners.file_writers), and the error of such a file's form sent back
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


def rated_by_the_lead(result: ReadResult, plan: Plan, writers: Mapping[str, str | None]) -> None:
    """Take out of ``result.problems`` the error of a blank status in a file a co-owner wrote
    (``writers``: workbook_owners.file_writers) of an item of ``plan`` whose lead's file rates it:
    the co-owner leaves the shared item to its lead, as designed, and the lead's row counts."""
    shared: dict[tuple[str, str], tuple[str, ...]] = {}  # (policy, name) → a shared item's
    named = Counter((item.policy_id, comparable_name(item.item_name)) for item in plan.items)
    anywhere = Counter(name for _policy, name in named.elements())
    for item in plan.items:
        key = (item.policy_id, comparable_name(item.item_name))
        if len(item.departments) > 1 and named[key] == 1:  # (each name once: no guessing)
            shared[key] = item.departments
            if anywhere[key[1]] == 1:  # (… and once in the plan: a row its form put under
                shared["", key[1]] = item.departments  # no policy, 枚方市's 施策13 — review 103)
    if not shared:
        return
    rated = set()
    for entry in result.read:
        writer = writers.get(entry.location.file)
        rated |= {
            (entry.policy_id, name := comparable_name(entry.item_name), writer),
            ("", name, writer),
        }
    blanks = set()
    for problem, (_body, project, number_name, _sub) in result.unrated.items():
        name = number_name.partition(":")[2]
        key = (project.split("-")[0], name)
        if key not in shared:
            key = ("", name)
        lead, *co_owners = shared.get(key) or ("",)
        if writers.get(problem.location.file) in co_owners and (*key, lead) in rated:
            blanks.add(problem.location)
    if blanks:
        result.problems[:] = [
            problem
            for problem in result.problems
            if not (problem.is_error and problem.location in blanks)
        ]
