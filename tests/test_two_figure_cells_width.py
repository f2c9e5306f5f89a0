"""Review 166 #6: at 120 columns 上毛県's indicator table with cells of two figures
(「93.1%(小) 90.2%(中)」, OTHER-BODIES.md "Indicator tables") gave 策定時, 前年度 and 現状値 17
columns each — the width the cell would take on one line, though it was printed over two, a
figure a line — and left 指標 15, so 「ア 端末を毎日活用する学校の割合」 took three lines. Such a
cell is now measured by its widest figure: its column is as narrow as one figure and the names
have the room (each indicator here on one line)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from rich.cells import cell_len
from typer.testing import CliRunner

from planeval.cli import app

TOML = """[scale]
preset = "gunma"

[wording]
policy = "基本目標"
project = "項目"
item = "指標"
status = "指標の評価"
"""
HEADER = ["項目", "指標", "策定時\n（R2）", "前年度\n（R5）", "現状値\n（R6）", "目標値\n（R7）"]
HEADER.append("指標の評価\n（A～D）")
INDICATORS = [  # (name, 策定時, 前年度, 現状値, 目標値, rating)
    ("端末を毎日活用する学校の割合", "40.0%(小) 35.0%(中)", "88.0%(小) 84.0%(中)",
     "93.1%(小) 90.2%(中)", "100%", "前進B"),
    ("デジタル教科書を導入した学校の割合", "5.0%", "60.0%", "100.0%", "100%", "達成A"),
    ("ICT支援員を配置した学校数", "50校", "210校", "205校", "250校", "後退D"),
]  # fmt: skip


def _form(folder: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["令和６年度 上毛県情報化推進計画 進捗状況調査票（教育委員会事務局）"])
    sheet.append(["基本目標3　デジタル社会を支える人と行政をつくる"])
    sheet.append(HEADER)
    sheet.append(["(2)　1人1台端末の活用"])
    for label, (name, *figures, rating) in zip("アイウ", INDICATORS, strict=True):
        sheet.append([label, name, *figures, rating])
    path = folder / "08_教育委員会事務局_進捗状況.xlsx"
    book.save(path)
    (folder / "planeval.toml").write_text(TOML, encoding="utf-8")
    return path


def test_a_cell_of_two_figures_is_as_wide_as_one_and_the_names_have_the_room(
    tmp_path: Path,
) -> None:
    path = _form(tmp_path)
    config = str(tmp_path / "planeval.toml")
    run = CliRunner().invoke(app, ["tables", str(path), "--config", config], env={"COLUMNS": "120"})
    assert run.exit_code == 0, run.output
    lines = run.stdout.splitlines()
    assert all(cell_len(line) <= 120 for line in lines)
    rows = [line for line in lines if line.startswith("│")]
    # every indicator whole on its line, its label before it
    for label, (name, *_rest) in zip("アイウ", INDICATORS, strict=True):
        assert any(f"{label} {name}" in row for row in rows), run.stdout
    # a cell of two figures over two lines, a figure a line, in a column as wide as one
    first, second = INDICATORS[0][1].split()
    at = next(index for index, row in enumerate(rows) if first in row)
    cells = [cell.strip() for cell in rows[at].strip("│").split("│")]
    column = cells.index(first)
    assert [cell.strip() for cell in rows[at + 1].strip("│").split("│")][column] == second
    top = next(line for line in lines if line.startswith("┌"))
    inside = [len(part) - 2 for part in top.strip("┌┐").split("┬")]  # (each column's width)
    assert inside[column] < cell_len(INDICATORS[0][1])
