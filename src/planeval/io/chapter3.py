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

from planeval.io.grid import SheetGrid, cell_ref, column_letter
from planeval.io.headers import (
    DEFAULT_LAYOUT,
    HeaderRow,
    Layout,
    Titles,
    find_columns,
    near_miss,
    title_key,
)
from planeval.io.item_rows import QuickRows
from planeval.io.level_columns import settle_levels
from planeval.io.numbered import read_table_row
from planeval.io.summary_block import TOTAL_LABELS, summary_rows, typed_breakdown
from planeval.io.tables import SheetResult, TableState
from planeval.io.text_rows import read_text_row, under_heading
from planeval.io.unused_columns import unclaimed
from planeval.io.value_columns import ValueColumns, value_columns
from planeval.lazy_pattern import LazyPattern
from planeval.model import Location, Problem, Severity, TextCell
from planeval.scale import Scale
from planeval.text import (
    HEADING_WORDS,
    clean_text,
    compact,
)


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
    table: TableState | None = None
    vocabulary = layout.vocabulary()
    headings = (*HEADING_WORDS, *layout.headings)
    heading: tuple[str, str] | None = None  # the last level heading above the tables
    policy_heading: tuple[str, str] | None = None  # ... and the last with a word (基本目標1 …)
    word = ""  # the last level heading's word (基本目標), if it has one
    sub: tuple[str, str] | None = None  # the last heading of the level under it (施策1-1 …)
    sub_word = ""  # ... and its word (施策), if it has one
    symbols, splits = frozenset(scale.symbols), scale.splits
    continued = _continued_by_row(grid)
    rows = grid.sorted_rows()
    filled = -1  # the last row read as rated or as a header row (never a blank one)
    quick: QuickRows | None = None  # (the table's reader of its common rows: item_rows.py)
    quick_rows = 0  # (rows it read)
    index, end = 0, len(rows)
    while index < end:
        # most rows: rated items of the current project, read by a few lookups, a run at a time
        if quick is not None and (after := quick(rows, index)) != index:
            filled = rows[after - 1][0]
            quick_rows += after - index
            index = after
            if index == end:
                break
        row_index, cells = rows[index]
        index += 1
        # a row whose status cell holds a symbol of the scale, or a text read as a status
        # before (「電子申請 ○」), is a rated row, never a header row (whose status cell holds
        # a title): most rows are, and skip the title matching
        status = (
            cells[table.status_column]
            if table is not None and table.status_column < len(cells)
            else None
        )
        rated = status in symbols or (type(status) is str and splits.get(status) is not None)
        if rated:
            filled = row_index
        header = None if rated else find_columns(cells, vocabulary)
        if header is not None:
            filled = row_index
            if table is not None:
                table.close(result, row_index)
            table = _start_table(
                header, layout, vocabulary, grid, row_index, file, result, continued
            )
            quick = None
            under = sub is not None and under_heading(sub, heading)
            if heading is not None and table is not None:
                table.levels.set(0, *heading)
                table.policy_heading = policy_heading
                if sub is not None and under:
                    table.set_group(*sub)
            result.tables += 1
            if table is not None:
                result.headers.append((row_index, word, sub_word if under else None))
            if table is not None and "issue" in table.columns:
                result.issue_tables += 1
            continue
        # A table runs until the next header row: a heading, note or paragraph inside it is
        # kept as text, and rated rows after it are still read, so no row is ever dropped.
        if not rated and cells.count(None) + cells.count("") == len(cells):
            continue  # (cells holding only spaces are judged, and passed over, further down)
        result.table_rows += table is not None
        if table is None and (roles := near_miss(cells, vocabulary)) is not None:
            result.near_headers.append((cell_ref(row_index, 0)[1:], roles))
        if not rated and table is not None:  # (a rated row, the common case, passes by)
            if total := _stated_total(grid, row_index, cells, table):
                result.texts.append(TextCell(Location(file, grid.name, total[0]), total[1]))
                continue
            # (a summary block stands under a blank row, never right under a rated row or
            # a header row: summary_rows is asked only after another row)
            if filled != row_index - 1 and (
                block := summary_rows(grid, row_index, scale=scale, titles=vocabulary)
            ):
                # 集計 | 評価 | 件数 … under the table, after a blank row: its rows kept as text
                for below in range(row_index, row_index + block):
                    read_text_row(grid, below, file, result, headings)
                index += block - 1
                continue
        if table is not None:
            read = read_table_row(grid, row_index, cells, table, file, scale, result, headings)
            quick = table.quick  # (an ID table's, once its first row has told it is one)
            if read:
                continue
        found = read_text_row(grid, row_index, file, result, headings)
        if found is not None and found.kind == "sub":
            sub, sub_word = found.level, found.word
            if table is not None and table.mode == "named" and under_heading(sub, heading):
                table.set_group(*sub)
                header_row, word, said = result.headers[-1]
                if said is None:  # (sub-headings inside the table, 「1-1 名前」: its word)
                    result.headers[-1] = (header_row, word, sub_word)
        elif found is not None:
            heading, sub, word = found.level, None, found.word
            sub_word = ""
            if found.kind == "worded":
                policy_heading = heading
                if table is not None:
                    table.policy_heading = heading
                if table is not None and table.mode == "named" and result.headers:
                    header_row, _, sub_said = result.headers[-1]
                    result.headers[-1] = (header_row, word, sub_said)  # (a band row)
            if table is not None and table.mode == "named":
                table.levels.set(0, *heading)
    result.table_rows += quick_rows
    if table is not None:
        table.close(result)
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
) -> TableState | None:
    """The table a header row starts, reading its one status column (or the one the layout
    names); a table with several status columns and no choice is an error, and not read."""
    header = settle_levels(header, grid, row, file=file, result=result)
    statuses = header.statuses
    wanted = title_key(layout.status_column) if layout.status_column else None
    if len(statuses) > 1 or wanted is not None:
        chosen = [(column, title) for column, title in statuses if title_key(title) == wanted]
        if not chosen:
            titles = "・".join(" ".join(title.split()) for _column, title in statuses)
            message = (
                f"--status-column（[layout] status_column）の「{layout.status_column}」という"
                f"評価の列がこの表の見出し行にありません（評価の列: {titles}）"
                if layout.status_column
                else f"評価の列が {len(statuses)} つあります（{titles}）。どちらで数えるか分かりません"
            )
            result.problems.append(
                Problem(
                    Location(file, grid.name, cell_ref(row, statuses[0][0])),
                    Severity.ERROR,
                    message,
                    _choose_column(statuses)
                    if len(statuses) > 1
                    else "列名の書き間違いでないか確認してください（評価の列が一つの表なら"
                    " --status-column は要りません）",
                )
            )
            return None
        statuses = tuple(chosen)
    columns = {**header.columns, "status": statuses[0][0]}
    for column, title in header.unread_issues:
        if not any(clean_text(grid.value(at, column)) for at, _ in grid.iter_rows() if at > row):
            continue  # (an empty 備考 beside the issue read: nothing lost, nothing said — review 54)
        read = clean_text(grid.value(row, columns["issue"]))
        result.problems.append(
            Problem(
                Location(file, grid.name, cell_ref(row, column)),
                Severity.NOTICE,
                f"「{title}」の列は読んでいません（課題等の列が二つあるため、"
                f"「{read}」の列を課題等として読みました）",
                f"「{title}」の列を読むなら、planeval.toml の [layout.titles] に"
                f' issue = ["{title}"] と書いてください（「{read}」の列のままでよければ'
                f' issue = ["{read}"] と書くと、このお知らせは出ません）',
            )
        )
    marks = None
    if header.mark_title:  # (「うち重点」 ○: what 「（うち重点3事業）」 counts)
        from planeval.io.mark_column import MarkColumn  # (few tables have one: start-up)

        where = Location(file, grid.name, cell_ref(row, columns["mark"]))
        marks = MarkColumn(header.mark_title, where)
    figures = value_columns(grid.row(row), header)  # (策定時 | 現状値 | 目標値: not read as roles)
    unused = unclaimed(grid, row, header, vocabulary, figures, result.unread_levels)
    texts = {role: columns[role] for role in _TEXT_ROLES if role in columns}
    result.text_columns.setdefault((file, grid.name, column_letter(columns["status"])), texts)
    if "issue" in columns:  # (what validate and the report call the column: message_words)
        result.issue_titles.append(title_key(grid.value(row, columns["issue"])))
    return TableState(
        columns,
        header=header,
        continued=continued,
        first_row=row,
        marks=marks,
        values=ValueColumns(figures) if figures else None,
        unused=unused,
    )


_TEXT_ROLES = ("project", "item", "sub_item", "issue")  # (ReadResult.text_columns)


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


# A total row's label, alone in its first own cell, and its count: in the status cell
# (13事業, 13件, 13) or, with its counter, in any other cell (合計 | | 26項目, 計 | 7事業).
_COUNT = LazyPattern(r"^\d+(件|事業|項目|指標|施策|個|本)?$")
_COUNTED = LazyPattern(
    r"^\d+(?:件|事業|項目|指標|施策|個|本)(?:\([^()]*\))?$"
)  # 110件(うち再掲3件)


def _stated_total(
    grid: SheetGrid, row: int, cells: list[object], table: TableState
) -> tuple[str, str] | None:
    """(cell, text) of a table's total row: 合計 (計, 総計, 小計, 総数) in the row's first own
    cell and a count in its status cell (13事業, 13件, 13) or else in exactly one other cell
    with its counter (26項目, 110件（うち再掲3件）), as "合計 13事業" (a bare number given the
    counter 件), which check reads as a stated total. None for any other row."""
    for first, value in enumerate(cells):
        if value is not None and value != "" and (row, first) not in grid.continued:
            break
    else:
        return None
    if not isinstance(value, str) or len(value) > 8:
        return None  # (most rows passed here: a project or direction row, a note)
    label = compact(value).rstrip(":")
    if label not in TOTAL_LABELS:
        return None
    column = table.status_column
    status = cells[column] if column < len(cells) else None
    breakdown = ""  # (the status cell's 「A2件、B2件…」 beside a count in another cell)
    if status is not None and status != "" and type(status) is not bool:
        count = compact(clean_text(status))  # (a number reads as its digits)
        match = _COUNT.match(count)
        if match is not None:
            said = f"{label} {count}" if match[1] else f"{label} {count}件"
            return _with_breakdown(grid, row, cells, first, column, said)
        # (「小計 | … | A：2　B：2 … 計：5」 in its status cell, or its breakdown: review 53)
        if typed := typed_breakdown(row, label, [status], column):
            return typed
        if not _DIGIT.search(count):
            return None
        breakdown = f"（{clean_text(status)}）"
    counts = [
        (index, count)
        for index in range(first + 1, len(cells))
        if (row, index) not in grid.continued
        and index != column
        and _COUNTED.match(count := compact(clean_text(cells[index])))
    ]
    if not counts and not breakdown:  # (typed in one cell, 「達成A：2　… 計13」: review 42)
        return typed_breakdown(row, label, cells[first + 1 :], first + 1)
    if len(counts) != 1 or _counts_above(grid, row, counts[0][0]):
        return None  # (several, or the sum of a column of counts: 目標 50件 of 10件s)
    ((index, count),) = counts
    return cell_ref(row, index), f"{label} {count}{breakdown}"


def _with_breakdown(
    grid: SheetGrid, row: int, cells: list[object], first: int, column: int, said: str
) -> tuple[str, str]:
    """A total row's count in its status cell (``said``: 「計 15件」), with its breakdown where
    one other cell of the row holds it (計 | 15件 | ◎1件、○10件、△4件)."""
    others = [
        text
        for index in range(first + 1, len(cells))
        if index != column
        and (row, index) not in grid.continued
        and _DIGIT.search(text := clean_text(cells[index]))
    ]
    return cell_ref(row, column), f"{said}（{others[0]}）" if len(others) == 1 else said


_DIGIT = LazyPattern(r"\d")


def _counts_above(grid: SheetGrid, row: int, column: int) -> bool:
    """Whether the rows above hold counts in ``column`` (目標 10件, 実績 8件), its nearest
    value within three rows: a count there in a total row is that column's sum."""
    for above in range(row - 1, max(row - 4, -1), -1):
        value = grid.value(above, column)
        if value is not None and value != "":
            return _COUNT.match(compact(clean_text(value))) is not None
    return False
