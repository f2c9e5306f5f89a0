"""Counting a large read without keeping its rows: summarize of many bodies' or departments'
large workbooks, in memory that does not grow with the rows it only counts.

Each file is read, combined within itself and tallied where it was read (in a worker process
when there are several): only its tally, its problems, its policy and direction names, the
projects it holds and its item numbers (a run through the plan no file holds is said at the
end: io/missing_numbers.py) come back, never its rows. Two files can only say something of each other's
items when they hold the same project of the same body (the same item rated in two
departments' workbooks, a co-owner's remark on the lead's item; see combine.py), so files that
share a project are read again after the last one, combined together as read_workbooks
combines everything, and their tallies replaced by the joint one (a file changed in between is
an error). The counts and problems are
those of ``summarize(read_workbooks(...).entries)``: tests/test_rollup.py holds the two side
by side on every workflow of the test suite. Below STREAM_FROM bytes of workbooks the rows are
simply kept (nothing is read twice)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import fields
from functools import partial
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from planeval.aggregate import GroupBy
from planeval.combine import combine
from planeval.io.caption_directions import unnamed_captions
from planeval.io.level_names import missing_policies, missing_projects, renamed_levels
from planeval.io.missing_numbers import Held, join_held, numbers_held, numbers_missing
from planeval.io.reader import (
    Bodies,
    absorb,
    files_said,
    in_bodies_order,
    list_inputs,
    read_bodies,
    said_of_settings,
)
from planeval.io.roster import misfiled_from, name_bodies, named_twins, twins_of
from planeval.io.roster_file import Listed
from planeval.io.workbook import ReadOptions
from planeval.io.workers import file_bytes, read_each
from planeval.marked_counts import MarkedTally
from planeval.marks import MARK_CELL, TemplateMark, other_rounds, template_marks
from planeval.model import Location, Problem, ReadResult, Severity
from planeval.remarks import co_owner_remarks
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.tally import Tally

if TYPE_CHECKING:
    from planeval.io.common_form import Items
    from planeval.plan import Plan

STREAM_FROM = 4 * 2**20  # bytes of workbooks (about 130,000 rows); less is read and kept whole

_PROJECT = attrgetter("body", "project_id")
UNNUMBERED = "\0"  # (a project key no ID is: every file of a body's unnumbered projects)


class FileCount(NamedTuple):
    """What one file gives a count: its tally, the (body, project) pairs its rows and its
    co-owners' remarks name, its result without rows (the reading's problems, names, file),
    and what combining it within itself said."""

    tally: Tally
    projects: frozenset[tuple[str, str]]
    # its result without rows: the fields that hold anything (each empty list or dict of a
    # whole ReadResult would be pickled by the worker and made again here, for every file)
    result: dict[str, Any]
    combined: list[Problem]
    stamp: tuple[int, int] | None  # the file's size and time as read (None: not read)
    mark: TemplateMark | None  # the round its template was written for, if it is one
    titled: dict[str, tuple[int, Location]]  # the fiscal year its title states, if it does
    marked: MarkedTally | None  # the rows a column of its tables marks (うち重点), if any
    numbers: Held  # its item numbers, each with its project (a gap through the plan: 21–24)
    rows_read: bool  # whether a row of it was read (one in error may hold the numbers missing)
    items: Items | None  # its bodies' items, read as a common form's (io/common_form.py)


def count_workbooks(
    paths: Sequence[Path | str],
    *,
    by: GroupBy,
    options: ReadOptions,
    progress: Callable[[int, int], None] | None = None,
    jobs: int = 1,
    bodies: Bodies = None,
    stream: bool | None = None,
    settings: Path | None = None,
    roster: Sequence[Listed] = (),
    plan: Plan | None = None,
    fiscal_year: int | None = None,
) -> tuple[Tally, MarkedTally, ReadResult]:
    """The tally of every counted entry, that of the rows a column marks (うち重点), and the
    read's problems, files and names (its ``entries`` and ``marks`` left empty when streamed). ``stream``: None decides by the workbooks' size;
    ``settings``: the planeval.toml the options come from (io/settings_files.settings_said);
    ``plan``: whose leads give a co-owned item's row (combine), wherever its files are combined;
    ``fiscal_year``: the round's year given, a file whose title states another left out as
    combine leaves it out of a kept read (title_years.years_left_out)."""
    inputs = list_inputs(paths, bodies, roster, plan.file if plan is not None else None)
    twins = (
        options.twins | twins_of(inputs.roster) | named_twins(inputs.owners)
    )  # (北海道伊達市.xlsx, 福島県伊達市.xlsx)
    options = options._replace(known=misfiled_from(inputs), twins=twins)
    forms = bodies == "file" and plan is None  # (each body's items: io/common_form.py)
    if stream is None:  # (a plan's round, one body's forms, is kept: who returned what)
        stream = plan is None and file_bytes(inputs.files) >= STREAM_FROM
    if not stream:
        whole, clashes = read_bodies(
            inputs.files, inputs.owners, options, jobs=jobs, bodies=bodies, progress=progress
        )
        whole.problems[:0] = inputs.notices
        whole.left_out[:0] = inputs.unread
        whole.problems += clashes
        said_of_settings(whole, options, settings)
        combine(whole, options.scale, fiscal_year, plan)
        name_bodies(inputs, whole)
        if forms:  # (a row deleted from a common form)
            from planeval.io.common_form import form_rows_lacking

            whole.problems += form_rows_lacking(whole)
        in_bodies_order(whole)
        whole.count_bodies({entry.body for entry in whole.entries})
        if whole.numbers_apart:  # (a No. column beside the names: --by item as the others)
            from planeval.apart_numbers import bare_numbers

            bare_numbers(whole, plan)
        marked = MarkedTally(by).add(whole.entries, whole.marks)
        return Tally(by).add(whole.entries), marked, whole
    counted = read_each(
        inputs.files,
        inputs.owners,
        options,
        jobs=jobs,
        then=partial(count_file, by=by, scale=options.scale, forms=forms),
    )
    counts: list[FileCount] = []
    first: dict[tuple[str, str], int] = {}  # each project, and the first file that holds it
    linked: set[int] = set()  # the files that hold a project another file also holds
    for index, count in enumerate(counted):
        # (in C, a set at a time: a 100,000-row file holds tens of thousands of projects,
        # and almost never one an earlier file holds)
        if shared := first.keys() & count.projects:
            linked.add(index)
            linked.update(first[project] for project in shared)
        first.update(dict.fromkeys(count.projects - shared, index))
        counts.append(count._replace(projects=frozenset()))
        if progress is not None:
            progress(index + 1, len(inputs.files))
    result = ReadResult(problems=list(inputs.notices), left_out=inputs.unread)
    tally, marked = Tally(by), MarkedTally(by)
    said: list[Problem] = []
    excused: set[Problem] = set()
    jointly: set[tuple[str, str]] = set()  # (body, project) of the files read jointly
    # a file of another round is left out, as combine leaves it out of a kept read
    files = [str(path) for path in inputs.files]
    odd = other_rounds({files[i]: c.mark for i, c in enumerate(counts) if c.mark is not None})
    lined = _lined(counts)
    linked |= lined
    titled: dict[str, tuple[int, Location]] = {}
    if all(count.mark is None for count in counts):  # (templates are told by their marks)
        from planeval.title_years import years_left_out  # (a roll-up's: not at start-up)

        titled = dict(chain.from_iterable(count.titled.items() for count in counts))
        stale = years_left_out(titled, fiscal_year)
        if fiscal_year is None:  # (one beside its body's reply: the joint read's, combine)
            stale = {f: p for f, p in stale.items() if files.index(f) not in linked}
        result.other_years.update({file: titled.pop(file)[0] for file in stale})
        odd |= stale
    linked -= {index for index, file in enumerate(files) if file in odd}
    again = sorted(linked)
    # (a file whose rows the joint read numbers otherwise than its own: its projects named,
    # not numbered, its No. told by the others, or its groups under captions or numbered lines
    # the policy's — its problems and numbers the joint read's)
    renumbered = {i for i in again if i in lined or _numbered_jointly(counts[i].result)}
    for index, count in enumerate(counts):
        absorb(
            result,
            ReadResult(
                **(count.result | {"problems": []} if index in renumbered else count.result)
            ),
        )
        if files[index] in odd:
            said.append(odd[files[index]])
            result.left_out.append(files[index])
            result.other_rounds += [t for t in result.texts if t.location.file == files[index]]
            result.texts = [t for t in result.texts if t.location.file != files[index]]
        elif index not in linked:
            tally.merge(count.tally)
            if count.marked is not None:
                marked.merge(count.marked)
            said += count.combined
        elif index == again[0]:  # the linked files, read again and combined together
            joint, clashes = read_bodies(
                [inputs.files[i] for i in again],
                [inputs.owners[i] for i in again],
                options,
                jobs=jobs,
                bodies=bodies,
            )
            said += clashes
            said += _changed([inputs.files[i] for i in again], [counts[i].stamp for i in again])
            read = set(map(id, joint.problems))
            combine(joint, options.scale, plan=plan, titled=titled)
            result.left_out += joint.left_out  # (last year's beside this year's: combine)
            result.other_years.update(joint.other_years)
            if joint.captioned:  # (their directions' names, as numbered across the files)
                result.direction_names = joint.direction_names | result.direction_names
            for file in joint.other_years:
                del titled[file]
            if renumbered:
                said += _read_jointly(joint, read, {files[i] for i in renumbered})
                for i in renumbered:
                    held = i == min(renumbered)  # (all the joint read holds: once)
                    holds = numbers_held(joint.read, joint.items_seen) if held else {}
                    counts[i] = counts[i]._replace(numbers=holds)
            jointly = {(entry.body, entry.project_id) for entry in joint.read}
            tally.merge(Tally(by).add(joint.entries))
            marked.merge(MarkedTally(by).add(joint.entries, joint.marks))
            said += [problem for problem in joint.problems if id(problem) not in read]
            # blanks another linked file rates: said in the first reading, taken back here
            kept = set(map(id, joint.problems))
            excused = {p for p in joint.unrated if id(p) in read and id(p) not in kept}
    result.problems += said + renamed_levels(result) + missing_policies(result)
    numbers = _missing_numbers(result, counts, files)  # (said once: not again by project)
    gaps = {problem.location for problem in numbers}
    # (a project named, not numbered, by the number its file gave it: the joint read's)
    ordered = {(body, project) for body, project, _name in result.unnumbered}
    if renumbered:  # (as read again: jointly)
        first = {project: index for project, index in first.items() if index not in renumbered}
    projects = missing_projects(result, (first.keys() - ordered) | jointly)
    result.problems += numbers + [p for p in projects if p.location not in gaps]
    if excused:
        result.problems = [problem for problem in result.problems if problem not in excused]
    if bodies == "file":  # (a lone correction, another body's file: as read_bodies)
        files_said(result, inputs.files)
    said_of_settings(result, options, settings)
    tally.rename(result.policy_names, result.direction_names)
    name_bodies(inputs, result)
    if forms:  # (a row deleted from a common form, of the items each file held)
        from planeval.io.common_form import join_items, rows_lacking

        items: Items = {}
        for count in counts:
            join_items(items, count.items or {})
        result.problems += rows_lacking(result, items)
    result.count_bodies(tally.bodies)
    return tally, marked, result


def count_file(
    part: ReadResult, by: GroupBy, scale: Scale = DEFAULT_SCALE, *, forms: bool = False
) -> FileCount:
    """One file's read, combined within itself and tallied (run where the file was read);
    ``forms``: its items kept (a body's reply on a common form: io/common_form.py)."""
    read_problems = set(map(id, part.problems))
    part.read = part.entries  # (as read_files gives them: combine takes the read ones)
    numbers = numbers_held(part.entries, part.items_seen)  # (as read, as read_listed's)
    items = None
    if forms:
        from planeval.io.common_form import items_held

        items = items_held(part.entries, part.items_seen)
    rows_read = bool(part.entries)
    marks = template_marks(part.texts)
    remarks = co_owner_remarks(part.texts, marks, part.file_bodies)
    combine(part, scale)
    if part.captioned:  # (what its captions are, its body's files read jointly tell)
        unnamed_captions(part)
    projects = frozenset(map(_PROJECT, part.read)) | {remark.project for remark in remarks}
    # (a project named, not numbered: one with its name's in the body's other files, which
    # only a joint read numbers alike — io/unnumbered_projects.py)
    projects |= {(body, UNNUMBERED) for body, _project, _name in part.unnumbered}
    if None in part.number_reading.values():  # (its No. as the body's other files read it)
        projects |= {(entry.body, UNNUMBERED) for entry in part.read}
    # (a blank item another file may rate, the whole-plan workbook passed round)
    projects |= {key[:2] for problem, key in part.unrated.items() if problem.is_error}
    # (a lead's row in error whose item another file may rate: lead_in_error.py; not a blank
    # item line its lower levels rated, noted and no error)
    if part.error_rows:
        from planeval.lead_in_error import rows_in_error

        projects |= {(row.body, row.project_id) for row in rows_in_error(part)}
    tally = Tally(by).add(part.entries)
    # (a table with a mark column, 重点: few files have one)
    marked = MarkedTally(by).add(part.entries, part.marks) if part.marks else None
    # (combining adds problems, and may fold reading ones into one: an unanswered form)
    combined = [problem for problem in part.problems if id(problem) not in read_problems]
    part.problems = [problem for problem in part.problems if id(problem) in read_problems]
    from planeval.title_years import titled_files  # (a roll-up's: not at start-up)

    titled = titled_files(part)
    part.entries, part.read, part.items_seen, part.unrated = [], [], [], {}
    # (a policy or project none of whose rows was counted: summarize's 「3（未集計）」 — the
    # first of its rows of each project)
    if part.error_rows:
        from planeval.error_rows import one_per_project

        part.error_rows = one_per_project(part.error_rows)
    part.project_policies = {}
    # (what points at its rows goes with them: each rated row's 現状値, its name columns)
    part.values, part.text_columns = {}, {}
    # (a template's mark kept: whose form it is, as 提出状況 tells who returned nothing; a
    # body's own workbook has none to keep)
    part.texts = [cell for cell in part.texts if cell.location.cell == MARK_CELL] if marks else []
    part.marks = {}
    stamp = _stamp(part.files[0]) if part.files else None
    mark = next(iter(marks.values()), None)
    held = {name: value for name in _FIELDS if (value := getattr(part, name))}
    if marked is not None and not marked.titles:
        marked = None
    return FileCount(
        tally, projects, held, combined, stamp, mark, titled, marked, numbers, rows_read, items
    )


_FIELDS = tuple(field.name for field in fields(ReadResult))


def _lined(counts: Sequence[FileCount]) -> set[int]:
    """The files of captions over groups numbered through their policy, and where there are
    some, those of numbered lines (施策3-2 …): their directions numbered alike, their groups
    the policy's, read again jointly (io/caption_directions.py)."""
    if not any("captioned" in count.result for count in counts):
        return set()  # (the usual read)
    return {
        index
        for index, count in enumerate(counts)
        if "captioned" in count.result or "direction_names" in count.result
    }


def _numbered_jointly(result: dict[str, Any]) -> bool:
    """Whether a file's rows (its ``result`` without them) are numbered otherwise in a joint
    read: its projects named, not numbered (io/unnumbered_projects.py), or its No. undecided
    (io/one_row_projects.py)."""
    return bool(result.get("unnumbered")) or None in result.get("number_reading", {}).values()


def _read_jointly(joint: ReadResult, read: set[int], files: set[str]) -> list[Problem]:
    """The reading problems (their ids ``read``) of the ``files`` numbered in the joint read
    (their own reading's left out: its IDs, 1-1-17 for 1-4-17), as combining left them."""
    return [p for p in joint.problems if id(p) in read and p.location.file in files]


def _missing_numbers(
    result: ReadResult, counts: Sequence[FileCount], files: Sequence[str]
) -> list[Problem]:
    """A run of numbers through the plan no file holds (missing_numbers: a 部 that never
    answered, 枚方市's 施策 21–24), of the numbers each file held, as a kept read says it."""
    held: Held = {}
    for count in counts:
        join_held(held, count.numbers)
    read = {file for file, count in zip(files, counts, strict=True) if count.rows_read}
    return numbers_missing(result, held, read)


def _stamp(path: Path | str) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_size, status.st_mtime_ns


def _changed(files: Sequence[Path], stamps: Sequence[tuple[int, int] | None]) -> list[Problem]:
    """An error for each file that changed between its first read and its second: its rows
    are counted as read the second time, its reading problems as found the first."""
    return [
        Problem(
            Location(str(path)),
            Severity.ERROR,
            "集計中にファイルが変更されました（1 回目と 2 回目の読み込みの間）。"
            "数えた行と見つかった問題が同じ版のものとは限りません",
            "ほかのプログラムが書き込んでいないか確認して、もう一度実行してください",
        )
        for path, stamp in zip(files, stamps, strict=True)
        if stamp is not None and _stamp(path) != stamp
    ]
