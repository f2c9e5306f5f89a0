"""Reading the Chapter 3 layout out of a sheet, as people really type it.

A sheet holds any number of tables, stacked with headings, narrative paragraphs, legend
lines and blank rows between them. A table starts at a header row, found by its column
titles (io/headers.py), and runs until the next header row. Its rows are read by
numbered.py (Setagaya's 1-1-1 tables) or named.py (hierarchies written in names); the text
between them is kept, and level headings above the tables name the levels of named tables.

Every row that looks rated becomes an Entry or a Problem, never nothing. A table's total row
(合計 | … | 13事業) is the body's stated total, not an item: it is kept as text, for check.
"""

from __future__ import annotations

from planeval.io.blank_reads import note_beside
from planeval.io.example_rows import (
    TYPED_MARKS,
    ends_marked,
    name_column,
    note_example,
    skip_examples,
)
from planeval.io.grid import SheetGrid, cell_ref, column_letter
from planeval.io.header_columns import find_columns
from planeval.io.header_groups import group_titles
from planeval.io.headers import DEFAULT_LAYOUT, HeaderRow, Layout, Titles, near_miss, title_key
from planeval.io.item_rows import QuickRows
from planeval.io.level_columns import settle_levels
from planeval.io.numbered import read_table_row
from planeval.io.summary_block import stated_total, summary_rows
from planeval.io.table_captions import Alike, caption_under, table_caption, unread_captions
from planeval.io.tables import SheetResult, TableState
from planeval.io.text_rows import heading_above, nested, read_text_row, under_heading
from planeval.io.unused_columns import unclaimed
from planeval.io.value_columns import ValueColumns, value_columns
from planeval.level_labels import POLICY_WORD
from planeval.model import Location, Problem, Severity, TextCell
from planeval.scale import Scale
from planeval.text import HEADING_WORDS, clean_text


def read_sheet(
    grid: SheetGrid,
    *,
    file: str,
    scale: Scale,
    layout: Layout = DEFAULT_LAYOUT,
    body: str = "",
) -> SheetResult:
    """Every entry, problem and text cell of one sheet (its entries of ``body``, if given)."""
    result = SheetResult(body=body)
    if layout.rows_numbered:  # (the read's other files told how its No. columns number)
        result.number_reading = dict.fromkeys(layout.rows_numbered, True)
    table: TableState | None = None
    named_at = -1  # (its rows' name column: example_rows.name_column)
    vocabulary = layout.vocabulary()
    headings = (*HEADING_WORDS, *layout.headings)
    heading: tuple[str, str] | None = None  # the last level heading above the tables
    heading_row = -1  # ... and its row
    policy_heading: tuple[str, str] | None = None  # ... and the last with a word (基本目標1 …)
    word = ""  # the last level heading's word (基本目標), if it has one
    sub: tuple[str, str] | None = None  # the last heading of the level under it (施策1-1 …)
    sub_word = ""  # ... and its word (施策), if it has one
    sub_typed = ""  # ... and its number as typed, where not its ID (羽村市's 施策2 of 1-2)
    sub_bracketed = False  # ... whether it is a line 「(1)　名前」 (南浜市's), not 基本方針3-2 …
    group: tuple[tuple[str, str, str], int] | None = None  # 「(1) 名前」 under that, and its row
    symbols, splits = frozenset(scale.symbols), scale.splits
    continued = grid.continued_rows
    if continued is None:
        continued = _continued_by_row(grid)
    rows = grid.sorted_rows()
    alike: dict[tuple[object, ...], Alike] = {}  # (table_captions)
    filled = -1  # the last row read as rated or as a header row (never a blank one)
    quick: QuickRows | None = None  # (the table's reader of its common rows: item_rows.py)
    quick_rows = 0  # (rows it read)
    index, end = 0, len(rows)
    while index < end:
        # most rows: rated items of the current project, read by a few lookups, a run at a time
        if quick is not None and (taken := quick(rows, index, filled))[0] != index:
            after, filled = taken
            quick_rows += after - index
            index = after
            if index == end:
                break
        row_index, cells = rows[index]
        index += 1
        # a row whose status cell holds a scale's symbol, or a text read as a status (「電子申請
        # ○」), is a rated row, never a header row (its status cell a title): most, no titles matched
        status = (
            cells[table.status_column]
            if table is not None and table.status_column < len(cells)
            else None
        )
        rated = status in symbols or (type(status) is str and splits.get(status) is not None)
        if rated:
            filled = row_index
        header = None if rated else find_columns(cells, vocabulary)
        if header is not None and group_titles(rows, index, vocabulary, symbols):
            continue  # (「総合計画の体系」 over 基本目標 | 施策: the row below is the header)
        if header is not None:
            filled = row_index
            if table is not None:
                _close(table, grid, result, row_index)
            table = _start_table(
                header, layout, vocabulary, grid, row_index, file, result, continued, scale
            )
            quick = None
            under = sub is not None and under_heading(sub, heading)
            if heading is not None and table is not None:
                table.levels.set(0, *heading)
                table.policy_heading = policy_heading
                if word and result.body:  # (基本目標1 … above it: its policies a level)
                    result.level_labels.setdefault(POLICY_WORD, word)
                if sub is not None and under:
                    table.set_group(*sub, sub_typed)
                    entries = len(result.entries)  # (施策5: a line under it heads its rows)
                    caption_under(grid, rows, index - 1, headings, scale, table, sub, entries)
                    if group is not None and rows[index - 2][0] == group[1]:  # (right above)
                        table.levels.set(table.group_slot(), *group[0])
                elif rows[index - 2][0] != heading_row:  # (a heading right above: no caption)
                    table.caption = table_caption(grid, rows, index - 1, headings, alike, scale)
            elif table is not None and not header.levels:  # (「運営方針1　…」 above: 187 #1)
                heading_above(grid, rows, index - 1, file, result.problems)
            result.tables += 1
            if table is not None:  # (課題等, 担当課: io/file_sheets.py)
                result.headers.append((row_index, word, sub_word if under else None))
                result.issue_tables += "issue" in table.columns
                result.department_tables += "department" in table.columns
            if table is not None and "mark" not in table.columns and not result.unmarked:
                result.unmarked = cell_ref(row_index, 0)  # (重点: cycle/plan_marks.py)
            result.numbers_apart |= table is not None and _numbers_apart(table)
            if table is not None:  # (a form's 記入例 row right under its header: not counted)
                named_at = name_column(table)
                index = skip_examples(rows, index, table, result)
                filled = rows[index - 1][0]
            continue
        # A table runs until the next header row: a heading, note or paragraph inside it is
        # kept as text, and rated rows after it are still read, so no row is ever dropped.
        if not rated and cells.count(None) + cells.count("") == len(cells):
            continue  # (cells holding only spaces are judged, and passed over, further down)
        result.table_rows += table is not None
        if table is None and (roles := near_miss(cells, vocabulary)) is not None:
            result.near_headers.append((cell_ref(row_index, 0)[1:], roles))
        if not rated and table is not None:  # (a rated row, the common case, passes by)
            if total := stated_total(grid, row_index, cells, table.status_column, layout.counters):
                result.texts.append(TextCell(Location(file, grid.name, total[0]), total[1]))
                continue
            # (a summary block stands under a blank row, never under a rated or header row)
            if filled != row_index - 1 and (
                block := summary_rows(grid, row_index, scale=scale, titles=vocabulary)
            ):
                # 集計 | 評価 | 件数 … under the table, after a blank row: its rows kept as text
                for below in range(row_index, row_index + block):
                    read_text_row(grid, below, file, result, headings)
                index += block - 1
                continue
        if table is not None:
            if (not TYPED_MARKS.isdisjoint(cells) or ends_marked(cells, named_at)) and note_example(
                row_index, cells, table, result
            ):
                continue  # (a 記入例 row further down: sorted among the body's rows)
            read = read_table_row(grid, row_index, cells, table, file, scale, result, headings)
            quick = table.quick  # (an ID table's, once its first row has told it is one)
            if read:
                continue
        line = read_text_row(grid, row_index, file, result, headings)
        if (
            line is not None
            and line.kind == "own"
            and not line.word
            and not sub_bracketed
            and sub is not None
            and under_heading(sub, heading)
        ):
            # 「(1) 生涯学習の場づくり」 under 「基本方針3-2 …」: a group of its rows, a level below
            # it — not the direction 3-1 in its place, its rows 3-1-1 (review 128)
            group = (*line.level, line.typed), row_index
            if table is not None and table.mode == "named" and table.under_sub_heading():
                table.levels.set(table.group_slot(), *group[0])
            continue
        found = nested(line, heading, word, result)
        if found is not None and found.kind == "sub":
            sub, sub_word, sub_typed = found.level, found.word, found.typed
            sub_bracketed = line is not None and line.kind == "own" and not line.word
            if table is not None and table.mode == "named" and under_heading(sub, heading):
                table.set_group(*sub, sub_typed)
                header_row, word, said = result.headers[-1]
                if said is None:  # (sub-headings inside the table, 「1-1 名前」: its word)
                    result.headers[-1] = (header_row, word, sub_word)
        elif found is not None:
            heading, sub, word = found.level, None, found.word
            heading_row = row_index
            sub_word = ""
            if table is not None and (found.kind == "worded" or table.mode != "named"):
                table.policy_heading = heading  # (an ID table's band row 「1 名前」 too)
            if found.kind == "worded":
                policy_heading = heading
                if table is not None and table.mode == "named" and result.headers:
                    header_row, _, sub_said = result.headers[-1]
                    result.headers[-1] = (header_row, word, sub_said)  # (a band row)
                    if result.body:  # (「基本目標１　…」 over its rows: its policies a level)
                        result.level_labels.setdefault(POLICY_WORD, word)
            if table is not None and table.mode == "named":
                table.levels.set(0, *heading)
                table.caption_direction = None  # (another policy's rows: not its caption's)
    result.table_rows += quick_rows
    if table is not None:
        _close(table, grid, result)
    unread_captions(result, file, grid.name, word)
    return result


def _start_table(
    header: HeaderRow,
    layout: Layout,
    vocabulary: Titles,
    grid: SheetGrid,
    row: int,
    file: str,
    result: SheetResult,
    continued: dict[int, frozenset[int]],
    scale: Scale,
) -> TableState | None:
    """The table a header row starts, reading its one status column (or the one the layout
    names); a table with several status columns and no choice is an error, and not read."""
    header = settle_levels(header, grid, row, file=file, result=result, titles=vocabulary)
    statuses = header.statuses
    if len(statuses) > 1 or layout.status_column:
        from planeval.io import status_choice as choice  # (imported for such a table)

        chosen = choice.chosen_statuses(statuses, layout) if layout.status_column else []
        if not chosen:
            result.problems.append(
                choice.missing_column(statuses, layout, grid, row, file, scale)
                if layout.status_column
                else Problem(
                    Location(file, grid.name, cell_ref(row, statuses[0][0])),
                    Severity.ERROR,
                    f"評価の列が {len(statuses)} つあります"
                    f"（{'・'.join(' '.join(title.split()) for _c, title in statuses)}）。"
                    "どちらで数えるか分かりません",
                    _choose_column(statuses),
                    reason=choice.SEVERAL_STATUS_COLUMNS,
                )
            )
            return None
        statuses = tuple(chosen)
    columns = {**header.columns, "status": statuses[0][0]}
    issues: tuple[tuple[int, str], ...] = ()  # (two issue columns: io/issue_columns.Issues)
    if header.unread_issues:  # (the one read, the other read too or said; few tables: start-up)
        from planeval.io.issue_columns import choose_issue

        issues = choose_issue(grid, row, columns, header, vocabulary, layout, file, result.problems)
    marks = None
    if header.mark_title:  # (「うち重点」 ○: what 「（うち重点3事業）」 counts)
        from planeval.io.mark_column import MarkColumn  # (few tables have one: start-up)

        where = Location(file, grid.name, cell_ref(row, columns["mark"]))
        marks = MarkColumn(header.mark_title, where)
    figures = value_columns(grid.row(row), header)  # (策定時 | 現状値 | 目標値: not read as roles)
    unused = unclaimed(grid, row, header, vocabulary, figures, result.unread_levels)
    texts = {role: columns[role] for role in _TEXT_ROLES if role in columns}
    if header.project_number:  # (a No. of the projects': no item's number — validate's gaps)
        texts.pop("number", None)
    result.text_columns.setdefault((file, grid.name, column_letter(columns["status"])), texts)
    if "issue" in columns:  # (what validate and the report call it, both 「…・…」: message_words)
        said = issues or ((0, grid.value(row, columns["issue"])),)
        result.issue_titles.append("・".join(title_key(title) for _column, title in said))
    # (評価 for planeval's 達成状況, 指標 beside the 事業 each row is: message_words)
    if layout.worded:
        from planeval.io.column_words import column_titles

        result.column_titles.append(column_titles(grid.row(row), columns))
    # (施策の柱 | 施策名: message_words; 施策 of a [wording] naming it the direction: direction_word)
    if header.levels and (layout.projects_as_policies or layout.worded):
        from planeval.io.column_words import column_words

        if project := column_words(header, grid.row(row)).get("project"):
            result.project_titles.append(project)
    # (the word its policies are typed a level with: asked where several bodies are read)
    level = clean_text(grid.value(row, header.levels[0])) if header.levels and result.body else ""
    return TableState(
        columns,
        level_title=level,
        header=header,
        titles=vocabulary,
        continued=continued,
        first_row=row,
        marks=marks,
        values=ValueColumns(figures, grid, row) if figures else None,
        unused=unused,
        blank=scale.blank_symbol,
        beside=tuple(status for status in header.statuses if status[0] != columns["status"]),
        blank_beside=next((s.blank_beside for s in scale.statuses if s.blank), ()),
        issues=issues,
    )


# ReadResult.text_columns (mark: a form's 重点 cell said otherwise than the plan, plan_marks.py)
_TEXT_ROLES = ("project", "item", "sub_item", "issue", "number", "mark", "department")


def _choose_column(statuses: tuple[tuple[int, str], ...]) -> str:
    """How to choose one of a table's status columns, each named by its bare title (「実施状況」,
    not 「実施状況　※必須」), and count another (a second scale: a second planeval.toml)."""
    first, *others = [title_key(title) or title for _column, title in statuses]
    return (
        f"--status-column で列名を指定してください（例: --status-column {first}）。毎回同じ列なら"
        f' planeval.toml の [layout] に status_column = "{first}" と書きます。'
        f"{'・'.join(others)} の列も数えるなら、その列の段階に合う [scale] と status_column の"
        " planeval.toml をもう一つ作り、--config で渡して別に集計してください"
    )


def _continued_by_row(grid: SheetGrid) -> dict[int, frozenset[int]]:
    """The grid's continued cells by row: row → the columns a merge above fills there."""
    # (most rows have one, a project's cell merged down: each row's set made in C, one set
    # shared by the rows of each column, and only a row's other cells looked at one by one)
    column_of = dict(grid.continued)  # (row → one of its columns)
    columns = set(column_of.values())
    if len(columns) == 1 and len(column_of) == len(grid.continued):
        return dict.fromkeys(column_of, frozenset(columns))  # (one column merged: in C)
    alone = {column: frozenset((column,)) for column in columns}
    by_row = dict(zip(column_of, map(alone.__getitem__, column_of.values()), strict=True))
    for row, column in grid.continued.difference(column_of.items()):
        by_row[row] = by_row[row] | {column}
    return by_row


def _close(table: TableState, grid: SheetGrid, result: SheetResult, end: int | None = None) -> None:
    """TableState.close, and where its blank status is read by its other status column
    without blank_beside, that column's value beside each row (io/blank_reads.note_beside)."""
    table.close(result, end)
    if table.issues:  # (both issue columns kept: each row's texts joined)
        from planeval.io.issue_columns import join_issues

        join_issues(table, grid, result)
    if table.blank is not None and table.beside and not table.blank_beside:
        note_beside(table, grid, result)


def _numbers_apart(table: TableState) -> bool:
    """Whether a table numbers its items in a column of their own beside their names (施策 | No.
    | 事務事業, the No. 1, 2, 3 anew under each 施策): not a No. numbering its projects, whose
    items' numbers are at the start of their names (apart_numbers.py)."""
    header, columns = table.header, table.columns.keys()
    return header is not None and not header.project_number and {"number", "item"} <= columns
