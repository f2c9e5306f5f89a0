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
    seen = f"見出しらしい行: {'、'.join(near[:5])}。" if near else "見出しらしい行もありません。"
    return Problem(
        where,
        Severity.ERROR,
        f"{NO_TABLE}（見出し行には評価の列と、事業または取組の列が必要です）。" + seen,
        "見出し行の列名が planeval の知らない言葉なら、planeval.toml の [layout.titles] で"
        '役割ごとに追加してください（例: status = ["評価ランク"]）',
    )
