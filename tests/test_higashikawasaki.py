"""東川崎市's yearly cycle (review 96): each 局's 施策進行管理・評価票, the 施策 numbered 1-1-(1) in a
column 施策番号 beside 施策名, the 事務事業 named only (tests/higashikawasaki_forms.py).

- #3: every clean run warned 「同じ番号の事務事業が多くのファイルで評価されています」 — three 局
  each rating their own 事務事業 under one shared 施策 were taken for one item rated in three
  files —, with the plan too, and on planeval's own filled-in templates it advised
  --bodies file and deleting other 局's rows. Several cities' workbooks read as one still warn.
- #2: the first run's notice offered `number = ["施策番号"]`, which made 施策番号 every
  事務事業's own number; what reads the forms is `item = ["事務事業名"]` — since review 114,
  read so with no settings.
- #1: last year's export against this year's folder showed the 局 that never answered as 21
  削除 and the totals falling; between two folders it is 今回未集計, like for like."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.higashikawasaki_forms import (
    FIRST_SETTINGS,
    ITEMS,
    bureau_form,
    city_plan,
    city_round,
    rated,
    settings,
)

RUNNER = CliRunner()
SHARED = "多くのファイルで評価されています"


def _run(*args: str) -> tuple[int, str, str]:
    result = RUNNER.invoke(app, list(args), env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


def _totals(stdout: str) -> dict[str, int]:
    return json.loads(stdout)["total"]["counts"]


def _counts(ratings: dict[str, int]) -> dict[str, int]:
    return {str(s): sum(1 for r in ratings.values() if r == s) for s in range(1, 6)}


def test_the_city_s_clean_returns_read_with_no_warning(tmp_path: Path) -> None:
    config = settings(tmp_path)
    for year in (6, 7):
        folder = city_round(tmp_path / f"令和{year}年度", year)
        code, _stdout, stderr = _run("summarize", str(folder), "--config", str(config))
        assert code == 0, stderr
        assert SHARED not in stderr and "警告" not in stderr
        code, stdout, _err = _run("summarize", str(folder), "--config", str(config), "-f", "json")
        assert _totals(stdout) == _counts(rated(year))


def test_the_city_s_returns_with_the_plan_read_with_no_warning(tmp_path: Path) -> None:
    config = settings(tmp_path)
    plan = city_plan(tmp_path)
    folder = city_round(tmp_path / "令和7年度", 7)
    code, stdout, stderr = _run(
        "validate", str(folder), "--plan", str(plan), "--config", str(config)
    )
    assert code == 0, stderr
    said = stdout + stderr
    assert "全 4 局の調査票が提出され" in said
    assert SHARED not in said and "[plan] file" not in said and "警告" not in said


def test_planeval_s_own_templates_filled_in_read_back_with_no_warning(tmp_path: Path) -> None:
    config = settings(tmp_path)
    plan = city_plan(tmp_path)
    forms = tmp_path / "調査票"
    code, _out, stderr = _run(
        "template", str(plan), "--fiscal-year", "令和7", "-o", str(forms),
        "--split-by", "department", "--config", str(config),
    )  # fmt: skip
    assert code == 0, stderr
    ratings = rated(7)
    for path in forms.glob("*.xlsx"):  # (each 局 rates the 事務事業 its form asks it to)
        book = load_workbook(path)
        sheet = book["達成度"]
        header = next(row for row in sheet.iter_rows() if row[0].value == "施策")
        status = next(cell.column for cell in header if cell.value == "達成度")
        for row in sheet.iter_rows(min_row=header[0].row + 1):
            if row[1].value in ratings and row[status - 1].protection.locked is False:
                row[status - 1].value = ratings[row[1].value]
        book.save(path)
    code, stdout, stderr = _run(
        "validate", str(forms), "--plan", str(plan), "--config", str(config)
    )
    assert code == 0, stderr
    said = stdout + stderr
    assert "全 4 局の調査票が提出され、すべて記入されています" in said
    assert SHARED not in said and "--bodies" not in said and "削除" not in said


def test_several_cities_forms_read_as_one_still_warn(tmp_path: Path) -> None:
    """The case the warning is for: three cities' 危機管理局 forms, each city's own 施策 and
    事務事業 numbered from 1-1-(1), read without --bodies."""
    config = settings(tmp_path)
    folder = tmp_path / "県内"
    for city in ("東川崎市", "西川崎市", "南川崎市"):
        own = [
            (number, f"{city[:2]}{measure}", f"{city[:2]}{name}", focus, "危機管理局", "", *r)
            for number, measure, name, focus, _lead, _co, *r in ITEMS
        ]
        bureau_form(folder, "危機管理局", 7, city=city, items=own, name=f"{city}.xlsx")
    code, _out, stderr = _run("summarize", str(folder), "--config", str(config))
    assert code == 0, stderr
    [warning] = [line for line in stderr.splitlines() if SHARED in line]
    assert "--bodies file" in warning


def test_the_first_run_reads_the_policy_number_as_its_policy_s(tmp_path: Path) -> None:
    """施策番号 numbers 施策名 beside it: 施策名 is the 施策 and 事務事業名 the rated item with no
    settings (review 114 #8; review 96 #2 offered `item = ["事務事業名"]` in a notice instead),
    read as that line read them."""
    folder = city_round(tmp_path / "令和6年度", 6)
    first = settings(tmp_path / "初回", FIRST_SETTINGS)
    code, stdout, stderr = _run("summarize", str(folder), "--config", str(first), "-f", "json")
    assert code == 0, stderr
    assert "警告" not in stderr and "施策番号" not in stderr
    assert _totals(stdout) == _counts(rated(6))
    code, stdout, _err = _run("summarize", str(folder), "--config", str(first), "--by", "project")
    assert "│ 1-1-(1) │ 防災体制の強化   │ 0 │ 1 │ 2 │ 0 │ 0 │  3 │" in stdout
    offered = FIRST_SETTINGS + '\n[layout.titles]\nitem = ["事務事業名"]\n'
    config = settings(tmp_path / "次", offered)
    code, same, _err = _run("summarize", str(folder), "--config", str(config), "--by", "project")
    assert same == stdout


def test_last_year_s_export_against_this_year_s_folder_says_who_did_not_answer(
    tmp_path: Path,
) -> None:
    config = settings(tmp_path)
    last = city_round(tmp_path / "令和6年度", 6)
    now = city_round(tmp_path / "令和7年度", 7, missing=("経済労働局",))
    export = tmp_path / "令和6年度.xlsx"
    code, _out, stderr = _run("export", str(last), "--xlsx", str(export), "--config", str(config))
    assert code == 0, stderr
    said = {}
    for old in (last, export):
        code, stdout, stderr = _run("compare", str(old), str(now), "--config", str(config))
        assert code == 0, stderr
        said[old] = stdout
    # (施策 1-1-(2) and 4-1-(2) still in this year's counts, each short of a row: review 202 #2)
    unanswered = (
        "今回は調査票の提出がなかった局: 経済労働局。その事務事業（施策 1-1-(2) の 4 件のうち 1 件、"
        "4-1-(1) の 2 件すべて、4-1-(2) の 2 件のうち 1 件）は「今回未集計」です"
    )
    assert unanswered in said[export]
    assert "削除" not in said[export]
    assert said[export] == said[last]
    code, stdout, _err = _run(
        "compare", str(export), str(now), "--config", str(config), "-f", "json"
    )
    answered = len(rated(7, missing=("経済労働局",)))
    compared = json.loads(stdout)
    assert compared["old"]["total"]["total"] == compared["new"]["total"]["total"] == answered
    code, stdout, stderr = _run("rounds", str(export), str(now), "--config", str(config))
    assert code == 0, stderr
    assert "調査票の提出がない回がある局: 経済労働局" in stdout
    led = sum(1 for item in ITEMS if item[4] == "経済労働局")
    assert stdout.count("未集計    │") == led
