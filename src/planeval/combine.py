"""Combining what was read from several files: the same item said twice, the lead and its
co-owners, and the names of policies and directions wherever in the inputs they stood.

Text planeval itself wrote into a template is never data. An item's department is its lead
(所管: the plan's first department, written first in the template's 所管部 cell). The same
item (project, item number or name, sub-item) read twice is counted once when the statuses
agree and not at all when they differ (an error names every place, so someone decides which
is right) — except that where the lead's own workbook rated it, the lead's rating counts: a
co-owner's agreeing copy is normal, a different one a warning naming both. A co-owner's remark
is kept with the item, attributed: "（共管 財務部）…" — unless it is only a status ("○"): a
rating in the remark column is said at its cell and is no issue text.
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from itertools import compress, repeat
from typing import TYPE_CHECKING

from planeval.blanks import rated_elsewhere, unanswered_forms
from planeval.cells import places
from planeval.entry_names import named_entries, stated_departments
from planeval.gc_pause import uncollected
from planeval.ids import describe
from planeval.marks import (
    MARK_CELL,
    OwnYear,
    TemplateMark,
    any_placeholder,
    ask_the_lead,
    copies_named,
    is_placeholder,
    lead_and_others,
    other_rounds,
    round_marks,
    template_marks,
    titled_files,
    unit,
    years_left_out,
)
from planeval.model import (
    Entry,
    EntryKey,
    Location,
    Problem,
    ReadResult,
    Severity,
    entry_key,
)
from planeval.numbers_twice import numbers_twice
from planeval.plan_places import place_by_plan, unplaced_projects
from planeval.remarks import attach_remarks, attributed, co_owner_remarks
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.several_bodies import several_bodies
from planeval.shown_forms import one_form
from planeval.text import comparable_name

if TYPE_CHECKING:
    from planeval.plan import Plan


_DEPARTMENT = operator.itemgetter(Entry._fields.index("department"))
_ISSUE = operator.itemgetter(Entry._fields.index("issue"))


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


def _group(
    group: list[Entry], writers: Sequence[str | None] = (), lead: str = ""
) -> tuple[Entry | None, Problem | None]:
    """The entry a group of the same item counts as (None: none) and what to say (nothing of
    one repeat listing (再掲) rated alike in several files: the whole-plan workbook passed
    round, each copy with the template's own '-', its name marked 再掲 whether or not it says
    what it repeats). ``writers``: the department each entry's file was written by, where
    known; ``lead``: the item's lead as the plan names it, where known."""
    first = group[0]
    said = places([f"{e.status}（{e.location}）" for e in group])
    departments = list(dict.fromkeys(writers))
    if len(departments) > 1 and None not in departments:
        return _co_owned(group, [w for w in writers if w is not None], said, lead)
    if len({e.status for e in group}) > 1:
        # (one fix for any number of places: a file's many such errors are then said as one
        # kind, its first few in full and the rest in a line)
        # (the plan's lead named: a copy of the whole-plan workbook may be anyone's)
        hint = ask_the_lead([*writers, *(e.department for e in group)], len(group), lead)
        message = (
            f"同じ実施内容 {describe(first)} が {len(group)} か所にあり、達成状況が"
            f"違います: {said}。どれも数えていません"
        )
        return None, Problem(group[-1].location, Severity.ERROR, message, hint)
    issues = list(dict.fromkeys(e.issue for e in group if e.issue))
    if all(e.repeat_of is not None for e in group) and len({e.location.file for e in group}) == len(
        group
    ):
        return first._replace(issue="\n".join(issues)), None
    message = (
        f"同じ実施内容 {describe(first)} が {len(group)} か所にあります: {said}。"
        "達成状況が同じため 1 件として数えました"
    )
    # (a fix of its own, so that a whole workbook received twice is said as one kind: its
    # first few items, then the rest in a line)
    hint = (
        "同じ回答を二度受け取ったものなら古い方を除き、そうでなければ重なった行を削除してください"
    )
    return first._replace(issue="\n".join(issues)), Problem(
        group[-1].location, Severity.WARNING, message, hint
    )


def _co_owned(
    group: list[Entry], writers: list[str], said: str, lead: str = ""
) -> tuple[Entry | None, Problem | None]:
    """The same item rated in the files of several departments (each form stating its
    department, 「担当部：福祉部」), none of them known as the lead: its co-owners each
    answering for it. Rated alike, it counts once, every department's issue text kept (nothing
    said: the co-owners agree); rated otherwise, nothing counts until they agree."""
    first = group[0]
    if len({e.status for e in group}) == 1:
        kept = first
        for entry, writer in zip(group[1:], writers[1:], strict=True):
            if entry.issue and entry.issue not in kept.issue:
                kept = attributed(kept, writer, entry.issue)
        return kept, None
    names, own = "・".join(dict.fromkeys(writers)), unit(writers)
    message = (
        f"{describe(first)} は {names} の調査票にあり、達成状況が違います: {said}。"
        "どの調査票の評価を数えるか分からないため、数えていません"
    )
    hint = (
        f"計画で所管{own}とされている{lead}の回答はありません。"
        if lead
        else "計画のブックを --plan か planeval.toml の [plan] file で指定すれば、計画が最初に"
        f"挙げる{own}の評価を数えます。または"
    ) + f"所管{own}と共管{own}で評価を揃え、違う方の調査票を直してください"
    return None, Problem(group[-1].location, Severity.ERROR, message, hint)


def _writer(
    entry: Entry, marks: Mapping[str, TemplateMark], stated: Mapping[str, str]
) -> str | None:
    """The department the entry's file was written for: its template's mark, else the
    department its form states or, a copy of the whole-plan template, its name names (None:
    not known)."""
    file = entry.location.file
    mark = marks.get(file)
    return mark.department if mark is not None and mark.department else stated.get(file)


def _with_lead(
    group: list[Entry], writers: list[str | None], plan_lead: str = ""
) -> tuple[Entry | None, list[Problem]] | None:
    """A group in which the lead's own workbook rated the item (the form stating ``plan_lead``,
    the plan's lead of the item; else one whose rows name the department its template was
    written for): the lead's rating counts; a co-owner's remark carries its own rating where it
    differs. None when the group has no lead's copy, or copies of unknown origin."""
    if None in writers:
        return None
    pairs = list(zip(group, writers, strict=True))
    by_plan = [e for e, w in pairs if plan_lead and w == plan_lead]
    leads = by_plan or [e for e, w in pairs if w == e.department]
    if not leads:
        return None
    said: list[Problem] = []
    kept: Entry | None = leads[0]
    if len(leads) > 1:  # the lead's workbook given twice
        kept, problem = _group(leads)
        said += [problem] if problem is not None else []
    if kept is None:
        return None, said
    lead = leads[0]
    # (named by who wrote it, as co-owners are: 福祉部, not its row's 福祉課; 所管部 or 所管課 …)
    lead_writer, kind = writers[group.index(lead)] or lead.department, unit(filter(None, writers))
    for entry, writer in pairs:
        if entry in leads or writer is None:
            continue
        if entry.status != lead.status:
            said.append(
                Problem(
                    entry.location,
                    Severity.WARNING,
                    f"{describe(entry)} の達成状況が所管{kind}と共管{kind}で違います: "
                    f"所管{kind}の{lead_writer}は {lead.status}（{lead.location}）、"
                    f"共管{kind}の{writer}は {entry.status}（{entry.location}）。"
                    f"所管{kind}の評価を数えました",
                    f"共管{kind}と調整し、必要なら所管{kind}の調査票を直してください",
                )
            )
        if entry.issue and entry.issue not in kept.issue:
            kept = attributed(kept, writer, entry.issue, entry.status)
    return kept, said


# Two rows can be the same item only if they share body, project and item number: the rows
# that do not (most of a large read) need no key of their own. (An entry's fields taken by
# position, as a tuple's: in C, a tenth cheaper than by name, on every row of a large read.)
_NEAR = operator.itemgetter(*map(Entry._fields.index, ("body", "project_id", "item_no")))
_ITEM_NAME = operator.itemgetter(Entry._fields.index("item_name"))
_SUB_ITEM = operator.itemgetter(Entry._fields.index("sub_item"))


def merge_duplicates(
    entries: Sequence[Entry],
    marks: Mapping[str, TemplateMark] | None = None,
    stated: Mapping[str, str] | None = None,
    lead_of: Callable[[Entry], str] | None = None,
) -> tuple[list[Entry], list[Problem]]:
    """The entries with each item once (``marks``: the templates' marks, ``stated``: the
    department each form states, file → department: who wrote each file; ``lead_of``: an
    entry's item's lead department as the plan names it, Plan.lead_of)."""
    marks, stated = marks or {}, stated or {}
    # (counted by hash: a million-row read keeps a million small ints here, not tuples; two
    # rows whose hashes meet by chance are only keyed in full below)
    hashes = list(map(hash, map(_NEAR, entries)))
    near = Counter(hashes)
    if len(near) == len(hashes):
        return list(entries), []  # no item read twice: the usual case, found without grouping
    # (the rows of one item's sub-items, ア イ ウ, share these: their names tell them apart,
    # compared as entry_key compares them. Chosen and named in C, not a step per row; the
    # shared key's hash stands for it, rows meeting by chance being keyed in full below)
    chosen = list(map(operator.gt, map(near.__getitem__, hashes), repeat(1)))
    shared = list(compress(entries, chosen))
    name = comparable_name
    names = map(name, map(_ITEM_NAME, shared))
    subs = [name(sub) if sub else "" for sub in map(_SUB_ITEM, shared)]
    twice = numbers_twice(shared)  # (one file's two items of one number: rows sorted, review 61)
    if len(set(zip(compress(hashes, chosen), names, subs, strict=True))) == len(shared):
        return list(entries), twice
    keys = list(map(entry_key, entries))
    groups: dict[EntryKey, list[Entry]] = {}
    for key, entry in zip(keys, entries, strict=True):
        groups.setdefault(key, []).append(entry)
    kept: list[Entry] = []
    problems: list[Problem] = twice
    for key, entry in zip(keys, entries, strict=True):
        group = groups[key]
        if len(group) == 1:
            kept.append(entry)
            continue
        if entry is not group[0]:
            continue  # reported with the first of its group
        writers = [_writer(entry, marks, stated) for entry in group]
        lead = "" if entry.body or lead_of is None else lead_of(entry)
        led = _with_lead(group, writers, lead)
        if led is not None:
            counted, said = led
            problems.extend(said)
        else:
            counted, problem = _group(group, writers, lead)
            if problem is not None:
                problems.append(problem)
        if counted is not None:
            kept.append(counted)
    return kept, problems


def _last_years_left_out(
    result: ReadResult, titled: Mapping[str, tuple[int, Location]] | None
) -> None:
    """Last year's workbook sent beside this year's reply left out (last_year_copies.py)."""
    from planeval.last_year_copies import beside_this_years

    titles = titled_files(result) if titled is None else titled
    if beside := beside_this_years(result.read, titles):
        result.other_year_rows += [e for e in result.read if e.location.file in beside]
        leave_out(result, beside)
        result.other_years.update({file: titles[file][0] for file in beside})


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
    result.left_out.extend(files)


@uncollected()  # (a large read's entries: see gc_pause.py)
def combine(
    result: ReadResult,
    scale: Scale = DEFAULT_SCALE,
    fiscal_year: int | OwnYear | None = None,
    plan: Plan | None = None,
    titled: Mapping[str, tuple[int, Location]] | None = None,
) -> ReadResult:
    """The read entries as counted: placeholders dropped, departments the leads, duplicates
    merged (or dropped, with an error), co-owners' remarks attached (``scale``: the statuses
    a remark must not be), every entry named with its policy and direction. ``result.read``
    keeps the entries as read (tidied). Files of another round are left out, each with its
    error: a template of another year than most, and, where other workbooks' titles state
    ``fiscal_year`` (the round's, as the clerk gives it), a workbook whose title states
    another year (last year's sent again: its rows would clash with this year's, and the
    clash be blamed on the departments; marks.years_left_out; OWN_YEAR, an earlier round of
    compare or rounds: the year most titles state). Where no title states that year, the
    titles were left unchanged or the year mistyped: the rows are counted, with a warning
    (validate). Without ``fiscal_year``, such a workbook most of whose items its body's other
    files rate is left out (last_year_copies.py; ``titled``: the titles of the whole round,
    where ``result`` is a part of it — rollup's files read jointly — else ``result``'s).
    ``plan`` (read_plan): an item several departments' forms rate is its lead's row there
    (所管部, Plan.lead_of: every command that counts asks here; without it, the row of the file
    read first), and its levels' names name those the forms do not."""
    marks = template_marks(result.texts)
    odd = other_rounds(marks)  # (last year's template sent again: its rows, another year's)
    result.other_year_rows += [e for e in result.read if e.location.file in odd] if odd else []
    leave_out(result, odd)
    if fiscal_year is not None and not round_marks(result):
        titled = titled_files(result)
        stale = years_left_out(titled, fiscal_year)
        result.other_year_rows += [e for e in result.read if e.location.file in stale]
        leave_out(result, stale)
        result.other_years.update({file: titled[file][0] for file in stale})
    elif not marks and len(result.files) > 1:  # (last year's beside this year's: review 109)
        _last_years_left_out(result, titled)
    result.problems += _tidied(result)
    if plan is not None:  # (施策 10 of a form with no 基本目標 column: under the plan's Ⅱ)
        place_by_plan(result, plan)
    elif unplaced := unplaced_projects(result):  # (… no plan to place it by: said)
        result.problems.append(unplaced)
    one_form(result, plan)  # (施策 Ⅱ-2 typed 「II-2」 in one form: shown as the others)
    lead_of = None if plan is None else plan.lead_of(result.read)
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
    duplicates += rated_elsewhere(result, entries)
    unanswered_forms(result, scale.repeat_symbol)
    places: dict[EntryKey, Location] = {}
    if result.error_rows:  # (the lead's row in error: no co-owner's copy counts; most reads none)
        from planeval.lead_in_error import error_places, rows_in_error, without_lead_errors

        in_error = rows_in_error(result)
        writer = partial(_writer, marks=marks, stated=stated)
        entries, said = without_lead_errors(entries, in_error, writer, lead_of)
        duplicates += said
        places = error_places(in_error)
    remarks = co_owner_remarks(result.texts, marks, result.file_bodies)
    duplicates += attach_remarks(entries, remarks, scale, result.unrated.values(), places)
    entries = stated_departments(entries, result.file_departments)
    if plan is not None:  # (its names where the forms give none)
        plan.name_levels(result.policy_names, result.direction_names)
    result.entries = named_entries(entries, result)
    result.problems.extend(duplicates)
    return result
