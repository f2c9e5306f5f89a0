"""The room a terminal's box leaves its text columns shared among them (box_widths.py gives
the other columns theirs): every way weighed where they are few enough, by the names it
breaks inside a word, the katakana words and short texts it breaks, the table's lines, the
words it breaks at all; else the even share, with and without each name's words whole."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import permutations
from typing import TYPE_CHECKING, NamedTuple

from planeval.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from planeval.report.fold import Measure


def share_out(
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
# lines a table is made longer at most where folding its places (出典: 「政策／経営部.xlsx ›」, a
# column the clerk reads only to find a cell) between the words of their parts keeps the names'
# words whole: Setagaya's issue list at 80 columns broke 「ペーパーレ／ス会議」「情報セキュ／リティ」
# in 10 cells beside 出典's 17 (review 86)
REFERENCE_LINES_UP_TO = 2


def best_share(
    starts: Sequence[list[int]],
    natural: list[int],
    columns: list[int],
    room: int,
    table: tuple[list[str], list[list[str]]],
    measure: Measure,
    *,
    words: dict[int, int],
    places: dict[int, int] | None = None,
) -> list[int]:
    """The widths that share the room left among ``columns`` (text ones; ``table``: each
    column's header and its cells by row) as makes the table fewest lines (its header and
    each row as tall as its tallest cell), up to
    KANA_LINES_UP_TO more where that breaks runs of katakana, short texts (SHORT_UP_TO:
    「備蓄物資整備／事業」) or names inside a word (word_widths.broken_inside: 「交通安／全教室」,
    「未提出（令／和4年度」, review 84) fewer times (「ペーパーレ／ス化」 in 11 cells, whole in
    12 beside a 課題 a cell narrower), then fewest cells with any word broken inside
    (「都市整備部建築指／導課」), then nearest the even share (``share_out``, each text given
    its names' ``words`` from the others: ``evened``): the issue list at 80 columns folded its
    課題 in 10 cells beside 出典 given as much (review 31). ``starts``: the widths the texts are
    shared from, the whole columns' headers given fewer lines in the first (_balanced) than in
    the others (in two lines), where the texts then have fewer lines in all (review 84:
    「取組み結果」 on one line left each 今後の方向性 three lines). Each start's even share where
    there are too many ways to try. ``places``: a column of places in files (出典) and the
    width it may be folded to between its parts' words, given the names only where that
    breaks fewer of their words (inside a word, katakana) within REFERENCE_LINES_UP_TO lines
    of the fewest its parts whole make."""
    from itertools import product
    from math import prod

    from planeval.report.cell_folds import folded_file, is_file_name
    from planeval.report.fold import between_words, folded, folded_words, katakana_breaks
    from planeval.report.word_widths import bracket_breaks, broken_inside, is_name

    headers, cells = table

    def cost(text: str, width: int) -> tuple[int, int, int, int, int]:
        """A cell's lines at ``width``; 1 where a word of it is broken inside; how many
        times a run of katakana is; 1 where it is a name broken inside a word; 1 where it is
        a short text over two lines."""
        if measure(text) <= width and "\n" not in text:
            return 1, 0, 0, 0, 0
        lines, broken, kana, inside, shorts = 0, 0, 0, 0, 0
        for part in text.split("\n"):
            file = is_file_name(part)
            if file:
                folds = folded_file(part, width, None, measure)
            else:
                folds = folded(part, width, None, measure, name=is_name(part, measure))
            lines += len(folds)
            broken |= not file and not between_words(part, folds)
            kana += 0 if file else katakana_breaks(part, folds)
            short = not file and len(folds) > 1 and measure(part) <= SHORT_UP_TO
            shorts += short and not _between_parts(part, folds)
            shorts += 0 if file else bracket_breaks(part, folds)  # (「（施策6 →」: 181 #3)
            inside |= not file and broken_inside(part, folds, measure)
        return lines, broken, kana, inside, shorts

    def plain(start: list[int]) -> list[int]:
        """The even share (``share_out``) of the room left."""
        even = list(start)
        share_out(even, natural, columns, room)
        return even

    def evened(start: list[int]) -> list[int]:
        """The even share (``share_out``), each text then widened to its names' ``words``
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

    def spans_of(start: list[int]) -> list[range]:
        return [range(start[i], min(natural[i], start[i] + room - sum(start)) + 1) for i in columns]

    def fits(each: list[range]) -> bool:
        return (
            prod(map(len, each)) * rows <= LAYOUTS_UP_TO
            and rows * sum(map(len, each)) <= FOLDS_UP_TO
        )

    folds = places or {}
    bases = [[min(w[i], folds.get(i, w[i])) for i in range(len(w))] for w in starts]
    froms, spans = list(starts), [spans_of(w) for w in starts]
    # (each start's every share weighed where they are few enough, its places folded between
    # their words too where those ways are few as well; else its even share, with and without
    # the names' words, and its share by what each text holds, bettered a few cells at a time
    # (_descended): 東上野県's headers in two lines, 「基準値」 over 「（R3）」, were never
    # weighed beside the first's in one, the texts broken 「オン／ライン」 (review 201 #5)
    few = [fits(each) for each in spans]
    trials: list[Iterable[tuple[int, ...]]] = []
    for number, fit in enumerate(few):
        folded_too = spans_of(bases[number])
        if fit and bases[number] != starts[number] and fits(folded_too):
            spans[number], froms[number] = folded_too, bases[number]
        start = starts[number]
        content = () if fit else (by_content(start, natural, columns, room, cells, measure),)
        shares = (plain(start), evens[number], *content)
        trials.append(
            product(*spans[number]) if fit else [tuple(w[i] for i in columns) for w in shares]
        )
    taken = rows if all(few) else max(1, min(rows, FOLDS_UP_TO // (_TRIED * len(columns))))
    sample = [row * rows // taken for row in range(taken)]
    costs: dict[tuple[int, int], list[tuple[int, int, int, int, int]]] = {}  # (a column at a width)

    def weighed(number: int, trial: Sequence[int]) -> _Layout:
        """The layout of the texts at ``trial``'s widths, the others at start ``number``'s."""
        widths = froms[number]
        fixed = max(
            (
                len(folded_words(h, w, measure))
                for i, (h, w) in enumerate(zip(headers, widths, strict=True))
                if i not in columns
            ),
            default=1,
        )  # (the whole columns' headers: as tall at every share)
        for i, w in zip(columns, trial, strict=True):
            if (i, w) not in costs:
                costs[i, w] = [cost(cells[i][row], w) for row in sample]
        chosen = [costs[i, w] for i, w in zip(columns, trial, strict=True)]
        each = list(zip(*chosen, strict=True))
        lines = sum(max(c[0] for c in row) for row in each)
        tall = [folded_words(headers[i], w, measure) for i, w in zip(columns, trial, strict=True)]
        lines += max([fixed, *map(len, tall)])
        broken = sum(c[1] for row in each for c in row)
        runs = sum(c[2] for row in each for c in row)
        kana = runs + sum(c[4] for row in each for c in row)
        inside = sum(c[3] for row in each for c in row)
        shape = [*widths]
        for index, width in zip(columns, trial, strict=True):
            shape[index] = width
        away = sum(abs(a - b) for a, b in zip(shape, evens[number], strict=True))
        tight = any(shape[i] < starts[number][i] for i in folds)
        return _Layout(inside, kana, lines, broken, number, away, shape, tight, runs)

    layouts: list[_Layout] = []
    for number, (widths, tried) in enumerate(zip(froms, trials, strict=False)):
        for trial in tried:
            if sum(trial) - sum(widths[i] for i in columns) <= room - sum(widths):
                layouts.append(weighed(number, trial))
    most = [natural[i] for i in columns]
    for layout in list(layouts):  # (from each share: one's descent may end higher)
        if not few[layout.start]:
            least = [starts[layout.start][i] for i in columns]
            layouts += _descended(layout, least, most, weighed, columns)
    return _chosen(layouts, evens[0], natural, columns, room)


def by_content(
    start: list[int],
    natural: list[int],
    columns: list[int],
    room: int,
    cells: list[list[str]],
    measure: Measure,
) -> list[int]:
    """``start`` with the room left shared among ``columns`` (text ones) in proportion to what
    they hold (the cells of each, measured together), none below its start nor past its
    natural width: a column of a few short texts or a status with a label beside it
    (Setagaya's 達成状況 「○」) is not given as much as a column of long ones (review 201 #5:
    19 cells each at 80 columns, 課題等 broken 「新型コロナウイル」 over 「スワクチンの予防」)."""
    widths = list(start)
    held = {i: max(sum(measure(cell) for cell in cells[i]), 1) for i in columns}
    free = list(columns)
    while free:
        left = room - sum(widths[i] for i in range(len(widths)) if i not in free)
        total = sum(held[i] for i in free)
        wanted = {i: left * held[i] / total for i in free}
        low = [i for i in free if wanted[i] < start[i]]
        high = [i for i in free if wanted[i] > natural[i]]
        for index in low or high:
            widths[index] = start[index] if low else natural[index]
            free.remove(index)
        if not low and not high:
            for index in free:
                widths[index] = int(wanted[index])
            break
    share_out(widths, natural, columns, room)
    return widths


_TRIED = 8  # widths of each text column weighed at most where every way is too many to try
_STEPS = (4, 1)  # cells moved from one text column to another at a time (_descended)


def _score(layout: _Layout) -> float:
    """A layout's cost as one number, for _descended: a line, a katakana word or short text
    broken, a name broken inside a word weighed alike, a word broken at all a tenth of one."""
    return layout.lines + layout.kana + layout.inside + layout.broken / 10


def _descended(
    best: _Layout,
    least: list[int],
    most: list[int],
    weighed: Callable[[int, Sequence[int]], _Layout],
    columns: list[int],
) -> list[_Layout]:
    """The layouts met moving a few cells (_STEPS) from one text column to another while that
    lowers the cost (_score), from ``best``, each column from ``least`` to ``most`` wide: a
    text holding long sentences widened from one whose cells are short. Each column is
    weighed at _TRIED widths at most (its cells folded at each: the cost)."""
    met: list[_Layout] = []
    seen = {index: {best.widths[column]} for index, column in enumerate(columns)}
    trial = [best.widths[column] for column in columns]
    current = _score(best)
    better = True
    while better:
        better = False
        for step in _STEPS:
            for to, away in permutations(range(len(columns)), 2):
                moved = list(trial)
                moved[to], moved[away] = moved[to] + step, moved[away] - step
                if moved[to] > most[to] or moved[away] < least[away]:
                    continue
                if any(moved[i] not in seen[i] and len(seen[i]) >= _TRIED for i in (to, away)):
                    continue
                seen[to].add(moved[to])
                seen[away].add(moved[away])
                layout = weighed(best.start, moved)
                met.append(layout)
                if _score(layout) < current:
                    trial, current, better = moved, _score(layout), True
    return met


class _Layout(NamedTuple):
    """A way of sharing the room among the texts, by what it costs, first to last."""

    inside: int  # names broken inside a word (word_widths.broken_inside)
    kana: int  # runs of katakana broken, short texts on two lines
    lines: int  # the table's, its header's with its rows'
    broken: int  # cells with a word broken inside
    start: int  # which of the starts it was shared from (the first, headers fewest lines)
    away: int  # cells from that start's even share
    widths: list[int]
    folds: bool = False  # places folded between their parts' words (best_share's ``places``)
    runs: int = 0  # runs of katakana broken (of ``kana``)


def _chosen(
    layouts: list[_Layout], even: list[int], natural: list[int], columns: list[int], room: int
) -> list[int]:
    """Of ``layouts``, the one with fewest names broken inside a word, then katakana broken,
    within KANA_LINES_UP_TO lines of the fewest, then the rest in order (``_Layout``); else one
    folding places between their words that breaks fewer names inside a word, or else fewer
    runs of katakana (a short text over two lines is no word broken), within
    REFERENCE_LINES_UP_TO lines of the fewest with places whole; what is left shared out."""
    whole = [layout for layout in layouts if not layout.folds]
    fewest = min((layout.lines for layout in whole or layouts), default=0)
    within = [layout for layout in whole if layout.lines <= fewest + KANA_LINES_UP_TO]
    best = min(within, key=lambda layout: layout[:6]) if within else None
    folding = [
        layout
        for layout in layouts
        if layout.folds
        and layout.lines <= fewest + REFERENCE_LINES_UP_TO
        and (best is None or (layout.inside, layout.runs) < (best.inside, best.runs))
    ]
    if folding:
        best = min(folding, key=lambda layout: (layout.inside, layout.runs, *layout[1:6]))
    widths = list(best.widths) if best is not None else list(even)
    share_out(widths, natural, columns, room)
    return widths


def _between_parts(text: str, folds: list[str]) -> bool:
    """Whether a place in the file named above the table (「施策評価 › C5」) is broken only
    after its 「›」, as a file's name is between its parts: no short text broken (羽村市's issue
    list at 80 columns gave 「次年度以降／計画を／見直す」 three lines to keep it on one)."""
    return (
        len(folds) == 2
        and folds[0].endswith((" ›", " >"))
        and f"{folds[0]} {folds[1]}" == text
        and _CELL.fullmatch(folds[1]) is not None
    )


_CELL = LazyPattern(r"[A-Z]{1,3}[0-9]+")  # (a cell's name: C5)
