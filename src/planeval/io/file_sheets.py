"""One workbook's sheets, read, added to the read's result with what is worth saying about
the file as a whole (io/workbook.py): hidden sheets and rows, planeval's own derived sheets,
sheets copied, example rows, columns no role reads, no table or no row found; ``extend`` adds
a sheet's or a file's part to the whole (reader.py too, a file's to the read's)."""

from __future__ import annotations

from planeval.io.example_rows import examples_said
from planeval.io.grid import SheetGrid
from planeval.io.headers import DEFAULT_LAYOUT, Layout
from planeval.io.heading_ids import heading_mismatches
from planeval.io.level_names import join_names
from planeval.io.sheet_copies import fold_sheet_copies
from planeval.io.tables import SheetResult
from planeval.io.unused_columns import unused_notices
from planeval.io.xlsx import OpenedWorkbook
from planeval.model import Location, Problem, Severity, body_key
from planeval.read_records import ReadResult
from planeval.scale import DEFAULT_SCALE, Scale


def collect(
    name: str,
    opened: OpenedWorkbook,
    grids: list[SheetGrid],
    sheets: list[SheetResult],
    result: ReadResult,
    *,
    layout: Layout = DEFAULT_LAYOUT,
    scale: Scale = DEFAULT_SCALE,
    listed: frozenset[str] = frozenset(),
) -> None:
    """The file's sheets (``grids``, read into ``sheets``) added to the result, with what is
    worth saying about the file (``layout.ignored``: the titles of columns the body does not
    want said, [columns] ignore; its titles, a plan's header row's too: no_table; ``listed``: the
    roster's names, a tally of them no body's reply: roster_shaped)."""
    whole_file = Location(name)
    result.files.append(name)
    if opened.hidden_sheets:  # (few workbooks have one)
        from planeval.io.hidden_sheets import hidden_said

        result.problems += [hidden_said(name, hidden) for hidden in opened.hidden_sheets]
    # (an export read back from its data sheet, as written, says nothing: its other sheets hold
    # the same rows and their counts — review 84: a notice on every compare of two exports)
    exported = bool(grids) and grids[0] is opened.data_sheet
    if opened.derived_sheets and not exported:
        result.problems.append(
            Problem(
                whole_file,
                Severity.NOTICE,
                f"シート「{'」「'.join(opened.derived_sheets)}」は planeval が書き出した"
                "集計・一覧用のため数えていません（同じ行は政策ごとのシートにあります）",
            )
        )
    for grid, sheet in zip(grids, sheets, strict=True):
        if grid.hidden_rows:  # (few files hide rows: imported where one does)
            from planeval.io.hidden_rows import hidden_rows_said

            result.problems += hidden_rows_said(name, grid, sheet)
    fold_sheet_copies(name, [grid.name for grid in grids], sheets)
    if any(sheet.examples for sheet in sheets):  # (a form's 記入例 row left in: few files)
        result.problems += examples_said(name, grids, sheets)
    # (a column no role reads: 担当者)
    result.problems += unused_notices(name, sheets, layout.ignored)
    tables = sum(sheet.tables for sheet in sheets)
    near: list[str] = []
    for grid, sheet in zip(grids, sheets, strict=True):
        if not tables and sheet.near_headers:
            # a sheet whose table could not be read: its cells (目標 10件, 実績 8件) are no
            # narrative, and its paragraphs have no rows to be compared with (the error
            # below says why), so check compares none of them
            sheet.texts = []
        extend(result, sheet)
        result.problems += heading_mismatches(sheet, name)  # (情報化政策1 over 3-1-1: review 38)
        if sheet.tables and not sheet.issue_tables:
            result.without_issue_column.add((name, grid.name))
        if sheet.department_tables:  # (a form planeval's template wrote: workbook.py drops it)
            result.department_column.add((name, grid.name))
        if sheet.unmarked:
            result.without_mark_column[name, grid.name] = sheet.unmarked
        if sheet.numbers_apart:
            result.numbers_apart.add((name, grid.name))
        near += [
            f"「{grid.name}」の {row} 行目（{'・'.join(_ROLE_NAMES[r] for r in roles)}）"
            for row, roles in sheet.near_headers[:3]
        ]
    if tables == 0:
        from planeval.io.no_table import no_table  # (a file with no table read: imported here)

        problem = no_table(whole_file, near, grids, sheets=sheets, scale=scale, layout=layout)
        if problem.is_error and not problem.settings:  # (no column of ratings told of)
            from planeval.io.roster_shaped import roster_shaped

            if (shaped := roster_shaped(whole_file, grids, sheets, listed)) is not None:
                problem = shaped  # (a list or tally of bodies kept among the replies: no body's)
                result.file_bodies.pop(name, None)
                result.file_codes.pop(name, None)
        result.problems.append(problem)
    elif (read := [sheet for sheet in sheets if sheet.first_header]) and not any(
        sheet.table_rows for sheet in sheets
    ):
        sheet = read[0]
        grid = grids[sheets.index(sheet)]
        result.problems.append(
            Problem(
                Location(name, grid.name, sheet.first_header),
                Severity.ERROR,
                f"評価の表に行がありません（{sheet.first_header[1:]} 行目の見出し行の下が空です）。"
                "記入前の回答が提出されたようです",
                "記入して提出し直すよう依頼してください。それまで、この回答の行は数えられません",
            )
        )
    if not result.entries and not result.error_rows and not result.items_seen:
        from planeval.io.status_choice import TABLE_REFUSED  # (a file with no row read)

        refused = any(p.reason in TABLE_REFUSED for p in result.problems if p.is_error)
        if refused:  # (its table not read, its status column not found: review 94)
            result.leave_out([name])


# The roles as a message names them.
_ROLE_NAMES = {
    "project": "事業の列",
    "item": "取組の列",
    "status": "評価の列",
    "issue": "課題の列",
    "sub_item": "細目の列",
    "department": "所管の列",
    "number": "番号の列",
    "mark": "重点の列",
    "project_number": "事業番号の列",
    "level": "階層の列",
}


def extend(result: ReadResult, part: ReadResult | SheetResult) -> None:
    """Add a sheet's or a file's entries, problems, texts, names and levels' numbers as typed
    (the first found wins; a level's first name, where the first to name it left it blank)."""
    result.entries.extend(part.entries)
    result.issue_parts = result.issue_parts or part.issue_parts  # (the first read's)
    result.problems.extend(part.problems)
    result.texts.extend(part.texts)
    result.items_seen.extend(part.items_seen)
    result.project_policies.update(part.project_policies)
    result.unnumbered |= part.unnumbered
    for caption, projects in part.captioned.items():
        result.captioned.setdefault(caption, set()).update(projects)
    for key, reading in part.number_reading.items():  # (a table's told, the file's told)
        if reading or key not in result.number_reading:
            result.number_reading[key] = reading
    result.unrated.update(part.unrated)
    result.error_rows.extend(part.error_rows)
    result.read_beside.extend(part.read_beside)
    result.marks.update(part.marks)
    result.values.update(part.values)
    result.headed.update(part.headed)
    for table, columns in part.text_columns.items():  # (the first table's)
        result.text_columns.setdefault(table, columns)
    body = part.body if isinstance(part, SheetResult) else ""
    join_names(result, part, body)
    for level, typed in part.level_labels.items():
        result.level_labels.setdefault(body_key(body, level), typed)
