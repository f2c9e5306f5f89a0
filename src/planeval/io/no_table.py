"""A workbook in which no evaluation table was found: said once for the file, with the rows
that looked like header rows — or, where every sheet is empty, as an empty workbook (review
37: a blank form sent back was told to add column titles to planeval.toml). A header row with
no status column over a column whose cells hold the scale's ratings under a title planeval
does not know (review 97: the old form's 「自己評価（A～E）」) is said at that column, with the
[layout.titles] line that reads it."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.headers import DEFAULT_LAYOUT, Layout, header_roles
from planeval.io.status_choice import likely_column
from planeval.io.tables import SheetResult
from planeval.model import Location, Problem, Severity
from planeval.past_errors import NO_HEADER_ROW, TABLELESS
from planeval.scale import Scale
from planeval.text import bare_title

NO_TABLE = "評価の表が見つかりません"  # (the error's message starts so: settings_files.py)


def no_table(
    where: Location,
    near: Sequence[str],
    grids: Sequence[SheetGrid],
    *,
    sheets: Sequence[SheetResult] = (),
    scale: Scale | None = None,
    layout: Layout = DEFAULT_LAYOUT,
) -> Problem:
    """The error of a workbook with no table: ``near`` the rows that looked like headers
    (「「総務」の 4 行目（評価）」), ``grids`` its sheets as read (``sheets``, with the rows
    that looked like headers, and ``scale`` to find a retitled status column among them;
    ``layout``, the body's titles, to tell its plan's header row)."""
    if not near and not any(
        any(cell not in (None, "") for cell in cells)
        for grid in grids
        for _, cells in grid.iter_rows()
    ):
        names = "・".join(f"「{grid.name}」" for grid in grids[:3])
        return Problem(
            where,
            Severity.ERROR,
            f"{NO_TABLE}。どのシート（{names}）にも何も書かれていない空のブックです",
            "記入したブックを送ってもらってください（空のまま保存されたか、別のファイルと"
            "取り違えたようです）",
        )
    seen = f"見出しらしい行: {'、'.join(near[:5])}。" if near else f"{NO_HEADER_ROW}。"
    if scale is not None and (retitled := _retitled(grids, sheets, scale)) is not None:
        grid, at, title = retitled
        bare = bare_title(title)
        return Problem(
            Location(where.file, grid.name, at),
            Severity.ERROR,
            f"{NO_TABLE}（見出し行には評価の列と、事業または取組の列が必要です）。{seen}"
            f"{at} の「{title}」が評価の列ではありませんか（{'・'.join(scale.counted)} が"
            "記入されています）",
            f'planeval.toml の [layout.titles] に status = ["{bare}"] と書けば、この列を評価の列'
            f'として読みます。status の行がすでにあれば、その一覧に "{bare}" を加えてください',
        )
    if (plan := _plan_header(grids, layout)) is not None:  # (the plan given as a reply: review
        # 37; a column of ratings, a form's, first — a plan needs no 区分 column since review 98)
        return Problem(
            where,
            Severity.ERROR,
            f"{NO_TABLE}。計画（計画事業一覧）のブックのようです（{plan}）。実施状況の調査票では"
            "ないため数えていません",
            f"計画は --plan {where.file}（または planeval.toml の [plan] file）に指定し、"
            "集計する調査票を指定してください",
        )
    return Problem(
        where,
        Severity.ERROR,
        f"{NO_TABLE}（見出し行には評価の列と、事業または取組の列が必要です）。" + seen,
        "見出し行の列名が planeval の知らない言葉なら、planeval.toml の [layout.titles] で"
        '役割ごとに追加してください（例: status = ["評価ランク"]）'
        if near
        # (no row a header's, a memo kept among the replies: review 190 #5 — a covering
        # letter is skipped by its kind, a .pdf or .docx; every workbook is read as a reply)
        else "調査票ではないファイル（メモなど）なら、回答のフォルダの外に移してください（フォルダ"
        "の中のブックはすべて回答として読みます）。調査票なら、評価の列と事業または取組の列の"
        "見出し行があるか確かめてください",
        kind="" if near else TABLELESS,
    )


def _retitled(
    grids: Sequence[SheetGrid], sheets: Sequence[SheetResult], scale: Scale
) -> tuple[SheetGrid, str, str] | None:
    """The first header-like row with no status column over a column holding the scale's
    ratings: its sheet, that column's title cell (F7) and its title as typed."""
    for grid, sheet in zip(grids, sheets, strict=False):
        for number, roles in sheet.near_headers[:3]:
            row = int(number) - 1
            if "status" not in roles and (likely := likely_column((), grid, row, scale)):
                return grid, cell_ref(row, likely[0]), likely[1]
    return None


def _plan_header(grids: Sequence[SheetGrid], layout: Layout) -> str | None:
    """Where a plan's header row stands (事業番号 … 新規/拡大/継続/終了), as said: 「シート
    計画事業一覧 の 3 行目」; None in a workbook that has none."""
    from planeval.io.plan_titles import plan_titles

    titles, vocabulary = plan_titles(layout), layout.vocabulary()
    for grid in grids:
        for row, cells in grid.iter_rows():
            if row > 30:
                break
            # (a 区分 column; a plan needs none, but a reply whose status column was retitled
            # has none either: without one, a row with no issue column, which every form has —
            # 浜松市's KPI一覧, 基本方針 | 施策番号 | 施策 | KPI番号 | KPI | 担当課: review 113)
            columns = titles.columns(cells, "", grid.name, row)
            if columns is not None and (
                "treatment" in columns
                or not {"status", "issue"} & set(header_roles(cells, vocabulary).values())
            ):
                return f"シート「{grid.name}」の {row + 1} 行目が計画の見出し行です"
    return None
