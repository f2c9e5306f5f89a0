"""Reading one workbook: judged, opened, every sheet read, and what is worth saying about it
(hidden sheets and rows, planeval's own exports, no table found); a file that cannot be read
is named with its reason. reader.py runs this over many files."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
from pathlib import Path
from typing import NamedTuple

from planeval.io.abolished import abolished_rows
from planeval.io.body_name import file_written, on_list, other_body_named, prefecture
from planeval.io.chapter3 import read_sheet
from planeval.io.compiled import compiled_bodies, not_counted, stated_bodies
from planeval.io.deleted_columns import deleted_columns, planeval_form
from planeval.io.example_sheets import set_aside_examples
from planeval.io.file_sheets import collect
from planeval.io.grid import SheetGrid
from planeval.io.headers import DEFAULT_LAYOUT, Layout
from planeval.io.inputs import FoundInFolder
from planeval.io.judge import Engine, NotRead, judging, open_judged
from planeval.io.limits import Limits
from planeval.io.note_rows import NOTE
from planeval.io.other_year_sheets import set_aside_other_years
from planeval.io.stated_heading import Stated, stated
from planeval.io.status_remarks import STATUS_TEXT, status_remarks
from planeval.io.tables import SheetResult
from planeval.legend_presets import legend_of_another, shares_symbols
from planeval.model import Entry, Location, Problem
from planeval.past_errors import OTHER_SCALE, CountedPast
from planeval.read_records import ReadResult
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.stated_totals import totals_said
from planeval.status_cells import StatusCells, agreed_words, file_statuses
from planeval.text import comparable_name

DEFAULT_LIMITS = Limits()


class FileBody(str):
    """A body named by its file (--bodies file), unless the workbook states its 団体名."""

    __slots__ = ()


class ReadOptions(NamedTuple):
    """How every file of a read is read."""

    scale: Scale = DEFAULT_SCALE
    layout: Layout = DEFAULT_LAYOUT
    limits: Limits = DEFAULT_LIMITS
    engine: Engine = "auto"
    twins: frozenset[str] = frozenset()  # (names a roster lists for two bodies: twins_of)
    known: tuple[str, ...] = ()  # (--bodies folder: every body's folder, the roster's bodies)
    listed: frozenset[str] = frozenset()  # (the roster's names: a 団体名 written otherwise, its)
    coded: frozenset[tuple[str, str, str]] = frozenset()  # (its codes, names: variant_names)


def read_workbook(path: Path, body: str, options: ReadOptions) -> ReadResult:
    """Judge, open and read one file; whatever goes wrong, the file is named with its reason
    (and the run goes on with the others)."""
    scale, layout, limits, engine, twins, bodies_known, listed, coded = options
    result, name = ReadResult(), str(path)
    try:
        with judging(limits):
            judged = open_judged(
                path, limits, engine=engine, skip_exports=isinstance(path, FoundInFolder)
            )
            opened = judged.opened
            grids = opened.sheets if opened is not None else []
            columns = None
            if opened is not None and opened.data_sheet is not None:  # (an export read back)
                from planeval.io.export_data import data_columns

                columns = data_columns(opened.data_sheet, judged.data_fields)
            held: tuple[tuple[str, str], ...] = ()  # (the bodies a binder's sheets state)
            if columns is None or "body" not in columns:
                heading = stated(grids)
                stated_name = heading.body if body else None
                filed = None
                binder = stated_name and isinstance(body, FileBody) and len(grids) > 1
                if binder and len(held := stated_bodies(grids)) > 1:  # (compiled_bodies' error)
                    stated_name = None  # (no one body's, nor the one its file names: review 137)
                if stated_name:  # (bodies asked for, a 団体名 stated: imported only then)
                    from planeval.io.misfiled import (
                        left_out,
                        misfiled,
                        stated_not_named,
                        stated_otherwise,
                    )
                if isinstance(body, FileBody):
                    settled = None  # (高瀬市 stating 髙瀬市's code, its file 髙瀬市's: review 171)
                    if stated_name and coded:
                        from planeval.io.variant_names import coded_body

                        if settled := coded_body(name, path.stem, heading, coded):
                            stated_name = settled[0]
                            result.problems.append(settled[1])
                    named = stated_name and not settled and other_body_named(path.stem, stated_name)
                    if stated_name and named:
                        # (which body's answer it is cannot be told: neither is counted)
                        wrong = stated_not_named(name, named, stated_name)
                        result.misfiled_rows = _rows_of(grids, name, scale, layout)  # (check's)
                        return left_out(result, wrong, str(body), heading.code)
                    filed = (
                        file_written(body, path.stem, stated_name, twins) if stated_name else None
                    )
                    body = filed or stated_name or str(body)  # (the file's name: one name)
                    body = on_list(body, listed, twins)  # (佐賀県若之岡市: the list's 若之岡市)
                    if twins and comparable_name(body) in twins and heading.code:
                        body = f"{prefecture(heading.code)}{body}"  # (北海道伊達市)
                    elif twins and comparable_name(body) in twins and heading.body_at[1]:
                        result.name_cells[name] = (*heading.body_at, heading.body or "")
                elif stated_name and coded and (said := _folder_coded(name, heading, coded, body)):
                    result.problems.append(said)  # (髙瀬市/ stating 高瀬市 and 髙瀬市's code)
                    stated_name = body
                elif stated_name and (of := misfiled(path, body, heading, bodies_known)):
                    return left_out(result, *of, heading.code)  # (another body's reply)
                at = heading.body_at  # (the cell the name is read at: review 191 #6)
                if stated_name and (said := stated_otherwise(name, stated_name, body, filed, at)):
                    result.problems.append(said)
                if body and opened is not None:  # (not an export skipped: no body's answer)
                    result.file_bodies[name] = str(body)
                if heading.department:
                    result.file_departments[name] = heading.department
                if body and heading.code and not held:
                    result.file_codes[name] = heading.code
                    result.code_cells[name] = heading.code_at
                    if stated_name and heading.body_at[1]:  # (quoted beside it: listed_codes)
                        result.name_cells[name] = (*heading.body_at, stated_name)
            # (an export's sheets too, of one body or several: their paragraphs, for check)
            sheets = [
                read_sheet(grid, file=name, scale=scale, layout=layout, body=body) for grid in grids
            ]
            if len(sheets) > 1:  # (a sheet's No. as the others' tell: a blank copy's too)
                from planeval.io.sibling_sheets import read_as_siblings  # (few have several)

                read_as_siblings(grids, sheets, file=name, scale=scale, layout=layout, body=body)
            result.problems += set_aside_examples(name, grids, sheets)
            set_aside_other_years(result, name, grids, sheets)  # (評価票（前年度）, review 176 #1)
            if columns is None and (compiled := compiled_bodies(name, grids, sheets, heading.body)):
                if len(held) > 1:  # (its bodies held in it, the file no body's: review 137)
                    result.file_bodies.pop(name, None)
                    result.compiled[name], body = held, ""
                return not_counted(result, compiled, body)  # (several bodies' answers in one)
            # (a column of planeval's form deleted: its 体系 an error, the file not counted)
            deleted = (
                deleted_columns(path, grids, sheets, layout, judged.template)
                if columns is None
                else []
            )
            if errors := [problem for problem in deleted if problem.is_error]:
                result.files.append(name)  # (opened, its table refused: 表が読めない, submission)
                return not_counted(result, errors[0], body)
            if columns is not None:
                from planeval.io.export_past_errors import read_counted_past
                from planeval.io.filed_codes import exported_codes

                assert opened is not None and opened.data_sheet is not None
                grids = [opened.data_sheet]
                # (an export of two scales read by the other's settings: its 達成度 column)
                beside = (judged.other_scales, layout.status_column)
                data = _export_rows(opened.data_sheet, columns, sheets, name, scale, body, beside)
                result.recorded_codes = exported_codes(opened.data_sheet, columns, str(body))
                data.level_labels.update(judged.policy_words)  # (its bodies' policies a level)
                if (past_sheet := opened.counted_past_sheet) is not None:
                    years = dict(judged.other_years)  # (its workbooks of another year's)
                    past = read_counted_past(past_sheet, body=body, years=years)
                    _counted_past(past_sheet, past, data, result, name, judged.bodies)
                sheets = [data]
    except NotRead as error:
        result.problems.append(error.problem(name))
        result.leave_out([name])
        if error.broken:
            result.broken_files.add(name)
        if body:  # (its body sent it: compare and rounds say it answered, uncounted.py)
            result.file_bodies[name] = str(body)
        return result
    result.problems.extend(judged.notices)
    if judged.year is not None and opened is not None:
        result.years[name] = judged.year
    if judged.template_year is not None and opened is not None:
        result.template_years[name] = judged.template_year
    if opened is not None:
        collect(name, opened, grids, sheets, result, layout=layout, scale=scale, listed=listed)
    if result.department_column and planeval_form(path, result.texts, judged.template):
        result.department_column.clear()  # (every row of its form a 所管部: not the body's table)
    if deleted:  # (its 課題等 deleted: a reason needed is missing as of an empty cell)
        result.problems += deleted
        result.without_issue_column -= {(name, p.location.sheet or "") for p in deleted}
    if opened is not None and columns is None:  # (an export's rows: said where first read)
        distinct = set(map(STATUS_TEXT, result.entries))  # (once, in C: not a step per row)
        without, notes = result.without_issue_column, result.texts  # (取組中（一部）)
        result.problems += status_remarks(
            result.entries, scale, without_issue=without, texts=notes, distinct=distinct
        )
        if any(text.rstrip()[-1:].islower() for text in distinct):
            from planeval.cased_status import cased_statuses  # (達成ａ: review 181 #6; few files)

            result.problems += cased_statuses(result.entries, scale)
        if any(problem.kind == NOTE for problem in result.problems):
            from planeval.stale_years import stale_notes  # (「前年度」欄は令和５年度末…: few files)

            result.problems += stale_notes(result)
        result.problems += abolished_rows(result.entries, scale)  # (…（廃止）, rated)
        result.problems += totals_said(result, scale)  # (a total row its rows do not make)
    rated = len(result.entries)
    owner = result.file_bodies.get(name, "")
    if any(problem.is_error for problem in result.problems):  # (most files: nothing to hint)
        from planeval.preset_hints import with_preset_hint

        known = {entry.status_text for entry in result.entries}
        texts = [text.text for text in result.texts]
        result.problems = with_preset_hint(
            result.problems, scale, rated, known, body=body, texts=texts, file=name
        )
        if any(problem.reason == OTHER_SCALE for problem in result.problems):
            # (a body rating in another scale's symbols among others: its A, B, C too are
            # that scale's, not the table's — none of its rows counted, review 78; kept aside,
            # check's bound of the rows left out)
            result.other_scale_rows, result.entries = result.entries, []
        words = (
            _column_words(grids, sheets, layout, columns, judged.other_scales)
            if opened is not None
            else {}
        )
        places = [str(text.location) for text in result.texts]
        result.status_cells[name] = file_statuses(
            result.problems, rated, texts, words, owner, known=known, places=places
        )
    else:
        if rated and shares_symbols(scale):  # (its values all the scale's, under a legend of
            texts = [text.text for text in result.texts]  # another's meanings: review 84)
            known = {entry.status_text for entry in result.entries}
            cells = result.texts
            if other := legend_of_another(
                result.problems, scale, known, body, texts, name, cells=cells
            ):
                result.problems.append(other)
                if other.reason == OTHER_SCALE:  # (a body among others: none of it counted)
                    result.other_scale_rows, result.entries = result.entries, []
        # (a scale not Setagaya's, no [wording]: are the tables' words the report's? offered_words)
        # every file's issue column title, as its form has it: what validate and the report
        # call that column (message_words.form_issue_titles; a preset's 備考 is no form's)
        # (a survey's too, read with bodies in Setagaya's scale: its forms' 取組分野 | 取組
        # were published as 情報化政策 | 実施内容, nothing offered — review 171 #6)
        plain = not layout.worded and (scale.symbols != DEFAULT_SCALE.symbols or bool(body))
        if (plain or columns is not None) and opened is not None:
            words = _column_words(grids, sheets, layout, columns, judged.other_scales)
        else:  # (the issue column's title alone, as each table started recorded it)
            issues = [{"issue": title} for sheet in sheets for title in sheet.issue_titles]
            issues += [{"project": title} for sheet in sheets for title in sheet.project_titles]
            issues += [titles for sheet in sheets for titles in sheet.column_titles]
            words = {k: v for k, v in agreed_words(issues).items() if not v.endswith("体系")}
        # (its values as typed: a body's of another scale said whole, io/scale_bodies.py)
        typed = tuple(sorted({entry.status_text for entry in result.other_scale_rows}))
        result.status_cells[name] = StatusCells(rated, {}, words, owner, known=typed)
    return result


def _rows_of(grids: list[SheetGrid], name: str, scale: Scale, layout: Layout) -> list[Entry]:
    """Every row of a workbook left out whole, rated or in error, as read: how many rows
    ``check`` knows were not counted (uncounted_rows.OTHER_BODY: review 139 #4)."""
    sheets = [read_sheet(grid, file=name, scale=scale, layout=layout) for grid in grids]
    return [entry for sheet in sheets for entry in (*sheet.entries, *sheet.error_rows)]


def _column_words(
    grids: list[SheetGrid],
    sheets: list[SheetResult],
    layout: Layout,
    columns: tuple[str, ...] | None = None,
    rated: tuple[str, ...] = (),
) -> dict[str, str]:
    """The report's words the titles of the file's tables give (headers.column_words, with
    the word of the heading above each), as most of them agree (status_cells.agreed_words); an
    export's (``columns``: its data sheet's fields), its data sheet's titles (its status's,
    read by the other scale's settings, its column of that scale's rating: ``rated``)."""
    if columns is not None:
        from planeval.io.export_data import export_words

        return export_words(grids[0], columns, rated, layout.status_column)
    from planeval.io.column_words import tables_words  # (few files: start-up)

    return agreed_words(tables_words(grids, sheets, layout))


def _export_rows(
    data_sheet: SheetGrid,
    columns: tuple[str, ...],
    sheets: list[SheetResult],
    name: str,
    scale: Scale,
    body: str,
    rated: tuple[tuple[str, ...], str | None] = ((), None),
) -> SheetResult:
    """planeval's own export: its rows as they were read from the body's own layout, from its
    data sheet (each of its own body where several were exported); of its policy sheets
    (``sheets``, one body's or several's) only their paragraphs, for check. ``rated``: the
    columns it records as another scale's rating, and the status column the settings name
    (read_data_sheet's ``rated`` and ``status_title``)."""
    from planeval.io.export_data import read_data_sheet  # (an export read back: imported then)

    others, title = rated
    data = read_data_sheet(
        data_sheet, columns, file=name, scale=scale, body=body, rated=others, status_title=title
    )
    data.texts = [text for sheet in sheets for text in sheet.texts]
    return data


def _counted_past(
    grid: SheetGrid,
    past: CountedPast,
    data: SheetResult,
    result: ReadResult,
    name: str,
    bodies: tuple[tuple[str, str], ...],
) -> None:
    """What an export's count left out past its errors (its sheet ``grid``), left out again:
    its items as read and not counted, its places as the errors it was counted past, and
    one warning; its bodies, in its order, with why none of a body's rows was counted
    (ReadResult.recorded_bodies: as ``bodies`` records them, cells.BODIES_PROPERTY, else as
    its sheet lists them — an older export's, every body)."""
    from planeval.io.export_past_errors import (
        counted_past_warning,
        dated_rows,
        recorded_policy_labels,
        recorded_rows,
        recorded_years,
    )

    if past.items or past.places:
        data.items_seen.extend(past.items)
        # (and as rows left out for their errors, with their numbers as typed, イ: exported
        # again, its sheet says them as this one did — no error here to list them by)
        data.error_rows += recorded_rows(past, Location(name, grid.name))
        data.level_labels.update(recorded_policy_labels(past, data.body))  # (its none counted)
        result.recorded_errors.extend(past.places)
        result.other_year_rows += dated_rows(name, grid.name, past, data.entries)
        result.other_years.update(recorded_years(past.places))  # (its files: whose they were)
        data.problems.append(counted_past_warning(name, grid.name, past))
    result.recorded_bodies.update(bodies or past.bodies)  # (those it counted none of: still so)


def _folder_coded(
    file: str, heading: Stated, coded: frozenset[tuple[str, str, str]], body: str
) -> Problem | None:
    """variant_names.folder_coded, imported only where a list of bodies is given."""
    from planeval.io.variant_names import folder_coded

    return folder_coded(file, heading, coded, body)
