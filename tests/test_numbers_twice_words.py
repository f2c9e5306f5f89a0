"""The warning of one number given two items' names in a project says the project in the body's
words: a survey whose planeval.toml has [wording] project = "取組項目" read 「同じ事業の…」 beside
its own 取組内容 (review 97 #10)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

HEADER = ["No.", "基本方針", "施策", "取組項目", "取組内容", "評価", "課題・今後の方向性", "担当課"]
SETTINGS = """\
[scale]
preset = "hirakata"

[wording]
policy = "基本方針"
direction = "施策"
project = "取組項目"
item = "取組内容"
status = "評価"
issue = "課題・今後の方向性"
department = "担当課"
"""


def test_a_number_given_two_names_is_said_in_the_body_s_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A municipality's reply whose 1-1-1 has two ① (a row copied down and renamed)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "R6").mkdir()
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    book = Workbook()
    sheet = book.active
    sheet.title = "回答"
    sheet["A1"] = "令和6年度 自治体DX推進状況調査 回答票"
    sheet["A2"], sheet["B2"] = "団体コード", "013404"
    sheet["A3"], sheet["B3"] = "団体名", "泉葉町"
    sheet.append([])
    sheet.append([])
    sheet.append([])
    sheet.append(HEADER)
    policy, direction, project = (
        "1 デジタルデバイド対策",
        "1-1 情報発信の充実",
        "1-1-1 スマホ教室の開催",
    )
    sheet.append([1, policy, direction, project, "① 対象手続の拡大", "A", "", "情報政策課"])
    sheet.append([2, policy, direction, project, "① 利用者への周知", "B", "", "情報政策課"])
    book.save(tmp_path / "R6" / "013404_泉葉町.xlsx")
    args = ["validate", "R6", "--bodies", "file", "--config", "planeval.toml"]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    (warning,) = [line for line in result.output.splitlines() if line.startswith("警告:")]
    assert warning == (
        "警告: R6/013404_泉葉町.xlsx › 回答 › F9: 同じ取組項目の同じ番号に名前の違う取組内容が"
        "二つあります: 1-1-1① 対象手続の拡大（F8）と 1-1-1① 利用者への周知（F9）。別々に数えて"
        "います（表を並べ替えて別の取組項目の行が入っていないか、番号が正しいか確かめてください）"
    )
