"""The 集計 sheet's chart under its notes (review 31 #7): a department that sent nothing and a
row with an error each get a note under the counts, and the chart, anchored at a fixed row,
covered them (「教育委員会事務局の取組 2 件は…」 hidden, only its end showing beside the
chart). The same rule as the 団体別集計 sheet's (test_rollup_prints)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_compare_unreturned import LATER, _city_with_plan
from tests.test_department_forms import form


def test_the_chart_stands_under_the_notes_on_uncounted_rows(tmp_path: Path) -> None:
    city = _city_with_plan(tmp_path)
    folder = city / "令和6年度"
    planning = [row if row[1] != "(1) 標準準拠システムへの移行" else (*row[:2], "", *row[3:])
                for row in LATER["企画部"]]  # fmt: skip
    form(folder / "DX評価_企画部.xlsx", "企画部", planning, year=6)  # (a status left blank)
    form(folder / "DX評価_福祉部.xlsx", "福祉部", LATER["福祉部"], year=6)  # (総務部: none)
    xlsx = city / "out.xlsx"
    args = ["export", str(folder), "--keep-going", "--xlsx", str(xlsx)]
    result = CliRunner().invoke(app, [*args, "--config", str(city / "planeval.toml")])
    assert result.exit_code == 1, result.output
    sheet = load_workbook(xlsx).worksheets[0]
    notes = [str(c.value) for (c,) in sheet.iter_rows(max_col=1) if c.value]
    assert any("総務部" in note and "未提出" in note for note in notes), notes
    assert any(note.startswith("記入に不備のあった 1 か所") for note in notes), notes
    last = max(cell.row for (cell,) in sheet.iter_rows(max_col=1) if cell.value)
    assert str(sheet.cell(last, 1).value) == notes[-1]
    [chart] = sheet._charts  # type: ignore[attr-defined]
    assert chart.anchor._from.row == last + 1  # (0-based: under a blank row after the last note)
