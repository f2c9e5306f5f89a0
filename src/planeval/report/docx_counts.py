"""The Word count table's number columns (集計): their widths in mm and their titles' lines.

Each column is as wide as its widest value and its title on one line where all fit. Where
they do not, a title — a whole-phrase status, 次年度以降計画を見直す — breaks between its words
(「計画どおり」 over 「完了」, 「次年度以降」 over 「計画を」 over 「見直す」) in as few lines as
the room allows, and only where no such width fits does each column take an even share of the
room, its title broken inside a word (review 21: Word broke 「計画どお／り完了」 and 「次年度以／
降計画を／見直す」 in columns a character too narrow). The lines are written with breaks, so
Word breaks a title where planeval measured it."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.report.docx_style import text_mm
from planeval.report.fold import folded_words, least_between_words

_SCALE = 100  # a title is folded in hundredths of a mm


def count_widths(
    titles: Sequence[str],
    texts: Sequence[Sequence[str]],
    *,
    alike: Sequence[range],
    room: float,
    extra: float,
) -> list[float]:
    """The count table's number columns, in mm: each as wide as its widest value and its
    title on one line (``titles``; ``texts``: the rows' values), the columns of each of
    ``alike`` (the counts, the percentages) as wide as one another, ``extra`` added to each.
    Where they would not fit ``room``, each title in two lines broken between its words, else
    three; else each column its share of the room, never narrower than its values."""
    values = [max(text_mm(row[column]) for row in texts) for column in range(len(titles))]

    def sized(wanted: Sequence[float]) -> list[float]:
        widths = [max(value, title) for value, title in zip(values, wanted, strict=True)]
        for columns in alike:
            widest = max((widths[column] for column in columns), default=0.0)
            widths[columns.start : columns.stop] = [widest] * len(columns)
        return [width + extra for width in widths]

    whole = sized([text_mm(title) for title in titles])
    if sum(whole) <= room:
        return whole
    for lines in (2, 3):
        found = sized([_between_words(title, lines) for title in titles])
        if sum(found) <= room:
            return found
    return sized([min(text_mm(title), room / len(titles) - extra) for title in titles])


def _between_words(title: str, lines: int) -> float:
    """The least width, in mm, at which ``title`` breaks between its words in at most
    ``lines`` lines (its width on one line where it cannot)."""
    measure = _hundredths
    least = measure(title) / lines
    # (a line's width is some run of the title's: only those widths are tried, least first)
    runs = {measure(title[i:j]) for i in range(len(title)) for j in range(i + 1, len(title) + 1)}
    found = least_between_words(title, lines, sorted(w for w in runs if w >= least), measure)
    return found / _SCALE if found is not None else text_mm(title)


def title_lines(title: str, width: float, extra: float) -> str:
    """``title`` as it is written in a column ``width`` mm wide (``extra`` of it margins): its
    lines, broken where it breaks best, joined by line breaks."""
    return "\n".join(folded_words(title, round((width - extra) * _SCALE), _hundredths))


def _hundredths(text: str) -> int:
    """The width of ``text`` in hundredths of a mm, each character's rounded: a line's is
    the sum of its characters' (as fold adds them up)."""
    return sum(round(text_mm(character) * _SCALE) for character in text)
