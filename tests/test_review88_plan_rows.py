"""A 課's row inserted mid-table, of no item of the plan (review 88, 北浜市's R6): an error
(「計画にない取組です」), left out of the round's own count. compare's 前回 counted it — one more
than last year's table, unsaid (review 88), then said (a fall of one that did not happen: review
118 #4): it is left out of 前回's counts as its own summarize left it out, and said so.
And the export's sentence under its policy called it one of the plan's items left out
(「このほか取組1件は、エラーがあったため…」): it is a row the plan does not hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_co_owned_issues import _city
from tests.test_department_forms import GENERAL_ROWS, PLANNING_ROWS, form

RUNNER = CliRunner()
NOTE = (
    "前回の 1 行（1-1-1(3) 手続案内の動画配信）は、計画と照らすと記入に不備のあった行（計画にない"
    "取組内容など）のため、前回を計画とともに集計した表（summarize --keep-going）と同じく、"
    "基本目標別の件数の変化の前回に含めていません"
)


def _round(city: Path, year: int, *, inserted: bool, mistyped: bool = False) -> Path:
    folder = city / f"令和{year}年度"
    rows = list(GENERAL_ROWS)
    if inserted:  # (the 課's own row, typed in mid-table)
        rows.insert(1, ("1-1-1", "(3) 手続案内の動画配信", "B", "", "総務課"))
    planning = list(PLANNING_ROWS)
    if mistyped:  # (a status of no symbol of the scale, in another department's file)
        planning[0] = (*planning[0][:2], "Ｘ", *planning[0][3:])
    form(folder / "DX評価_総務部.xlsx", "総務部", rows, year=year)
    form(folder / "DX評価_企画部.xlsx", "企画部", planning, year=year)
    return folder


@pytest.fixture()
def city(tmp_path: Path) -> Path:
    city = _city(tmp_path, welfare_leads=False)
    with (city / "planeval.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[plan]\nfile = "計画.xlsx"\n')
    return city


def _run(city: Path, *args: str) -> tuple[int, str]:
    done = RUNNER.invoke(
        app, [*args, "--config", str(city / "planeval.toml")], env={"COLUMNS": "400"}
    )
    return done.exit_code, done.stdout


@pytest.mark.parametrize("inserted", [True, False])
def test_compare_says_the_earlier_round_s_row_its_own_count_left_out(
    city: Path, inserted: bool
) -> None:
    before = str(_round(city, 4, inserted=inserted))
    after = str(_round(city, 5, inserted=False))
    code, own = _run(city, "summarize", before, "--keep-going", "-f", "json", "-qq")
    assert code == 1 or not inserted  # (its own count: the row an error, left out)
    code, shown = _run(city, "compare", before, after, "-q")
    assert code == 0, shown
    assert (NOTE in shown.splitlines()) == inserted, shown
    code, data = _run(city, "compare", before, after, "-f", "json")
    rows = json.loads(data)["old_rows_plan_leaves_out"]
    assert [row["item_name"] for row in rows] == (["手続案内の動画配信"] if inserted else [])
    # (review 118 #4: 前回's counts are its own summarize's, not one more — 計 ▲1 read as a fall)
    assert json.loads(data)["old"]["groups"] == json.loads(own)["groups"]
    assert json.loads(data)["counted"]["old"] == json.loads(own)["total"]["total"]


def test_the_export_says_a_row_of_no_item_of_the_plan_as_such(city: Path, tmp_path: Path) -> None:
    folder = str(_round(city, 4, inserted=True))
    out = tmp_path / "報告書.md"
    code, _ = _run(city, "export", folder, "--md", str(out), "--keep-going", "-qq")
    assert code == 1  # (the error counted past)
    [sentence] = [
        line
        for line in out.read_text(encoding="utf-8").splitlines()
        if "このほか" in line and not line.startswith("計画全体では")  # (its policy's)
    ]
    assert sentence.endswith("なお、このほか計画にない行1件は、集計に含めていません。"), sentence
    # (check reads it back as rows not counted, and compares it: the row is one, its error's)
    _, said = _run(city, "check", folder, "--text", str(out), "--keep-going", "-f", "csv")
    assert "食い違い" not in said and "比べられなかった" not in said, said


def test_check_compares_the_export_s_row_of_no_plan_item_and_its_row_in_error_each_with_its_own(
    city: Path, tmp_path: Path
) -> None:
    """Review 118 #3: 政策経営部's inserted row (計画にない行1件) and 危機管理部's 'O' (実施内容
    1件は、エラーがあったため) in one policy: check of planeval's own export could compare
    neither, and blamed both on 政策経営部's file. Each is compared with its own rows."""
    folder = str(_round(city, 4, inserted=True, mistyped=True))
    out = tmp_path / "報告書.md"
    _run(city, "export", folder, "--md", str(out), "--keep-going", "-qq")
    [sentence] = [
        line
        for line in out.read_text(encoding="utf-8").splitlines()
        if "このほか" in line and not line.startswith("計画全体では")  # (its policy's)
    ]
    assert "計画にない行1件" in sentence and "1件は、評価の記入に誤りがあるため" in sentence, (
        sentence
    )
    _, said = _run(city, "check", folder, "--text", str(out), "--keep-going", "-qq")
    assert "比べられなかった" not in said and "食い違い" not in said, said
    assert "すべて集計と一致しています" in said, said
    # (a number stated wrong is not taken for the other reason's row: the plan's rows are 1)
    out.write_text(
        out.read_text(encoding="utf-8").replace("計画にない行1件", "計画にない行2件"), "utf-8"
    )
    _, said = _run(city, "check", folder, "--text", str(out), "--keep-going", "-qq")
    assert "計画にない行のため数えなかった行は 1 行で、記載と違います" in said, said
