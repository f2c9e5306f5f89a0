"""Tables on a terminal (render.write_tables' rich format): a box whose columns are given
widths that fit the console, each cell folded between Japanese characters (fold.py) and drawn
by box.py; a table that cannot fit without cutting a number, an ID or a status is written one
block per row instead."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from planeval.report.render import SHARE_HEADER, TableData, for_stream

if TYPE_CHECKING:
    from rich.console import Console

    from planeval.report.fold import Measure


def write_rich(tables: Sequence[TableData], console: Console) -> None:
    """Each table as a box when it fits the console; otherwise one block per row (numbers
    are never cut, folded or dropped to make a table fit)."""
    from planeval.report.fold import console_measure, folded_cells

    measure = console_measure(console.file)
    for table in tables:
        table = for_stream(table, console.encoding)
        shown = [
            column
            for column in range(len(table.headers))
            if not table.rows or any(row[column] for row in table.rows)
        ]  # a column no row uses is left out on a terminal (kept in every other format)
        widths = _column_widths(table, shown, console.width, measure)
        if widths is None:
            _write_stacked(table, shown, console, measure)
        else:
            table = folded_cells(table, shown, widths, measure)
            _write_box(table, shown, widths, console, measure)


_WHOLE_UP_TO = 12  # cells: a column no wider than this (IDs, statuses) is never wrapped
_TEXT_MIN = 10  # cells: the narrowest a text column is made before stacking instead
_NAME_UP_TO = 30  # cells: a body's name (団体, first) is given whole up to this
_COUNT = re.compile(r"[0-9][0-9,]*")
_BRACKETS = frozenset("（(【[「")


def _unbroken(header: str, measure: Measure) -> int:
    """The widest part of a header that never breaks: a bracketed word (「（再掲）」「（%）」) or
    a Latin one; Japanese breaks between any two characters."""
    from planeval.report.widths import header_words

    return max(
        (
            measure(word) if word[0] in _BRACKETS or word.isascii() else max(map(measure, word))
            for word in header_words(header)
            if not word.isspace()
        ),
        default=1,
    )


def _column_widths(
    table: TableData, shown: list[int], width: int, measure: Measure
) -> list[int] | None:
    """The width of each shown column inside its box, or None when the table cannot fit
    ``width`` without cutting a number, an ID or a status."""
    from planeval.report.fold import file_parts, folded_words, is_file_name
    from planeval.report.issue_list import BODY_HEADER

    def widest(texts: Iterable[str]) -> int:
        return max((measure(line) for text in texts for line in text.split("\n")), default=0)

    natural, least, whole, relaxed = [], [], [], []
    for column in shown:
        cells = [row[column] for row in table.rows if row[column]]
        values, header = widest(cells), widest([table.headers[column]])
        # (a count is whole, whatever its header: 「所管の取組内容」 over 14)
        counts = bool(cells) and all(_COUNT.fullmatch(cell) for cell in cells)
        keep = column in table.numeric or counts or max(values, header) <= _WHOLE_UP_TO
        natural.append(max(values, header, 1))
        # a kept column's header may fold between its words, and inside a Japanese one (「所管の」
        # over 「指標」), never inside brackets (「（再」 over 「掲）」); its values never
        words = _unbroken(table.headers[column], measure)
        if keep:
            least.append(max(values, words, 1))
        elif cells and all(map(is_file_name, cells)):  # (folded between its parts only)
            parts = widest(part for cell in cells for part in file_parts().findall(cell))
            least.append(min(max(values, header), max(parts, _TEXT_MIN)))
        else:
            least.append(min(max(values, header), _TEXT_MIN))
        relaxed.append(max(values, min(header, 4), 1) if keep else least[-1])  # (inside words)
        whole.append(keep)
    room = width - (len(shown) + 1) - 2 * len(shown)  # the box's lines and each cell's padding
    if sum(least) > room:
        return None
    if sum(natural) <= room:
        return natural
    widths = list(least)
    if table.headers[shown[0]] == BODY_HEADER and not whole[0]:
        # a body's name first, whole where it can be (「body_0001_島北／市」 beside a header
        # 「-（再掲）」 given 11 cells for one digit)
        wanted = max(min(natural[0], _NAME_UP_TO), widths[0])
        if wanted > room - sum(widths[1:]):  # (the name before a header's words: 「（再／掲）」)
            widths = [relaxed[i] if whole[i] else widths[i] for i in range(len(widths))]
        widths[0] = min(wanted, room - sum(widths[1:]))
    # Whole columns then get room for their headers in two lines, else three, and the text
    # columns (names) theirs whole, where both fit: a name is not folded to give 「◎ 割合（%）」
    # one line. Else the whole columns get their headers in two lines back first, and the
    # text columns share the rest. Whole columns are widened evenly, never the first of them
    # a cell more than the others (「A 割合」 beside 「C / 割合 / （%）」, review 20), and what is
    # left over goes to the names.
    kept = [index for index in range(len(widths)) if whole[index]]
    texts = [index for index in range(len(widths)) if not whole[index]]
    headers = [table.headers[column] for column in shown]

    def headers_in(lines: int) -> list[int]:
        return [
            max(widths[i], min(natural[i], -(-natural[i] // lines) + 1)) if whole[i] else widths[i]
            for i in range(len(widths))
        ]

    def tight(found: list[int]) -> list[int]:
        """Each whole column as narrow as keeps its header in as many lines: 「所管の取」 over
        「組内容」, not 「所管の取組内」 over 「容」 in 13 cells (the room left to the names)."""
        for index in kept:
            header, lines = headers[index], len(folded_words(headers[index], found[index], measure))
            while found[index] > least[index] and lines == len(
                folded_words(header, found[index] - 1, measure)
            ):
                found[index] -= 1
        return found

    for lines in (2, 3):
        trial = headers_in(lines)
        for index in texts:
            trial[index] = max(trial[index], natural[index])
        if sum(trial) <= room:
            _share_out(trial, natural, kept, room, evenly=True)
            return tight(trial)
    _share_out(widths, headers_in(2), kept, room, evenly=True)
    _share_out(widths, natural, kept, room, evenly=True)
    widths = tight(widths)
    _share_out(widths, natural, texts, room)
    return widths


def _share_out(
    widths: list[int], natural: list[int], columns: list[int], room: int, *, evenly: bool = False
) -> None:
    """Widen ``columns`` towards their natural widths in even steps while ``room`` lasts
    (``evenly``: only while every column still short can be given a cell more)."""
    while (left := room - sum(widths)) > 0:
        short = [i for i in columns if widths[i] < natural[i]]
        if not short or (evenly and left < len(short)):
            return
        share = max(left // len(short), 1)
        for index in short[:left]:
            widths[index] += min(share, natural[index] - widths[index], room - sum(widths))


def _write_box(
    table: TableData, shown: list[int], widths: list[int], console: Console, measure: Measure
) -> None:
    from planeval.report.box import Box

    rows = [[row[column] for column in shown] for row in table.rows]
    right = [column in table.numeric for column in shown]
    headers = [table.headers[column] for column in shown]
    console.print(Box(table.title, headers, rows, widths=widths, right=right, measure=measure))


def _write_stacked(table: TableData, shown: list[int], console: Console, measure: Measure) -> None:
    """One block per row: its first text cell with the second's value ("ID 1 区民の力を活かす
    情報化"; beside a body, labelled: "団体 青葉市  ID 1-1"), its other text cells indented,
    then its numbers as "◎ 4  ○ 12  …" packed into indented lines that fit."""
    from rich.text import Text

    from planeval.report.fold import folded, folded_file, is_file_name
    from planeval.report.issue_list import BODY_HEADER

    def say(line: str) -> None:
        """The line folded to the width by characters (Japanese has no spaces to break at;
        a file's name between its parts), every line after its first indented under its row,
        a cell's own breaks too."""
        first, width = max(console.width, _TEXT_MIN), max(console.width - _HANGING, _TEXT_MIN)
        head, *rest = line.split("\n")
        fold = folded_file if is_file_name(head) else folded
        pieces = fold(head, first, width, measure)
        pieces += [p for part in rest for p in folded(part, width, measure=measure)]
        for number, piece in enumerate(pieces):
            console.print(Text(piece if number == 0 else " " * _HANGING + piece), soft_wrap=True)

    for line in table.title.split("\n") if table.title else ():  # (a heading per line, as typed:
        say(line)  # 「情報化政策1 …」 then 「1-1 …」, neither indented under the other)
    for row in table.rows:
        texts = [c for c in shown if c not in table.numeric and row[c]]
        if texts:
            first = [table.headers[texts[0]], row[texts[0]]]
            if row[texts[0]] in _TOTALS:
                first = first[1:]  # (the total row says 合計, not 「ID 合計」)
            if (
                texts[:2] == shown[:2]
                and "\n" not in row[texts[0]]
                and measure(row[texts[0]]) <= _WHOLE_UP_TO
            ):
                second = texts.pop(1)
                if table.headers[texts[0]] == BODY_HEADER:  # (a body's ID, labelled: 「団体
                    first += ["", table.headers[second]]  # 北海道札幌市 1-1」 read as a name)
                first.append(row[second])  # the name beside its ID (an ID, not a name)
            # (a row whose first cells are empty, an item under the project above: indented)
            say(("" if texts[0] == shown[0] else "  ") + " ".join(first))
        for column in texts[1:]:
            say(f"  {table.headers[column]} {row[column]}")
        numbers = [c for c in shown if c in table.numeric]
        if texts and numbers and not any(row[c] for c in numbers):
            say("  未集計")  # (a body no row was counted of: its labels alone said nothing)
            continue
        pairs: list[str] = []
        for column in numbers:
            pair = f"{table.headers[column]} {row[column]}"
            if table.headers[column] == SHARE_HEADER and pairs:  # (a share with its count)
                pairs[-1] += f"  {pair}"
            else:
                pairs.append(pair)
        line = ""
        for pair in pairs:
            if line and measure(line) + 2 + measure(pair) > console.width:
                say(line)
                line = ""
            line = f"{line}  {pair}"
        if line:
            say(line)


_HANGING = 4  # cells: the indent of a stacked row's lines after its first
_TOTALS = frozenset({"合計", "総計"})
