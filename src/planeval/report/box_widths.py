"""The widths of a box's columns on a terminal (terminal.py draws it): numbers, IDs and
statuses whole, each header in as few lines as the room allows and broken between its words
where it can (「計画どおり」 over 「完了」), a file's name between its parts, the names given
the rest as makes the table fewest lines (one more where that keeps a katakana word or a short
text whole);
None where the table cannot fit without cutting a number (one block per row)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from planeval.report.fold import Measure
    from planeval.report.render import TableData

WHOLE_UP_TO = 12  # cells: a column no wider than this (IDs, statuses) is never wrapped
TEXT_MIN = 10  # cells: the narrowest a text column is made before stacking instead
_NAME_UP_TO = 30  # cells: a body's name (団体, first) is given whole up to this
_COUNT = re.compile(r"[0-9][0-9,]*")


def column_widths(
    table: TableData, shown: list[int], width: int, measure: Measure
) -> list[int] | None:
    """The width of each shown column inside its box, or None when the table cannot fit
    ``width`` without cutting a number, an ID or a status."""
    from planeval.report.fold import FILE_PARTS, between_words, folded_words, is_file_name
    from planeval.report.issue_list import BODY_HEADER
    from planeval.report.word_widths import name_words, unbroken

    def widest(texts: Iterable[str]) -> int:
        return max((measure(line) for text in texts for line in text.split("\n")), default=0)

    natural, least, whole, relaxed, files = [], [], [], [], []
    for column in shown:
        cells = [row[column] for row in table.rows if row[column]]
        values, header = widest(cells), widest([table.headers[column]])
        # (a count is whole, whatever its header: 「所管の取組内容」 over 14)
        counts = bool(cells) and all(_COUNT.fullmatch(cell) for cell in cells)
        keep = column in table.numeric or counts or max(values, header) <= WHOLE_UP_TO
        natural.append(max(values, header, 1))
        # a kept column's header may fold between its words, and inside a Japanese one (「所管の」
        # over 「指標」), never inside brackets (「（再」 over 「掲）」); its values never
        words = unbroken(table.headers[column], measure)
        files.append(not keep and bool(cells) and all(map(is_file_name, cells)))
        if keep:
            least.append(max(values, words, 1))
        elif files[-1]:  # (folded between its parts only)
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
    # (the whole columns' headers in two lines, broken between their words, where they fit)
    taller = tight(headers_in(2))
    _balanced(widths, kept, headers, natural, room, measure)
    _share_out(widths, natural, kept, room, evenly=True)
    widths = tight(widths)
    # the room left to the text columns as makes the table fewest lines (_best_share)
    columns = [[row[column] for row in table.rows] for column in shown]
    starts = [widths] if taller == widths or sum(taller) > room else [widths, taller]
    # (where too many ways to share are to be tried: a name's words whole in the even share)
    named = {i: min(natural[i], name_words(columns[i], measure)) for i in texts if not files[i]}
    return _best_share(starts, natural, texts, room, (headers, columns), measure, words=named)


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
    starts: Sequence[list[int]],
    natural: list[int],
    columns: list[int],
    room: int,
    table: tuple[list[str], list[list[str]]],
    measure: Measure,
    *,
    words: dict[int, int],
) -> list[int]:
    """The widths that share the room left among ``columns`` (text ones; ``table``: each
    column's header and its cells by row) as makes the table fewest lines (its header and
    each row as tall as its tallest cell), up to
    KANA_LINES_UP_TO more where that breaks runs of katakana, short texts (SHORT_UP_TO:
    「備蓄物資整備／事業」) or names inside a word (word_widths.broken_inside: 「交通安／全教室」,
    「未提出（令／和4年度」, review 84) fewer times (「ペーパーレ／ス化」 in 11 cells, whole in
    12 beside a 課題 a cell narrower), then fewest cells with any word broken inside
    (「都市整備部建築指／導課」), then nearest the even share (``_share_out``, each text given
    its names' ``words`` from the others: ``evened``): the issue list at 80 columns folded its
    課題 in 10 cells beside 出典 given as much (review 31). ``starts``: the widths the texts are
    shared from, the whole columns' headers given fewer lines in the first (_balanced) than in
    the others (in two lines), where the texts then have fewer lines in all (review 84:
    「取組み結果」 on one line left each 今後の方向性 three lines). The first's even share where
    there are too many ways to try."""
    from itertools import product
    from math import prod

    from planeval.report.fold import (
        between_words,
        folded,
        folded_file,
        folded_words,
        is_file_name,
        katakana_breaks,
    )
    from planeval.report.word_widths import broken_inside

    headers, cells = table

    def cost(text: str, width: int) -> tuple[int, int, int, int]:
        """A cell's lines at ``width``; 1 where a word of it is broken inside; how many
        times a run of katakana is; 1 where it is a name broken inside a word."""
        if measure(text) <= width and "\n" not in text:
            return 1, 0, 0, 0
        lines, broken, kana, inside = 0, 0, 0, 0
        for part in text.split("\n"):
            file = is_file_name(part)
            folds = (folded_file if file else folded)(part, width, None, measure)
            lines += len(folds)
            broken |= not file and not between_words(part, folds)
            kana += 0 if file else katakana_breaks(part, folds)
            kana += not file and len(folds) > 1 and measure(part) <= SHORT_UP_TO
            inside |= not file and broken_inside(part, folds, measure)
        return lines, broken, kana, inside

    def plain(start: list[int]) -> list[int]:
        """The even share (``_share_out``) of the room left."""
        even = list(start)
        _share_out(even, natural, columns, room)
        return even

    def evened(start: list[int]) -> list[int]:
        """The even share (``_share_out``), each text then widened to its names' ``words``
        from the widest text with room to spare above its own (long texts, which wrap
        anyway, or places in files)."""
        even = plain(start)
        wanted = {i: max(words.get(i, 0), start[i]) for i in columns}
        for index in sorted(columns, key=lambda i: wanted[i] - even[i]):
            while even[index] < wanted[index]:
                spare = [i for i in columns if even[i] > wanted[i]]
                if not spare:
                    break
                donor = max(spare, key=lambda i: even[i])
                even[donor], even[index] = even[donor] - 1, even[index] + 1
        return even

    rows = len(cells[0]) if cells else 0
    evens = [evened(widths) for widths in starts]
    if not rows:
        return evens[0]
    spans = [
        [range(w[i], min(natural[i], w[i] + room - sum(w)) + 1) for i in columns] for w in starts
    ]
    # (each start's every share weighed where they are few enough, the first's at least)
    few = [
        prod(map(len, each)) * rows <= LAYOUTS_UP_TO and rows * sum(map(len, each)) <= FOLDS_UP_TO
        for each in spans
    ]
    trials: list[Iterable[tuple[int, ...]]]
    if few[0]:
        trials = [product(*each) if fit else () for each, fit in zip(spans, few, strict=True)]
        sample = list(range(rows))
    else:  # (too many ways: the first's even share, with and without the names' words)
        trials = [[tuple(w[i] for i in columns) for w in (plain(starts[0]), evens[0])]]
        taken = max(1, min(rows, FOLDS_UP_TO // (2 * len(columns))))
        sample = [row * rows // taken for row in range(taken)]
    costs: dict[tuple[int, int], list[tuple[int, int, int, int]]] = {}  # (a column at a width)
    layouts: list[_Layout] = []
    for number, (widths, tried) in enumerate(zip(starts, trials, strict=False)):
        fixed = max(
            (
                len(folded_words(h, w, measure))
                for i, (h, w) in enumerate(zip(headers, widths, strict=True))
                if i not in columns
            ),
            default=1,
        )  # (the whole columns' headers: as tall at every share)
        for trial in tried:
            if sum(trial) - sum(widths[i] for i in columns) > room - sum(widths):
                continue
            for i, w in zip(columns, trial, strict=True):
                if (i, w) not in costs:
                    costs[i, w] = [cost(cells[i][row], w) for row in sample]
            chosen = [costs[i, w] for i, w in zip(columns, trial, strict=True)]
            each = list(zip(*chosen, strict=True))
            lines = sum(max(c[0] for c in row) for row in each)
            tall = [
                folded_words(headers[i], w, measure) for i, w in zip(columns, trial, strict=True)
            ]
            lines += max([fixed, *map(len, tall)])
            broken = sum(c[1] for row in each for c in row)
            kana = sum(c[2] for row in each for c in row)
            inside = sum(c[3] for row in each for c in row)
            shape = [*widths]
            for index, width in zip(columns, trial, strict=True):
                shape[index] = width
            away = sum(abs(a - b) for a, b in zip(shape, evens[number], strict=True))
            layouts.append(_Layout(inside, kana, lines, broken, number, away, shape))
    return _chosen(layouts, evens[0], natural, columns, room)


class _Layout(NamedTuple):
    """A way of sharing the room among the texts, by what it costs, first to last."""

    inside: int  # names broken inside a word (word_widths.broken_inside)
    kana: int  # runs of katakana broken, short texts on two lines
    lines: int  # the table's, its header's with its rows'
    broken: int  # cells with a word broken inside
    start: int  # which of the starts it was shared from (the first, headers fewest lines)
    away: int  # cells from that start's even share
    widths: list[int]


def _chosen(
    layouts: list[_Layout], even: list[int], natural: list[int], columns: list[int], room: int
) -> list[int]:
    """Of ``layouts``, the one with fewest names broken inside a word, then katakana broken,
    within KANA_LINES_UP_TO lines of the fewest, then the rest in order (``_Layout``); what is
    left shared out."""
    fewest = min((layout.lines for layout in layouts), default=0)
    within = [layout for layout in layouts if layout.lines <= fewest + KANA_LINES_UP_TO]
    widths = list(min(within, key=lambda layout: layout[:6]).widths) if within else list(even)
    _share_out(widths, natural, columns, room)
    return widths
