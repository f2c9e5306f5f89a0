"""The same item read twice, counted once: merge_duplicates, which combine.py calls with
every entry read, apart from the rest of combining because it is one rule with its own
questions — who wrote each copy, which is the lead's, whether the statuses agree.

The same item (project, item number or name, sub-item) read twice is counted once when the
statuses agree and not at all when they differ (an error names every place, so someone
decides which is right) — except that where the lead's own workbook rated it, the lead's
rating counts: a co-owner's agreeing copy is normal, a different one a warning naming both.
Two departments' own forms (each stating its department) rating it alike count it once, each
one's issue text kept, attributed.
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from itertools import compress, repeat
from typing import TYPE_CHECKING

from planeval.cells import places
from planeval.ids import describe
from planeval.item_keys import EntryKey, entry_key
from planeval.marks import TemplateMark, ask_the_lead, unit
from planeval.model import Entry, Problem, Severity
from planeval.numbers_twice import numbers_twice
from planeval.remarks import attributed
from planeval.text import comparable_name

if TYPE_CHECKING:
    from planeval.forms_twice import Twice


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


# A row's own department cell marking it a co-owner's copy: 「情報政策課（共管）」
CO_OWNER_ROW = re.compile(r"[（(]共管[）)]\s*$")


def _co_owned(
    group: list[Entry], writers: list[str], said: str, lead: str = ""
) -> tuple[Entry | None, Problem | None]:
    """The same item rated in the files of several departments (each form stating its
    department, 「担当部：福祉部」), none of them known as the lead: its co-owners each
    answering for it. Rated alike, it counts once, every department's issue text kept (nothing
    said: the co-owners agree); rated otherwise, nothing counts until they agree."""
    first = group[0]
    if len({e.status for e in group}) == 1:
        # (its row where the others' own cells mark theirs 「情報政策課（共管）」, in every read
        # alike: not the file read first, which the scale left blank in one — review 170 #3)
        marked = [CO_OWNER_ROW.search(entry.department) is not None for entry in group]
        if any(marked) and not all(marked):
            order = sorted(range(len(group)), key=marked.__getitem__)
            group, writers = [group[i] for i in order], [writers[i] for i in order]
        kept = group[0]
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


def written_for(
    entry: Entry, marks: Mapping[str, TemplateMark], stated: Mapping[str, str]
) -> str | None:
    """The department the entry's file was written for: its template's mark, else the
    department its form states or, a copy of the whole-plan template, its name names (None:
    not known)."""
    return file_written_for(entry.location.file, marks, stated)


def file_written_for(
    file: str, marks: Mapping[str, TemplateMark], stated: Mapping[str, str]
) -> str | None:
    """The department ``file`` was written for (written_for)."""
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


def _one_writers_two(
    group: list[Entry], writers: Sequence[str | None]
) -> tuple[list[Entry], str] | None:
    """The two copies of an item in two workbooks of one department (beside, perhaps, its
    co-owners' copies), with that department; None where there are not such two."""
    mine: dict[str, list[Entry]] = {}
    for entry, writer in zip(group, writers, strict=True):
        if writer and entry.repeat_of is None:
            mine.setdefault(writer, []).append(entry)
    for writer, copies in mine.items():
        if len(copies) == 2 and copies[0].location.file != copies[1].location.file:
            return copies, writer
    return None


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
    numbered_twice = numbers_twice(shared)  # (one file's two items of one number: review 61)
    if len(set(zip(compress(hashes, chosen), names, subs, strict=True))) == len(shared):
        return list(entries), numbered_twice
    keys = list(map(entry_key, entries))
    groups: dict[EntryKey, list[Entry]] = {}
    for key, entry in zip(keys, entries, strict=True):
        groups.setdefault(key, []).append(entry)
    kept: list[Entry] = []
    problems: list[Problem] = numbered_twice
    twice: list[Twice] = []  # (forms_twice.py, imported where a pair is found)
    for key, entry in zip(keys, entries, strict=True):
        group = groups[key]
        if len(group) == 1:
            kept.append(entry)
            continue
        if entry is not group[0]:
            continue  # reported with the first of its group
        writers = [written_for(entry, marks, stated) for entry in group]
        lead = "" if entry.body or lead_of is None else lead_of(entry)
        led = _with_lead(group, writers, lead)
        if led is not None:
            counted, said = led
        else:
            counted, problem = _group(group, writers, lead)
            said = [problem] if problem is not None else []
        problems.extend(said)
        if (pair := _one_writers_two(group, writers)) is not None:  # (its workbook twice?)
            twice.append((*pair, said if len(group) == 2 else []))
        if counted is not None:
            kept.append(counted)
    if not twice:
        return kept, problems
    from planeval.forms_twice import said_once

    return kept, said_once(problems, twice, entries)
