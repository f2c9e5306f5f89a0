"""Last year's template with its A2 retyped: the round a form was written for, as its document
properties record it (marks.TemplateMark.recorded), where its A2 — and often its A1 — was
retyped this year's (review 173 #1: 総務企画局 copied its returned R7 file, retyped both lines
and changed half its ratings). A form whose recorded round is another than the other forms'
(or the round given) is last year's workbook sent again, as one whose A2 says so
(marks.other_rounds): an error, its rows not counted.

A body running `planeval template` each year (the designed cycle) never meets it: the
template writes A2 and the properties alike. Forms all made for one year and retyped alike
before they were sent out (a body's own reuse of a blank template) are told by each other, and
nothing is said of them without --fiscal-year; a workbook no planeval template wrote records
no year and is told by its title, as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from planeval.fiscal import fiscal_year_label
from planeval.marks import MARK_CELL, PROPERTY_FISCAL_YEAR, TemplateMark
from planeval.model import Location, Problem, Severity


def retyped_rounds(
    marks: Mapping[str, TemplateMark],
    fiscal_year: int | None,
    usual: int,
    found: Mapping[str, Problem],
    titled: Mapping[str, tuple[int, Location]],
) -> dict[str, Problem]:
    """The files whose A2 states the round (``usual``: marks.the_rounds') but whose template
    was written for another — the round given (``fiscal_year``), else the one most forms were
    written for (the later one when as many were of each) —, each with its error; ``found``:
    the files other_rounds found of another round by their A2, said there; ``titled``: the
    year each file's title (A1) states, named where it is A2's."""
    made = Counter(mark.made for mark in marks.values())
    if fiscal_year is None and len(made) < 2:
        return {}
    written = fiscal_year or max(made, key=lambda year: (made[year], year))
    if fiscal_year:
        others = f"この回は{fiscal_year_label(fiscal_year)}"
    else:
        others = f"ほかの {made[written]} ファイルは{fiscal_year_label(written)}"
    return {
        file: _retyped(file, mark, usual, others, titled.get(file))
        for file, mark in marks.items()
        if file not in found and mark.recorded is not None and mark.recorded != written
    }


def _retyped(
    file: str, mark: TemplateMark, usual: int, others: str, title: tuple[int, Location] | None
) -> Problem:
    year, stated = fiscal_year_label(mark.made), fiscal_year_label(mark.fiscal_year)
    retitled = title is not None and title[0] == mark.fiscal_year
    cells = (
        f"{title[1].cell} の表題と {MARK_CELL} の対象年度"
        if title and retitled
        else (f"{MARK_CELL} の対象年度")
    )
    return Problem(
        Location(file, mark.sheet, MARK_CELL),
        Severity.ERROR,
        f"{year}の調査票です（{others}）。{cells}は{stated}ですが、このブックは planeval が"
        f"{year}の調査票として作ったものです（ブックのプロパティ {PROPERTY_FISCAL_YEAR} が "
        f"{mark.made}。記入方法シートの表題 A1 も{year}で作られています）。前の年度のファイルの"
        "年度だけが書き換えられていて、達成状況が前の年度のままかもしれないため、"
        "このファイルの行は数えていません",
        f"{fiscal_year_label(usual)}の調査票（planeval template で作ったもの）に記入し直して"
        "もらってください（前の年度に返ってきたファイルを写して年度だけ直したものは使えません）",
        year=mark.made,
        round_year=usual,
    )
