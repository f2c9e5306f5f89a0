"""Review 136 #5: minor points of 青葉台市's outputs — rounds' cells of an item dropped or added
said so, as compare says them, not left blank (a blank reads as 未記入)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_cycle_rounds import _round


def test_rounds_says_removed_and_added_where_an_item_is_not_in_a_round(tmp_path: Path) -> None:
    paths = [
        _round(tmp_path / "令和6年度.xlsx", [("1-1-1 事業", "① 一", "○"), ("", "② 二", "○")]),
        _round(tmp_path / "令和7年度.xlsx", [("1-1-1 事業", "① 一", "◎"), ("", "③ 三", "△")]),
    ]
    runner = CliRunner()
    shown = runner.invoke(app, ["rounds", *map(str, paths)], env={"COLUMNS": "160"})
    assert shown.exit_code == 0, shown.output
    lines = {line.split("│")[1].strip(): line for line in shown.stdout.splitlines() if "│" in line}
    assert [c.strip() for c in lines["1-1-1②"].split("│")[3:5]] == ["○", "（削除）"]
    assert [c.strip() for c in lines["1-1-1③"].split("│")[3:5]] == ["（追加）", "△"]
    assert [c.strip() for c in lines["1-1-1①"].split("│")[3:5]] == ["○", "◎"]
    out = tmp_path / "最終評価.xlsx"
    assert runner.invoke(app, ["rounds", *map(str, paths), "--xlsx", str(out)]).exit_code == 0
    cells = [[c.value for c in row] for row in load_workbook(out).worksheets[0].iter_rows()]
    assert ["1-1-1②", "二", "○", "（削除）"] in [row[:4] for row in cells]
    assert ["1-1-1③", "三", "（追加）", "△"] in [row[:4] for row in cells]
