"""compare, rounds and check --previous over last year's rows the plan refuses (review 118 #4,
review 119 #5) and a project renumbered under its name:

- 世田谷区's 政策経営部 inserted a row ⑦ of its own last year: its own summarize with the plan
  left it out, check --previous counted it in 前年度 (「Bは前年度の3件」 said wrong, 4);
  compare's and rounds' are test_review88_plan_rows' and test_rounds_plan_rows'.
- 緑ヶ丘市's 2.1.2 and 2.1.3, swapped by this year's plan: rounds paired them (2.1.2 → 2.1.3),
  then listed them among the rows the plan would refuse, by their 取組内容 prose; a row the
  plan refuses of such a body is named by its 取組項目, as the tables name it.
- a 改革項目 renumbered under its name, Ⅳ-2 → Ⅳ-3, its items numbered ① ②: paired, but said
  neither 番号変更 nor 「2.① → 3.①」 — only its unnumbered items were.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.body_settings import REFORM_PROGRESS
from tests.test_renumbered_project import _form
from tests.test_review88_plan_rows import _round, _run, city  # noqa: F401  (fixture)
from tests.test_review116_rated_projects import ALL_UNDER_WAY, TOML, _book, _described, _plan

RUNNER = CliRunner()


def test_check_previous_counts_last_year_without_the_row_the_plan_refuses(
    city: Path,  # noqa: F811
) -> None:
    """Last year's 5 rows of 基本目標1 are 4 with the plan (B 2): 「Bは前年度の3件」 of the
    whole plan is right; it was said wrong against 4, the inserted row's B counted."""
    before, after = _round(city, 4, inserted=True), _round(city, 5, inserted=False)
    text = city / "報告書.txt"
    text.write_text("取組内容6件のうち、Bは3件で前年度の3件から増減はありませんでした。\n", "utf-8")
    code, shown = _run(city, "check", str(after), "--text", str(text), "--previous", str(before))
    assert code == 0, shown
    assert "すべて集計と一致しています" in shown, shown


def _settings(tmp_path: Path) -> Path:
    config = tmp_path / "planeval.toml"
    plan = _plan(tmp_path / "plan.xlsx")
    config.write_text(f'{TOML}\n[plan]\nfile = "{plan.as_posix()}"\n', encoding="utf-8")
    return config


def _rounds(tmp_path: Path, *args: str) -> str:
    config = _settings(tmp_path)
    said = RUNNER.invoke(
        app, ["rounds", *args, "--config", str(config), "-q"], env={"COLUMNS": "300"}
    )
    assert said.exit_code == 0, said.output
    return said.stdout


def test_rounds_says_no_error_of_rows_it_paired_under_their_new_numbers(tmp_path: Path) -> None:
    """compare's test_compare_says_no_error_of_rows_it_paired_under_their_new_numbers, for
    rounds: R5's 2.1.3 and 2.1.2 are this year's 2.1.2 and 2.1.3, not rows outside the
    plan."""
    moved = {"住民票の電子化": "2.1.3", "市税徴収の適正化": "2.1.2"}
    old = _book(tmp_path / "R5" / "r5.xlsx", ALL_UNDER_WAY, numbers=moved).parent
    new = _book(tmp_path / "R6" / "r6.xlsx", ALL_UNDER_WAY).parent
    shown = _rounds(tmp_path, str(old), str(new))
    assert "2.1.3 → 2.1.2 住民票の電子化" in shown, shown
    assert "記入に不備のあった行" not in shown, shown


def test_a_row_the_plan_refuses_is_named_by_its_project_as_the_tables_name_it(
    tmp_path: Path,
) -> None:
    """A 取組項目 last year's 課 added, 2.1.4 窓口の民間委託, is named so, not by its 取組内容
    「窓口の民間委託について検討し、実施する。」 (review 119 #5)."""
    old = _book(tmp_path / "R5" / "r5.xlsx", ALL_UNDER_WAY)
    book = load_workbook(old)
    name = "窓口の民間委託"
    book.active.append(("2.1.4", name, _described(name), "", "協議中", "取組中", "市民課"))
    book.save(old)
    new = _book(tmp_path / "R6" / "r6.xlsx", ALL_UNDER_WAY)
    note = "の 1 行（2.1.4 窓口の民間委託）は、計画と照らすと記入に不備のあった行"
    assert note in _rounds(tmp_path, str(old.parent), str(new.parent))
    said = RUNNER.invoke(
        app,
        ["compare", str(old.parent), str(new.parent), "--config", str(_settings(tmp_path))],
        env={"COLUMNS": "300"},
    )
    assert note in said.stdout, said.output
    assert "検討し、実施する。）" not in said.stdout


@pytest.mark.parametrize("command", ["compare", "rounds"])
def test_numbered_items_of_a_project_renumbered_under_its_name_are_renumbered(
    tmp_path: Path, command: str
) -> None:
    old = _form(tmp_path / "R6.xlsx", [
        ("1.", "職員提案制度", "①職員提案制度の活性化", "未着手"),
        ("2.", "働き方改革", "①テレワークの推進", "取組中"),
        ("2.", "働き方改革", "②時間外勤務の縮減", "取組中"),
    ])  # fmt: skip
    new = _form(tmp_path / "R7.xlsx", [
        ("1.", "職員提案制度", "①職員提案制度の活性化", "取組中"),
        ("2.", "教職員の働き方改革", "①校務支援システムの活用", "完了"),
        ("3.", "働き方改革", "①テレワークの推進", "完了"),
        ("3.", "働き方改革", "②時間外勤務の縮減", "取組中"),
    ])  # fmt: skip
    config = tmp_path / "planeval.toml"
    config.write_text(REFORM_PROGRESS, encoding="utf-8")
    args = [command, str(old), str(new), "--config", str(config), "-f", "plain"]
    said = RUNNER.invoke(app, args, env={"COLUMNS": "200"})
    assert said.exit_code == 0, said.output
    rows = [" ".join(line.split()) for line in said.stdout.splitlines()]
    moved = "2.① → 3.① テレワークの推進 取組中 完了"
    assert f"{moved} 改善（番号変更）" in rows if command == "compare" else moved in rows, rows
    if command == "compare":
        data = RUNNER.invoke(app, [*args[:-1], "json"]).stdout
        assert [m["moved"] for m in json.loads(data)["movements"]] == [False, False, True, True]
