"""Reading several workbooks (or folders of them) into entries, problems and text cells: the
files listed with their bodies, each read by io/workbook.py here or in worker processes, the
results joined in input order."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
from collections.abc import Callable, Collection, Sequence
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Literal, NamedTuple

from planeval.apart_names import note_names, renamed_levels
from planeval.io.caption_directions import number_captions
from planeval.io.file_sheets import extend
from planeval.io.given_inputs import expand_inputs
from planeval.io.headers import DEFAULT_LAYOUT, Layout
from planeval.io.judge import Engine
from planeval.io.level_names import missing_policies, missing_projects
from planeval.io.limits import Limits
from planeval.io.missing_numbers import missing_numbers
from planeval.io.note_rows import forms_notes_unsaid
from planeval.io.one_row_projects import read_alike
from planeval.io.roster import as_listed, name_bodies, named_twins, read_facts, twins_of
from planeval.io.roster_file import Listed, round_roster
from planeval.io.roster_twice import listed_twice
from planeval.io.settings_files import roster_not_said, settings_left_out, settings_said
from planeval.io.unnumbered_projects import number_by_name
from planeval.io.value_columns import judged_figures
from planeval.io.workbook import DEFAULT_LIMITS, ReadOptions
from planeval.io.workers import as_read, read_each
from planeval.io.xlsx import require_defusedxml
from planeval.legend_presets import other_legend_left_out
from planeval.model import Entry, Problem, first_places
from planeval.offered_words import wording_said
from planeval.past_errors import OTHER_SCALE
from planeval.read_records import ReadResult
from planeval.revised_names import revised
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.unread_headings import unread_headings

Bodies = Literal["file", "folder"] | None
_BODY_PROJECT = itemgetter(*map(Entry._fields.index, ("body", "project_id")))


def read_files(
    paths: Sequence[Path | str],
    *,
    scale: Scale = DEFAULT_SCALE,
    layout: Layout = DEFAULT_LAYOUT,
    limits: Limits = DEFAULT_LIMITS,
    progress: Callable[[int, int], None] | None = None,
    engine: Engine = "auto",
    jobs: int = 1,
    bodies: Bodies = None,
    settings: Path | None = None,
    roster: Sequence[Listed] = (),
    plan_file: str | None = None,
    earlier: bool = False,
) -> ReadResult:
    """Read every Chapter 3 table in the given workbooks and folders, each file on its own:
    entries are as read (combine.py merges what several files say of the same item). ``progress`` is called
    with (files done, files in all) after each file. ``engine="openpyxl"`` reads every file
    with openpyxl (the answers are the same; "auto" takes python-calamine where it is safe).
    ``jobs`` > 1 reads files in that many worker processes (0: automatic, by the file count);
    the result is the same, in the same order. ``bodies``: "file" makes each workbook one body
    (named by its file), "folder" each sub-folder of a given folder (named by the folder);
    every entry then carries its body, and items of different bodies are never one item.
    ``settings``: the planeval.toml ``scale`` and ``layout`` come from (see settings_said);
    ``plan_file``: the plan's workbook, not read where a given folder holds it (list_inputs);
    ``earlier``: a round before the last (compare's), a body this list lacks counted (Inputs)."""
    inputs = list_inputs(paths, bodies, roster, plan_file, earlier)
    twins = twins_of(inputs.roster) | named_twins(inputs.owners)
    options = ReadOptions(scale, layout, limits, engine, twins, *read_facts(inputs))
    result, clashes = read_bodies(
        inputs.files, inputs.owners, options, jobs=jobs, bodies=bodies, progress=progress
    )
    result.problems[:0] = inputs.notices
    result.leave_out(inputs.unread, first=True)
    result.problems += clashes
    said_of_settings(result, options, settings)
    name_bodies(inputs, result)
    in_bodies_order(result)
    return result


def said_of_settings(result: ReadResult, options: ReadOptions, settings: Path | None) -> None:
    """What the settings (``settings``) add to a finished read's problems in every reading path:
    settings files among the inputs, a body's own scale, the sheets' words offered, another
    scale's file left out, a rating its figures contradict; no notice of a form's own note."""
    worded = options.layout.worded
    other_legend_left_out(result)  # (another table's form among the files: its rows out)
    result.problems = settings_said(forms_notes_unsaid(result.problems), settings)
    if any(problem.reason == OTHER_SCALE for problem in result.problems):
        from planeval.io.scale_bodies import bodies_apart  # (a body of another scale: whole)

        bodies_apart(result)
    if any(problem.is_error for problem in result.problems):  # (a value of no symbol?)
        from planeval.own_scale import own_scale_said

        result.problems = own_scale_said(
            result.problems, result.status_cells, options.scale, worded=worded, settings=settings
        )
    if heading := unread_headings(
        result.texts, options.layout.headings, settings=settings, worded=worded
    ):  # (「基本政策Ⅰ　…」 above the tables, a word not read: review 147 #5)
        result.problems.append(heading)
    result.problems = wording_said(
        result.problems,
        result.status_cells,
        options.scale,
        worded=worded,
        settings=settings,
        directions=result.direction_names,
        forms=result,
    )
    if result.read_beside:  # (a blank 達成度 by its 実施状況)
        from planeval.io.blank_reads import blanks_beside_said

        result.problems += blanks_beside_said(result.read_beside, options.scale)
    result.problems += judged_figures(result.entries, result.values, options.scale)
    if any(cells.presets for cells in result.status_cells.values()):  # (values unknown)
        from planeval.read_presets import blanks_of_preset, one_preset_said

        told = one_preset_said(result.problems, result.status_cells)
        result.problems = blanks_of_preset(told, options.scale)


def in_bodies_order(result: ReadResult) -> None:
    """The entries each body's in turn, bodies in ``result.bodies``' order (the 団体コード the
    forms state, where they do, whatever the files are called), each body's as read: every
    output lists bodies in this order, the Chapter 3 sections as the 団体別集計."""
    if len(result.bodies) < 2:
        return  # (one body, or none: in the order read)
    place = first_places(result.bodies)

    def ordered(entries: list[Entry]) -> list[Entry]:
        rank = [place.get(entry.body, len(place)) for entry in entries]
        if rank == sorted(rank):
            return entries
        return [entry for _, entry in sorted(zip(rank, entries, strict=True), key=itemgetter(0))]

    same = result.read is result.entries
    result.entries = ordered(result.entries)
    result.read = result.entries if same else ordered(result.read)


def read_bodies(
    files: Sequence[Path],
    owners: Sequence[str],
    options: ReadOptions,
    *,
    jobs: int,
    bodies: Bodies,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[ReadResult, list[Problem]]:
    """read_listed, and with ``--bodies file`` the errors of workbooks that state one 団体名
    and hold the same items (same_items): their rows left out, never two bodies one nor one
    body counted twice (sharing no item: one body's departments). In every mode a corrected
    version (修正版) replaces its body's workbook holding mostly its items (corrected_versions)."""
    result = read_listed(files, owners, options, jobs=jobs, progress=progress)
    if bodies != "file" and not any(revised(str(file)) for file in files):
        return result, []  # (the usual read: no corrected version, nothing imported)
    from planeval.io.bodies import corrected_versions, same_items, set_apart

    if bodies == "file":
        apart, clashes, moot = same_items(result)
        files_said(result, files, apart)
    else:
        apart, clashes = corrected_versions(result)
        moot = apart  # (a corrected version's: the workbooks it replaces)
    set_apart(result, apart, moot)
    return result, clashes


def files_said(result: ReadResult, files: Sequence[Path], apart: Collection[str] = ()) -> None:
    """--bodies file, a read's whole (streamed too, rollup.py): a body whose only reply is in
    a folder of corrections (review 139 #8) in a notice, and a reply named after one body that
    is another body's file byte for byte (#7) said so in its error."""
    from planeval.io.lone_corrections import only_corrections
    from planeval.io.misfiled import copy_said

    result.problems += only_corrections(result, apart)
    copy_said(result, files)


def read_listed(
    files: Sequence[Path],
    owners: Sequence[str],
    options: ReadOptions,
    *,
    jobs: int,
    progress: Callable[[int, int], None] | None = None,
) -> ReadResult:
    """The given files (each with its body) read into one result, entries as read."""
    result = ReadResult()
    parts = []
    for done, part in enumerate(read_each(files, owners, options, jobs=jobs, then=as_read), 1):
        parts.append(part)
        if progress is not None:
            progress(done, len(files))
    read_alike(parts, files, owners, options)  # (a file of projects of one row each)
    number_by_name(parts)  # (a project named, not numbered, in several files: one)
    number_captions(parts)  # (a caption over groups numbered through: one direction a name)
    for part in parts:
        absorb(result, part)
    result.read = result.entries
    result.problems += renamed_levels(result) + missing_policies(result)
    numbers = missing_numbers(result)  # (a body's items numbered through: its gap said once)
    said = {problem.location for problem in numbers}
    # (every (body, project ID) read, of a rated row or of an item read unrated: in C)
    read = chain(map(_BODY_PROJECT, result.entries), map(itemgetter(0, 1), result.items_seen))
    projects = missing_projects(result, read)
    result.problems += numbers + [p for p in projects if p.location not in said]
    if any(entry.repeat_of for entry in result.entries):  # (「（1-9に掲載）」: review 154 #3)
        from planeval.io.repeat_sources import unknown_sources  # (a read with repeats: some)

        result.problems += unknown_sources(result)
    return result


class Inputs(NamedTuple):
    """The files a read takes, the body of each ("" without bodies), what is worth saying
    of the folders (files left aside, why), the bodies' folders (--bodies folder: each body)."""

    files: list[Path]
    owners: list[str]
    notices: list[Problem]
    bodies: list[str]
    # each file of a body's folder that cannot be read → that body (--bodies folder); each
    # reply in a folder inside a given one → the body its name names (--bodies file)
    unread_owners: dict[str, str]
    roster: tuple[Listed, ...] = ()  # the bodies expected to answer (io/roster.py)
    # (--bodies folder) the bodies in the order given: a body's folder by its name, a workbook
    # read as a body of its own by its path (roster.known_bodies)
    order: tuple[str, ...] = ()
    # (a round before the last read by this year's list: a body it lacks, merged away since,
    # was then one of the bodies asked — counted, warned of; else left out: roster.py)
    earlier: bool = False

    @property
    def unread(self) -> list[str]:
        """The files found but not to be read, each named by an error (an .xls, a .csv
        given by name): left out of the count as an unreadable workbook is."""
        named = (p.location.file for p in self.notices if p.is_error and not p.location.sheet)
        return [file for file in dict.fromkeys(named) if Path(file).is_file()]


def list_inputs(
    paths: Sequence[Path | str],
    bodies: Bodies = None,
    roster: Sequence[Listed] = (),
    plan_file: str | None = None,
    earlier: bool = False,
) -> Inputs:
    """The files the given workbooks and folders hold, each with its body; with bodies, the
    ``roster`` of those expected to answer (none without); ``plan_file``, the plan's workbook
    (Plan.file), left out where a folder holds it."""
    require_defusedxml()
    roster = round_roster(paths, tuple(roster)) if bodies else ()  # (a round's own list)
    listed = [Path(p) for p in paths]
    files, owners, notices, folders, unread, order = _inputs(listed, bodies, roster)
    said = roster_not_said(notices, roster)  # (the list in the replies' folder: review 52)
    said += listed_twice(roster)  # (a body typed twice on it: one body, review 139 #1)
    settings_left_out(files, owners, order, roster=roster, plan_file=plan_file)
    owners = as_listed(owners, roster)
    return Inputs(files, owners, said, folders, unread, roster, tuple(order), earlier)


def _inputs(
    paths: list[Path], bodies: Bodies, roster: Sequence[Listed]
) -> tuple[list[Path], list[str], list[Problem], list[str], dict[str, str], list[str]]:
    """Inputs' fields but the roster: the files, the body of each, notices, the bodies'
    folders (named by the ``roster`` where a folder's name is its code), and the body of each
    file not read (an .xls; unread_replies.held_replies)."""
    if bodies == "folder":
        from planeval.io.bodies import file_bodies
        from planeval.io.body_folders import expand_body_folders
        from planeval.io.byte_copies import copies_in_other_bodies

        # a workbook given, or beside the bodies' folders, is its own body, named as with
        # --bodies file (an export: its own bodies); everything in the order given
        files, owners, folders, problems, unread, order = expand_body_folders(paths, roster)
        given = [file for file, owner in zip(files, owners, strict=True) if not owner]
        named = iter(file_bodies(given))
        owners = [owner or next(named) for owner in owners]
        problems += copies_in_other_bodies(files, owners)
        return files, owners, problems, folders, unread, order
    files, notices = expand_inputs(paths, roster)
    if bodies != "file":
        return files, [""] * len(files), notices, [], {}, []
    from planeval.io.bodies import file_bodies
    from planeval.io.body_name import body_named
    from planeval.io.byte_copies import without_copies
    from planeval.io.folder_bodies import held_advice, split_bodies
    from planeval.io.unread_replies import held_replies, reply_not_read

    files, copies = without_copies(files)
    # (a PDF beside a body's workbook: no reply of its; most reads have no such file)
    answered = {body_named(file.stem) or "" for file in files} if notices else set()
    notices = [reply_not_read(notice, answered) for notice in notices] + copies
    notices = [held_advice(notice) for notice in notices] + split_bodies(paths, files)
    return files, file_bodies(files), notices, [], held_replies(notices, roster), []


def join(*results: ReadResult) -> ReadResult:
    """Several reads as one (their entries kept as they are: no merging across them)."""
    whole = ReadResult()
    for part in results:
        absorb(whole, part)
    # (the same problem of an input both reads share, the roster's 「未回答」 line, said once)
    whole.problems = list(dict.fromkeys(whole.problems))
    return whole


def absorb(result: ReadResult, part: ReadResult) -> None:
    """Add one file's result to the whole (noting a level it names otherwise than the files
    before it: renamed_levels says so once the read is done)."""
    if part.files:
        note_names(result, part, part.files[0])
    extend(result, part)
    result.files.extend(part.files)
    result.leave_out(part.left_out)
    result.superseded.update(part.superseded)
    result.broken_files |= part.broken_files
    result.file_bodies.update(part.file_bodies)
    result.file_departments.update(part.file_departments)
    result.file_codes.update(part.file_codes)
    result.compiled.update(part.compiled)  # (a binder → the bodies its sheets state)
    result.code_cells.update(part.code_cells)
    result.name_cells.update(part.name_cells)
    result.years.update(part.years)
    result.template_years.update(part.template_years)
    result.planned_mark = result.planned_mark or part.planned_mark
    result.without_issue_column |= part.without_issue_column
    result.department_column |= part.department_column
    result.without_mark_column.update(part.without_mark_column)
    result.numbers_apart |= part.numbers_apart
    result.other_rounds.extend(part.other_rounds)
    result.recorded_errors.extend(part.recorded_errors)
    result.other_scale_rows.extend(part.other_scale_rows)
    result.misfiled_rows.extend(part.misfiled_rows)
    result.other_year_rows.extend(part.other_year_rows)  # (an export's record of them)
    result.other_years.update(part.other_years)  # (… and of their workbooks)
    result.recorded_bodies.update(part.recorded_bodies)
    result.recorded_codes.update(part.recorded_codes)
    result.unlisted |= part.unlisted
    result.status_cells.update(part.status_cells)
