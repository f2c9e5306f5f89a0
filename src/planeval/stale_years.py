"""A year a form's figures are said to be of that is not the year its column is: a sheet copied
from last year, its title's year retyped but its value columns still titled 「前年度（R5）」
「現状値（R6）」 and its note under the table still 「※「前年度」欄は令和５年度末時点、「現状値」欄は
令和６年度末時点の数値です。」 (上毛県, review 181 #4) — the report publishes that note under a
table of this year's figures. Kept simple and certain: only 前年度, last year's by its word, and
現状値 named beside a 前年度 (then this year's: alone, a plan's 現状値 may be its baseline), each
with the year typed right after it, against the one fiscal year the file's title rows state
(none stated: nothing said). A warning at the header's or the note's cell, naming the year
found and the year expected; the rows are counted all the same."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from planeval.fiscal import era_year, parse_fiscal_year, stated_years
from planeval.lazy_pattern import LazyPattern
from planeval.model import Location, Problem, Severity

if TYPE_CHECKING:
    from planeval.io.grid import SheetGrid
    from planeval.read_records import ReadResult

PREVIOUS, CURRENT = "前年度", "現状値"
TITLE_ROWS = 3  # (as title_years.TITLE_ROWS)
# (after NFKC) the column's word, what may stand between it and its year (「」欄は」, a
# bracket, spaces), the year: 令和5, R5, 2023
_SAID = LazyPattern(
    r"(前年度|現状値)[」』欄は\s(]*((?:令和|平成|[RH])\s*(?:元|\d{1,2})|(?<!\d)\d{4}(?=\s*年))"
)


def stale_said(text: str, year: int, beside: bool = False) -> list[tuple[str, int, int]]:
    """Each (word, year typed, year expected) of ``text`` naming 前年度 — or 現状値 beside it
    (in it, or ``beside``: in its header row) — with a year other than the column's in a round
    of ``year``; [] where all agree."""
    typed = unicodedata.normalize("NFKC", text)
    if not beside and PREVIOUS not in typed:
        return []
    found = []
    for match in _SAID.finditer(typed):
        word, stated = match[1], parse_fiscal_year(match[2])
        expected = year - 1 if word == PREVIOUS else year
        if stated != expected:
            found.append((word, stated, expected))
    return found


def title_year(rows: Iterable[Sequence[object]]) -> int | None:
    """The one fiscal year a sheet's title rows (its top three) state; None where none or
    several do."""
    years = stated_years(
        ["\n".join(str(cell) for cell in row if isinstance(cell, str)) for row in rows]
    )
    return years.pop() if len(years) == 1 else None


def stale_problem(
    where: Location, what: str, said: list[tuple[str, int, int]], year: int
) -> Problem:
    """The warning of ``what`` (「見出し「前年度（R5）」」, 「注記「※…」」) at ``where``."""
    parts = "、".join(
        f"「{word}」を{era_year(stated)}（{era_year(expected)}のはず）"
        for word, stated, expected in said
    )
    return Problem(
        where,
        Severity.WARNING,
        f"{what}は、{parts}としています（表題は{era_year(year)}）。前の年度のシートを写したままかもしれません"
        "（数字は集計に関係しないため、行は数えています）",
        "前の年度のままなら、見出しや注記の年度を今年度に直してください。数字も前の年度のもの"
        "なら、今年度の数字に直してもらってください",
    )


def stale_headers(
    grid: SheetGrid,
    row: int,
    columns: Sequence[tuple[int, str]],
    file: str,
    said: Sequence[Problem],
) -> list[Problem]:
    """The warnings of a table's value columns (``columns``, titled on ``row``) naming another
    year than theirs, and of a note typed to the right of them from under the title rows to
    ``row`` (「※「前年度」欄は令和５年度末時点…」 beside the table, not under it: review 181 #4's
    leftover), each once a sheet (``said``: the file's problems so far, a sheet's other
    tables' among them)."""
    if not any(PREVIOUS in unicodedata.normalize("NFKC", title) for _column, title in columns):
        return []
    year = title_year(grid.row(top) for top in range(min(TITLE_ROWS, row)))
    if year is None:
        return []
    from planeval.io.grid import cell_ref

    found: list[Problem] = []

    def warn(at: int, column: int, what: str, stale: list[tuple[str, int, int]]) -> None:
        problem = stale_problem(Location(file, grid.name, cell_ref(at, column)), what, stale, year)
        if not any(p.message == problem.message and p.location.sheet == grid.name for p in said):
            found.append(problem)

    for column, title in columns:
        if stale := stale_said(title, year, beside=True):
            warn(row, column, f"見出し「{title}」", stale)
    last = max(column for column, _title in columns) + 1
    for at in range(min(TITLE_ROWS, row), row + 1):
        for column, note in enumerate(grid.row(at)[last:], last):
            if isinstance(note, str) and (stale := stale_said(note, year)):
                warn(at, column, f"注記「{note.strip()}」", stale)
    return found


def stale_notes(result: ReadResult) -> list[Problem]:
    """The warnings of the notes typed under a file's tables (note_rows.NOTE's notices, the
    report publishes them) naming another year than their columns'."""
    from planeval.io.note_rows import NOTE

    notes = [p for p in result.problems if p.kind == NOTE and p.value and PREVIOUS in p.value]
    if not notes:
        return []
    from planeval.title_years import titled_files

    years = {file: year for file, (year, _where) in titled_files(result).items()}
    found = []
    for note in notes:
        year = years.get(note.location.file)
        if year is not None and (stale := stale_said(note.value, year)):
            found.append(stale_problem(note.location, f"注記「{note.value}」", stale, year))
    return found
