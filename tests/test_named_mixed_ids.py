"""A named table's project number typed with a dot and a dash both (北山市's 番号 | 施策名 |
取組 | 達成状況, one 施策 typed 1.1-2 among 1.1.1 and 1.2.1) is read as its three numbers and
said as the one-cell layout says it (test_dotted_plan): once, at the cell where the project
starts, shown as the form's other numbers are (1.1.2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.model import Severity
from planeval.presets import PRESETS
from tests.conftest import write_book

HEADER = ["番号", "施策名", "取組", "達成状況", "担当課"]
SAID = "事業番号「1.1-2」は「.」と「-」が混ざっています。1.1.2 の事業として読みました"
FIX = "事業番号は「1.1.1」か「1-1-1」のどちらかの書き方にそろえてください"


def city_form(folder: Path, rows: list[list[object]], merges: tuple[str, ...] = ()) -> Path:
    """北山市's 進捗状況調査票 (愛知県's A–D): a 基本目標 heading, then one row per 取組 under
    its 施策's number and name."""
    sheet: list[list[object]] = [["基本目標1\u3000安心して暮らせるまち"], HEADER, *rows]
    return write_book(folder / "北山市.xlsx", {"進捗": sheet}, merges={"進捗": merges})


ROWS: list[list[object]] = [
    ["1.1.1", "防災体制の強化", "(1) 防災アプリの導入", "A", "危機管理課"],
    ["1.1-2", "地域見守りの推進", "(1) 見守りセンサーの設置", "C", "福祉課"],
    ["", "", "(2) 見守り協定の締結", "B", "福祉課"],
    ["1.2.1", "窓口の電子化", "(1) 電子申請の拡充", "B", "市民課"],
]


def test_a_mixed_number_in_the_number_column_is_said_once_at_its_cell(tmp_path: Path) -> None:
    path = city_form(tmp_path, ROWS, merges=("A4:A5", "B4:B5"))
    result = planeval.read_workbooks([path], scale=PRESETS["aichi"])
    assert [(e.project_id, e.shown_id, e.status) for e in result.entries] == [
        ("1-1-1", "1.1.1(1)", "A"),
        ("1-1-2", "1.1.2(1)", "C"),
        ("1-1-2", "1.1.2(2)", "B"),
        ("1-2-1", "1.2.1(1)", "B"),
    ]
    assert [(p.severity, p.location.cell, p.message, p.hint) for p in result.problems] == [
        (Severity.NOTICE, "A4", SAID, FIX)
    ]


def test_a_mixed_number_typed_on_each_of_its_rows_is_said_once(tmp_path: Path) -> None:
    rows = [list(row) for row in ROWS]
    rows[2][:2] = rows[1][:2]  # (the 施策's number and name typed again, not merged)
    result = planeval.read_workbooks([city_form(tmp_path, rows)], scale=PRESETS["aichi"])
    assert [e.shown_id for e in result.entries][1:3] == ["1.1.2(1)", "1.1.2(2)"]
    assert [(p.location.cell, p.message) for p in result.problems] == [("A4", SAID)]


def test_a_mixed_number_at_the_start_of_the_name_is_said_at_the_name(tmp_path: Path) -> None:
    header = ["施策", "取組", "達成状況", "担当課"]
    sheet: list[list[object]] = [
        ["基本目標1\u3000安心して暮らせるまち"],
        header,
        ["1.1.1 防災体制の強化", "(1) 防災アプリの導入", "A", "危機管理課"],
        ["1.1-2 地域見守りの推進", "(1) 見守りセンサーの設置", "C", "福祉課"],
    ]
    path = write_book(tmp_path / "北山市.xlsx", {"進捗": sheet})
    result = planeval.read_workbooks([path], scale=PRESETS["aichi"])
    assert [(e.project_id, e.shown_id) for e in result.entries] == [
        ("1-1-1", "1.1.1(1)"),
        ("1-1-2", "1.1.2(1)"),
    ]
    assert [(p.location.cell, p.message) for p in result.problems] == [("A4", SAID)]


@pytest.mark.parametrize("typed", ["1.1.2", "1-1-2"])
def test_a_number_typed_one_way_is_not_said(tmp_path: Path, typed: str) -> None:
    rows = [list(row) for row in ROWS]
    rows[1][0] = typed
    result = planeval.read_workbooks([city_form(tmp_path, rows)], scale=PRESETS["aichi"])
    assert [e.project_id for e in result.entries] == ["1-1-1", "1-1-2", "1-1-2", "1-2-1"]
    assert result.problems == []


def test_summarize_says_the_mixed_number_and_counts_its_rows(tmp_path: Path) -> None:
    path = city_form(tmp_path, ROWS, merges=("A4:A5", "B4:B5"))
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "aichi"\n', encoding="utf-8")
    out = CliRunner().invoke(
        app, ["summarize", str(path), "--config", str(tmp_path / "planeval.toml")]
    )
    assert out.exit_code == 0, out.output
    assert f"北山市.xlsx › 進捗 › A4: {SAID}" in out.stderr.replace("\n", ""), out.stderr
