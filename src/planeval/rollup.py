"""Counting a large read without keeping its rows: summarize of many bodies' or departments'
large workbooks, in memory that does not grow with the rows it only counts.

Each file is read, combined within itself and tallied where it was read (in a worker process
when there are several): only its tally, its problems, its policy and direction names, the
projects it holds and its item numbers (a run through the plan no file holds is said at the
end: io/missing_numbers.py), its 再掲 rows to look up with what that needs (looked up at the
end: io/repeat_sources.py) come back, never its rows; read with the plan, its rows take the
plan's 重点 marks there (cycle/plan_marks.py). Two files can only say something of each other's
items when they hold the same project of the same body (the same item rated in two
departments' workbooks, a co-owner's remark on the lead's item; see combine.py), so files that
share a project are read again after the last one, combined together as read_workbooks
combines everything, and their tallies replaced by the joint one (a file changed in between is
an error). The counts and problems are
those of ``summarize(read_workbooks(...).entries)``: tests/test_rollup.py holds the two side
by side on every workflow of the test suite. Below STREAM_FROM bytes of workbooks the rows are
simply kept (nothing is read twice)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planeval.aggregate import GroupBy
from planeval.apart_names import renamed_levels
from planeval.combine import combine
from planeval.io.level_names import missing_policies, missing_projects
from planeval.io.missing_numbers import Held, join_held, numbers_held, numbers_missing
from planeval.io.one_row_projects import headed_again
from planeval.io.reader import (
    Bodies,
    absorb,
    files_said,
    in_bodies_order,
    list_inputs,
    read_bodies,
    said_of_settings,
)
from planeval.io.roster import name_bodies, named_twins, read_facts, twins_of
from planeval.io.roster_file import Listed
from planeval.io.text_rows import HEADED
from planeval.io.value_columns import judged_figures
from planeval.io.workbook import ReadOptions
from planeval.io.workers import file_bytes, read_each
from planeval.marked_counts import MarkedTally
from planeval.marks import other_rounds
from planeval.model import Location, Problem
from planeval.read_records import ReadResult
from planeval.tally import Tally
from planeval.wording import DEFAULT_WORDING, Wording

if TYPE_CHECKING:
    from planeval.file_counts import FileCount
    from planeval.io.common_form import Items
    from planeval.plan import Plan

STREAM_FROM = 4 * 2**20  # bytes of workbooks (about 130,000 rows); less is read and kept whole


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
    wording: Wording | None = None,
) -> tuple[Tally, MarkedTally, ReadResult]:
    """The tally of every counted entry, that of the rows a column marks (うち重点), and the
    read's problems, files and names (its ``entries`` and ``marks`` left empty when streamed). ``stream``: None decides by the workbooks' size;
    ``settings``: the planeval.toml the options come from (io/settings_files.settings_said);
    ``plan``: whose leads give a co-owned item's row (combine), wherever its files are combined,
    and, streamed, whose 重点 marks the rows take, warned of in ``wording`` (cycle/plan_marks.py);
    ``fiscal_year``: the round's year given, a file whose title states another left out as
    combine leaves it out of a kept read (title_years.years_left_out)."""
    inputs = list_inputs(paths, bodies, roster, plan.file if plan is not None else None)
    twins = (
        options.twins | twins_of(inputs.roster) | named_twins(inputs.owners)
    )  # (北海道伊達市.xlsx, 福島県伊達市.xlsx)
    known, listed, coded = read_facts(inputs)
    options = options._replace(known=known, twins=twins, listed=listed, coded=coded)
    forms = bodies == "file" and plan is None  # (each body's items: io/common_form.py)
    if stream is None:  # (a plan's round, one body's forms, is kept: who returned what)
        stream = plan is None and file_bytes(inputs.files) >= STREAM_FROM
    if not stream:
        whole, clashes = read_bodies(
            inputs.files, inputs.owners, options, jobs=jobs, bodies=bodies, progress=progress
        )
        whole.problems[:0] = inputs.notices
        whole.leave_out(inputs.unread, first=True)
        whole.problems += clashes
        said_of_settings(whole, options, settings)
        combine(whole, options.scale, fiscal_year, plan)
        name_bodies(inputs, whole)
        if forms:  # (a row deleted from a common form)
            from planeval.io.common_form import form_rows_lacking

            whole.problems += form_rows_lacking(whole)
        in_bodies_order(whole)
        if whole.numbers_apart:  # (a No. column beside the names: --by item as the others)
            from planeval.apart_numbers import bare_numbers

            bare_numbers(whole, plan)
        marked, tally = MarkedTally(by).add(whole.entries, whole.marks), Tally(by)
        whole.count_bodies(tally.add(whole.entries).bodies)  # (by its groups: not row by row)
        return tally, marked, whole
    from planeval.file_counts import changed_files, count_file  # (a large read's only)
    from planeval.io.scale_bodies import bodies_apart, scaled_bodies

    planned = (plan, wording or DEFAULT_WORDING) if plan is not None else None
    then = partial(count_file, by=by, scale=options.scale, forms=forms, planned=planned)
    counted = read_each(inputs.files, inputs.owners, options, jobs=jobs, then=then)
    counts: list[FileCount] = []
    first: dict[tuple[str, str], int] = {}  # each project, and the first file that holds it
    linked: set[int] = set()  # the files that hold a project another file also holds

    def link(index: int, count: FileCount) -> FileCount:
        # (in C, a set at a time: a 100,000-row file holds tens of thousands of projects,
        # and almost never one an earlier file holds)
        if shared := first.keys() & count.projects:
            linked.add(index)
            linked.update(first[project] for project in shared)
        first.update(dict.fromkeys(count.projects - shared, index))
        return count._replace(projects=frozenset())

    headed: list[int] = []  # (a heading of a word unknown above a table: linked once all read)
    for index, count in enumerate(counted):
        if any(problem.kind == HEADED for problem in count.result.get("problems", ())):
            headed.append(index)
            counts.append(count)
        else:
            counts.append(link(index, count))
        if progress is not None:
            progress(index + 1, len(inputs.files))
    joint_options = options  # (the files read jointly: with the headings read again, if any)
    if headed:  # (its word numbered twice in the read: read again with it a heading's)
        joint_options = _read_headed(
            counts, headed, inputs.files, inputs.owners, options, then, jobs
        )
        for index in headed:
            counts[index] = link(index, counts[index])
    result = ReadResult(problems=list(inputs.notices), left_out=list(inputs.unread))
    tally, marked = Tally(by), MarkedTally(by)
    said: list[Problem] = []
    excused: set[Problem] = set()
    jointly: set[tuple[str, str]] = set()  # (body, project) of the files read jointly
    # a file of another round is left out, as combine leaves it out of a kept read
    files = [str(path) for path in inputs.files]
    odd = other_rounds(
        {files[i]: c.mark for i, c in enumerate(counts) if c.mark is not None},
        titled=dict(chain.from_iterable(count.titled.items() for count in counts)),
    )
    lined = _lined(counts)
    linked |= lined
    titled: dict[str, tuple[int, Location]] = {}
    if all(count.mark is None for count in counts):  # (templates are told by their marks)
        from planeval.title_years import years_left_out  # (a roll-up's: not at start-up)

        titled = dict(chain.from_iterable(count.titled.items() for count in counts))
        stale = years_left_out(titled, fiscal_year)
        # (one beside its body's reply: the joint read's, combine — a year given or not)
        stale = {f: p for f, p in stale.items() if files.index(f) not in linked}
        result.other_years.update({file: titled.pop(file)[0] for file in stale})
        odd |= stale
    linked -= {index for index, file in enumerate(files) if file in odd}
    # (a body one file of which rates in another scale: none of its files tallied — review 150)
    scaled = scaled_bodies(
        [p for count in counts for p in count.result.get("problems", ())],
        {f: b for count in counts for f, b in count.result.get("file_bodies", {}).items()},
    )
    apart = {i for i, count in enumerate(counts) if _owner(count, files[i]) in scaled}
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
            result.leave_out([files[index]])
            result.other_rounds += [t for t in result.texts if t.location.file == files[index]]
            result.texts = [t for t in result.texts if t.location.file != files[index]]
        elif index in apart and index not in linked:
            pass  # (its problems said with its body's, said_of_settings)
        elif index not in linked:
            tally.merge(count.tally)
            if count.marked is not None:
                marked.merge(count.marked)
            said += count.combined
        elif index == again[0]:  # the linked files, read again and combined together
            joint, clashes = read_bodies(
                [inputs.files[i] for i in again],
                [inputs.owners[i] for i in again],
                joint_options,
                jobs=jobs,
                bodies=bodies,
            )
            said += clashes
            said += changed_files(
                [inputs.files[i] for i in again], [counts[i].stamp for i in again]
            )
            # (a rating its figures contradict: of its reading, as each file's count says it)
            joint.problems += judged_figures(joint.entries, joint.values, options.scale)
            read = set(map(id, joint.problems))
            bodies_apart(joint, scaled, said=False)
            combine(joint, options.scale, fiscal_year, plan=plan, titled=titled)
            if planned is not None and joint.marks:  # (重点 as the plan marks it)
                from planeval.cycle.plan_marks import as_planned

                joint.problems += as_planned(joint, planned)
            result.leave_out(joint.left_out)  # (last year's beside this year's: combine)
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
    # (a level named apart in files read jointly: said by the joint read already, once)
    result.problems += said + [p for p in renamed_levels(result) if p not in said]
    result.problems += missing_policies(result)
    numbers = _missing_numbers(result, counts, files)  # (said once: not again by project)
    gaps = {problem.location for problem in numbers}
    # (a project named, not numbered, by the number its file gave it: the joint read's)
    ordered = {(body, project) for body, project, _name in result.unnumbered}
    if renumbered:  # (as read again: jointly)
        first = {project: index for project, index in first.items() if index not in renumbered}
    projects = missing_projects(result, (first.keys() - ordered) | jointly)
    result.problems += numbers + [p for p in projects if p.location not in gaps]
    if any(count.repeats.listed for count in counts):  # (「（1-5に掲載）」, as read_listed)
        from planeval.io.repeat_sources import streamed_sources

        repeats = [count.repeats for count in counts]
        result.problems += streamed_sources(repeats, inputs, options, jobs, result.problems)
    if excused:
        result.problems = [problem for problem in result.problems if problem not in excused]
    if bodies == "file":  # (a lone correction, another body's file: as read_bodies)
        files_said(result, inputs.files)
    said_of_settings(result, options, settings)
    tally.rename(result.policy_names, result.direction_names)
    if unlisted := name_bodies(inputs, result):
        tally.drop_bodies(unlisted)  # (a body the list lacks, its rows left out: review 159)
        marked.drop_bodies(unlisted)
    if forms:  # (a row deleted from a common form, of the items each file held)
        from planeval.io.common_form import join_items, rows_lacking

        items: Items = {}
        for count in counts:
            join_items(items, count.items or {})
        result.problems += rows_lacking(result, items)
    result.count_bodies(tally.bodies)
    return tally, marked, result


def _read_headed(
    counts: list[FileCount],
    headed: Sequence[int],
    files: Sequence[Path],
    owners: Sequence[str],
    options: ReadOptions,
    then: Callable[[ReadResult], FileCount],
    jobs: int,
) -> ReadOptions:
    """The ``headed`` files' counts read again and counted as read_listed reads them again
    (one_row_projects.headed_again: 「運営方針1　…」 over their tables), their notices dropped
    where it drops them; the options the files read jointly are read with."""
    problems = [counts[i].result["problems"] for i in headed]
    layout, again, quiet = headed_again(problems, options.layout)
    for index in (headed[i] for i in quiet):
        said = counts[index].result["problems"]
        counts[index].result["problems"] = [p for p in said if p.kind != HEADED]
    if not again:
        return options
    options = options._replace(layout=layout)
    read = [headed[i] for i in again]
    recounted = read_each(
        [files[i] for i in read], [owners[i] for i in read], options, jobs=jobs, then=then
    )
    for index, count in zip(read, recounted, strict=True):
        counts[index] = count
    return options


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


def _owner(count: FileCount, file: str) -> str:
    """The body a file counted is of, as its read says ("" where none)."""
    return str(count.result.get("file_bodies", {}).get(file, ""))
