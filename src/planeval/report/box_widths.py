"""The widths of a box's columns on a terminal (terminal.py draws it): numbers, IDs and
statuses whole, each header in as few lines as the room allows and broken between its words
where it can (「計画どおり」 over 「完了」), a file's name between its parts, the names given
the rest as makes the table fewest lines (one more where that keeps a katakana word, a short
text or a name's words whole: text_shares.py);
None where the table cannot fit without cutting a number (one block per row)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planeval.report.fold import Measure
    from planeval.report.render import TableData

WHOLE_UP_TO = 12  # cells: a column no wider than this (IDs, statuses) is never wrapped
TEXT_MIN = 10  # cells: the narrowest a text column is made before stacking instead
_NAME_UP_TO = 30  # cells: a body's name (団体, first) is given whole up to this
PLACE_LINES = 3  # lines: a place's file over two, its sheet › cell on a third (_place_width)
_COUNT = re.compile(r"[0-9][0-9,]*(?: → [0-9][0-9,]*（(?:[+▲±])[0-9][0-9,]*）)?")
# a status's header: its symbol and its label in brackets (「D（評価できない）」, 「-（再掲）」)
_STATUS_HEADER = re.compile(r"[^\s（]{1,4}（[^（）\s]+）")
Widths = list[int] | None


def column_widths(
    table: TableData, shown: list[int], width: int, measure: Measure
) -> list[int] | None:
    """The width of each shown column inside its box, or None when the table cannot fit
    ``width`` without cutting a number, an ID or a status."""
    from planeval.report.cell_folds import FILE_PARTS, is_file_name
    from planeval.report.fold import between_words, folded_words
    from planeval.report.issue_list import BODY_HEADER
    from planeval.report.text_shares import best_share, share_out
    from planeval.report.word_widths import name_words, part_words, unbroken

    def widest(texts: Iterable[str]) -> int:
        return max((measure(line) for text in texts for line in text.split("\n")), default=0)

    natural, least, whole, relaxed, files, parted = [], [], [], [], [], {}
    for column in shown:
        cells = [row[column] for row in table.rows if row[column]]
        values, header = widest(cells), widest([table.headers[column]])
        natural.append(max(values, header, 1))
        # (a cell of two figures, 「97.0%(小) 98.2%(中)」, is whole over two lines, each figure
        # on its own: it reserved its one line's 19 cells, the names left 15: review 166 #6)
        values = widest(part for cell in cells for part in figure_parts(cell))
        # (a count is whole, whatever its header: 「所管の取組内容」 over 14)
        # (and a count's change, compare's 「7 → 11（+4）」: never 「7 → 11」 over 「（+4）」)
        counts = bool(cells) and all(map(_COUNT.fullmatch, cells))
        keep = column in table.numeric or counts or max(values, header) <= WHOLE_UP_TO
        # a kept column's header may fold between its words, and inside a Japanese one (「所管の」
        # over 「指標」), never inside brackets (「（再」 over 「掲）」); its values never
        words = unbroken(table.headers[column], measure)
        files.append(not keep and bool(cells) and all(map(is_file_name, cells)))
        if keep:
            least.append(max(values, words, 1))
        elif files[-1]:  # (folded between its parts only)
            parts = widest(part.rstrip() for cell in cells for part in FILE_PARTS.findall(cell))
            least.append(min(max(values, header), max(parts, TEXT_MIN)))
            parted[len(least) - 1] = _place_width(cells, least[-1], max(values, header), measure)
        else:
            least.append(min(max(values, header), TEXT_MIN))
        relaxed.append(max(values, min(header, 4), 1) if keep else least[-1])  # (inside words)
        whole.append(keep)
    room = width - (len(shown) + 1) - 2 * len(shown)  # the box's lines and each cell's padding
    if sum(least) > room:
        return None
    if sum(natural) <= room:
        return natural
    full, natural = natural, _places_held(natural, whole, parted)

    def done(found: list[int]) -> list[int]:
        """``found`` with the room the texts leave given to the places (出典) they held."""
        share_out(found, full, list(parted), room)
        return found

    widths, shown_at = list(least), range(len(shown))
    if table.headers[shown[0]] == BODY_HEADER and not whole[0]:
        # a body's name first, whole where it can be (「body_0001_島北／市」 beside a header
        # 「-（再掲）」 given 11 cells for one digit)
        # (a reason after a name no row was counted of, 「岬町（別の年度の調査票のため）」, folded
        # after the name: it widened the column to 24 cells at 80 columns, the 名称 three lines
        # each — review 191 #6)
        names = max(map(measure, _name_pieces(table, shown, marks=False, reasons=False)))
        wanted = max(min(names, _NAME_UP_TO), widths[0])
        # (the name before a header's words: 「（再／掲）」, a body's own whole: 「さいたま市
        # （政令指定都市）」; but folded before planeval's mark, 「川辺崎市」 over 「（一部未集
        # 計）」, before a header is broken 「（対象／外）」: review 29)
        fold = max(measure(piece) for piece in _name_pieces(table, shown))
        if wanted > room - sum(widths[1:]) and fold > room - sum(widths[1:]):
            widths = [relaxed[i] if whole[i] else widths[i] for i in range(len(widths))]
        widths[0] = min(wanted, room - sum(widths[1:]))
        # every header whole where the names, folded before planeval's mark (and inside it
        # where it is longer), leave room for them: 「花瀬市」 over 「（別の年度の調査票のた」
        # 「め）」 beside 「未着手」, not 「未着／手」 beside a name column wider than any name
        # (review 137 #10)
        own = max(measure(piece) for piece in _name_pieces(table, shown, marks=False))
        whole_headers = [natural[i] if whole[i] else max(natural[i], widths[i]) for i in shown_at]
        whole_headers[0] = max(own, least[0])
        if own < natural[0] and sum(whole_headers) <= room:
            whole_headers[0] = min(natural[0], room - sum(whole_headers[1:]))
            return done(whole_headers)
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
            max(widths[i], _header_width(headers[i], natural[i], lines, measure))
            if whole[i]
            else widths[i]
            for i in range(len(widths))
        ]

    def tight(found: list[int]) -> list[int]:
        """Each whole column as narrow as keeps its header in as many lines, broken as well:
        「所管の」 over 「取組内容」, not 「所管の取組内」 over 「容」 in 13 cells (the room left
        to the names), nor 「所管の取」 over 「組内容」 (review 21)."""
        for index in kept:
            header = headers[index]
            lines = folded_words(header, found[index], measure)
            well = between_words(header, lines)
            while found[index] > least[index]:
                narrower = folded_words(header, found[index] - 1, measure)
                if len(narrower) != len(lines) or (well and not between_words(header, narrower)):
                    break
                found[index] -= 1
        return found

    found = _status_whole(table, shown, texts, (headers_in(2), natural), room, measure)
    if found is not None:
        return done(found)
    for lines in (2, 3):
        trial = headers_in(lines)
        for index in texts:
            trial[index] = max(trial[index], natural[index])
        if sum(trial) <= room:
            share_out(trial, natural, kept, room, evenly=True)
            return done(tight(trial))
    # (the whole columns' headers in two lines, broken between their words, where they fit)
    taller = tight(headers_in(2))
    _balanced(widths, kept, headers, natural, room, measure)
    share_out(widths, natural, kept, room, evenly=True)
    widths = tight(widths)
    # the room left to the text columns as makes the table fewest lines (text_shares.best_share)
    columns = [[row[column] for row in table.rows] for column in shown]
    starts = [widths] if taller == widths or sum(taller) > room else [widths, taller]
    # (where too many ways to share are to be tried: a name's words whole in the even share)
    named = {i: min(natural[i], name_words(columns[i], measure)) for i in texts if not files[i]}
    # (a column of places may be folded between its parts' words to keep the names' whole)
    places = {i: max(TEXT_MIN, part_words(columns[i], measure)) for i in texts if files[i]}
    return done(
        best_share(
            starts, natural, texts, room, (headers, columns), measure, words=named, places=places
        )
    )


def figure_parts(cell: str) -> list[str]:
    """A cell's figures where it holds several apart, 「97.0%(小) 98.2%(中)」 → each (every
    part a figure: indicator_values.is_figure; 「12,000 件」 is one); else the cell."""
    from planeval.report.indicator_values import is_figure

    parts = cell.split()
    return parts if len(parts) > 1 and all(map(is_figure, parts)) else [cell]


def _place_width(cells: list[str], least: int, most: int, measure: Measure) -> int:
    """The least width from ``least`` to ``most`` at which every place of ``cells`` folds
    between its parts in PLACE_LINES lines at most (「令和8_施策評価シート_」 over 「子ども未来
    部.xlsx ›」 over 「施策評価 › D10」)."""
    from planeval.report.cell_folds import folded_file

    return next(
        (
            width
            for width in range(least, most)
            if all(len(folded_file(cell, width, None, measure)) <= PLACE_LINES for cell in cells)
        ),
        most,
    )


def _places_held(natural: list[int], whole: list[bool], parted: dict[int, int]) -> list[int]:
    """``natural`` with each column of places in files (出典) no wider than folds its places
    in PLACE_LINES lines (_place_width) beside another text column: a clerk reads it only to
    find a cell, and the texts take the room (as table_widths gives a printed issue list's
    spare to its texts, _FREE). 北河内市's issues gave 出典 as many cells as 評価の理由 or
    more, each entry 11 lines at 80 columns and 5 at 110 (review 155 #4)."""
    texts = sum(1 for index, kept in enumerate(whole) if not kept and index not in parted)
    if not texts:
        return natural
    return [min(width, parted.get(index, width)) for index, width in enumerate(natural)]


def _status_whole(
    table: TableData,
    shown: list[int],
    texts: list[int],
    sizes: tuple[list[int], list[int]],
    room: int,
    measure: Measure,
) -> list[int] | None:
    """``widths`` with each status's header on one line (「D（評価できない）」, not 「D」 over
    「（評価」 over 「できない）」), and each label column whole (TableData.labels: compare's
    「評価できないから変化」, not 「評価／できないから／変化」, review 200 #4), and the names the
    rest, where they then break only between their phrases (「安全・安心なデジタル」 over
    「基盤のまち」) and inside no katakana word: a name is a line taller rather than a status's
    label broken (review 136 #5). ``sizes``: the widths with the headers in two lines, and
    each column's natural width. None where the names would break inside a word, or there is
    more than one text column (but the labels) to share."""
    from planeval.report.fold import between_words, folded, katakana_breaks
    from planeval.report.word_widths import is_name

    statuses = [
        at
        for at in range(len(shown))
        if _STATUS_HEADER.fullmatch(table.headers[shown[at]]) or shown[at] in table.labels
    ]
    texts = [at for at in texts if shown[at] not in table.labels]
    if len(texts) != 1 or not statuses or texts[0] in statuses:
        return None
    (widths, natural), (name,) = sizes, texts
    found = list(widths)
    for at in statuses:
        found[at] = natural[at]
    found[name] = room_left = room - sum(found) + found[name]
    if room_left >= natural[name] or room_left < widths[name]:
        return None
    for row in table.rows:
        text = row[shown[name]]
        for line in text.split("\n") if text else ():
            lines = folded(line, room_left, measure=measure, name=is_name(line, measure))
            if not between_words(line, lines) or katakana_breaks(line, lines):
                return None
    return found


def _name_pieces(
    table: TableData, shown: list[int], *, marks: bool = True, reasons: bool = True
) -> list[str]:
    """The bodies' names of the first column and planeval's marks after them, apart: 「川辺崎
    市」 and 「（一部未集計）」, and of a row with no numbers (a body no row was counted of,
    its mark why: past_errors.uncounted_why) 「花瀬市」 and 「（別の年度の調査票のため）」; a
    body's own 「さいたま市（政令指定都市）」 whole; without ``marks`` the names alone; without
    ``reasons`` the names, 「川辺崎市（一部未集計）」 whole, but no row's reason why."""
    from planeval.past_errors import PARTLY_MARK

    pieces = [PARTLY_MARK] if marks else []
    for row in table.rows:
        name = row[shown[0]]
        if PARTLY_MARK in name:
            pieces += name.split(PARTLY_MARK)[: None if marks else 1] if reasons else [name]
        elif name.endswith("）") and "（" in name and not any(row[c] for c in shown[1:]):
            at = name.rindex("（")
            pieces += [name[:at], name[at:]] if marks and reasons else [name[:at]]
        elif name:
            pieces.append(name)
    return pieces


def _header_width(header: str, natural: int, lines: int, measure: Measure) -> int:
    """The width a header takes in ``lines`` lines: the least at which it breaks only between
    its words (「計画どおり」 over 「完了」 in 10 cells, not 「計画どお」 over 「り完了」 in 8:
    review 21), else about its ``natural`` width shared out."""
    from planeval.report.fold import least_between_words

    least = -(-natural // lines)
    found = least_between_words(header, lines, range(least, natural + 1), measure)
    return found if found is not None else min(natural, least + 1)


def _balanced(
    widths: list[int],
    columns: list[int],
    headers: list[str],
    natural: list[int],
    room: int,
    measure: Measure,
) -> None:
    """Widen ``columns`` (whole ones) while ``room`` lasts: every tallest header together a
    line shorter while they all can be, then each header broken inside a word to where it
    breaks between its words, no taller (羽村市 at 80 columns: 「計画ど／おり／完了」 beside
    「次年度以降／計画を／見直す」, not beside 「次年度／以降／計画を／見直す」)."""
    from planeval.report.fold import between_words, folded_words

    def shape(index: int, width: int) -> tuple[int, bool]:
        lines = folded_words(headers[index], width, measure)
        return len(lines), between_words(headers[index], lines)

    def least(index: int, lines: int, *, well: bool = False) -> int | None:
        """The least width at which the header is at most ``lines`` tall (and ``well``
        broken), up to its natural width."""
        return next(
            (
                width
                for width in range(widths[index], natural[index] + 1)
                if (found := shape(index, width))[0] <= lines and (found[1] or not well)
            ),
            None,
        )

    while columns:
        tallest = max(shape(index, widths[index])[0] for index in columns)
        wanted = {i: least(i, tallest - 1) for i in columns if shape(i, widths[i])[0] == tallest}
        cost = sum((width or 0) - widths[i] for i, width in wanted.items())
        if None in wanted.values() or cost > room - sum(widths):
            break
        for index, width in wanted.items():
            widths[index] = width or widths[index]
    for index in sorted(columns, key=lambda i: -shape(i, widths[i])[0]):
        lines, well = shape(index, widths[index])
        found = None if well else least(index, lines, well=True)
        if found is not None and found - widths[index] <= room - sum(widths):
            widths[index] = found


def alike_widths(
    ready: Sequence[tuple[TableData, list[int]]], width: int, measure: Measure
) -> dict[tuple[str, ...], Widths]:
    """The widths of the tables of one run with the same columns (a chapter's table of each
    policy, columns_of), worked out once over all their rows: every box of them is given
    these, so that no column moves from one table to the next (review 201 #5: 達成状況 19
    cells in table 1-1, 10 in table 1-2 right under it)."""
    rows: dict[tuple[str, ...], list[Sequence[str]]] = {}
    first: dict[tuple[str, ...], tuple[TableData, list[int]]] = {}
    for table, shown in ready:
        key = columns_of(table, shown)
        first.setdefault(key, (table, shown))
        rows.setdefault(key, []).extend(table.rows)
    return {
        key: column_widths(table._replace(rows=rows[key]), shown, width, measure)
        for key, (table, shown) in first.items()
        if len(rows[key]) > len(table.rows)
    }


def columns_of(table: TableData, shown: list[int]) -> tuple[str, ...]:
    """What makes two tables' columns the same: their shown columns' places and headers."""
    return (*map(str, shown), *(table.headers[column] for column in shown))
