"""A national survey's old form (review 97 #9): its status column titled 「自己評価（A～E）」,
every cell under it A–E. The error said only 「評価の表が見つかりません」 with a generic
example (status = ["評価ランク"]) — the hint for a retitled status column (io/status_choice.py)
fired only where [layout] status_column names a column. Now the error stands at that
column, names its title, and gives the one planeval.toml line that reads it; with that line
the form is counted."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.config import Layout
from planeval.presets import PRESETS
from tests.conftest import write_book

LEGEND = "評価　A：効果的　B：おおむね効果的　C：改善に向けた検討を要する　D：課題の検証を要する"


def _old_form(path: Path, name: str) -> Path:
    """The office's 回答票 of the year before: 団体名 in one cell, the status 「自己評価（A～E）」."""
    rows: list[list[object]] = [
        ["令和6年度 自治体DX推進状況調査 回答票"],
        [f"団体名：{name}"],
        [],
        [],
        [LEGEND],
        [],
        [
            "No.",
            "基本方針",
            "施策",
            "取組項目",
            "取組内容",
            "自己評価（A～E）",
            "課題・今後の方向性",
            "担当課",
        ],
        [
            1,
            "1 行政手続のデジタル化",
            "1-1 手続のオンライン化",
            "1-1-1 電子申請",
            "① 申請の拡大",
            "A",
            "",
            "企画課",
        ],
        [
            2,
            "1 行政手続のデジタル化",
            "1-1 手続のオンライン化",
            "1-1-1 電子申請",
            "② 周知",
            "C",
            "周知不足",
            "企画課",
        ],
        [
            3,
            "1 行政手続のデジタル化",
            "1-1 手続のオンライン化",
            "1-1-2 キャッシュレス",
            "① 窓口",
            "B",
            "",
            "税務課",
        ],
    ]
    return write_book(path, {"記入方法": [["記入方法"]], "回答": rows})


def test_the_error_names_the_column_holding_the_ratings_and_the_line(tmp_path: Path) -> None:
    _old_form(tmp_path / "012467_西川市.xlsx", "西川市")
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "hirakata"\n', encoding="utf-8")
    said = CliRunner().invoke(
        app,
        [
            "validate",
            str(tmp_path),
            "--bodies",
            "file",
            "--config",
            str(tmp_path / "planeval.toml"),
        ],
        env={"COLUMNS": "200"},
    )
    assert said.exit_code == 1
    [error] = [line for line in said.stdout.splitlines() if line.startswith("エラー:")]
    assert error.startswith(f"エラー: {tmp_path / '012467_西川市.xlsx'} › 回答 › F7: 評価の表が")
    assert (
        "F7 の「自己評価（A～E）」が評価の列ではありませんか（A・B・C・D・E が記入されています）"
        in error
    )
    assert 'planeval.toml の [layout.titles] に status = ["自己評価"] と書けば' in error
    assert "評価ランク" not in error


def test_the_line_offered_reads_the_form(tmp_path: Path) -> None:
    path = _old_form(tmp_path / "012467_西川市.xlsx", "西川市")
    layout = Layout({"status": ("自己評価",)})
    read = planeval.read_workbooks([path], scale=PRESETS["hirakata"], layout=layout)
    assert not read.errors
    assert [entry.status for entry in read.entries] == ["A", "C", "B"]


def test_no_column_of_ratings_keeps_the_general_example(tmp_path: Path) -> None:
    """A header row none of whose columns holds the scale's ratings: nothing to point at."""
    path = _old_form(tmp_path / "西川市.xlsx", "西川市")
    read = planeval.read_workbooks([path], scale=PRESETS["progress"])
    [error] = read.errors
    assert error.location == planeval.Location(str(path))
    assert "ではありませんか" not in error.message
    assert 'status = ["評価ランク"]' in error.hint
