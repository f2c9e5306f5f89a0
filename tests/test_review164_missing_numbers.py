"""Review 164: the error of a plan's 事業 no file holds circled its number though nobody typed
it so — 「計画の事業 2⑥ 学力向上推進事業 がどのファイルにもありません」 for a plan whose 番号
column holds 6 and whose forms write 「6 学力向上推進事業」. The tables show such rows as typed
(PlanItem.written_label); the messages now follow the same rule: circled only where the forms
write circled (世田谷区's 1-1-1①, tests/test_cycle.py, keeps its ②)."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.review164_departments import MEASURES, PROJECTS, build

CIRCLED = re.compile("[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]")


def _without_row(answers: Path, department: str, number: int) -> None:
    """The 課's workbook with the row of 事業 ``number`` deleted, as a clerk might."""
    [path] = answers.glob(f"*_{department}.xlsx")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    [row] = [c.row for c in sheet["B"] if str(c.value or "").startswith(f"{number} ")]
    sheet.delete_rows(row)
    book.save(path)


def test_the_missing_row_is_numbered_as_the_forms_number_theirs(tmp_path: Path) -> None:
    answers = build(tmp_path, 1, plan=True)
    number = 4
    measure, name, department, _statuses = PROJECTS[number]
    _without_row(answers, department, number)
    result = CliRunner().invoke(
        app,
        ["summarize", str(answers), "--config", str(tmp_path / "planeval.toml")],
        env={"COLUMNS": "250"},
    )
    assert result.exit_code == 1, result.output
    [error] = [line for line in result.output.splitlines() if name in line]
    assert f"計画の事業 {measure} {number} {name} がどのファイルにもありません" in error
    assert MEASURES[measure][1] == "学校教育の充実"  # (its 施策, 2, before its own 4)
    assert not CIRCLED.search(result.output), result.output
