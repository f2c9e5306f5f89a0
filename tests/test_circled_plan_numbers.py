"""A plan whose 施策番号 numbers its third level with a circled digit, 「1-1-①」 (review 100 #4:
東川崎市's plan typed so): refused as a number planeval could not read, every 事務事業 under it
left out. It is the 施策 1-1-1, as 「1-1-(1)」 is, shown as typed in the forms template writes, and
the returned forms' 施策番号 column 「1-1-①」 counts under it — never under 1-1, a level up."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from openpyxl import load_workbook

import planeval
from tests.test_review96_plan_forms import PLAN, _config, fill, run, write_plan

CIRCLED = {"(1)": "①", "(2)": "②"}


def _circled(number: str) -> str:
    return number[:4] + CIRCLED[number[4:]]


def _plan(tmp_path: Path) -> Path:
    path = write_plan(tmp_path / "計画事業一覧.xlsx")
    book = load_workbook(path)
    sheet = book.active
    for row in sheet.iter_rows(min_row=4, min_col=3, max_col=3):
        row[0].value = _circled(row[0].value)
    book.save(path)
    return path


def test_a_circled_third_number_is_the_project_s_and_shown_as_typed(tmp_path: Path) -> None:
    settings = planeval.load_config(_config(tmp_path))
    plan = planeval.read_plan(_plan(tmp_path), layout=settings.layout, wording=settings.wording)
    assert not plan.problems
    assert [(i.project_id, i.shown_project, i.item_name) for i in plan.items] == [
        (number[:4] + number[5], _circled(number), item) for number, _p, item, *_ in PLAN
    ]


def test_the_forms_of_such_a_plan_count_back_under_each_project(tmp_path: Path) -> None:
    plan, config = _plan(tmp_path), _config(tmp_path)
    forms = tmp_path / "forms"
    made = run("template", str(plan), "--fiscal-year", "令和7", "-o", str(forms),
               "--split-by", "department", "--config", str(config))  # fmt: skip
    assert made.exit_code == 0, made.output
    sheet = load_workbook(forms / "達成度調査票_2025_危機管理局.xlsx")["達成度"]
    assert [row[:3] for row in sheet.iter_rows(min_row=8, max_row=9, values_only=True)] == [
        ("1-1-①", "防災対策の推進", "地域防災推進事業"),
        (None, None, "地域防災啓発事業"),
    ]
    for path in forms.glob("*.xlsx"):
        fill(path)

    counted = run("summarize", str(forms), "--plan", str(plan), "--config", str(config),
                  "--by", "project", "-f", "json")  # fmt: skip
    assert counted.exit_code == 0, counted.output
    assert counted.stderr == ""
    groups = {g["label"] or g["id"]: g["total"] for g in json.loads(counted.stdout)["groups"]}
    assert groups == dict(Counter(_circled(number) for number, *_ in PLAN))
