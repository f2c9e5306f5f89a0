"""A sheet's hidden rows: read and counted (hiding a row is no deletion), and said. Where a
hidden row is rated — an abolished 事業 hidden, not deleted — it is a warning naming its items,
which every count and export include (review 53: two hidden 事業 counted and published with
only a notice, which -q hides); hidden rows rating nothing are a notice saying so, as are rows an
autofilter's criterion hid (a view of the sheet, not a row set aside: review 76). A hidden note
row (「※…」) loses nothing and is counted by nothing: not said (review 129 #4: 「非表示でも読んで
数えています」 of a ※ row, which no count holds)."""

from __future__ import annotations

from planeval.cells import split_ref
from planeval.ids import describe
from planeval.io.grid import SheetGrid
from planeval.io.note_rows import row_note
from planeval.io.tables import SheetResult
from planeval.model import Entry, Location, Problem, Severity
from planeval.preset_fixes import UNKNOWN_VALUE
from planeval.scale import UNSAID_REPEAT

_SHOWN = 20  # row numbers named; the rest counted
_NAMED = 3  # rated items named


def hidden_rows_said(file: str, grid: SheetGrid, sheet: SheetResult) -> list[Problem]:
    """What to say of ``grid``'s hidden rows (it has some), its rows read into ``sheet``:
    nothing where they are note rows only."""
    hidden = sorted(grid.hidden_rows)
    numbers = {row + 1 for row in hidden}
    rated = _in_rows(sheet.entries, numbers)
    if not rated and (unread := _unread(sheet, numbers)):
        return [_unread_said(file, grid.name, unread, hidden)]
    if not rated:
        return _unrated_said(file, grid, hidden)
    # (the rows the filter hid, told by its criteria and each row's value, and those hidden by
    # hand: each said alike whether or not the sheet has a filter — review 177 #3)
    by_filter = [row for row in hidden if grid.filtered and grid.filtered.hides(grid, row)]
    by_hand = [row for row in hidden if row not in set(by_filter)]
    said: list[Problem] = []
    for rows, filtered in ((by_hand, False), (by_filter, True)):
        if in_them := _in_rows(rated, {row + 1 for row in rows}):
            said.append(_rated_said(file, grid.name, in_them, rows, filtered=filtered))
        elif not filtered:
            said += _unrated_said(file, grid, rows)
    return said


def _unrated_said(file: str, grid: SheetGrid, hidden: list[int]) -> list[Problem]:
    """Hidden rows rating nothing: a notice, unless they are note rows only."""
    hidden = [row for row in hidden if row_note(grid, row) is None]
    if not hidden:
        return []
    return [
        Problem(
            Location(file, grid.name),
            Severity.NOTICE,
            f"非表示の行があります（{_listed(hidden)}）。評価を記入した行ではないため、"
            "数えていません",
            "不要な行なら削除してください",
        )
    ]


def _rated_said(
    file: str, sheet: str, rated: list[Entry], hidden: list[int], *, filtered: bool
) -> Problem:
    """Rated rows hidden by hand (a warning: an abolished 事業 hidden, not deleted) or by the
    sheet's filter (a notice: a view of the sheet, no row set aside)."""
    # (each with its status named as one: a bare 「 1」 of a 達成度 1–5 read as a count, review 96)
    named = "、".join(f"{describe(entry)}：達成状況 {entry.status}" for entry in rated[:_NAMED])
    others = f" ほか {len(rated) - _NAMED} 件" if len(rated) > _NAMED else ""
    how, severity = "非表示の行", Severity.WARNING
    fix = "数えない行（廃止した事業など）なら行を削除してください。数える行なら再表示してください"
    if filtered:
        how, severity = "フィルターで非表示になっている行", Severity.NOTICE
        fix = fix.partition("。")[0]
    return Problem(
        Location(file, sheet, rated[0].location.cell),
        severity,
        f"{how}に評価した行が {len(rated)} 件あります（{named}{others}。非表示の行: "
        f"{_listed(hidden)}）。非表示でも数え、報告書の表にも載せています",
        fix,
    )


def _in_rows(entries: list[Entry], numbers: set[int]) -> list[Entry]:
    """The ``entries`` whose status cell is on one of the rows ``numbers`` (1-based)."""
    return [
        entry
        for entry in entries
        if entry.location.cell and int(split_ref(entry.location.cell)[1]) in numbers
    ]


def _unread(sheet: SheetResult, numbers: set[int]) -> list[Entry]:
    """The rows on ``numbers`` left out for a value the scale does not know (not a blank)."""
    typed = {
        problem.location.cell
        for problem in sheet.problems
        if problem.is_error
        and (problem.kind == UNSAID_REPEAT or UNKNOWN_VALUE.match(problem.message))
    }
    return [entry for entry in _in_rows(sheet.error_rows, numbers) if entry.location.cell in typed]


def _unread_said(file: str, sheet: str, unread: list[Entry], hidden: list[int]) -> Problem:
    """Hidden rows rated in a value the scale does not know yet (a first run, no settings:
    review 143 #8 was told 「評価を記入した行ではないため、数えていません」 of a rated row): said
    as rated, to be counted once the scale reads it — the row to delete if it is not to be."""
    named = "、".join(describe(entry) for entry in unread[:_NAMED])
    others = f" ほか {len(unread) - _NAMED} 件" if len(unread) > _NAMED else ""
    return Problem(
        Location(file, sheet, unread[0].location.cell),
        Severity.WARNING,
        f"非表示の行に評価を記入した行が {len(unread)} 件あります（{named}{others}。非表示の行: "
        f"{_listed(hidden)}）。いまは評価がエラーのため数えていませんが、評価が読めるようになると"
        "非表示でも数え、報告書の表にも載せます",
        "数えない行（廃止した事業など）なら行を削除してください。数える行なら再表示してください",
    )


def _listed(rows: list[int]) -> str:
    """Hidden rows (0-based) as the messages name them: 「3・5 行目」, the first _SHOWN."""
    more = f" ほか {len(rows) - _SHOWN} 行" if len(rows) > _SHOWN else ""
    return f"{'・'.join(str(row + 1) for row in rows[:_SHOWN])} 行目{more}"
