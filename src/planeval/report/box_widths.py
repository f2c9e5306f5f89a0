"""The widths of a box's columns on a terminal (terminal.py draws it): numbers, IDs and
statuses whole, each header in as few lines as the room allows and broken between its words
where it can (「計画どおり」 over 「完了」), a file's name between its parts, the names given
the rest as makes the table fewest lines (one more where that keeps a katakana word or a short
text whole);
None where the table cannot fit without cutting a number (one block per row)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planeval.report.fold import Measure
    from planeval.report.render import TableData

WHOLE_UP_TO = 12  # cells: a column no wider than this (IDs, statuses) is never wrapped
TEXT_MIN = 10  # cells: the narrowest a text column is made before stacking instead
_NAME_UP_TO = 30  # cells: a body's name (団体, first) is given whole up to this
_COUNT = re.compile(r"[0-9][0-9,]*")
_BRACKETS = frozenset("（(【[「")


def _unbroken(header: str, measure: Measure) -> int:
    """The widest part of a header that never breaks: a bracketed word (「（再掲）」「（%）」) or
    a Latin one; Japanese breaks wherever breaks.py finds any break but inside a word: 「計画
    ど／おり」, never 「前／回」 (review 31: compare's header at 40 columns)."""
    from planeval.report.widths import header_words

    return max(
        (
            measure(word)
            if word[0] in _BRACKETS or word.isascii()
            else _widest_piece(word, measure)
            for word in header_words(header)
            if not word.isspace()
        ),
        default=1,
    )


def _widest_piece(word: str, measure: Measure) -> int:
    """The widest piece of a Japanese ``word`` cut at every break but one inside a word
    (breaks.ranks' INSIDE): a two-kanji word whole, 「前回」."""
    from planeval.report.breaks import INSIDE, TOKENS, ranks

    parts = TOKENS.findall(word)
    found: list[str] = []
    for part, rank in zip(parts, ranks(parts), strict=True):
        if found and (rank is None or rank == INSIDE):
            found[-1] += part
        else:
            found.append(part)
    return max(map(measure, found), default=1)


def column_widths(
    table: TableData, shown: list[int], width: int, measure: Measure
) -> list[int] | None:
    """The width of each shown column inside its box, or None when the table cannot fit
    ``width`` without cutting a number, an ID or a status."""
    from planeval.report.fold import FILE_PARTS, between_words, folded_words, is_file_name
    from planeval.report.issue_list import BODY_HEADER

    def widest(texts: Iterable[str]) -> int:
        return max((measure(line) for text in texts for line in text.split("\n")), default=0)

    natural, least, whole, relaxed = [], [], [], []
    for column in shown:
        cells = [row[column] for row in table.rows if row[column]]
        values, header = widest(cells), widest([table.headers[column]])
        # (a count is whole, whatever its header: 「所管の取組内容」 over 14)
        counts = bool(cells) and all(_COUNT.fullmatch(cell) for cell in cells)
        keep = column in table.numeric or counts or max(values, header) <= WHOLE_UP_TO
        natural.append(max(values, header, 1))
        # a kept column's header may fold between its words, and inside a Japanese one (「所管の」
        # over 「指標」), never inside brackets (「（再」 over 「掲）」); its values never
        words = _unbroken(table.headers[column], measure)
        if keep:
            least.append(max(values, words, 1))
        elif cells and all(map(is_file_name, cells)):  # (folded between its parts only)
            parts = widest(part.rstrip() for cell in cells for part in FILE_PARTS.findall(cell))
            least.append(min(max(values, header), max(parts, TEXT_MIN)))
        else:
            least.append(min(max(values, header), TEXT_MIN))
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
        from planeval.past_errors import PARTLY_MARK

        # (the name before a header's words: 「（再／掲）」, a body's own whole: 「さいたま市
        # （政令指定都市）」; but folded before planeval's mark, 「川辺崎市」 over 「（一部未集
        # 計）」, before a header is broken 「（対象／外）」: review 29)
        names = [row[shown[0]] for row in table.rows if row[shown[0]]]
        pieces = [part for name in names for part in name.split(PARTLY_MARK)] + [PARTLY_MARK]
        fold = max(measure(piece) for piece in pieces)
        if wanted > room - sum(widths[1:]) and fold > room - sum(widths[1:]):
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

    for lines in (2, 3):
        trial = headers_in(lines)
        for index in texts:
            trial[index] = max(trial[index], natural[index])
        if sum(trial) <= room:
            _share_out(trial, natural, kept, room, evenly=True)
            return tight(trial)
    _balanced(widths, kept, headers, natural, room, measure)
    _share_out(widths, natural, kept, room, evenly=True)
    widths = tight(widths)
    # the room left to the text columns as makes the table fewest lines (_best_share)
    columns = [[row[column] for row in table.rows] for column in shown]
    _best_share(widths, natural, texts, room, (headers, columns), measure)
    return widths


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


FOLDS_UP_TO = 4000  # cells folded at most to find the text columns' best widths
LAYOUTS_UP_TO = 100_000  # ways of sharing the room tried at most, times the rows
# lines a table is made longer at most to keep its katakana words whole: a director reads
# 「ペーパーレ／ス化」 as a misprint, and a table a line longer as none; more lines are a
# longer table (review 31: fewest lines first)
KANA_LINES_UP_TO = 1
# a text no wider than this (eight wide characters: 「備蓄物資整備事業」) broken over two lines is
# weighed as a katakana word broken: a short name reads as one word (review 82)
SHORT_UP_TO = 16


def _best_share(
    widths: list[int],
    natural: list[int],
    columns: list[int],
    room: int,
    table: tuple[list[str], list[list[str]]],
    measure: Measure,
) -> None:
    """Share the room left among ``columns`` (text ones; ``table``: each column's header and
    its cells by row) as makes the table fewest lines (its header and each row as tall as
    its tallest cell), up to
    KANA_LINES_UP_TO more where that breaks runs of katakana, or short texts (SHORT_UP_TO:
    「備蓄物資整備／事業」), fewer times (「ペーパーレ／ス化」 in 11 cells, whole in 12 beside a
    課題 a cell narrower), then fewest cells with
    any word broken inside (「都市整備部建築指／導課」), then nearest the even share
    (``_share_out``): the issue list at 80 columns folded its 課題 in 10 cells beside 出典
    given as much (review 31). The even share where there are too many ways to try."""
    from itertools import product

    from planeval.report.fold import (
        between_words,
        folded,
        folded_file,
        folded_words,
        is_file_name,
        katakana_breaks,
    )

    headers, cells = table
    fixed = max(
        (
            len(folded_words(h, w, measure))
            for i, (h, w) in enumerate(zip(headers, widths, strict=True))
            if i not in columns
        ),
        default=1,
    )  # (the whole columns' headers: as tall at every share)
    even = list(widths)
    _share_out(even, natural, columns, room)
    left = room - sum(widths)
    rows = len(cells[0]) if cells else 0
    spans = [range(widths[i], min(natural[i], widths[i] + left) + 1) for i in columns]
    ways = 1
    for span in spans:
        ways *= len(span)
    if not rows or ways * rows > LAYOUTS_UP_TO or rows * sum(map(len, spans)) > FOLDS_UP_TO:
        widths[:] = even
        return

    def cost(text: str, width: int) -> tuple[int, int, int]:
        """A cell's lines at ``width``; 1 where a word of it is broken inside; how many
        times a run of katakana is."""
        if measure(text) <= width and "\n" not in text:
            return 1, 0, 0
        lines, broken, kana = 0, 0, 0
        for part in text.split("\n"):
            file = is_file_name(part)
            folds = (folded_file if file else folded)(part, width, None, measure)
            lines += len(folds)
            broken |= not file and not between_words(part, folds)
            kana += 0 if file else katakana_breaks(part, folds)
            kana += not file and len(folds) > 1 and measure(part) <= SHORT_UP_TO
        return lines, broken, kana

    costs = [
        {w: [cost(text, w) for text in cells[i]] for w in span}
        for i, span in zip(columns, spans, strict=True)
    ]
    tall = [
        {w: len(folded_words(headers[i], w, measure)) for w in span}
        for i, span in zip(columns, spans, strict=True)
    ]
    layouts: list[tuple[int, int, int, int, list[int]]] = []
    for trial in product(*spans):
        if sum(trial) - sum(widths[i] for i in columns) > left:
            continue
        each = list(zip(*(found[w] for found, w in zip(costs, trial, strict=True)), strict=True))
        lines = sum(max(c[0] for c in row) for row in each)
        lines += max([fixed, *(t[w] for t, w in zip(tall, trial, strict=True))])
        broken = sum(c[1] for row in each for c in row)
        kana = sum(c[2] for row in each for c in row)
        shape = [*widths]
        for index, width in zip(columns, trial, strict=True):
            shape[index] = width
        away = sum(abs(a - b) for a, b in zip(shape, even, strict=True))
        layouts.append((kana, lines, broken, away, shape))
    fewest = min((layout[1] for layout in layouts), default=0)
    within = [layout for layout in layouts if layout[1] <= fewest + KANA_LINES_UP_TO]
    widths[:] = min(within, key=lambda layout: layout[:4])[4] if within else even
    _share_out(widths, natural, columns, room)
