"""東浜市's two rounds read with one plan of no stated year (review 128 #3, left open in the
forty-fourth session): 令和7's list dropped 4-1-(2) 公共施設マネジメント事業 and renumbered
4-1-(3) 行財政改革推進事業 to 4-1-(2), and the city keeps it as 「計画事業一覧.xlsx」, no year in
its title or name. compare and rounds took 令和6's 4-1-(2) for a row the plan refuses and left
it out of 前回 (2 where 令和6 counted 3). A plan holding rows of the round under other numbers
is one revised since that round: its refusals are not that round's own, and 前回 is the rows
令和6 rated. (A 課's row inserted into a round the plan numbers as it is stays left out:
tests/test_review88_plan_rows.py.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.tohama_forms import HEADER

SETTINGS = """[scale]
preset = "nagayo"

[wording]
policy = "基本目標"
direction = "基本方針"
project = "事業"
item = "指標"
status = "評価"
department = "担当課"
"""
GOAL = "基本目標4　活力と魅力あるまち"
DIRECTION = "基本方針4-1　持続可能な財政運営"
# (項目, 事業名, 指標, 評価) of each round
R6 = [
    ("4-1-(1)", "ふるさと納税推進事業", "寄附件数", "A"),
    ("4-1-(2)", "公共施設マネジメント事業", "延床面積の削減率", "B"),
    ("4-1-(3)", "行財政改革推進事業", "改革項目の達成率", "A"),
]
R7 = [
    ("4-1-(1)", "ふるさと納税推進事業", "寄附件数", "S"),
    ("4-1-(2)", "行財政改革推進事業", "改革項目の達成率", "B"),
]
RUNNER = CliRunner()


def _form(folder: Path, year: int, rows: list[tuple[str, str, str, str]]) -> None:
    folder.mkdir()
    sheet: list[list[object]] = [
        [f"令和{year}年度　東浜市第5次総合計画　実施計画事業評価（企画財政部）"],
        ["担当部：企画財政部"],
        [],
        [GOAL],
        [DIRECTION],
        HEADER,
    ]
    sheet += [
        [no, name, indicator, "1", "2", "3", status, "", "財政課"]
        for no, name, indicator, status in rows
    ]
    write_book(folder / f"企画財政部_R{year}.xlsx", {"評価": sheet})


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("tohama")
    (where / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    plan: list[list[object]] = [["東浜市第5次総合計画　実施計画　計画事業一覧"], []]
    plan.append(["基本目標", "基本方針", "事業番号", "事業名", "指標", "区分", "担当部"])
    plan += [
        [GOAL, DIRECTION, no, name, indicator, "継続", "企画財政部"]
        for no, name, indicator, _ in R7
    ]
    write_book(where / "計画事業一覧.xlsx", {"計画事業一覧": plan})
    _form(where / "R6", 6, R6)
    _form(where / "R7", 7, R7)
    return where


def _json(city: Path, *args: str) -> dict:
    plan, config = str(city / "計画事業一覧.xlsx"), str(city / "planeval.toml")
    done = RUNNER.invoke(app, [*args, "--plan", plan, "--config", config, "-f", "json", "-qq"])
    assert done.exit_code == 0, done.output
    return json.loads(done.stdout)


def test_compare_counts_last_years_rows_under_a_revised_plan_of_no_year(city: Path) -> None:
    data = _json(city, "compare", str(city / "R6"), str(city / "R7"))
    assert data["old_rows_plan_leaves_out"] == []
    assert data["counted"]["old"] == 3
    assert data["old"]["total"]["counts"] == {"S": 0, "A": 2, "B": 1, "C": 0}
    kinds = {m["old"]["project_name"]: m["kind"] for m in data["movements"] if m["old"]}
    assert kinds["公共施設マネジメント事業"] == "removed"


def test_rounds_count_them_too(city: Path) -> None:
    data = _json(city, "rounds", str(city / "R6"), str(city / "R7"))
    assert all(rows == [] for rows in data["rows_plan_leaves_out"].values())
    [total] = [p["counts"][0] for p in data["policies"] if p["id"] == "合計"]
    assert total["計"] == 3
