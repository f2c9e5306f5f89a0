"""Tables on a terminal (render.write_tables' rich format): a box whose columns are given
widths that fit the console, each cell folded between Japanese characters (fold.py) and drawn
by box.py; a table that cannot fit without cutting a number, an ID or a status is written one
block per row instead."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from planeval.report.box_widths import Widths, alike_widths, column_widths, columns_of
from planeval.report.render import SHARE_HEADER, TableData, for_stream, used_columns
from planeval.wording import ID_TITLE, worded_number

if TYPE_CHECKING:
    from rich.console import Console

    from planeval.report.fold import Measure


def write_rich(tables: Sequence[TableData], console: Console) -> None:
    """Each table as a box when it fits the console, else with its uncounted columns titled
    by their symbols (TableData.short: 「-」, the legend under it saying 「- 対象外」) where
    that fits; otherwise one block per row, each title whole (numbers are never cut, folded
    or dropped to make a table fit)."""

    from planeval.report.changed_counts import closer, closer_where_shorter
    from planeval.report.fold import console_measure

    measure = console_measure(console.file)
    streamed = [for_stream(table, console.encoding) for table in tables]
    # (a column no row uses is left out, as in tabulate's; changes closer where shorter: 198 #5)
    ready = [
        (closer_where_shorter(table, shown, console.width, measure), shown)
        for table, shown in ((table, used_columns(table)) for table in streamed)
    ]
    together = alike_widths(ready, console.width, measure)
    for table, shown in ready:
        left = _boxed(table, shown, console, measure, together.get(columns_of(table, shown)))
        if left is None:
            continue
        if table.short and any(table.short[column] for column in shown):
            headers = [s or h for h, s in zip(table.headers, table.short, strict=True)]
            if _boxed(table._replace(headers=headers), shown, console, measure) is None:
                continue
        # (compare's changes written closer, 「17→21（+4）」: a box at 120 columns, review 148 #9)
        if (close := closer(table)) is not None and _boxed(close, shown, console, measure) is None:
            continue
        _write_stacked(left, shown, console, measure)


def _boxed(
    table: TableData, shown: list[int], console: Console, measure: Measure, alike: Widths = None
) -> TableData | None:
    """None, the table written as a box, or as boxes (_file_once, _bodies_apart,
    _shares_apart), where it fits the console; where it does not, nothing written: the table
    to write one block per row (its file named once where _file_once gave it so).
    ``alike``: the widths of the table with the rows of the run's other tables of its
    columns (alike_widths), given it where they fit."""
    from planeval.report.cell_folds import folded_cells

    widths = alike or column_widths(table, shown, console.width, measure)
    if (once := _file_once(table, shown, widths, measure)) is not None:
        table = once
        widths = column_widths(table, shown, console.width, measure)
    elif (
        apart := _bodies_apart(table, shown, widths, console.width, measure)
        or (_shares_apart(table, shown, console.width, measure) if widths is None else None)
    ) is not None:
        for part, columns, found in apart:
            _write_box(
                folded_cells(part, columns, found, measure), columns, found, console, measure
            )
        return None
    if widths is None:
        return table
    _write_box(folded_cells(table, shown, widths, measure), shown, widths, console, measure)
    return None


def _file_once(
    table: TableData, shown: list[int], widths: list[int] | None, measure: Measure
) -> TableData | None:
    """The table with a column of places in one file (the issue list's 出典: 「長与町DX推進計画
    _取組評価_令和5年度.xlsx › 取組評価 › D7」 on every row) given as sheet › cell, the file
    named once under the title, where the column would be folded (review 21: 「長与町DX推進計
    ／画_取組評価_令／和5年度.xlsx ›」 on every row); None where there is no such column."""

    from planeval.report.cell_folds import file_of_place

    for place, column in enumerate(shown):
        cells = [row[column] for row in table.rows]
        files = {file_of_place(cell) for cell in cells}
        if len(files) != 1 or None in files:
            continue
        if widths is not None and max(map(measure, cells)) <= widths[place]:
            return None
        file = files.pop() or ""
        rows = [
            [*row[:column], row[column][len(file) + 3 :], *row[column + 1 :]] for row in table.rows
        ]
        title = f"{table.title}\n出典のファイル: {file}".lstrip("\n")
        return table._replace(title=title, rows=rows)
    return None


def _bodies_apart(
    table: TableData,
    shown: list[int],
    widths: list[int] | None,
    width: int,
    measure: Measure,
) -> list[tuple[TableData, list[int], list[int]]] | None:
    """The issue list of several bodies, each body's places in one file (a national survey:
    one workbook a body), as one box per body under a line naming it and its file, each row's
    出典 as sheet › cell, where the one table would fold its places or not fit (review 22: one
    block per row at 80 columns, 「011002_北海道札幌市.xlsx › 第3章 › C9」 on every row); every
    box with the same columns. None where the one table is kept (or nothing fits: blocks)."""
    from itertools import groupby

    from planeval.report.cell_folds import file_of_place, folded_file
    from planeval.report.issue_list import BODY_HEADER

    if not table.rows or len(shown) < 2 or table.headers[shown[0]] != BODY_HEADER:
        return None
    body, column = shown[0], shown[-1]
    files = {row[body]: file_of_place(row[column]) for row in table.rows}
    if None in files.values() or any(
        file_of_place(row[column]) != files[row[body]] for row in table.rows
    ):
        return None  # (not every row a place, or a body's places in several files)
    if widths is not None and max(measure(row[column]) for row in table.rows) <= widths[-1]:
        return None  # (the one table holds its places whole)
    rows = [
        [*row[:column], row[column][len(files[row[body]] or "") + 3 :], *row[column + 1 :]]
        for row in table.rows
    ]
    inner = shown[1:]
    found = column_widths(table._replace(rows=rows), inner, width, measure)
    if found is None:
        return None
    box = sum(found) + 3 * len(found) + 1  # (each cell's padding and the lines between)
    parts: list[tuple[TableData, list[int], list[int]]] = []
    for name, own in groupby(rows, key=lambda row: row[body]):
        # (a line naming the file, folded to the box between the name's parts, not by rich)
        line = f"{BODY_HEADER} {name} ／ 出典のファイル: {files[name]}"
        named = folded_file(line, box, measure=measure)
        title = "\n".join([table.title, *named] if not parts and table.title else named)
        parts.append((TableData(title, table.headers, list(own), table.numeric), inner, found))
    return parts


def _shares_apart(
    table: TableData, shown: list[int], width: int, measure: Measure
) -> list[tuple[TableData, list[int], list[int]]] | None:
    """A summary with its shares beside its counts (headed render.SHARE_HEADER) that fits no
    box, as two: the counts, then the shares under 「… 割合（%）」, each headed with its count's
    status (review 22: Setagaya's --percent at 80 columns was one block per row, 3 cells too
    wide); None where either does not fit (one block per row)."""
    places = [
        place
        for place, column in enumerate(shown)
        if place and table.headers[column] == SHARE_HEADER and shown[place - 1] in table.numeric
    ]
    if not places:
        return None
    counts = [column for place, column in enumerate(shown) if place not in places]
    labels = [column for column in shown if column not in table.numeric]
    kept = [*labels, *(shown[place] for place in places)]
    headers = [*(table.headers[c] for c in labels), *(table.headers[shown[p - 1]] for p in places)]
    rows = [[row[column] for column in kept] for row in table.rows]
    numeric = frozenset(range(len(labels), len(kept)))
    shares = TableData(
        f"{table.title} {SHARE_HEADER}（%）", headers, rows, numeric, (), table.id_word
    )
    found = column_widths(table, counts, width, measure)
    found_shares = column_widths(shares, list(range(len(kept))), width, measure)
    if found is None or found_shares is None:
        return None
    return [(table, counts, found), (shares, list(range(len(kept))), found_shares)]


def _write_box(
    table: TableData, shown: list[int], widths: list[int], console: Console, measure: Measure
) -> None:
    from planeval.report.box import Box

    rows = [[row[column] for column in shown] for row in table.rows]
    right = [column in table.numeric for column in shown]
    headers = [table.headers[column] for column in shown]
    console.print(
        Box(
            table.title,
            headers,
            rows,
            widths=widths,
            right=right,
            measure=measure,
            headings=table.headings,
        )
    )


def _worded(table: TableData, identifier: str) -> str:
    """A group's ID after its level's word (TableData.id_word: 「柱1」, 「基本目標Ⅰ」) where the
    table's IDs are titled ID and numbered so; "" otherwise."""
    if not table.id_word or table.headers[0] != ID_TITLE:
        return ""
    worded = worded_number(table.id_word, identifier)
    return worded if worded != identifier else ""


def _write_stacked(table: TableData, shown: list[int], console: Console, measure: Measure) -> None:
    """One block per row: its first text cell with the second's value ("ID 1-1-1① 電子申請",
    a level's group by the level's word, "情報化政策1 区民の力を活かす情報化": _worded; beside
    a body, labelled: "団体 青葉市  ID 1-1"), its other text cells indented,
    then its numbers as "◎ 4  ○ 12  …" packed into indented lines that fit."""
    from rich.text import Text

    from planeval.report.box_widths import TEXT_MIN, WHOLE_UP_TO
    from planeval.report.cell_folds import folded_file, is_file_name
    from planeval.report.fold import folded
    from planeval.report.issue_list import BODY_HEADER

    def say(line: str) -> None:
        """The line folded to the width by characters (Japanese has no spaces to break at;
        a file's name between its parts), every line after its first indented under its row,
        a cell's own breaks too."""
        first, width = max(console.width, TEXT_MIN), max(console.width - _HANGING, TEXT_MIN)
        head, *rest = line.split("\n")
        fold = folded_file if is_file_name(head) else folded
        pieces = fold(head, first, width, measure)
        pieces += [p for part in rest for p in folded(part, width, measure=measure)]
        for number, piece in enumerate(pieces):
            console.print(Text(piece if number == 0 else " " * _HANGING + piece), soft_wrap=True)

    for line in table.title.split("\n") if table.title else ():  # (a heading per line, as typed:
        say(line)  # 「情報化政策1 …」 then 「1-1 …」, neither indented under the other)
    # (a body's block led by its name, 「団体 原沢市  都道府県 岩手県」, the columns before it
    # beside: led by 「都道府県 岩手県」, 合計 — none — was indented under the last body's)
    if BODY_HEADER in (heads := [table.headers[column] for column in shown]):
        at = heads.index(BODY_HEADER)
        shown = [shown[at], *shown[:at], *shown[at + 1 :]]

    def fits(lead: str) -> bool:
        return "\n" not in lead and measure(lead) <= WHOLE_UP_TO

    # (an unlabelled second cell beside the first in every block or in none: validate's 提出状況
    # at 40 columns mixed 「部 財務部 提出済」 with 「部 生活文化政策部」 over 「状況 提出済」 —
    # review 87; a body's ID is labelled either way, 「団体 北海道札幌市  ID 1-1-1①」)
    leads = [row[shown[0]] for row in table.rows if len(shown) > 1 and row[shown[1]]]
    # (... and none beside a first cell naming its row itself, the issue list's 「1.1 市営住宅の
    # 見直し」: the description beside it read as the 取組項目's name — review 98)
    beside = all(map(fits, leads)) and not any(" " in lead for lead in leads)
    numbers = [c for c in shown if c in table.numeric]
    starts = _line_starts(table, numbers, console.width, measure)
    for index, row in enumerate(table.rows):
        if (heading := table.headings.get(index)) is not None:
            say(f"【{heading}】")  # (a line heading the rows below it, no row: review 166 #3)
        texts = [c for c in shown if c not in table.numeric and row[c]]
        if texts:
            first = [table.headers[texts[0]], row[texts[0]]]
            # (the total row says 合計, not 「ID 合計」; a count's 内数 line under its group,
            # 「うち重点」, its name alone, not 「名称 うち重点」)
            inner = texts[0] != shown[0] and first[0] == _NAME
            if row[texts[0]] in _TOTALS or inner:
                first = first[1:]
            elif texts[0] == shown[0] and (worded := _worded(table, row[texts[0]])):
                first = [worded]  # (「柱1」: the level's word, not 「ID 1」)
            labelled = table.headers[texts[0]] == BODY_HEADER
            if (
                texts[:2] == shown[:2]
                and (beside or (labelled and fits(row[texts[0]])))
                and _names(table, texts)
            ):
                second = texts.pop(1)
                if labelled:  # (a body's ID, labelled: 「団体
                    first += ["", table.headers[second]]  # 北海道札幌市 1-1」 read as a name)
                first.append(row[second])  # the name beside its ID (an ID, not a name)
            # (a row whose first cells are empty, an item under the project above: indented)
            say(("" if texts[0] == shown[0] else "  ") + " ".join(first))
        for column in texts[1:]:
            say(f"  {table.headers[column]} {row[column]}")
        if texts and numbers and not any(row[c] for c in numbers):
            # (a body no row was counted of: its labels alone said nothing; a 内数 line left
            # blank, its rows' marks not known, as the note under the table says)
            say("  （空欄）" if inner else "  未集計")
            continue
        line = ""
        for column, pair in _pairs(table, row, numbers).items():
            if line and column in starts:
                say(line)
                line = ""
            line = f"{line}  {pair}"
        if line:
            say(line)


def _pairs(table: TableData, row: Sequence[str], numbers: list[int]) -> dict[int, str]:
    """A row's counts by column, each with its status: 「◎ 4」, a share with its count (「◎ 4
    33.3%」 under the count's column), a status that is a number with its word and count,
    「達成度2：3件」, never 「2 3」 nor 「2：3」, whose numbers read alike (reviews 54, 189 #7;
    TableData.status_word); a count left blank in a
    box (compare's counts per body) as 0, never its label alone (「後退 1  対象外に変化 」:
    review 191 #5)."""
    pairs: dict[int, str] = {}
    for column in numbers:
        header, value = table.headers[column], row[column]
        if header == SHARE_HEADER and not value:
            continue  # (a うち重点 line's: its counts have no shares)
        value = value or "0"
        numbered = f"{table.status_word}{header}：{value}件"  # (「達成度1：1件」: review 189 #7)
        pair = numbered if header.isnumeric() else f"{header} {value}"
        if header == SHARE_HEADER and pairs:
            pairs[max(pairs)] += f"  {pair}"
        else:
            pairs[column] = pair
    return pairs


def _line_starts(table: TableData, numbers: list[int], width: int, measure: Measure) -> set[int]:
    """The columns whose counts start a line, the same in every row: a line breaks before a
    count where any row's would pass ``width`` (review 47 #2: policy 2's 「-（再掲） 0」 on its
    counts' line at 40 columns, policies 1 and 3's on a line of their own)."""
    rows = [_pairs(table, row, numbers) for row in table.rows if any(row[c] for c in numbers)]
    starts: set[int] = set()
    used = [0] * len(rows)
    for column in numbers:
        wanted = [measure(f"  {pairs[column]}") if column in pairs else 0 for pairs in rows]
        if any(u and u + w > width for u, w in zip(used, wanted, strict=True)):
            starts.add(column)
            used = [0] * len(rows)
        used = [u + w for u, w in zip(used, wanted, strict=True)]
    return starts


def _names(table: TableData, texts: list[int]) -> bool:
    """Whether the second text column names the first's row (a policy's 名称, an item's, a
    body's ID): given beside it unlabelled. In a table of counts (TableData.short) a column
    after the ID that is not 名称 is a count or a round (compare's 「A 2 → 1（▲1）」, rounds'
    「回 令和6年度」): unlabelled it read as the ID's (review 31: 「ID 1 2 → 1（▲1）」)."""
    from planeval.report.issue_list import BODY_HEADER

    second = table.headers[texts[1]]
    return not table.short or second == _NAME or table.headers[texts[0]] == BODY_HEADER


_HANGING = 4  # cells: the indent of a stacked row's lines after its first
_TOTALS = frozenset({"合計", "総計"})
_NAME = "名称"  # (a table of counts: its groups' names; views.py, tables.py)
