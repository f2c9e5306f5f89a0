"""Level columns told by their cells, below a header row: a column under a level title some
bodies give a column of remarks (方向性, header_titles.LEVELS_BY_CELLS) standing right of the rated
column is a level where its cells hold numbered levels (「1-1 名前」); and a column under a
title planeval does not know whose cells hold them is said in a notice, once per sheet, with
the fix: its levels' names would otherwise be left out of every output without a word. A
column under a project's title left of another (項目 | 事業名) whose cells are numbers alone
(1-3-(1), (1)-1, ①) is the rows' number column, not a level named 「1-3-(1)」 (review 128). And
whether the level above a named table's projects is the top one by the word naming it
(川崎市's 政策 「1-1 …」 over 施策 1-1-1: ``policies_titled``). An item column merged down
beside a project column naming each row apart is said with the [layout.titles] lines that read
it as a level, also where the settings' levels leave it rated (review 176 #4)."""

from __future__ import annotations

import itertools

from planeval.ids import DASHES, KATAKANA
from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.header_columns import numbered_by
from planeval.io.header_titles import POLICY_TITLES
from planeval.io.headers import HeaderRow, Titles, title_key
from planeval.io.tables import SheetResult, TableState
from planeval.lazy_pattern import LazyPattern
from planeval.model import Location, Problem, Severity
from planeval.past_errors import MERGED_ITEMS
from planeval.text import clean_text

# A level's number and name in one cell: 「1 区民サービスの向上」, 「1-1 窓口の…」, 「1.2 …」,
# 「Ⅱ …」 — a name of two characters or more after a space, not a count (「1 件は…」, 「3 年度」).
_NUMBERED_LEVEL = LazyPattern(
    r"^[0-9０-９]+(?:[-－.．][0-9０-９]+)*[\s　]+(?![0-9０-９件年月日か箇名人回%％])\S{2}"
    r"|^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ][\s　]+\S{2}"
)
# A number alone, no name: 「1-3-(1)」「(1)-1」「①」「(1)」「ア」「Ⅱ-1」 — its parts joined by a dash or a dot.
_PART = (
    rf"(?:[0-9０-９]+|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ\u2460-\u2473]|[(（]\s*(?:[0-9０-９]+|[{KATAKANA}])\s*[)）]"
    rf"|[{KATAKANA}](?![{KATAKANA}]))"
)
_NUMBER_ALONE = LazyPattern(rf"{_PART}(?:\s*[.．{DASHES}]?\s*{_PART})*")
_ROWS_LOOKED_AT = 30  # the rows below the header row whose cells tell


def settle_levels(
    header: HeaderRow,
    grid: SheetGrid,
    row: int,
    *,
    file: str,
    result: SheetResult,
    titles: Titles,
) -> HeaderRow:
    """The header row ``row``'s columns, the unsure level columns (HeaderRow.unsure_levels)
    whose cells hold numbered levels among its levels, and a level column under a project's
    title whose cells are numbers alone the rows' number column; a notice in ``result`` for
    the titled columns read as nothing whose cells hold numbered levels."""
    unread_levels = result.unread_levels
    titled = [
        (c, title) for c, title in _titled(header, grid.row(row)) if title not in unread_levels
    ]
    merged_read = _merged_read(header, titles)
    if not header.unsure_levels and not titled and not header.project_titled and not merged_read:
        return header  # (every titled column read: nothing to tell by cells — most tables)
    stored = grid.rows  # (the rows below that hold something: a blank one tells nothing)
    assert isinstance(stored, dict)
    below = [
        stored[index] for index in range(row + 1, row + 1 + _ROWS_LOOKED_AT) if index in stored
    ]
    for column in header.project_titled:
        if _numbers_alone(below, column, header):
            header = result.settled[row] = numbered_by(grid.row(row), titles, column) or header
            break
    # (each column's cells, None past a row's end: cut in C, once for every column asked)
    columns = list(itertools.zip_longest(*below))
    levels = [column for column in header.unsure_levels if _numbered_levels(columns, column)]
    if levels:
        header = header._replace(levels=tuple(sorted((*header.levels, *levels))), unsure_levels=())
    unread = [(column, title) for column, title in titled if _numbered_levels(columns, column)]
    if unread:
        result.unread_levels.update(title for _column, title in unread)
        result.problems.append(_unread_notice(unread, below, grid, row, file, header))
    elif merged_read and (merged := _merged_items([], header, grid.row(row), below)):
        if not any(p.kind == MERGED_ITEMS for p in result.problems):  # (once a sheet)
            result.problems.append(_merged_notice(merged, header, grid, row, file))
        header = _merged_as_level(header)
    return header


def _merged_as_level(header: HeaderRow) -> HeaderRow:
    """``header`` of an item column merged down over a project column naming each row apart
    (``_merged_items``) read as the notice's lines read it: the item column the level above
    the rated rows, the project column the rated one — not each row a project of its own,
    numbered 1-1 … 1-17 by planeval, under a report of 「63の取組み」 (review 176 #4)."""
    item, project = header.columns["item"], header.columns["project"]
    columns = {role: at for role, at in header.columns.items() if role != "project"}
    columns["item"] = project
    levels = tuple(sorted((*header.levels, item)))
    return header._replace(columns=columns, levels=levels, project_title="")


def _merged_read(header: HeaderRow, titles: Titles) -> bool:
    """Whether ``header`` may be 名古屋市's 区 form read as the settings' levels name it,
    運営方針 a level and no more: 取組み (merged down) read as the rated item left of 事業名,
    the settings naming no rated column (review 176 #4:
    ``level = ["運営方針"]``, as the notice of the levels unread once asked, and a report of
    「63の取組み」 with 事業 numbered 1-1…1-17 by planeval)."""
    item, project = header.columns.get("item"), header.columns.get("project")
    return (
        bool(header.levels)
        and item is not None
        and project is not None
        and item < project
        and not titles.own_items
    )


def _merged_notice(
    merged: tuple[str, str], header: HeaderRow, grid: SheetGrid, row: int, file: str
) -> Problem:
    """The notice of an item column merged down the settings' levels leave as the rated one
    (``_merged_read``), read as the level above the rated rows (``_merged_as_level``), with
    the [layout.titles] lines that read it so: the levels the settings name, and it."""
    over, rated = merged
    cells = grid.row(row)
    listed = ", ".join(f'"{clean_text(cells[at])}"' for at in header.levels if at < len(cells))
    column = header.columns["item"]
    message = (
        f"「{over}」（{cell_ref(row, column)}）の列は同じ名称が何行も続き、「{rated}」の列は"
        f"行ごとに名称が違うため、「{rated}」の一行ずつを評価する行、「{over}」をその上の段として"
        f"読みました（設定の level には「{over}」がありません）"
    )
    hint = (
        "設定ファイルの [layout.titles] の level と item を次の 2 行に書き換えてください（この"
        f'読み方が設定どおりになり、このメッセージは出なくなります。[wording] に item = "{over}" と'
        f'書いていれば、project = "{over}" に直し、item は「{rated}」の行を呼ぶ言葉にして'
        f"ください。そのままでは、報告書が「{rated}」の行を「{over}」と呼びます）"
    )
    settings = f'[layout.titles]\nlevel = [{listed}, "{over}"]\nitem = ["{rated}"]'
    where = Location(file, grid.name, cell_ref(row, column))
    return Problem(
        where, Severity.NOTICE, message, hint, kind=MERGED_ITEMS, settings=settings, value=over
    )


def _numbers_alone(below: list[list[object]], column: int, header: HeaderRow) -> bool:
    """Whether ``column``'s cells in the rows ``below`` that name a project or an item are
    numbers alone (1-3-(1), ①, ア): most of them (a header row of the next table among them,
    項目, is not), one enough (a co-owner's one row of a 基本方針)."""
    named = [header.columns[role] for role in ("project", "item") if role in header.columns]
    cells = [
        cells[column]
        for cells in below
        if column < len(cells)
        and cells[column] not in (None, "")
        and any(at < len(cells) and cells[at] not in (None, "") for at in named)
    ]
    alone = sum(map(_number_alone, cells))
    return 2 * alone > len(cells)


def _number_alone(value: object) -> bool:
    if type(value) is str:
        return _NUMBER_ALONE.fullmatch(clean_text(value)) is not None
    return type(value) in (int, float)  # (a number typed as one: 1, 2, 3)


def _titled(header: HeaderRow, cells: list[object]) -> list[tuple[int, str]]:
    """The titled columns of the header row ``cells`` that ``header`` reads as nothing, with
    their titles: worked out once per distinct header row (find_columns shares one HeaderRow
    per distinct row of titles; the cells are compared too)."""
    known = _TITLED.get(id(header))
    if known is not None and known[0] is header and known[1] == cells:
        return known[2]
    read = {
        *header.columns.values(),
        *header.levels,
        *header.unsure_levels,
        *(column for column, _title in header.statuses),
        *(column for column, _title in header.unread_issues),
    }
    titled = [
        (column, title)
        for column, value in enumerate(cells)
        if column not in read and (title := clean_text(value))
    ]
    if len(_TITLED) < 4096:  # (the header is kept with them: its id names no other)
        _TITLED[id(header)] = (header, list(cells), titled)
    return titled


_TITLED: dict[int, tuple[HeaderRow, list[object], list[tuple[int, str]]]] = {}


def _numbered_levels(columns: list[tuple[object, ...]], column: int) -> bool:
    """Whether the cells of ``column`` (``columns``: the rows below, column by column) hold
    numbered levels: two at least, and half of the different texts or more."""
    cells = columns[column] if column < len(columns) else ()
    if str not in set(map(type, filter(None, cells))):
        return False  # (no text in it: amounts, rates, dates — told in C, most such columns)
    # (only a text can name a level: amounts, rates and dates are not cleaned, only told)
    texts = [
        text for value in cells if type(value) is str and value and (text := clean_text(value))
    ]
    numbered = [text for text in texts if _NUMBERED_LEVEL.match(text)]
    if len(numbered) < 2:
        return False  # (most columns: said without looking at their other values)
    others = {value for value in cells if type(value) is not str and value is not None}
    return 2 * len(set(numbered)) >= len(set(texts)) + len(others)


def _unread_notice(
    unread: list[tuple[int, str]],
    below: list[list[object]],
    grid: SheetGrid,
    row: int,
    file: str,
    header: HeaderRow,
) -> Problem:
    column = unread[0][0]
    example = next(
        text
        for cells in below
        if column < len(cells) and _NUMBERED_LEVEL.match(text := clean_text(cells[column]))
    )
    named = "と".join(f"「{title}」（{cell_ref(row, at)}）" for at, title in unread)
    listed = ", ".join(f'"{title}"' for _at, title in unread)
    message = (
        f"{named}の列は読んでいません（「{example}」のような番号付きの名称が入っていますが、"
        "planeval の知らない列名です）。このままでは、その段の名称が出力に出ません"
    )
    levels = f"[layout.titles] に level = [{listed}] と書"
    project = _above_items(unread, header, grid.row(row))
    merged = _merged_items(unread, header, grid.row(row), below)
    if merged:  # (review 169 #1: 運営方針 | 取組み (merged down) | 事業名 (one a row))
        over, rated = merged
        level_line = f'level = [{listed}, "{over}"]'
        hint = (
            f"「{over}」の列は同じ名称が何行も続き、「{rated}」の列は行ごとに名称が違います: "
            f"「{rated}」の一行ずつが評価する行で、「{over}」はその上の段のようです。書かなければ、"
            f"「{over}」を評価する行として読み、各行に planeval が番号を振ります。そう読むには、"
            "planeval.toml に次の設定を加えてください"
        )
        settings = f'[layout.titles]\n{level_line}\nitem = ["{rated}"]'
        where = Location(file, grid.name, cell_ref(row, column))
        return Problem(where, Severity.NOTICE, message, hint, kind=MERGED_ITEMS, settings=settings)
    if project:  # (review 141 #4: 改革の柱 | 推進項目 | 取組項目, 推進項目 the items' project)
        hint = (
            f"評価する行（「{project[1]}」の列）のすぐ上の段の列なら、planeval.toml の [wording] に"
            f' project = "{project[0]}" と書いてください（その列をその段として読み、報告書もその段を'
            f"「{project[0]}」と書きます）。それより上の政策などの階層の列なら、{levels}きます"
            f"{_issue_line(header, grid.row(row))}"
        )
    else:
        hint = (
            f"政策・施策などの階層の列なら、planeval.toml の {levels}いてください。"
            "事業の列なら project、実施内容の列なら item のキーに書きます"
        )
    return Problem(Location(file, grid.name, cell_ref(row, column)), Severity.NOTICE, message, hint)


_ISSUE = "課題等"  # (planeval's word for the issue column, Wording.issue: io reads no wording)


def _issue_line(header: HeaderRow, cells: list[object]) -> str:
    """The [wording] issue line the project's hint offers beside project where the form titles
    its issue column otherwise than planeval (「取組み状況・課題」): a [wording] written with
    project alone kept 課題等 in the forms template writes from the plan, which has no issue
    column (review 144 #1)."""
    column = header.columns.get("issue")
    title = title_key(cells[column]) if column is not None and column < len(cells) else ""
    if not title or title == _ISSUE:
        return ""
    return (
        f'。[wording] を書くなら、課題の列も issue = "{title}" と書いてください（template で'
        f"作る調査票もその列を「{title}」と書きます。書かなければ「{_ISSUE}」です）"
    )


def _above_items(
    unread: list[tuple[int, str]], header: HeaderRow, cells: list[object]
) -> tuple[str, str] | None:
    """The title of the one column read as nothing between the levels read and the rated
    column, where one column names the rated rows (改革の柱 | 推進項目 | 取組項目: 推進項目 the
    project over the 取組項目 rated), and the rated column's title; None otherwise."""
    rated = [header.columns[role] for role in ("project", "item") if role in header.columns]
    if len(rated) != 1 or len(unread) != 1:
        return None  # (a project column read: the column is a level above it)
    item = rated[0]
    column, title = unread[0]
    if not column < item or any(level > column for level in header.levels):
        return None
    return title, clean_text(cells[item])


def _merged_items(
    unread: list[tuple[int, str]],
    header: HeaderRow,
    cells: list[object],
    below: list[list[object]],
) -> tuple[str, str] | None:
    """The titles of an item column merged down over several rows (the same name row after
    row) and of a project column right of it naming each row apart, both right of every level
    column, where the unread columns stand left of them: 名古屋市's 区 forms, 運営方針 |
    取組み「(1) 防災力の向上」 | 事業名 | … 達成状況, whose rated row is the 事業 (review 169
    #1: read as titled, each 事業 was a project of one item, numbered by planeval); None
    otherwise."""
    item, project = header.columns.get("item"), header.columns.get("project")
    if item is None or project is None or not item < project:
        return None  # (事業名 | 実施内容: the project above its items, read as it is meant)
    if any(column > item for column, _title in unread) or any(
        level > item for level in header.levels
    ):
        return None
    rows = [row for row in below if project < len(row) and clean_text(row[project])]
    names = [clean_text(row[project]) for row in rows]
    over = [clean_text(row[item]) if item < len(row) else "" for row in rows]
    if len(names) < 2 or len(set(names)) < len(names):
        return None  # (a project column naming rows alike: projects over their items)
    if len(set(filter(None, over))) >= len(names):
        return None  # (every row's item its own: nothing merged down)
    return clean_text(cells[item]), clean_text(cells[project])


def policies_titled(grid: SheetGrid, table: TableState) -> bool:
    """Whether the level above the project is the top level by its word: a heading naming a
    policy (「政策1-1 …」), or the table's first level column titled as one (政策, 基本目標:
    POLICY_TITLES)."""
    levels = table.levels
    if levels.slots[0] is not None:  # (a heading above the table: 「政策1-1 …」 names it)
        return levels.slots[0] == table.policy_heading
    header = table.header
    if header is None or not header.levels:
        return False
    return title_key(grid.value(table.first_row, header.levels[0])) in POLICY_TITLES
