"""A list of bodies (団体一覧) kept among the replies under another name than the settings'
list: a workbook with no evaluation table whose header row holds 団体名 and 団体コード over a
body a row — last year's 団体一覧.xlsx beside this year's 団体一覧.csv, 令和5年度団体一覧.xlsx.
It is no body's reply: said in one notice, not the error of a reply whose table was not found,
and no body of its own (review 100: 「評価の表が見つかりません」 and 「団体「団体一覧」は団体一覧に
ない名前です」 stopped compare). So is a tally of the collector's own kept there, its header row
団体コード | 団体名 beside a reply's titles (受付日 | 評価 | 件数 | 備考: 集計用（県使用欄）.xlsx)
over the names of several bodies of the roster (review 165 #5: the same two errors and
「直した後の件数はこの表と異なります」, though removing it changes no count). A round's own list
under the settings' name is read as that round's list (roster_file.round_roster) and never
reaches here."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.io.body_name import body_named, on_list
from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.roster_file import CODE_TITLES, NAME_TITLES
from planeval.io.tables import SheetResult
from planeval.model import Location, Problem, Severity
from planeval.text import compact

ROSTER_SHAPED = "団体一覧"  # (Problem.kind of the notice: its file is no body's, workbook.py)
_TOP = 30  # rows a list's header row is looked for in


def roster_shaped(
    where: Location,
    grids: Sequence[SheetGrid],
    sheets: Sequence[SheetResult],
    listed: frozenset[str] = frozenset(),
) -> Problem | None:
    """The notice of a workbook whose only table is a list of bodies (団体コード | 団体名, a
    header row no role of a reply's titles) or a tally of bodies (those beside a reply's
    titles, over two names or more of the roster ``listed``: of a body's shape without one,
    most of its names so), or None for one that is neither."""
    for grid, sheet in zip(grids, sheets, strict=False):
        near = {int(number) - 1 for number, _roles in sheet.near_headers}
        for row, cells in grid.iter_rows():
            if row > _TOP:
                break
            titles = [compact(cell) if isinstance(cell, str) else "" for cell in cells]
            name = next((i for i, title in enumerate(titles) if title in NAME_TITLES), None)
            code = next((i for i, title in enumerate(titles) if title in CODE_TITLES), None)
            if name is None or code is None:
                continue
            names = [
                str(values[name])
                for below, values in grid.iter_rows()
                if below > row and name < len(values) and values[name] not in (None, "")
            ]
            if not names or (row in near and not _of_bodies(names, listed)):
                continue
            heads = (
                f"{cell_ref(row, code)}「{cells[code]}」・{cell_ref(row, name)}「{cells[name]}」"
            )
            where_said = f"シート「{grid.name}」の {heads}、{len(names):,} 団体"
            if row in near:  # (a tally: 受付日 | 評価 | 件数 beside them)
                return Problem(
                    where,
                    Severity.NOTICE,
                    f"団体ごとの集計表のようです（{where_said}）。回答ではないため読んでいません",
                    "集計に使う表なら、回答のフォルダの外に置けばこのお知らせは出ません。団体の"
                    "回答なら、評価の列と取組の列の見出し行があるか確かめてください",
                    kind=ROSTER_SHAPED,
                )
            return Problem(
                where,
                Severity.NOTICE,
                f"団体の一覧のブックのようです（{where_said}）。回答ではないため読んでいません",
                "この回の団体一覧として使うなら、planeval.toml の [bodies] roster と同じ名前"
                "（拡張子は .xlsx と .csv のどちらでも）でこのフォルダに置いてください。団体の回答"
                "なら、評価の列と取組の列の見出し行があるか確かめてください",
                kind=ROSTER_SHAPED,
            )
    return None


def _of_bodies(names: Sequence[str], listed: frozenset[str]) -> bool:
    """Whether ``names`` (a column's under 団体名) are several bodies': two or more on the
    roster ``listed``; without one, two or more and most of them a body's name in shape
    (北山市, not 合計): one body's reply names one body, if any."""
    if listed:
        return len({on_list(name, listed) for name in names} & listed) > 1
    shaped = {name for name in names if body_named(name) == compact(name)}
    return len(shaped) > 1 and len(shaped) * 2 > len(set(names))
