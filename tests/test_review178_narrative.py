"""Review 178 #9 and #11, the words under the counts of a round made past its errors.

#9: the export said of a policy of 5 計画事業 「…として、4つの計画事業に取り組みました」, one of
them worked on but its form last year's and left out: the policy's sentence now says the
projects counted as a part of the plan's, as the whole plan's does (「5つの計画事業のうち回答
のあった4つ」); and its rows left out for several reasons were 「なお、このほか…。また、このほか
…」, now one sentence, which check still reads part by part.

#11: compare's note of the items it leaves out named each 細目 of 1-1-3① by the item's name,
「1-1-3① ICT を活用した図書館…、1-1-3① ICT を活用した図書館…」: each is named by its 細目."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import REPO
from tests.test_department_forms import GENERAL_ROWS, PLAN, PLANNING_ROWS, form
from tests.test_review88_plan_rows import _round as _round_with_errors
from tests.test_unreturned_departments import MISSING, _round

RUNNER = CliRunner()
SEED = REPO / "data" / "setagaya" / "chapter3.xlsx"


def _run(city: Path, *args: str) -> tuple[int, str]:
    done = RUNNER.invoke(
        app, [*args, "--config", str(city / "planeval.toml")], env={"COLUMNS": "400"}
    )
    return done.exit_code, done.stdout


def _policy_line(report: Path, starts: str) -> str:
    return next(
        line for line in report.read_text(encoding="utf-8").splitlines() if line.startswith(starts)
    )


def test_a_policy_with_a_project_whose_form_was_last_year_s_says_the_plan_s_count(
    tmp_path: Path,
) -> None:
    city, folder = _round(tmp_path)
    assert MISSING == "総務部" and GENERAL_ROWS[0][-1] == "総務課"
    form(folder / f"DX評価_{MISSING}.xlsx", MISSING, GENERAL_ROWS, year=4)  # (last year's)
    report = tmp_path / "報告.md"
    code, said = _run(city, "export", str(folder), "--md", str(report), "--keep-going", "-qq")
    assert code == 1, said  # (the workbook of another year: an error, counted past)
    projects = {row[0] for row in PLAN if row[0].startswith("1-")}
    answered = {row[0] for row in PLANNING_ROWS if row[0].startswith("1-")}
    line = _policy_line(report, "「1-2 ")
    assert (
        f"として、{len(projects)}つの事業のうち回答のあった{len(answered)}つの事業について評価しました"
    ) in line, line
    assert "別の年度の調査票で提出された" in line
    # (check reads it back: the counted and the plan's, no disagreement)
    _, checked = _run(city, "check", str(folder), "--text", str(report), "--keep-going")
    assert "食い違い" not in checked, checked


def test_rows_left_out_for_two_reasons_are_said_after_one_このほか(
    tmp_path: Path,
) -> None:
    from tests.test_co_owned_issues import _city

    city = _city(tmp_path, welfare_leads=False)
    with (city / "planeval.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[plan]\nfile = "計画.xlsx"\n')
    folder = _round_with_errors(city, 4, inserted=True, mistyped=True)
    report = tmp_path / "報告.md"
    _run(city, "export", str(folder), "--md", str(report), "--keep-going", "-qq")
    for line in (_policy_line(report, "「1-"), _policy_line(report, "計画全体では")):
        left = line[line.index("なお、") :]
        # (not 「…集計に含めていないほか、…1件は、…」, no Japanese: review 203 #1)
        assert left.count("このほか") == 1, left
        assert re.fullmatch(
            r"なお、このほか計画にない行1件は、集計に含めていません。また、\w+1件は、"
            r"評価の記入に誤りがあるため集計に含めていません。",
            left,
        ), left
    _, checked = _run(city, "check", str(folder), "--text", str(report), "--keep-going", "-qq")
    assert "比べられなかった" not in checked and "食い違い" not in checked, checked


def test_compare_names_each_sub_item_it_leaves_out_by_its_sub_item(tmp_path: Path) -> None:
    """1-1-2①'s two 細目 (電子調達/マイナポータル, 電子申請) typed wrong this year: each named."""
    later = tmp_path / "later.xlsx"
    book = load_workbook(SEED)
    sheet = book.worksheets[0]
    cells = [
        cell
        for cell in sheet["C"]
        if isinstance(cell.value, str) and cell.value.startswith(("電子調達", "電子申請"))
    ]
    subs = [cell.value.rsplit(" ", 1)[0] for cell in cells]
    for cell, sub in zip(cells, subs, strict=True):
        cell.value = f"{sub} Z"  # (a status of no symbol: an error, the row 今回未集計)
    book.save(later)
    done = RUNNER.invoke(
        app, ["compare", str(SEED), str(later), "--keep-going"], env={"COLUMNS": "400"}
    )
    assert done.exit_code == 1, done.output
    note = next(line for line in done.stdout.splitlines() if "除いたのは" in line)
    for sub in subs:
        assert f"1-1-2①（細目 {sub}）" in note, note
    assert "1-1-2① マイナポータル" not in note
