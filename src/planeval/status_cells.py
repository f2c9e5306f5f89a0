"""Each file's status cells as a read records them (StatusCells): how many held the scale's
symbols, and of the values that held none the labels its legend states, its titles' words and
the presets named for them — what own_scale.py, offered_words.py and survey_scales.py say of
the whole read. A file whose every status is the scale's records its count and words alone:
the module reading the order a line of the form lists values in (listed_statuses.py) is imported
only for a file with values unknown."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation as
# its class is made — StatusCells' 9 fields — on every run)
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from typing import NamedTuple

from planeval.model import Problem

REPORT_WORDS = ("policy", "direction", "project", "item", "status", "issue", "department")
# (Problem.kind of a notice of what a status cell holds, 「前進Ｂ（一部）」: said in the words its
# form titles its status and issue columns with, in_form_words)
FORM_WORDED = "form_worded"


class StatusCells(NamedTuple):
    """A file's status cells: how many held the scale's symbols, the labels its legend states
    of the others (「A：順調」), its titles' words (io.headers.column_words), the body it is of
    (read with --bodies), the presets its other values were said to be of and the values the
    scale knew, as typed (北原市's A and C beside its S: who rates in which, survey_scales.py)."""

    rated: int
    legend: dict[str, str]
    words: dict[str, str]
    body: str = ""
    presets: tuple[str, ...] = ()
    known: tuple[str, ...] = ()
    listed: tuple[str, ...] = ()  # (the order a line of the form lists the values in)
    left_out: frozenset[str] = frozenset()  # (those a note says are not counted)
    listed_at: str = ""  # (… and where that line is: 「file › sheet › cell」)


def file_statuses(
    problems: Sequence[Problem],
    rated: int,
    texts: Sequence[str],
    words: dict[str, str],
    body: str = "",
    *,
    known: Collection[str] = (),
    places: Sequence[str] = (),
) -> StatusCells:
    """One file's status cells: ``rated``, those the scale knew, and the labels its ``texts``
    state of the values it did not (a legend line), each with its remark (「評価できない(件数に
    含めない)」: legend_marks.py), with its titles' ``words``, its ``body``, the presets
    with_preset_hint named for its cells and the values the scale knew (``known``);
    ``places``: where each of ``texts`` is (the line listing the values named by it)."""
    from planeval.preset_fixes import named_presets

    values = {value for _, value in unknown_values(problems)}
    known = tuple(sorted(known))
    if not values:  # (the usual file: every status the scale's)
        return StatusCells(rated, {}, words, body, named_presets(problems), known)
    from planeval.legend_labels import stated_labels  # (values unknown only)
    from planeval.listed_statuses import left_out, listing

    # (and a dash the legend states, which the default scale took for its 再掲: review 48's
    # 「－：実績値が把握できないため評価できない（集計に含めない）」)
    legend = stated_labels(texts, {*values, "-"}, remarks=True)
    presets, (listed, at) = named_presets(problems), listing(texts, values)
    where = places[at] if 0 <= at < len(places) else ""
    left = left_out(texts, values)
    return StatusCells(rated, legend, words, body, presets, known, listed, left, where)


def tabled(cells: Mapping[str, "StatusCells"]) -> dict[str, "StatusCells"]:
    """The files of ``cells`` a table was read from (a rated row or a column's title): a memo
    among the replies (io/no_table.py's 「見出しらしい行もありません」) is no form, and gives neither the
    report's title nor its columns' words (review 192 #2: 「施策評価　集計メモ」 titled it hirakata's
    「施策評価」, its column 担当部 over the forms' 担当課)."""
    return {file: one for file, one in cells.items() if one.rated or one.words}


def unknown_values(problems: Sequence[Problem]) -> list[tuple[int, str]]:
    """Each error of a status cell holding no symbol of the scale: its index and the value."""
    from planeval.preset_fixes import UNKNOWN_VALUE  # (imported where a file's cells are asked)

    return [
        (index, found["text"])
        for index, problem in enumerate(problems)
        if problem.is_error and (found := UNKNOWN_VALUE.match(problem.message))
    ]


def agreed_words(given: Sequence[dict[str, str]]) -> dict[str, str]:
    """Of the report's words each of ``given`` (tables' or files' titles) gives, each word's
    title the most of them give; none where as many give another (no guess between two)."""
    words: dict[str, str] = {}
    present = {word for one in given for word in one}  # (most files: the issue column's alone)
    for word in REPORT_WORDS:
        if word not in present:
            continue
        titles = [one[word] for one in given if word in one]
        if titles.count(titles[0]) == len(titles):  # (all alike: most files' tables)
            words[word] = titles[0]
        elif (counted := Counter(titles).most_common(2))[1][1] < counted[0][1]:
            words[word] = counted[0][0]
    return words


def in_form_words(problems: Sequence[Problem], cells: Mapping[str, StatusCells]) -> list[Problem]:
    """``problems`` with each notice of what a status cell holds (FORM_WORDED) calling the
    status and issue columns as its file's form titles them (``cells``: ReadResult.status_cells'
    words), not planeval's 達成状況 and 課題等: 群馬's 「評価「前進Ｂ（一部）」は…」 where its
    column is 評価 (review 203 #5). A file whose titles give no such word keeps the notice."""
    from dataclasses import replace

    from planeval.message_words import in_body_words
    from planeval.wording import DEFAULT_WORDING

    said = []
    for problem in problems:
        one = cells.get(problem.location.file) if problem.kind == FORM_WORDED else None
        words = {w: one.words[w] for w in ("status", "issue") if one and one.words.get(w)}
        said += in_body_words([problem], replace(DEFAULT_WORDING, **words)) if words else [problem]
    return said
