"""A workbook in which no evaluation table was found: said once for the file, with the rows
that looked like header rows — or, where every sheet is empty, as an empty workbook (review
37: a blank form sent back was told to add column titles to planeval.toml)."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.io.grid import SheetGrid
from planeval.model import Location, Problem, Severity

NO_TABLE = "評価の表が見つかりません"  # (the error's message starts so: settings_files.py)


def no_table(where: Location, near: Sequence[str], grids: Sequence[SheetGrid]) -> Problem:
    """The error of a workbook with no table: ``near`` the rows that looked like headers
    (「総務 の 4 行目（評価）」), ``grids`` its sheets as read."""
    if not near and not any(
        any(cell not in (None, "") for cell in cells)
        for grid in grids
        for _, cells in grid.iter_rows()
    ):
        sheets = "・".join(f"「{grid.name}」" for grid in grids[:3])
        return Problem(
            where,
            Severity.ERROR,
            f"{NO_TABLE}。どのシート（{sheets}）にも何も書かれていない空のブックです",
            "記入したブックを送ってもらってください（空のまま保存されたか、別のファイルと"
            "取り違えたようです）",
        )
    if (plan := _plan_header(grids)) is not None:  # (the plan given as a reply: review 37)
        return Problem(
            where,
            Severity.ERROR,
            f"{NO_TABLE}。計画（計画事業一覧）のブックのようです（{plan}）。実施状況の調査票では"
            "ないため数えていません",
            "計画は --plan（または planeval.toml の [plan] file）に指定し、集計する調査票を"
            "指定してください",
        )
    seen = f"見出しらしい行: {'、'.join(near[:5])}。" if near else "見出しらしい行もありません。"
    return Problem(
        where,
        Severity.ERROR,
        f"{NO_TABLE}（見出し行には評価の列と、事業または取組の列が必要です）。" + seen,
        "見出し行の列名が planeval の知らない言葉なら、planeval.toml の [layout.titles] で"
        '役割ごとに追加してください（例: status = ["評価ランク"]）',
    )


def _plan_header(grids: Sequence[SheetGrid]) -> str | None:
    """Where a plan's header row stands (事業番号 … 新規/拡大/継続/終了), as said: 「シート
    計画事業一覧 の 3 行目」; None in a workbook that has none."""
    from planeval.io.plan_titles import plan_titles

    titles = plan_titles()
    for grid in grids:
        for row, cells in grid.iter_rows():
            if row > 30:
                break
            if titles.columns(cells, "", grid.name, row) is not None:
                return f"シート {grid.name} の {row + 1} 行目が計画の見出し行です"
    return None
