"""Outputs as a director reads them (review 105 #9, 北嶺県: 群馬県's 達成A…後退D): compare's and
rounds' statuses as the body's cells write them, and the exports' cells aligned alike."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "所管部", "達成状況", "課題等"]
GUNMA = '[scale]\npreset = "gunma"\n[wording]\npreset = "gunma"\n'


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _rounds(folder: Path) -> tuple[list[str], list[str]]:
    """Two rounds of a body whose cells hold word and letter (前進B), and its planeval.toml."""
    statuses = {"R5": ("前進B", "達成A"), "R6": ("横ばいC", "達成A")}
    paths = [
        str(
            write_book(
                folder / f"{name}.xlsx",
                {"表": [HEADER, ["1-1-1 事業", "① 一", "", a, ""], ["", "② 二", "", b, ""]]},
            )
        )
        for name, (a, b) in statuses.items()
    ]
    (folder / "planeval.toml").write_text(GUNMA, encoding="utf-8")
    return paths, ["--config", str(folder / "planeval.toml")]


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("│")[1:-1]]


def test_compare_and_rounds_show_statuses_as_the_body_writes_them(tmp_path: Path) -> None:
    """compare and rounds printed 「B │ C │ 後退」 where the body's forms, tables and issue list
    write 「前進B」「横ばいC」: each status as its cells are; the JSON keeps the symbols (data)."""
    paths, config = _rounds(tmp_path)
    compared = run("compare", *paths, *config)
    assert compared.exit_code == 0, compared.output
    [moved] = [_cells(line) for line in compared.stdout.splitlines() if "│ 1-1-1①" in line]
    assert moved == ["1-1-1①", "一", "前進B", "横ばいC", "後退"]
    data = json.loads(run("compare", *paths, *config, "-f", "json").stdout)
    assert [(m["old"]["status"], m["new"]["status"]) for m in data["movements"]] == [("B", "C")]
    out = tmp_path / "最終評価.xlsx"
    shown = run("rounds", *paths, *config, "--xlsx", str(out))
    assert shown.exit_code == 0, shown.output
    rows = [_cells(line) for line in shown.stdout.splitlines() if "│ 1-1-1" in line]
    assert rows == [["1-1-1①", "一", "前進B", "横ばいC"], ["1-1-1②", "二", "達成A", "達成A"]]
    sheet = load_workbook(out).worksheets[0]
    cells = [[c.value for c in row] for row in sheet.iter_rows(min_row=5, max_row=6)]
    assert [row[2:4] for row in cells] == [["前進B", "横ばいC"], ["達成A", "達成A"]]
