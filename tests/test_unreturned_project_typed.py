"""An item of a 課 that returned nothing is listed in Chapter 3 from the plan (未提出); its
project was numbered as the plan's ID, 「2-3 産業のDX」, among its neighbours typed by the forms
「(1) 教育のICT化」「(2) 健康・福祉のデジタル化」 (review 91: 南海県's indicator tables, plan
numbered 2-(3)). It is numbered in the forms' own shape, 「(3)」; where the forms type their
projects as their IDs (Setagaya's 1-1-1) it stays as the plan gives it."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.presets import PRESETS
from tests.conftest import write_book

PLAN_HEADER = ["基本方針", "事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "所管課"]
HEADER = ["項目", "指標", "現状値", "目標値", "指標の評価", "所管課", "課題等"]


def _round(tmp_path: Path) -> tuple[Path, Path]:
    plan = write_book(
        tmp_path / "plan.xlsx",
        {"計画": [
            PLAN_HEADER,
            ["2 地域社会", "2-(1)", "教育のICT化", "ア", "端末の活用", "継続", "教育課"],
            ["2 地域社会", "2-(2)", "健康・福祉", "ア", "オンライン診療", "継続", "福祉課"],
            ["2 地域社会", "2-(3)", "産業のDX", "ア", "中小企業支援", "継続", "産業課"],
        ]},
    )  # fmt: skip
    forms = tmp_path / "回答"
    forms.mkdir()
    for department, project, item, status in (
        ("教育課", "(1) 教育のICT化", "ア 端末の活用", "B"),
        ("福祉課", "(2) 健康・福祉", "ア オンライン診療", "A"),
    ):
        write_book(
            forms / f"{department}.xlsx",
            {"調査票": [
                ["令和6年度 ITプラン 進捗状況調査票"],
                ["基本方針2　地域社会"],
                HEADER,
                [project],
                [item, "指標", 10, 20, status, department, ""],
            ]},
        )  # fmt: skip
    return plan, forms


def test_an_unreturned_project_is_numbered_as_the_forms_number_theirs(tmp_path: Path) -> None:
    plan_path, forms = _round(tmp_path)
    scale = PRESETS["aichi"]
    plan = planeval.read_plan(plan_path)
    result = planeval.read_workbooks([forms], plan=plan, scale=scale)
    assert [e.project_shown_id for e in result.entries] == ["(1)", "(2)"]
    [row] = result.unreturned_rows
    assert (row.project_id, row.project_shown_id, row.status_text) == ("2-3", "(3)", "未提出")
    report = planeval.report_of(result, scale=scale)
    [table_ids] = [
        [line.entry.project_shown_id for table in section.tables for line in table.rows]
        for section in report.policies
    ]
    assert table_ids == ["(1)", "(2)", "(3)"]
