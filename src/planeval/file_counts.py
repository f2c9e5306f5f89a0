"""One file of a large read counted where it was read (rollup.py, which streams a read past
STREAM_FROM bytes, gathers them): its rows combined within itself and tallied, then dropped;
what comes back is a FileCount — its tally, the projects it shares with other files, its
result without rows, its item numbers, its 再掲 rows to look up (io/repeat_sources.py), and its
size and time as read, so that a file changed before its second, joint read is said an error.
Read with the plan, its rows take the plan's 重点 marks before they are tallied."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import fields
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from planeval.aggregate import GroupBy
from planeval.combine import combine
from planeval.io.caption_directions import unnamed_captions
from planeval.io.missing_numbers import Held, numbers_held
from planeval.io.repeat_sources import FileRepeats, file_repeats
from planeval.io.value_columns import judged_figures
from planeval.marked_counts import MarkedTally
from planeval.marks import MARK_CELL, TemplateMark, recorded_marks
from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult
from planeval.remarks import co_owner_remarks
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.tally import Tally

if TYPE_CHECKING:
    from planeval.io.common_form import Items
    from planeval.plan import Plan
    from planeval.wording import Wording

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
    repeats: FileRepeats  # its repeat listings to look up, with what that needs


def count_file(
    part: ReadResult,
    by: GroupBy,
    scale: Scale = DEFAULT_SCALE,
    *,
    forms: bool = False,
    planned: tuple[Plan, Wording] | None = None,
) -> FileCount:
    """One file's read, combined within itself and tallied (run where the file was read);
    ``forms``: its items kept (a body's reply on a common form: io/common_form.py);
    ``planned``: the plan (and the settings' words) whose 重点 marks its rows take."""
    # (a rating its figures contradict: said of the rows, as a kept read says it at its end)
    part.problems += judged_figures(part.entries, part.values, scale)
    read_problems = set(map(id, part.problems))
    part.read = part.entries  # (as read_files gives them: combine takes the read ones)
    numbers = numbers_held(part.entries, part.items_seen)  # (as read, as read_listed's)
    items = None
    if forms:
        from planeval.io.common_form import items_held

        items = items_held(part.entries, part.items_seen)
    rows_read = bool(part.entries)
    repeats = file_repeats(part)  # (「（1-5に掲載）」: looked up once all are read, as read)
    marks = recorded_marks(part.texts, part.template_years)  # (its A2 retyped: review 173 #1)
    remarks = co_owner_remarks(part.texts, marks, part.file_bodies)
    combine(part, scale, marks=marks)  # (its marks as read: not looked for again)
    if planned is not None and part.marks:  # (重点 as the plan marks it: a few files' tables)
        from planeval.cycle.plan_marks import as_planned

        part.problems += as_planned(part, planned)
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

    titled = titled_files(part, without_marks=True)  # (a template's A1, not A2: review 167)
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
    stamp = stamp_of(part.files[0]) if part.files else None
    mark = next(iter(marks.values()), None)
    held = {name: value for name in _FIELDS if (value := getattr(part, name))}
    if marked is not None and not marked.titles:
        marked = None
    return FileCount(
        tally,
        projects,
        held,
        combined,
        stamp,
        mark,
        titled,
        marked,
        numbers,
        rows_read,
        items,
        repeats,
    )


_FIELDS = tuple(field.name for field in fields(ReadResult))


def stamp_of(path: Path | str) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_size, status.st_mtime_ns


def changed_files(files: Sequence[Path], stamps: Sequence[tuple[int, int] | None]) -> list[Problem]:
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
        if stamp is not None and stamp_of(path) != stamp
    ]
