"""Which of a table's status columns is counted where the settings name one ([layout]
status_column, --status-column), and the error at the header row where the table has no
column of that title — naming each status column found by its cell, and a column whose
cells hold the scale's ratings under a title planeval does not know (a 課 retitled 実施状況
「進捗」: review 94, the error put at the 達成度 column and its fix, to drop status_column,
counting 達成度 as 実施状況).

A table so refused is not read: where no row of its workbook was read either, the workbook
is left out as unreadable (io/workbook.py), its department's items not each said missing
from every file (cycle/submission.py: 未提出（読めないファイルのみ）).
"""

from __future__ import annotations

from collections.abc import Sequence

from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.headers import DEFAULT_LAYOUT, Layout, title_key
from planeval.model import Location, Problem, Severity
from planeval.scale import Scale

# (Problem.reason of the errors refusing a table: a workbook with no row read besides is left
# out whole, said as 「数えていないファイル: …（…）」)
NO_STATUS_COLUMN = "数える評価の列が見出し行にない"
SEVERAL_STATUS_COLUMNS = "評価の列が複数あり、数える列が決まっていない"
TABLE_REFUSED = frozenset({NO_STATUS_COLUMN, SEVERAL_STATUS_COLUMNS})

Statuses = Sequence[tuple[int, str]]
_LOOKED_AT = 300  # (rows under the header looked at for a column holding the scale's ratings)


def chosen_statuses(statuses: Statuses, layout: Layout) -> list[tuple[int, str]]:
    """The status columns titled as the settings' status_column; where none is, the one
    titled by a status title the settings add ([layout.titles] status) that planeval itself
    does not know (「進捗」: that column retitled in a 課's form, as the error below offers)."""
    wanted = title_key(layout.status_column)
    chosen = [(column, title) for column, title in statuses if title_key(title) == wanted]
    if chosen or not layout.titles.get("status"):
        return chosen
    known = DEFAULT_LAYOUT.vocabulary()  # (planeval's own titles)
    own = {title_key(title) for title in layout.titles["status"] if not known.role(title)}
    retitled = [(column, title) for column, title in statuses if title_key(title) in own]
    return retitled if len(retitled) == 1 else []


def missing_column(
    statuses: Statuses,
    layout: Layout,
    grid: SheetGrid,
    row: int,
    file: str,
    scale: Scale,
) -> Problem:
    """The error of a table without the status column the settings name, at the column that
    likely is it (its cells this scale's ratings, under a title of no role), else at the
    header row's first status column; the columns found each named by its cell."""
    wanted = layout.status_column or ""
    found = "・".join(
        f"{cell_ref(row, column)}「{' '.join(title.split())}」" for column, title in statuses
    )
    message = (
        f"--status-column（[layout] status_column）の「{wanted}」という評価の列がこの表の"
        f"見出し行にありません（評価の列: {found}）"
    )
    symbols = "・".join(scale.counted)
    likely = likely_column(statuses, grid, row, scale)
    if likely is not None:
        column, title = likely
        at = cell_ref(row, column)
        return Problem(
            Location(file, grid.name, at),
            Severity.ERROR,
            f"{message}。{at} の「{title}」が{wanted}の列ではありませんか（{symbols} が"
            "記入されています）。この表の行は数えていません",
            f"{at} の見出しを「{wanted}」に直すか、planeval.toml の [layout.titles] に"
            f' status = ["{title}"] と書いてください（status の行があれば、その一覧に "{title}"'
            " を加えます）",
            reason=NO_STATUS_COLUMN,
            value=_titles(statuses, title),
        )
    ours = [title for column, title in statuses if _ratings(grid, row, column, scale)[0]]
    hint = "列名の書き間違いでないか確認してください"
    if ours and len(statuses) == 1:
        hint += "（評価の列が一つの表なら --status-column は要りません）"
    elif not ours:
        hint += (
            f"（この表の評価の列には{wanted}の段階（{symbols}）が記入されていません。"
            f"{wanted}の列の見出しが書き換えられていないか、調査票を確かめてください）"
        )
    return Problem(
        Location(file, grid.name, cell_ref(row, statuses[0][0])),
        Severity.ERROR,
        f"{message}。この表の行は数えていません",
        hint,
        reason=NO_STATUS_COLUMN,
        value=_titles(statuses),
    )


def _titles(statuses: Statuses, *more: str) -> str:
    """The titles a table's status columns have (and the likely one's), one a line: what a
    status_column no table has is said nearest to (status_column_typo.py)."""
    return "\n".join(" ".join(title.split()) for title in (*(t for _c, t in statuses), *more))


def likely_column(
    statuses: Statuses, grid: SheetGrid, row: int, scale: Scale
) -> tuple[int, str] | None:
    """The one titled column of the header row, of no status, whose cells below hold this
    scale's ratings more than anything else (the most such cells, where several do); also
    asked by no_table.py of a header row with no status column at all (review 97: the old
    form's 「自己評価（A～E）」)."""
    taken = {column for column, _title in statuses}
    best: list[tuple[int, int, str]] = []
    for column, value in enumerate(grid.row(row)):
        title = " ".join(str(value).split()) if value is not None else ""
        if not title or column in taken or len(title) > 20:
            continue
        rated, filled = _ratings(grid, row, column, scale)
        if rated and rated * 2 > filled:
            best.append((rated, column, title))
    best.sort(reverse=True)
    if not best or (len(best) > 1 and best[0][0] == best[1][0]):
        return None
    return best[0][1], best[0][2]


def _ratings(grid: SheetGrid, row: int, column: int, scale: Scale) -> tuple[int, int]:
    """Of the cells under the header in ``column``: how many hold a counted status of the
    scale, and how many hold anything."""
    counted = set(scale.counted)
    rated = filled = 0
    for at, cells in grid.sorted_rows():
        if at <= row or column >= len(cells) or cells[column] in (None, ""):
            continue
        if at > row + _LOOKED_AT:
            break
        filled += 1
        rated += scale.normalise(cells[column]) in counted
    return rated, filled
