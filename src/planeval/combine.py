"""Combining what was read from several files: the same item said twice, the lead and its
co-owners, and the names of policies and directions wherever in the inputs they stood.

Text planeval itself wrote into a template is never data. An item's department is its lead
(所管: the plan's first department, written first in the template's 所管部 cell). The same
item read twice is counted once, or not at all, the lead's rating first: same_items.py. A
co-owner's remark is kept with the item, attributed: "（共管 財務部）…" — unless it is only a
status ("○"): a rating in the remark column is said at its cell and is no issue text.
"""

from __future__ import annotations

import operator
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING

from planeval.blanks import rated_elsewhere, unanswered_forms
from planeval.entry_names import named_entries, stated_departments
from planeval.gc_pause import uncollected
from planeval.marks import (
    MARK_CELL,
    any_placeholder,
    copies_named,
    is_placeholder,
    lead_and_others,
    other_rounds,
    recorded_marks,
    round_marks,
)
from planeval.model import Entry, Location, Problem
from planeval.plan_places import place_by_plan, unplaced_projects
from planeval.read_records import ReadResult
from planeval.remarks import attach_remarks, co_owner_remarks
from planeval.same_items import file_written_for, merge_duplicates, written_for
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.several_bodies import several_bodies
from planeval.shown_forms import one_form

if TYPE_CHECKING:
    from planeval.item_keys import EntryKey
    from planeval.marks import TemplateMark
    from planeval.plan import Plan
    from planeval.title_years import OwnYear


_DEPARTMENT = operator.itemgetter(Entry._fields.index("department"))
_ISSUE = operator.itemgetter(Entry._fields.index("issue"))
_ITEM_NAME = operator.itemgetter(Entry._fields.index("item_name"))


def tidy(entry: Entry) -> Entry:
    """The entry without planeval's own placeholder texts, its department the lead, its item's
    name on one line (text.one_line) without a remark on a line of its own (「…⏎（継続）」:
    name_remarks.py)."""
    issue = "" if entry.issue and is_placeholder(entry.issue) else entry.issue
    lead = lead_and_others(entry.department)[0] if "共管" in entry.department else entry.department
    name = entry.item_name
    if "\n" in name:  # (few names: its module imported only then)
        from planeval.name_remarks import split_remark

        name = split_remark(name)[0]
    if issue == entry.issue and lead == entry.department and name == entry.item_name:
        return entry
    return entry._replace(issue=issue, department=lead, item_name=name)


def _tidied(result: ReadResult) -> list[Problem]:
    """Every entry read tidied (the list as it is when no issue is a placeholder, no department
    names co-owners and no name has two lines: each distinct text looked at once), and a
    notice of the names read without a remark on a line of their own."""
    entries = result.read
    departments = "\n".join(set(map(_DEPARTMENT, entries)))
    names = "".join(set(map(_ITEM_NAME, entries)))  # (in C: most names are one line)
    if "共管" in departments or "\n" in names or any_placeholder(set(map(_ISSUE, entries))):
        result.read = [tidy(entry) for entry in entries]
    if "\n" not in names:
        return []
    from planeval.name_remarks import remark_notices, split_remark

    return remark_notices(
        [
            entry
            for entry in entries
            if "\n" in entry.item_name and split_remark(entry.item_name)[1]
        ],
        result.text_columns,
    )


def _last_years_left_out(
    result: ReadResult,
    titled: Mapping[str, tuple[int, Location]] | None,
    fiscal_year: int | OwnYear | None = None,
) -> None:
    """A workbook titled with another year than the round's (``fiscal_year`` where given, else
    most's) left out: a warning where it is last year's sent beside this year's reply
    (last_year_copies.py), else an error (years_left_out; ``titled`` may be the whole round's:
    only ``result``'s own files are left out here)."""
    from planeval.last_year_copies import beside_this_years
    from planeval.title_years import given_year, titled_files, years_left_out

    titles = titled_files(result) if titled is None else titled
    beside: dict[str, Problem] = {}
    if len(result.files) > 1:  # (a copy beside its body's reply, whatever the year given)
        beside = beside_this_years(result.read, titles, given_year(titles, fiscal_year))
    files = set(result.files)
    stale = {f: p for f, p in years_left_out(titles, fiscal_year).items() if f in files}
    stale |= beside
    if stale:
        result.other_year_rows += [e for e in result.read if e.location.file in stale]
        leave_out(result, stale)
        result.other_years.update({file: titles[file][0] for file in stale})


def leave_out(result: ReadResult, files: Mapping[str, Problem]) -> None:
    """Leave the given files' entries out of the count, each with its problem (templates of
    another round: their marks kept aside, in ``other_rounds``)."""
    if not files:
        return
    result.read = [entry for entry in result.read if entry.location.file not in files]
    result.other_rounds += [
        text
        for text in result.texts
        if text.location.file in files and text.location.cell == MARK_CELL
    ]
    result.texts = [text for text in result.texts if text.location.file not in files]
    result.problems.extend(files.values())
    result.leave_out(files)


@uncollected()  # (a large read's entries: see gc_pause.py)
def combine(
    result: ReadResult,
    scale: Scale = DEFAULT_SCALE,
    fiscal_year: int | OwnYear | None = None,
    plan: Plan | None = None,
    titled: Mapping[str, tuple[int, Location]] | None = None,
    marks: dict[str, TemplateMark] | None = None,
) -> ReadResult:
    """The read entries as counted: placeholders dropped, departments the leads, duplicates
    merged (or dropped, with an error), co-owners' remarks attached (``scale``: the statuses
    a remark must not be), every entry named with its policy and direction. ``result.read``
    keeps the entries as read (tidied). Files of another round are left out, each with its
    error: a template of another year than most, and a workbook whose title states another
    year than the round's — ``fiscal_year`` (as the clerk gives it) where some title states
    it, else the one most titles state (last year's sent again: title_years.years_left_out).
    Such a workbook most of whose items its body's other files rate
    is left out with a warning only, its body's reply counted (last_year_copies.py;
    ``titled``: the titles of the whole round, where ``result`` is a part of it — rollup's
    files read jointly — else ``result``'s).
    ``plan`` (read_plan): an item several departments' forms rate is its lead's row there
    (所管部, Plan.lead_of: every command that counts asks here; without it, the row of the file
    read first), and its levels' names name those the forms do not. ``marks``: its files'
    recorded_marks where the caller has them already (file_counts.py: one file's, as read)."""
    if marks is None:  # (A2 retyped: review 173 #1)
        marks = recorded_marks(result.texts, result.template_years)
    odd = other_rounds(marks)  # (last year's template sent again: its rows, another year's)
    if odd:  # (its title retyped this year's, named too: review 167 #6)
        from planeval.title_years import titled_files

        odd = other_rounds(marks, titled=titled_files(result, without_marks=True))
    result.other_year_rows += [e for e in result.read if e.location.file in odd] if odd else []
    leave_out(result, odd)
    if marks:  # (a round of template forms: a file named for another year said, review 146)
        from planeval.named_other_year import named_for_another_year

        result.problems += named_for_another_year(result.files, marks)
    if fiscal_year is not None and not round_marks(result):  # (a year given: review 198 #1)
        _last_years_left_out(result, titled, fiscal_year)
    elif not marks and len(result.files) > 1:  # (last year's beside this year's: review 109)
        _last_years_left_out(result, titled)
    result.problems += _tidied(result)
    if plan is not None:  # (施策 10 of a form with no 基本目標 column: under the plan's Ⅱ)
        place_by_plan(result, plan)
    elif unplaced := unplaced_projects(result):  # (… no plan to place it by: said)
        result.problems.append(unplaced)
    one_form(result, plan)  # (施策 Ⅱ-2 typed 「II-2」 in one form: shown as the others)
    # (the plan's leads as the forms' writers are named: a 課 it leads, its 部's workbook)
    written = {*result.file_departments.values(), *(m.department or "" for m in marks.values())}
    lead_of = None if plan is None else plan.lead_of(result.read, written - {""})
    if len(result.file_departments) > 1:  # (a 課's reply another's, its 担当課 rewritten)
        from planeval.copied_forms import copied_forms

        copies = copied_forms(result.read, result.file_departments, lead_of)
        result.read = [entry for entry in result.read if entry.location.file not in copies]
        result.problems += (
            copies.values()
        )  # (its department 未提出, not 表が読めない: not left_out)
        for copy in copies:  # (no reply of the department it states, nor any: 未提出)
            del result.file_departments[copy]
            result.files.remove(copy)
    # (a file named after a department of the plan, stating none, is its answer: marks.py)
    stated = result.file_departments
    if plan is not None:
        stated = {**copies_named(result.files, marks, plan.departments), **stated}
    entries, duplicates = merge_duplicates(result.read, marks, stated, lead_of)
    several = several_bodies(
        result.read, problems=result.problems, departments=result.file_departments
    )
    if several is not None:
        duplicates.insert(0, several)
    if plan is not None and result.unrated:  # (a lead's own blank another rated: a warning)
        from planeval.lead_blank import lead_left_blank

        writer_of = partial(file_written_for, marks=marks, stated=stated)
        entries, said = lead_left_blank(result, entries, plan, writer_of)
        duplicates += said
    passed_round = {file for file, mark in marks.items() if mark.department is None}
    writer_for = partial(file_written_for, marks=marks, stated=stated)
    duplicates += rated_elsewhere(result, entries, scale, passed_round, writer_for)
    unanswered_forms(result, scale.repeat_symbol)
    if plan is None and result.unrated:  # (a 課 all blank in a book: 未提出? — the plan says so)
        from planeval.blank_departments import unanswered_departments

        unanswered_departments(result, scale.repeat_symbol)
    places: dict[EntryKey, Location] = {}
    if result.error_rows:  # (the lead's row in error: no co-owner's copy counts; most reads none)
        from planeval.lead_in_error import error_places, rows_in_error, without_lead_errors

        in_error = rows_in_error(result)
        writer = partial(written_for, marks=marks, stated=stated)
        entries, said = without_lead_errors(entries, in_error, writer, lead_of)
        duplicates += said
        places = error_places(in_error)
    remarks = co_owner_remarks(result.texts, marks, result.file_bodies)
    duplicates += attach_remarks(entries, remarks, scale, result.unrated.values(), places)
    entries = stated_departments(entries, result.file_departments)
    if plan is not None:  # (its names where the forms give none, or name apart: review 181 #2)
        from planeval.apart_names import plan_names

        plan.name_levels(result.policy_names, result.direction_names)
        plan_names(result, plan)
    result.entries = named_entries(entries, result)
    result.problems.extend(duplicates)
    return result
