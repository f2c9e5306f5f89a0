"""Last year's sheet kept in this year's workbook: 「評価票（前年度）」, its title 令和6年度, beside
「評価票」 titled 令和7年度 (review 115 #5). Read as this year's, its rows rated alike were folded
into this year's in silence, and one rated otherwise was an error counted on neither sheet, the fix
offered 「記入を一つのシートにまとめてください」. Such a sheet is set aside with a notice, as a
workbook of another year is: its title states an earlier year than another sheet of rows, or its
name says 前年度 — and most of its items are on the workbook's other sheets. A sheet of rows
whose title states another year than most of the others', rating items of its own — 長瀬町's
基本目標4 pasted from last year's workbook, 「（令和７年度実績）」 among four 令和８, its values
last year's and the new 施策 4-7 missing (review 176 #1) — is an error, its rows not counted
(title_years.stale_titles, as a workbook of another year is: the same rule and words)."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.fiscal import fiscal_year_label, stated_years
from planeval.io.grid import SheetGrid
from planeval.io.tables import SheetResult
from planeval.item_keys import body_item_key
from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult
from planeval.title_years import TITLE_ROWS, row_of, stale_titles

_LAST_YEAR = ("前年度", "昨年度", "前年", "昨年")  # (a sheet's name saying it is last year's)


def set_aside_other_years(
    result: ReadResult, file: str, grids: Sequence[SheetGrid], sheets: list[SheetResult]
) -> None:
    """Each sheet of rows of another year than the workbook's (see the module) emptied in
    ``sheets`` — its rows, problems and texts not counted —, with a notice for each of last
    year's kept beside this year's, an error for each other (its rows ``result``'s
    other_year_rows, as a workbook of another year's)."""
    rated = [i for i, sheet in enumerate(sheets) if sheet.entries]
    if len(rated) < 2:
        return  # (the usual workbook: one sheet of rows)
    years = {i: _title_year(sheets[i]) for i in rated}
    latest = max((year for year, _cell in years.values() if year), default=0)
    older = [i for i in rated if _older(years[i][0], latest, grids[i].name)]
    if older:
        result.problems += _last_years_beside(file, grids, sheets, rated, older, years)
    titled = {  # (the sheets left of rows, by their names: one workbook's, each its own)
        grids[i].name: (year, Location(file, grids[i].name, cell or None))
        for i in rated
        if sheets[i].entries
        for year, cell in [years[i]]
        if year
    }
    stale = stale_titles(titled, left_out=True, unit="シート")
    for i in (i for i in rated if grids[i].name in stale):
        result.problems.append(stale[grids[i].name])
        result.other_year_rows += sheets[i].entries
        seen = sheets[i].items_seen  # (read and not counted: its error's rows, fix176a)
        sheets[i] = SheetResult(body=sheets[i].body, tables=sheets[i].tables)
        sheets[i].items_seen = seen


def _last_years_beside(
    file: str,
    grids: Sequence[SheetGrid],
    sheets: list[SheetResult],
    rated: list[int],
    older: list[int],
    years: dict[int, tuple[int, str]],
) -> list[Problem]:
    """The notices of the ``older`` sheets most of whose items the others rate, each emptied
    in ``sheets``."""
    kept = [i for i in rated if i not in older]
    # (the sheet named in the notice: the latest one's, else the first kept)
    this_year = max(kept, key=lambda i: years[i][0], default=None)
    others = {body_item_key(e) for i in kept for e in sheets[i].entries}
    said = []
    for i in older:
        own = {body_item_key(e) for e in sheets[i].entries}
        if this_year is None or 2 * len(own & others) <= len(own):
            continue
        said.append(_notice(file, grids, sheets[i], i, this_year, years))
        sheets[i] = SheetResult(body=sheets[i].body, tables=sheets[i].tables)
    return said


def _older(year: int, latest: int, name: str) -> bool:
    """Whether a sheet is last year's: its title states a year before ``latest``, or it
    states none and its name says 前年度."""
    return year < latest if year else any(word in name for word in _LAST_YEAR)


def _title_year(sheet: SheetResult) -> tuple[int, str]:
    """The one fiscal year a sheet's title rows state and the cell stating it, else (0, "")."""
    found = [
        (years, text.location.cell)
        for text in sheet.texts
        if text.location.cell
        and row_of(text.location.cell) <= TITLE_ROWS
        and (years := stated_years([text.text]))
    ]
    stated = set().union(*(years for years, _cell in found))
    return (stated.pop(), found[0][1]) if len(stated) == 1 else (0, "")


def _notice(
    file: str,
    grids: Sequence[SheetGrid],
    sheet: SheetResult,
    aside: int,
    kept: int,
    years: dict[int, tuple[int, str]],
) -> Problem:
    """The notice of the sheet ``aside`` set aside beside the sheet ``kept``."""
    name, other = grids[aside].name, grids[kept].name
    (year, cell), this_year = years[aside], years[kept][0]
    why = (
        f"表題の年度が{fiscal_year_label(year)}で、シート「{other}」の"
        f"{fiscal_year_label(this_year)}より前です。「{other}」と"
        if year
        else f"名前が前年度のもので、シート「{other}」と"
    )
    return Problem(
        Location(file, name, cell or None),
        Severity.NOTICE,
        f"シート「{name}」は{why}同じ実施内容を載せているため、前年度のシートとみなして、"
        f"その {len(sheet.entries)} 行は数えていません",
        f"今年度の記入なら、{'表題の年度' if year else 'シートの名前'}を直してください"
        "（前年度のシートをブックから削除しておけば、このお知らせは出ません）",
    )
