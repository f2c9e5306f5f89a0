"""A department that sent its own workbook of last year (its title 「令和4年度 …」) in a round
read with --fiscal-year 令和5: the file is left out, and 提出状況 says 「未提出（令和4年度の調査
票）」 as for planeval's templates — it said 「未提出（読めないファイルのみ）」, though the file
reads (review 75)."""

from __future__ import annotations

from pathlib import Path

import planeval
from tests.conftest import write_book

HEADER = ("基本目標", "施策の柱", "No.", "施策名", "評価", "評価の理由・課題", "担当部")
ITEMS = [  # (No., 施策名, 担当部)
    (1, "災害に強いまちづくり", "危機管理部"),
    (2, "防犯対策の推進", "危機管理部"),
    (3, "生涯学習の推進", "市民生活部"),
    (4, "スポーツの推進", "市民生活部"),
]


def _plan(folder: Path) -> Path:
    rows: list[tuple[object, ...]] = [
        ("施策一覧",),
        (),
        ("基本目標", "事業番号", "事業名", "実施内容番号", "実施内容", "区分", "担当部"),
    ]
    rows += [
        ("1 安全なまち", "1-1", "防災・防犯", no, name, "継続", dept) for no, name, dept in ITEMS
    ]
    return write_book(folder / "施策一覧.xlsx", {"施策一覧": rows})


def _form(folder: Path, department: str, year: str) -> Path:
    rows: list[tuple[object, ...]] = [(f"{year} 施策評価シート（{department}）",), (), HEADER]
    rows += [
        ("1 安全なまち", "1-1 防災・防犯", no, name, "○", "", dept)
        for no, name, dept in ITEMS
        if dept == department
    ]
    return write_book(folder / f"{department}_施策評価.xlsx", {"施策評価": rows})


def test_last_year_s_own_workbook_is_said_as_last_year_s_form(tmp_path: Path) -> None:
    plan = planeval.read_plan(_plan(tmp_path))
    folder = tmp_path / "回答"
    folder.mkdir()
    _form(folder, "危機管理部", "令和5年度")
    old = _form(folder, "市民生活部", "令和4年度")
    read = planeval.read_workbooks([folder], plan=plan, fiscal_year=2023)
    assert [e.department for e in read.entries] == ["危機管理部", "危機管理部"]
    said = {s.department: s for s in planeval.submissions(read, plan)}
    assert said["市民生活部"].label == "未提出（令和4年度の調査票）"
    assert said["市民生活部"].files == (str(old),)
    assert said["危機管理部"].label == "提出済"


def test_the_table_s_legend_says_the_department_answered_on_last_year_s_form(
    tmp_path: Path,
) -> None:
    # (review 80: 「未提出（令和4年度の調査票）：所管部の回答がないため…」 — it did answer, on
    # last year's form)
    from planeval.report_api import report_of

    plan = planeval.read_plan(_plan(tmp_path))
    folder = tmp_path / "回答"
    folder.mkdir()
    _form(folder, "危機管理部", "令和5年度")
    _form(folder, "市民生活部", "令和4年度")
    read = planeval.read_workbooks([folder], plan=plan, fiscal_year=2023)
    (section,) = report_of(read).policies
    legend = section.legend(planeval.DEFAULT_SCALE)
    assert "未提出（令和4年度の調査票）：所管部の回答が別の年度の調査票で提出されたため" in legend
