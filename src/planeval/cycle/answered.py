"""The departments that answered one round of a comparison and not the other: a 局 whose
workbook did not come back this year has not had its items removed from the plan. Their
items are 今回未集計 (or 前回未集計), as a body's that answered one round only, and left out of
both rounds' counts; one notice names each such department. Of several rounds side by side
(rounds), a body or department with no workbook in some rounds is 「未集計」 there.

A file's department is the one its form states (「担当部局：教育委員会」) or its template's mark
names: a round whose files say neither (a body's single workbook, an export) tells nothing
by its files — beside a round whose files do, its rows' department column tells it
(cycle/row_departments.py). Read with the plan, a round also knows the departments that returned nothing
and the items each leads (ReadResult.unreturned_items): those of them another round has are
未集計 in it the same way, whether the other round is a folder or an export (NoWorkbook).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from planeval.cycle.bodies_apart import UNCOUNTED_FIX, bodies_whole, by_body, copy_fix, sent_as
from planeval.cycle.listed_silent import listed_silent, said_once
from planeval.cycle.renamed_departments import answered_elsewhere, renamed_notice
from planeval.cycle.row_departments import absent_by_rows, with_rows
from planeval.cycle.uncounted import NO_NAMES, Item, item_of
from planeval.cycle.unsent_offices import as_offices
from planeval.marks import ALL_DEPARTMENTS, department_named, template_marks
from planeval.model import Entry, Location, Problem, Severity
from planeval.past_errors import COPIED
from planeval.read_records import ReadResult
from planeval.text import comparable_name
from planeval.unanswered_words import OTHER_ROUND, WITHOUT_PLAN
from planeval.wording import DEFAULT_WORDING, Wording

Who = tuple[str, str]  # (body, department)
SIDES = (("old", 0), ("new", 1))  # (compare's rounds: each one's name and place)


def departments_of(
    result: ReadResult, renamed: Mapping[str, str] | None = None, *, column: bool = False
) -> dict[str, Who]:
    """Each file's body (``renamed`` to the other round's name) and department, where its form
    or its template's mark says it — or, with ``column``, every row of it names one in its
    department column (a 担当課's own workbook, 「担当課 | 健康保険課」 on each row; not under
    --bodies, where a file is its body's answer, said as the body's when it is missing:
    bodies_apart.py)."""
    # (not a workbook left out as another year's: its department answered on the wrong form,
    # of_other_years — as a template's mark of another round is not among result.texts)
    found = {f: d for f, d in result.file_departments.items() if f not in result.other_years}
    for file, mark in template_marks(result.texts).items():
        if mark.department and mark.department != ALL_DEPARTMENTS:
            found.setdefault(file, mark.department)
    named: dict[str, str] = {}
    for entry in result.entries if column and not result.file_bodies else ():
        if named.setdefault(entry.location.file, entry.department) != entry.department:
            named[entry.location.file] = ""  # (rows of several departments: tells none)
    for file, department in named.items():
        if department:
            found.setdefault(file, department)
    body, renamed = result.file_bodies.get, renamed or {}
    return {
        file: (renamed.get(body(file, ""), body(file, "")), department)
        for file, department in found.items()
    }


def files_departments(
    results: Sequence[ReadResult], renamed: Sequence[Mapping[str, str]]
) -> tuple[list[dict[str, Who]], bool]:
    """Each round's files' departments (departments_of): as their forms or marks state them,
    or, where no round's do, as their rows' department column names them — never the two
    mixed (a form's 企画部 and its rows' 企画課 are one department); and whether some round's
    forms state them (else every round is judged by its rows: row_departments.py)."""
    rounds = list(zip(results, renamed, strict=True))
    stated = [departments_of(result, names) for result, names in rounds]
    if any(stated):
        return stated, True
    return [departments_of(result, names, column=True) for result, names in rounds], False


def rows_departments(result: ReadResult, renamed: Mapping[str, str] | None = None) -> set[Who]:
    """Every (body, department) a row of ``result`` names (``renamed``: as departments_of)."""
    names = renamed or {}
    named = {(entry.body, entry.department) for entry in result.entries}
    return {(names.get(body, body), department) for body, department in named}


def body_files(result: ReadResult, renamed: Mapping[str, str] | None = None) -> dict[str, Who]:
    """Under --bodies, each file's body (``renamed`` to the last round's name), as a whole
    body: (body, ""); not a body the round's list lacks, its reply left out (ReadResult.unlisted:
    merged away, no workbook of the round's — review 159 #3)."""
    names, files = renamed or {}, result.file_bodies.items()
    return {f: (names.get(b, b), "") for f, b in files if b and b not in result.unlisted}


@dataclass(frozen=True, slots=True)
class NoWorkbook:
    """Of one round, what its departments with no workbook in it have in the other rounds: the
    files of theirs (by the forms' departments) and the items the plan says they lead (in the
    last round's numbers). An item of either has no counterpart there because nothing of it
    came back: 未集計 there, never removed or added."""

    files: frozenset[str] = frozenset()
    items: frozenset[Item] = frozenset()

    def holds(self, entry: Entry, mapping: Mapping[str, str] = NO_NAMES) -> bool:
        """Whether ``entry`` (of another round, ``mapping``: its renumbering into the last
        round's numbers) is of such a department."""
        return entry.location.file in self.files or (
            bool(self.items) and item_of(entry, mapping) in self.items
        )


@dataclass(frozen=True, slots=True)
class Unanswered:
    """Per round ("old", "new"), the departments with no file in it that answered the other
    (not one whose file there was another year's: it answered, on the wrong form), what of
    theirs the other round has (NoWorkbook), a notice per such department; and the bodies
    (--bodies) with no workbook in it that answered the other (cycle/bodies_apart.py says
    each in one line: its departments are not named one by one)."""

    departments: dict[str, tuple[str, ...]]
    held: dict[str, NoWorkbook]
    notices: list[Problem]
    bodies: dict[str, tuple[str, ...]]


def unanswered(
    old: ReadResult,
    new: ReadResult,
    renamed: Mapping[str, str] | None = None,
    wording: Wording = DEFAULT_WORDING,
    mapping: Mapping[str, str] = NO_NAMES,
) -> Unanswered:
    """The departments that answered one round only (``renamed``: the old round's bodies'
    names in the new round; ``mapping``: its projects' numbers in the new round)."""
    names: list[Mapping[str, str]] = [renamed or {}, {}]
    whose, stated = files_departments([old, new], names)
    rows = [rows_departments(old, renamed), rows_departments(new)]
    gone = absent_by_round([body_files(old, renamed), body_files(new)])
    planned = unreturned_by_round([old, new], names, [mapping, {}])
    held_items = [items for _, items in planned]
    by_rows = absent_by_rows(
        whose, rows, [old, new], names, [mapping, {}], held_items, stated=stated
    )
    # (a department whose items the round answered from another's workbook sent them: renamed)
    missing, renames = answered_elsewhere(
        with_rows(absent_by_round(whose, rows), by_rows), whose, [old, new], names, [mapping, {}]
    )
    absent = [
        {
            **led,
            **{
                who: file
                for who, file in part.items()
                if (who[0], "") not in whole and not said_by_plan(who, led, whose, [old, new])
            },
        }
        for whole, part, (led, _) in zip(gone, missing, planned, strict=True)
    ]
    told = [as_offices(absent, by_rows, [old, new], names, index) for index in range(2)]
    bodies = {side: tuple(body for body, _ in gone[index]) for side, index in SIDES}
    found = Unanswered({}, {}, [], {side: named for side, named in bodies.items() if named})
    found.notices.extend(renamed_notice(each, ("前回", "今回"), wording.item) for each in renames)
    stale = [of_other_years(old, renamed or {}), of_other_years(new, {})]
    sent = [sent_as(old, renamed), sent_as(new)]  # (a workbook not counted: it answered)
    whole = bodies_whole([old, new])
    for side, index, answered, other in (("new", 1, "前回", "今回"), ("old", 0, "今回", "前回")):
        if absent[index]:
            # (one whose workbook there was another year's answered, on the wrong form: not none)
            if sent_none := tuple(named(who) for who in told[index] if who not in stale[index]):
                found.departments[side] = sent_none
            held = planned[index][1] | by_rows[index][1]
            found.held[side] = NoWorkbook(files_of(whose, absent[index]), held)
            silent = listed_silent(read := (old, new)[index], names[index])  # (review 156 #7)
            found.notices.extend(
                _notice(
                    file,
                    who,
                    answered,
                    wording,
                    stale[index].get(who),
                    sent=sent[index].get(who[0], "") * whole,  # (a copy said so: review 156)
                    unplanned=index == 1 and not new.plan_places,
                )
                for who, file in by_body(told[index], whole).items()
                if who[0] not in silent
            )
            found.notices.extend(said_once(absent[index], silent, read, other, wording))
    return found


def said_by_plan(
    who: Who,
    led: Mapping[Who, str],
    whose: Sequence[Mapping[str, Who]],
    results: Iterable[ReadResult],
) -> bool:
    """Whether the department a missing workbook states (``who``) is one the plan's 未提出
    (``led``) already names: every row of its workbooks names in its department column a 課 the
    plan says returned nothing — a 部's shared workbook 「…（都市建設部）」 of 土木課 and
    都市計画課, said once, by the plan's names (review 106)."""
    if not led:
        return False
    files = files_of(whose, (who,))
    named = {e.department for r in results for e in r.entries if e.location.file in files}
    return bool(named) and named <= {department for _, department in led}


def of_other_years(result: ReadResult, renamed: Mapping[str, str]) -> dict[Who, str]:
    """Each department whose workbook of the round was left out as another year's — its title's
    (ReadResult.other_years) or its template's mark (ReadResult.other_rounds): last year's sent
    again — → that workbook, the first read of several (a title's year, then a template's mark;
    never as a set hashes their names, another each run): it answered, on last year's form."""
    marks = template_marks(result.other_rounds)  # (a left-out file's mark is kept there)
    rows: dict[str, set[str]] = {}  # (… and its rows, their 所管局 column: one department's)
    for entry in result.other_year_rows:
        rows.setdefault(entry.location.file, set()).add(entry.department)
    # (read with the plan, the departments 未提出 on another year's form, by their files'
    # names as validate's 提出状況 finds them: an export's record keeps no form's department)
    sent = [d for d, (why, _label) in result.unreturned_why.items() if why == OTHER_ROUND]
    body = result.file_bodies.get
    found: dict[Who, str] = {}
    for file in dict.fromkeys([*result.other_years, *marks]):  # (in the order read, not hashed)
        mark = marks.get(file)
        column = next(iter(rows[file])) if len(rows.get(file, ())) == 1 else ""
        department = (
            result.file_departments.get(file)
            or (mark.department if mark else "")
            or column
            or department_named(file, sent)
        )
        owner = renamed.get(body(file, ""), body(file, ""))
        for who in ((owner, department) if department else None, (owner, "") if owner else None):
            if who:  # (… and its body's, read whole: --bodies file, review 191 #4)
                found.setdefault(who, file)
    return found


def unreturned_by_round(
    results: Sequence[ReadResult],
    renamed: Sequence[Mapping[str, str]],
    mappings: Sequence[Mapping[str, str]],
) -> list[tuple[dict[Who, str], frozenset[Item]]]:
    """Per round, the departments the plan says returned nothing in it (unreturned_items)
    whose items another round has, each with the first file holding one of them, and those
    items (``renamed``, ``mappings``: each round's bodies' names and projects' numbers in the
    last round). A department no other round has either is not said: nothing is missing."""
    found: list[tuple[dict[Who, str], frozenset[Item]]] = []
    for index, (result, names, mapping) in enumerate(zip(results, renamed, mappings, strict=True)):
        absent: dict[Who, str] = {}
        items: set[Item] = set()
        for department, led in result.unreturned_items.items():
            mine = {
                (names.get(body, body), mapping.get(project, project), comparable_name(name))
                for body, project, _number, name in led
            }
            held = [
                entry.location.file
                for other, (was, renumbered) in enumerate(zip(results, mappings, strict=True))
                if other != index
                for entry in was.entries
                if item_of(
                    entry._replace(body=renamed[other].get(entry.body, entry.body)), renumbered
                )
                in mine
            ]
            if held:
                absent[("", department)] = held[0]
                items |= mine
        found.append((absent, frozenset(items)))
    return found


def absent_by_round(
    whose: Sequence[Mapping[str, Who]], rows: Sequence[Collection[Who]] = ()
) -> list[dict[Who, str]]:
    """Per round (``whose``: each round's files' departments), each department another round
    has a file of and this one has none — nor a row naming it (``rows``: each round's rows'
    departments, a file of several departments' rows holding theirs) —, with its first such
    file. A round whose files name no department (a body's single workbook, an export) is
    neither judged nor a witness."""
    found: list[dict[Who, str]] = [{} for _ in whose]
    told = [index for index, files in enumerate(whose) if files]
    if len(told) < 2:
        return found
    for index in told:
        present = {*whose[index].values(), *(rows[index] if rows else ())}
        for other in told:
            for file in sorted(whose[other]) if other != index else ():
                if (who := whose[other][file]) not in present:
                    found[index].setdefault(who, file)
    return found


def files_of(whose: Sequence[Mapping[str, Who]], departments: Collection[Who]) -> frozenset[str]:
    """The files, of any round, of ``departments``."""
    return frozenset(file for files in whose for file, who in files.items() if who in departments)


def named(who: Who) -> str:
    body, department = who
    return f"{body}の{department}" if body and department else body or department


def _notice(
    file: str,
    who: Who,
    answered: str,
    wording: Wording,
    stale: str | None = None,
    *,
    sent: str = "",
    unplanned: bool = False,
) -> Problem:
    other = "今回" if answered == "前回" else "前回"
    left = f"その{wording.item}は削除・追加ではなく{other}未集計として、件数の比較から除きました"
    if stale is not None:  # (its workbook there of another year's, left out: said above it —
        # a body's read whole too, not as an error to fix: review 191 #4)
        return Problem(
            Location(file),
            Severity.NOTICE,
            f"{named(who)}の{other}のブックは別の年度の調査票でした（{stale}: 数えていません）。"
            + left,
            f"{other}の年度の調査票で回答し直してもらい、そのブックを指定してください",
        )
    if sent:  # (its workbook there not counted: said as the line under the tables says it,
        # not as sending none — review 139 #6, 春宮市's copy of another body's form)
        return Problem(
            Location(file),
            Severity.NOTICE,
            f"{named(who)}は{other}は{sent}です（{answered}だけ数えた行があります）。" + left,
            copy_fix(who[0]) if sent == COPIED else UNCOUNTED_FIX,  # (its own reply: review 156)
        )
    return Problem(
        Location(file),
        Severity.NOTICE,
        f"{named(who)}は{answered}だけ回答しています（{other}のブックがありません）。"
        f"その{wording.item}は削除・追加ではなく{other}未集計として、件数の比較から除きました",
        f"{other}の回答があれば、そのブックも指定してください"  # (this round read without the
        + (WITHOUT_PLAN.format(wording.policy, wording.item) if unplanned else ""),  # plan)
    )
