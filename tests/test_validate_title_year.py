"""validate --plan without --fiscal-year, on a round where a 局 sent its own 評価票 of last year
(its title 「令和4年度 …」, the others' 「令和5年度 …」): its rows were counted and the 局 said
「要確認（表題が令和4年度）」, exit 1. The file is left out as --fiscal-year 令和5 leaves it — an error
at its title — and the 局 is 「未提出（令和4年度の調査票）」 either way (review 129 N3): last
year's ratings are in no count of this year's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.config import load_config
from tests.bureau_forms import (
    BUREAU_HEADER,
    BUREAU_ITEMS,
    LAST_YEAR,
    SETTINGS,
    THIS_YEAR,
    bureau_form,
    bureau_plan,
)
from tests.conftest import write_book

WARNED = "表題の年度が令和4年度（2022年度）です（ほかの 1 ファイルは令和5年度（2023年度））"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.fixture
def round_folder(tmp_path: Path) -> tuple[Path, Path, Path]:
    """令和5年度's replies: 危機管理本部's, and 市民文化局's 令和4年度 評価票 sent again; the plan
    and the planeval.toml."""
    folder = tmp_path / "令和5年度"
    bureau_form(folder, "危機管理本部", "令和5年度", THIS_YEAR)
    bureau_form(folder, "市民文化局", "令和4年度", LAST_YEAR)
    settings = tmp_path / "planeval.toml"
    settings.write_text(SETTINGS, encoding="utf-8")
    return folder, bureau_plan(tmp_path), settings


@pytest.mark.parametrize("fiscal_year", [None, 2023])
def test_the_return_titled_with_another_year_is_left_out_and_unreturned(
    round_folder: tuple[Path, Path, Path], fiscal_year: int | None
) -> None:
    folder, plan_path, settings = round_folder
    config = load_config(settings)
    plan = planeval.read_plan(plan_path, wording=config.wording)
    read = planeval.read_workbooks([folder], scale=config.scale, plan=plan, fiscal_year=fiscal_year)
    [error] = [p for p in read.errors if "表題の年度が令和4年度" in p.message]
    assert error.location.file == str(folder / "市民文化局.xlsx")
    assert len(read.entries) == 2  # (危機管理本部's alone)
    said = {s.department: s for s in planeval.submissions(read, plan, scale=config.scale)}
    assert said["危機管理本部"].label == "提出済"
    assert said["市民文化局"].label == "未提出（令和4年度の調査票）"
    assert said["市民文化局"].files == (str(folder / "市民文化局.xlsx"),)


def test_validate_says_it_in_the_table_and_under_it(
    round_folder: tuple[Path, Path, Path],
) -> None:
    folder, plan_path, settings = round_folder
    args = ("validate", str(folder), "--plan", str(plan_path), "--config", str(settings))
    checked = run(*args, "-f", "csv")
    assert checked.exit_code == 1, checked.output
    lines = checked.stdout.splitlines()
    assert "市民文化局,未提出（令和4年度の調査票）,2,市民文化局.xlsx" in lines, checked.stdout
    assert "危機管理本部,提出済,2,危機管理本部.xlsx" in lines
    assert f"{WARNED}。このファイルの行は数えていません" in checked.stdout
    assert "要確認" not in checked.stdout
    data = json.loads(run(*args, "-f", "json").stdout)
    [returned] = [s for s in data["submissions"] if s["department"] == "市民文化局"]
    assert (returned["state"], returned["other_round"]) == ("未提出", 2022)


def test_every_return_titled_alike_is_handed_in(tmp_path: Path) -> None:
    """Titles of one year (or none stating a year apart): 提出済, exit 0, as before."""
    folder = tmp_path / "令和5年度"
    for bureau in ("危機管理本部", "市民文化局"):
        bureau_form(folder, bureau, "令和5年度", THIS_YEAR)
    settings = tmp_path / "planeval.toml"
    settings.write_text(SETTINGS, encoding="utf-8")
    plan = bureau_plan(tmp_path)
    checked = run("validate", str(folder), "--plan", str(plan), "--config", str(settings))
    assert checked.exit_code == 0, checked.output
    assert "要確認" not in checked.stdout
    assert "全 2 部署の調査票が提出され、すべて記入されています" in checked.stdout


def test_a_workbook_named_for_no_department_is_named_by_the_rows_it_held(
    round_folder: tuple[Path, Path, Path],
) -> None:
    """A 局's workbook named 「07_回答.xlsx」, its rows naming their 所管局 (愛知県's 局 books,
    each row's 担当課): left out as another year's, its departments are 未提出 with the year of
    their form and the file — it said 未提出 alone, no file named (review 129 N3)."""
    folder, plan_path, settings = round_folder
    (folder / "市民文化局.xlsx").unlink()
    rows: list[tuple[object, ...]] = [("令和4年度　施策進行管理・評価票",), (), BUREAU_HEADER]
    rows += [
        ("1 安全・安心で文化の薫るまち", measure, no, name, LAST_YEAR[name], "", owner)
        for measure, no, name, owner in BUREAU_ITEMS
        if owner == "市民文化局"
    ]
    write_book(folder / "07_回答.xlsx", {"評価票": rows})
    config = load_config(settings)
    plan = planeval.read_plan(plan_path, wording=config.wording)
    read = planeval.read_workbooks([folder], scale=config.scale, plan=plan)
    said = {s.department: s for s in planeval.submissions(read, plan, scale=config.scale)}
    assert said["市民文化局"].label == "未提出（令和4年度の調査票）"
    assert said["市民文化局"].files == (str(folder / "07_回答.xlsx"),)
