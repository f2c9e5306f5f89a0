"""A sheet's hidden rows: read and counted (hiding a row is no deletion), and said. Where a
hidden row is rated — an abolished 事業 hidden, not deleted — it is a warning naming its items,
which every count and export include (review 53: two hidden 事業 counted and published with
only a notice, which -q hides); hidden rows rating nothing are a notice, as are rows an
autofilter's criterion hid (a view of the sheet, not a row set aside: review 76)."""

from __future__ import annotations

from planeval.cells import split_ref
from planeval.ids import describe
from planeval.io.grid import SheetGrid
from planeval.io.tables import SheetResult
from planeval.model import Location, Problem, Severity

_SHOWN = 20  # row numbers named; the rest counted
_NAMED = 3  # rated items named


def hidden_rows_said(file: str, grid: SheetGrid, sheet: SheetResult) -> Problem:
    """What to say of ``grid``'s hidden rows (it has some), its rows read into ``sheet``."""
    hidden = sorted(grid.hidden_rows)
    rows = "・".join(str(row + 1) for row in hidden[:_SHOWN])
    more = f" ほか {len(hidden) - _SHOWN} 行" if len(hidden) > _SHOWN else ""
    numbers = {row + 1 for row in hidden}
    rated = [
        entry
        for entry in sheet.entries
        if entry.location.cell and int(split_ref(entry.location.cell)[1]) in numbers
    ]
    if not rated:
        return Problem(
            Location(file, grid.name),
            Severity.NOTICE,
            f"非表示の行があります（{rows} 行目{more}）。非表示でも読んで数えています",
            "数えない行なら削除してください",
        )
    # (each with its status named as one: a bare 「 1」 of a 達成度 1–5 read as a count, review 96)
    named = "、".join(f"{describe(entry)}：達成状況 {entry.status}" for entry in rated[:_NAMED])
    others = f" ほか {len(rated) - _NAMED} 件" if len(rated) > _NAMED else ""
    how, severity = "非表示の行", Severity.WARNING
    fix = "数えない行（廃止した事業など）なら行を削除してください。数える行なら再表示してください"
    if grid.filtered is not None and all(  # (a view of the sheet: no row set aside)
        grid.filtered[0] <= int(split_ref(entry.location.cell or "A0")[1]) - 1 <= grid.filtered[1]
        for entry in rated
    ):
        how, severity = "フィルターで非表示になっている行", Severity.NOTICE
        fix = fix.partition("。")[0]
    return Problem(
        Location(file, grid.name, rated[0].location.cell),
        severity,
        f"{how}に評価した行が {len(rated)} 件あります（{named}{others}。非表示の行: {rows} "
        f"行目{more}）。非表示でも数え、報告書の表にも載せています",
        fix,
    )
