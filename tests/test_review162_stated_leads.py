"""Review 162 #4: this year's forms read with last year's plan. The 令和5 plan moved 1-1-2④ to
子ども・若者部 as lead; its form says 「子ども・若者部（共管: …）」, yet with the 令和4 plan, whose
lead is 政策経営部 (子ども・若者部 not even a 関係部 of 1-1-2), validate said 「問題は見つかりません
でした」 and compare nothing. A row whose form states another of the plan's departments as its
lead is now a warning at its department cell naming both, with the fix; the count is as before,
and this year's plan (the designed path) says nothing, nor does last year's round compared."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.cycle_fill import PLAN, fill_workbook

MOVED, NEW_LEAD, OLD_LEAD = "1-1-2④", "子ども・若者部", "政策経営部"
SAID = " の所管部が計画と違います"


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _forms(plan: Path, folder: Path, year: str) -> Path:
    args = ["template", str(plan), "--fiscal-year", year, "-o", str(folder)]
    result = _run(*args, "--split-by", "department")
    assert result.exit_code == 0, result.output
    for path in sorted(folder.glob("*.xlsx")):
        fill_workbook(path)
    return folder


@pytest.fixture(scope="module")
def rounds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(this year's plan, last year's forms, this year's forms): the bundled plan is last
    year's; this year's moves 1-1-2④ to 子ども・若者部 in its own 関係部 cell."""
    base = tmp_path_factory.mktemp("r162l")
    book = load_workbook(PLAN)
    sheet = book.worksheets[0]
    [row] = [r for r in sheet.iter_rows() if str(r[1].value or "").startswith("④ 世田谷版ネウボラ")]
    titles = {str(cell.value): cell.column - 1 for cell in sheet[5] if cell.value}
    cell = row[titles["関係部"]].coordinate
    for merged in [m for m in sheet.merged_cells.ranges if cell in m]:  # (the project's cell)
        sheet.unmerge_cells(str(merged))
    sheet[cell].value = NEW_LEAD
    newer = base / "計画_令和5.xlsx"
    book.save(newer)
    return newer, _forms(PLAN, base / "R4", "令和4"), _forms(newer, base / "R5", "令和5")


def test_a_form_stating_another_lead_than_the_plan_is_warned_of(
    rounds: tuple[Path, Path, Path],
) -> None:
    newer, _last, this = rounds
    older = planeval.read_plan(PLAN)
    read = planeval.read_workbooks([this], plan=older)
    [warning] = [p for p in read.problems if SAID in p.message]
    assert warning.severity.value == "warning"
    assert f"{MOVED}{SAID}: 調査票では「{NEW_LEAD}」、計画では「{OLD_LEAD}」" in warning.message
    assert "この回の年度の計画を --plan" in warning.hint
    assert Path(warning.location.file).name == f"実施状況調査票_2023_{NEW_LEAD}.xlsx"
    assert warning.location.sheet is not None and warning.location.cell is not None
    cell = load_workbook(warning.location.file)[warning.location.sheet][warning.location.cell]
    assert str(cell.value).startswith(NEW_LEAD)  # (its department cell)
    # the count as before; this year's plan says nothing
    same = planeval.read_workbooks([this], plan=planeval.read_plan(newer))
    assert not [p for p in same.problems if SAID in p.message]
    assert planeval.summarize(read.entries).total == planeval.summarize(same.entries).total


def test_validate_and_compare_say_it(rounds: tuple[Path, Path, Path]) -> None:
    newer, last, this = rounds
    result = _run("validate", str(this), "--plan", str(PLAN))
    assert result.exit_code == 0, result.output
    assert "問題は見つかりませんでした" not in result.output
    assert f"{MOVED}{SAID}" in result.output and f"計画では「{OLD_LEAD}」" in result.output
    result = _run("compare", str(last), str(this), "--plan", str(PLAN))
    assert f"{MOVED}{SAID}" in result.output, result.output
    # the designed path: this year's plan, last year's round compared with it — silent
    for args in (["validate", str(this)], ["compare", str(last), str(this)]):
        result = _run(*args, "--plan", str(newer))
        assert result.exit_code == 0 and SAID not in result.output, result.output
