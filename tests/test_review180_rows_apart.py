"""Review 180 #3 (b): after a 組織改正, 浜名市's new デジタル戦略局 returned a workbook of its own
holding 4 of the KPIs 総務局 leads in the plan. validate's 提出状況 showed 「総務局 │ 提出済 │ 13 │
総務局_KPI進捗.xlsx」: the other file, whose rows were counted as 総務局's, was named nowhere, and
nothing said their 担当局 was not the plan's. A 部局 that returned its own file is shown with every
file its items' rows were read from, and how many came from whom: 「提出済（うち 2件はデジタル推進部
のブックで回答）」 — and in a compiled book, how many of its rows were typed under a new name."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_department_forms import (
    GENERAL_ROWS,
    PLANNING_ROWS,
    city,  # noqa: F401  (the fixture)
    form,
    validate,
)
from tests.test_review161_compiled_departments import run, write
from tests.test_review180_submissions import BOOK

NEW = "デジタル推進部"  # (no department of the plan: made in the 組織改正)


def test_a_department_s_items_returned_by_a_new_department_name_its_file(city: Path) -> None:  # noqa: F811
    folder = city / "令和6年度"
    moved = [row for row in PLANNING_ROWS if row[0] == "2-1-1"]
    kept = [row for row in PLANNING_ROWS if row not in moved]
    form(folder / "DX評価_総務部.xlsx", "総務部", GENERAL_ROWS)
    own = form(folder / "DX評価_企画部.xlsx", "企画部", kept)
    theirs = form(folder / f"DX評価_{NEW}.xlsx", NEW, moved)
    code, shown = validate(city, folder)
    assert code == 0, shown
    found = {s["department"]: s for s in json.loads(shown)["submissions"]}
    planning = found["企画部"]
    assert planning["state"] == "提出済", planning
    assert planning["items"] == len(PLANNING_ROWS), planning
    assert planning["files"] == [str(own), str(theirs)], planning
    assert planning["label"] == f"提出済（うち {len(moved)}件は{NEW}のブックで回答）", planning
    assert planning["apart"] == [{"name": NEW, "items": len(moved), "workbook": True}], planning
    assert found["総務部"]["label"] == "提出済", found
    assert found["総務部"]["files"] == [str(folder / "DX評価_総務部.xlsx")], found
    wide = CliRunner().invoke(
        app,
        ["validate", str(folder), "--plan", str(city / "計画.xlsx"),
         "--config", str(city / "planeval.toml")],
        env={"COLUMNS": "200"},
    )  # fmt: skip
    assert f"{own.name}、{theirs.name}" in wide.output, wide.output


def test_a_compiled_book_s_rows_retyped_in_part_are_said_with_their_count(
    tmp_path: Path,
) -> None:
    plan, book = write(tmp_path, BOOK)
    compiled = load_workbook(book)  # (one of 都市・交通局's rows retyped with its new name)
    retyped = 0
    for sheet in compiled.worksheets:
        for (cell,) in sheet.iter_rows(min_col=4, max_col=4):
            if cell.value == "都市・交通局" and not retyped:
                cell.value, retyped = "都市整備局", 1
    compiled.save(book)
    code, shown, errors = run(tmp_path, "validate", str(book), "--plan", str(plan), "-f", "json")
    assert code == 0, errors
    found = {s["department"]: s for s in json.loads(shown)["submissions"]}
    renamed = found["都市・交通局"]
    assert renamed["label"] == f"提出済（うち {retyped}件は都市整備局の名で回答）", renamed
    assert renamed["files"] == [str(book)], renamed
    assert renamed["apart"] == [{"name": "都市整備局", "items": retyped, "workbook": False}]
    assert found["総務局"]["label"] == "提出済", found
