"""validate --plan without --fiscal-year, on a round where a 局 sent its own 評価票 of last year
(its title 「令和4年度 …」, the others' 「令和5年度 …」): the warning above says the workbook may be
last year's, and 提出状況 said 提出済 for that 局 under it. It says 「要確認（表題が令和4年度）」 —
not 提出済, nor 未提出, for only the clerk can tell last year's workbook from a title left
unchanged — the line under the table names it, and the exit code is 1 as for a 局 still to
answer; with --fiscal-year 令和5 the file is left out and the 局 「未提出（令和4年度の調査票）」."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.config import load_config
from tests.bureau_forms import LAST_YEAR, SETTINGS, THIS_YEAR, bureau_form, bureau_plan

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


def test_the_return_titled_with_another_year_is_to_be_confirmed(
    round_folder: tuple[Path, Path, Path],
) -> None:
    folder, plan_path, settings = round_folder
    config = load_config(settings)
    plan = planeval.read_plan(plan_path, wording=config.wording)
    read = planeval.read_workbooks([folder], scale=config.scale, plan=plan)
    [warning] = [p for p in read.problems if p.message.startswith(WARNED)]
    assert warning.location.file == str(folder / "市民文化局.xlsx")
    said = {s.department: s for s in planeval.submissions(read, plan, scale=config.scale)}
    assert said["危機管理本部"].label == "提出済"
    assert said["市民文化局"].state == "要確認"
    assert said["市民文化局"].label == "要確認（表題が令和4年度）"
    assert said["市民文化局"].titled == 2022
    assert said["市民文化局"].files == (str(folder / "市民文化局.xlsx"),)
    # (its rows counted, as summarize counts them without the year: it may be a title unchanged)
    assert len(read.entries) == 4
    # (the year given: left out, 未提出 with the year of its form)
    given = planeval.read_workbooks([folder], scale=config.scale, plan=plan, fiscal_year=2023)
    left = {s.department: s for s in planeval.submissions(given, plan, scale=config.scale)}
    assert left["市民文化局"].label == "未提出（令和4年度の調査票）"
    assert left["市民文化局"].titled is None


def test_validate_says_the_same_of_it_in_the_table_and_under_it(
    round_folder: tuple[Path, Path, Path],
) -> None:
    folder, plan_path, settings = round_folder
    args = ("validate", str(folder), "--plan", str(plan_path), "--config", str(settings))
    checked = run(*args, "-f", "csv")
    assert checked.exit_code == 1, checked.output
    lines = checked.stdout.splitlines()
    assert "市民文化局,要確認（表題が令和4年度）,2,市民文化局.xlsx" in lines, checked.stdout
    assert "危機管理本部,提出済,2,危機管理本部.xlsx" in lines
    verdict = "2 部署のうち、要確認（表題の年度がほかと違う）1 部署（市民文化局: 表題が令和4年度）があります"
    assert WARNED in checked.stdout  # (the warning it agrees with, in the problems' table)
    shown = run(*args)
    assert shown.exit_code == 1, shown.output
    assert verdict in shown.stdout.splitlines(), shown.stdout
    [row] = [line for line in shown.stdout.splitlines() if line.startswith("│ 市民文化局")]
    assert "要確認（表題が令和4年度）" in row and "提出済" not in row
    data = json.loads(run(*args, "-f", "json").stdout)
    [returned] = [s for s in data["submissions"] if s["department"] == "市民文化局"]
    assert (returned["state"], returned["titled_year"]) == ("要確認", 2022)
    given = run(*args, "--fiscal-year", "令和5", "-f", "csv")
    assert given.exit_code == 1, given.output
    assert "市民文化局,未提出（令和4年度の調査票）,2,市民文化局.xlsx" in given.stdout.splitlines()


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
