"""Reading a plan workbook: the 計画事業一覧 layout (体系 | 実施内容 | … with merged project
cells) or the tidy one-row-per-item layout (事業番号 | 事業名 | 実施内容番号 | 実施内容名 | …)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from planeval.errors import PlanevalError, UsageError
from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.header_columns import find_columns
from planeval.io.headers import Layout
from planeval.io.judge import NotRead, judging, open_judged
from planeval.io.limits import Limits
from planeval.io.plan_as_replies import numbers_its_items, read_as_replies
from planeval.io.plan_header_problems import department_problem, no_table
from planeval.io.plan_names import named
from planeval.io.plan_numbers import numbered_per_level, shapes_read
from planeval.io.plan_rows import read_plan_sheet
from planeval.io.plan_through import under_policies
from planeval.io.plan_titles import plan_titles
from planeval.plan import Plan, PlanItem
from planeval.sole_items import projects_rated
from planeval.text import clean_text
from planeval.title_years import TITLE_ROWS

DEFAULT_LIMITS = Limits()


def read_plan(
    path: Path,
    *,
    limits: Limits = DEFAULT_LIMITS,
    layout: Layout | None = None,
    words: Mapping[str, str] | None = None,
) -> Plan:
    """Every item of the plan workbook at ``path``, its columns titled as planeval's lists or
    in the body's words (``layout``; ``words``: [wording]'s, its level → its word); a file
    that cannot be read is an error, a status workbook (a status column, no plan table) a
    usage error: the wrong file given."""
    plan = Plan()
    titles = plan_titles(layout, words)
    try:
        with judging(limits):  # judged like every status workbook: same limits, same sentences
            judged = open_judged(path, limits)
            assert judged.opened is not None  # (only exports found in a folder are skipped)
            sheets = judged.opened.sheets
            unread = [read_plan_sheet(grid, str(path), plan, titles, words) for grid in sheets]
    except NotRead as error:
        raise PlanevalError(f"{path}: {error}") from None
    plan.title = _title(sheets[0]) if sheets else ""
    plan.header = titles.found[0].titled if titles.found else None
    if not plan.items and (rated := _status_table(sheets)) is not None:
        raise UsageError(
            f"{path}: 計画事業一覧ではなく、実施状況の表（各部の調査票の回答など）のようです"
            f"（{rated}。計画事業一覧の「新規/拡大/継続/終了」の列はありません）。"
            "計画には計画事業一覧のブックを指定してください（実施状況の表は、集計するファイル"
            "として指定します）。計画事業一覧がなく、前年度の回答を取りまとめた一覧を計画にする"
            "なら、その評価の列を削除して別の名前で保存したブックを指定してください（評価の列の"
            "ある表は、回答を取り違えて計画にしないよう計画としては読みません）"
        )
    if not plan.items and (number := next(filter(None, unread), None)) is not None:
        where, typed, title, fix = number
        # (in the body's words, [wording]'s: 施策番号, 基本政策・政策・施策 — review 96)
        raise PlanevalError(
            f"{where}: 計画事業一覧の表は見つかりましたが、{title}「{typed}」が読めません。"
            + (fix or shapes_read(title, words))
        )
    if not plan.items:
        raise PlanevalError(no_table(path, titles))
    if numbers_its_items(plan.items):  # (「(1)-1」 beside 「(1) 窓口…」: review 208 #3)
        plan.items, plan.problems = read_as_replies(sheets, titles.found, str(path), layout)
        plan.two_levels = None  # (its No. numbers items, not projects of two levels)
        if not plan.items:
            raise PlanevalError(str(plan.problems[0]) if plan.problems else no_table(path, titles))
    else:
        if (refused := numbered_per_level(plan.items, words, plan.number_column)) is not None:
            raise PlanevalError(refused)
        under = under_policies(plan.items, titles.heading_words)
        plan.items = cited_by_project(
            named(under, titles.heading_words, (words or {}).get("direction", ""))
        )
    plan.no_departments = department_problem(titles, plan.items)
    plan.problems += plan.placeholder_leads()
    return plan


def _title(grid: SheetGrid) -> str:
    """The plan's title: the first text alone in its row among the sheet's top rows, "" where
    none is (its table's header at the top)."""
    for row, cells in grid.iter_rows():
        if row >= TITLE_ROWS:
            break
        filled = [cell for cell in cells if cell not in (None, "")]
        if len(filled) == 1 and isinstance(filled[0], str):
            return clean_text(filled[0])
    return ""


def _status_table(sheets: Iterable[SheetGrid]) -> str | None:
    """Where a workbook holds a status table, the status column's title and cell (「評価シート
    › E4 に評価の列「評価（A～D）」があります」): a status workbook given as the plan."""
    for grid in sheets:
        for row, cells in grid.iter_rows():
            found = find_columns(cells)
            if found is not None and found.statuses:
                column, title = found.statuses[0]
                return (
                    f"{grid.name} › {cell_ref(row, column)} に評価の列"
                    f"「{''.join(title.splitlines())}」があります"
                )
    return None


def cited_by_project(items: list[PlanItem]) -> list[PlanItem]:
    """``items`` each at its project's cell (PlanItem.project_cell) where every row of the plan
    is its project's one row (sole_items.projects_rated: 番号 | 事業名 | 指標 … one row per 事業):
    the 事業 is what is rated, not its 指標 — messages cite 3.6's 番号 cell, not its 指標's
    (review 135 #5)."""
    if not projects_rated(items):
        return items
    return [replace(i, location=i.project_cell) if i.project_cell else i for i in items]
