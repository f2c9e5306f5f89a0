"""The Word count table's columns (集計): their widths in mm and their titles' lines.

Each column is as wide as its widest value and its title on one line where all fit. Where
they do not, a title — a whole-phrase status, 次年度以降計画を見直す — breaks between its words
(「計画どおり」 over 「完了」, 「次年度以降」 over 「計画を」 over 「見直す」) in as few lines as
the room allows, else each as wide as its title's widest word (the xlsx export's rule); only
where not even that fits does each column take an even share of the room, its title broken
inside a word (review 21: Word broke 「計画どお／り完了」 and 「次年度以／降計画を／見直す」 in
columns a character too narrow), and the table is said not to fit: a portrait page's goes on a
landscape one (review 98: 「取組／中」「変／更・／中止」 in 11.8 mm). The lines are written with breaks, so
Word breaks a title where planeval measured it. A title is measured as it is folded, in
hundredths of a mm (review 23: 「未着手」 measured 9.525 mm wide was folded in 9.52, 「未着／手」,
in a column with room for it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from planeval.report.cell_wrap import script_changes, wrapping
from planeval.report.coded_bodies import coded_names
from planeval.report.docx_style import AUTOSPACE_MM, text_mm
from planeval.report.fold import folded_words, least_between_words
from planeval.report.tables import CountTable
from planeval.report.widths import widest, widest_word

_SCALE = 100  # a title is folded in hundredths of a mm
# the policy's number, names at least this wide, cell margins of the number columns
COUNT_ID_MM, COUNT_NAME_MIN_MM, COUNT_MARGIN_MM = 18, 30, 1.0
COUNT_SLACK_MM = 1.0  # (room for a renderer's rounding)


@dataclass(frozen=True, slots=True)
class CountLayout:
    """The count table's columns' widths in mm and its two header rows' texts: the first its
    labels', 件数's, each uncounted status's (over both rows) and 割合's, the second each
    counted status's and 計's, then each share's."""

    widths: list[float]
    top: list[str]
    below: list[str]
    fits: bool = True  # whether the number columns leave the names their least room


def count_layout(
    table: CountTable,
    room: float,
    *,
    word_up_to: float,
    by: str = "",
    codes: Mapping[str, str] | None = None,
    prefectures: Mapping[str, str] | None = None,
) -> CountLayout:
    """The count table in ``room`` mm: every number column as wide as its widest number
    (never broken over two lines) and its title (``count_widths``), written with its lines;
    the number's column as wide as its title's widest word (up to ``word_up_to``: 「基本方針番号」
    broke as 「基本方針番／号」 in 18 mm); a policy's name the rest, a body's name as wide as
    the longest; ``fits`` False where the names would have less than their least room (the
    table then goes on a landscape page: docx_export). ``by``: what the counts are by, before
    件数 and 割合 over them, 「達成度別の」 where their titles are bare numbers (review 130 #2).
    ``codes``: each body's 団体コード, in a column of its own first in a table of bodies
    (coded_bodies), as wide as the widest (review 133 #8: the docx alone had none); and
    ``prefectures``' 都道府県 after it where the list gives them (review 179 #4)."""
    heads, coded_rows = coded_names(table, codes or {}, prefectures)
    extra = 2 * COUNT_MARGIN_MM + COUNT_SLACK_MM
    leads = [  # (each column before the names: its title and width)
        (head, max(map(text_mm, (head, *(row[at] for row in coded_rows)))) + extra)
        for at, head in enumerate(heads[:-1])
    ]
    room -= sum(width for _head, width in leads)
    counted, uncounted = table.counted, table.uncounted
    labels = list(table.id_headers if table.named else table.id_headers[:1])
    texts = [row[2:] for row in table.text_rows()]
    shown = table.count_titles  # (「達成度1」, not 「1」 under 件数: review 125 #3)
    titles = [*shown, "計", *uncounted, *shown]  # (each number column's own)
    counts, shares = len(counted) + 1, len(uncounted) + len(counted) + 1  # (計 included)
    title = widest_word(labels[0], text_mm, up_to=word_up_to)
    number = max(COUNT_ID_MM, title + 2 * COUNT_MARGIN_MM + COUNT_SLACK_MM)
    numbers, titles_whole = count_widths(
        titles,
        texts,
        alike=(range(len(counted)), range(shares, len(titles))),  # statuses alike
        room=room - COUNT_NAME_MIN_MM - (number if table.named else 0),
        extra=extra,
        word_up_to=word_up_to,
    )
    if table.named:  # (titles over both header rows in two lines where the names gain)
        widths_before = [number, *numbers]
        ids = max(text_mm(line.shown_id) for line in table.rows)
        number, numbers = _spanning_in_two(
            [labels[0], *titles],
            [line.name for line in table.rows],
            widths_before,
            least=[
                ids + extra,
                *(widest(column, text_mm) + extra for column in zip(*texts, strict=True)),
            ],
            spanning=(0, *range(counts + 1, shares + 1)),
            room=room,
        )
        if number < widths_before[0]:
            labels[0] = title_lines(labels[0], number, extra)
    lines = [title_lines(t, w, extra) for t, w in zip(titles, numbers, strict=True)]
    top = [*labels, f"{by}件数", *[""] * len(counted), *lines[counts:shares]]
    top += [f"{by}割合（%）", *[""] * (len(counted) - 1)]
    below = [*[""] * len(labels), *lines[:counts], *[""] * len(uncounted), *lines[shares:]]
    rest = room - sum(numbers)
    if table.named:  # a policy's name: the rest of the width
        widths = [number, max(rest - number, COUNT_NAME_MIN_MM), *numbers]
    else:  # a body's name: as wide as the longest
        names = max(text_mm(line.shown_id) for line in table.rows) + 2 * COUNT_MARGIN_MM
        widths = [min(max(names + COUNT_SLACK_MM, COUNT_NAME_MIN_MM), rest), *numbers]
    # (many statuses, each a count and a share: more number columns than the page holds beside
    # the names — the policies' run off both edges, the bodies' squeezed to nothing)
    fits = rest - (number if table.named else 0) >= COUNT_NAME_MIN_MM - COUNT_SLACK_MM
    fits = fits and titles_whole  # (a title broken inside its words: the room is too little)
    if leads:
        widths = [*(width for _head, width in leads), *widths]
        top, below = [*(head for head, _width in leads), *top], [""] * len(leads) + below
    return CountLayout(widths, top, below, fits)


def _spanning_in_two(
    titles: Sequence[str],
    names: Sequence[str],
    widths: Sequence[float],
    *,
    least: Sequence[float],
    spanning: Sequence[int],
    room: float,
) -> tuple[float, list[float]]:
    """The label's and the number columns' ``widths``, those whose titles stand over both
    header rows (``spanning``: 「基本目標番号」, 「評価対象外」) narrowed to their titles broken
    between their words in two lines (no taller a header) — never below their values
    (``least``) — where that leaves the names (``names``, the rest of ``room``) fewer lines:
    枚方市's 基本目標名 printed in four lines beside a 評価対象外 on one (review 82)."""
    narrowed = list(widths)
    extra = 2 * COUNT_MARGIN_MM + COUNT_SLACK_MM
    for column in spanning:
        two = _between_words(titles[column], 2) + extra
        narrowed[column] = min(widths[column], max(two, least[column]))
    if _name_lines(names, room - sum(narrowed)) < _name_lines(names, room - sum(widths)):
        return narrowed[0], narrowed[1:]
    return widths[0], list(widths[1:])


def name_lines(name: str, width: float) -> str:
    """A policy's ``name`` in its column ``width`` mm wide, broken between its phrases where it
    takes more than one line (name_lines.phrases_on_lines): Word fills a line anywhere, and
    printed 「安全・安心なデジタル基／盤のまち」「効率的で質の高い行政の／まち」 (review 138 #5),
    as it printed Chapter 3's names before they were broken so."""
    from planeval.report.name_lines import phrases_on_lines

    room = width - 2 * COUNT_MARGIN_MM - COUNT_SLACK_MM
    return phrases_on_lines(name, room, text_mm)


def _name_lines(names: Sequence[str], width: float) -> int:
    """The lines the names take in a column ``width`` mm wide, as Word fills each line."""
    room = width - 2 * COUNT_MARGIN_MM - COUNT_SLACK_MM
    return sum(wrapping(name, text_mm).laid_out(room)[0] for name in names)


class CountWidths(NamedTuple):
    """The number columns' widths in mm, and whether each title is whole or broken between
    its words in them (False: each column its share of the room, a title broken inside)."""

    widths: list[float]
    titles_whole: bool = True


def count_widths(
    titles: Sequence[str],
    texts: Sequence[Sequence[str]],
    *,
    alike: Sequence[range],
    room: float,
    extra: float,
    word_up_to: float,
) -> CountWidths:
    """The count table's number columns, in mm: each as wide as its widest value and its
    title on one line (``titles``; ``texts``: the rows' values), the columns of each of
    ``alike`` (the counts, the percentages) as wide as one another, ``extra`` added to each.
    Where they would not fit ``room``, each title in two lines broken between its words, else
    three; else each as wide as its title's widest word (up to ``word_up_to``: the xlsx
    export's rule, widths.widest_word — 「取組中」 is never 「取組／中」); else each column its
    share of the room, never narrower than its values (``titles_whole`` False: the table is
    more than the room holds, a portrait page's goes on a landscape one, review 98)."""
    values = [max(text_mm(row[column]) for row in texts) for column in range(len(titles))]

    def sized(wanted: Sequence[float]) -> list[float]:
        widths = [max(value, title) for value, title in zip(values, wanted, strict=True)]
        for columns in alike:
            widest = max((widths[column] for column in columns), default=0.0)
            widths[columns.start : columns.stop] = [widest] * len(columns)
        return [width + extra for width in widths]

    whole = sized([_hundredths(title) / _SCALE for title in titles])
    if sum(whole) <= room:
        return CountWidths(whole)
    for lines in (2, 3):
        found = sized([_between_words(title, lines) for title in titles])
        if sum(found) <= room:
            return CountWidths(found)
    words = sized([widest_word(title, _measured, up_to=word_up_to) for title in titles])
    if sum(words) <= room:
        return CountWidths(words)
    share = [min(_hundredths(t) / _SCALE, room / len(titles) - extra) for t in titles]
    return CountWidths(sized(share), titles_whole=False)


def _between_words(title: str, lines: int) -> float:
    """The least width, in mm, at which ``title`` breaks between its words in at most
    ``lines`` lines (its width on one line where it cannot)."""
    measure = _hundredths
    least = measure(title) / lines
    # (a line's width is some run of the title's: only those widths are tried, least first)
    runs = {measure(title[i:j]) for i in range(len(title)) for j in range(i + 1, len(title) + 1)}
    found = least_between_words(title, lines, sorted(w for w in runs if w >= least), measure)
    return (found if found is not None else measure(title)) / _SCALE


def title_lines(title: str, width: float, extra: float) -> str:
    """``title`` as it is written in a column ``width`` mm wide (``extra`` of it margins): its
    lines, broken where it breaks best, joined by line breaks."""
    return "\n".join(folded_words(title, round((width - extra) * _SCALE), _hundredths))


def folded_titles(titles: Sequence[str], widths: Sequence[float], extra: float) -> list[str]:
    """A table's header ``titles`` each as written in its column (``widths`` mm, ``extra`` of
    each its margins): on one line where it fits, else broken between its words (title_lines):
    Chapter 3's 「情報化計画事業の体系」 in a column a character short was broken by Word
    anywhere, 「情報化計画事業の体／系」, and is written 「情報化計画事業の」 over 「体系」."""
    return [title_lines(t, w, extra) for t, w in zip(titles, widths, strict=True)]


def _measured(text: str) -> float:
    """The width of ``text`` in mm as a title is folded (title_lines: in hundredths)."""
    return _hundredths(text) / _SCALE


def _hundredths(text: str) -> int:
    """The width of ``text`` in hundredths of a mm, each character's rounded: a line's is
    the sum of its characters' (as fold adds them up) and of the space Word sets where a kanji
    meets a digit (review 117 N8: 「実績値（令和6年度）」, measured without it, was left on
    one line in a column it did not fit, and Word broke it 「実績値（令和6年／度）」)."""
    letters = sum(round(text_mm(character) * _SCALE) for character in text)
    return letters + round(AUTOSPACE_MM * _SCALE) * script_changes(text)
