"""A national survey's issue list (one workbook a body, --bodies file) at 80 columns was one
block per row (review 22): its 出典, 「011002_北海道札幌市.xlsx › 第3章 › C9」 on every row, left
no room for a table. Each body's rows are now a box under a line naming the body and its file,
every row's 出典 as sheet › cell, every box with the same columns."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.fold import cp932_width
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "細目", "達成状況", "課題等"]
BODIES = ["011002_北海道札幌市", "041009_宮城県仙台市", "403831_福岡県京都郡苅田町"]


def _survey(folder: Path) -> Path:
    for number, name in enumerate(BODIES, 1):
        rows = [
            HEADER,
            ["1-1-1 窓口のデジタル化", "① 電子申請の拡充", "", "△", "国の仕様確定が遅れた"],
            ["", "② キャッシュレス決済の導入", "窓口", "×", "ベンダーとの契約が遅れた"],
            ["1-1-2 デジタルデバイド対策", "① デジタル支援員の配置", "", "△", f"応募{number}人"],
        ]
        write_book(folder / f"{name}.xlsx", {"第3章": [["情報化政策1 行政のデジタル化"], *rows]})
    return folder


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
def test_a_national_issue_list_at_80_columns_is_a_box_per_body(
    tmp_path: Path, encoding: str
) -> None:
    folder = str(_survey(tmp_path))
    measure = cp932_width if encoding == "cp932" else cell_len
    runner = CliRunner(charset=encoding)
    for width in (40, 80, 120):
        args = ["issues", folder, "--bodies", "file"]
        out = runner.invoke(app, args, env={"COLUMNS": str(width)}).stdout
        lines = out.splitlines()
        assert all(measure(line) <= width for line in lines), out
        assert out.count("ベンダー") == len(BODIES), out  # (every row, its words whole)
        if width == 40:  # (no table fits: one block per row, each labelled)
            assert "団体 北海道札幌市  番号 1-1-1①" in lines, out
            continue
        tops = [
            line
            for above, line in pairwise(lines)
            if above.startswith("団体 ") and line.startswith(("┌", "+-"))
        ]
        assert len(tops) == len(BODIES), out  # (a box per body, under the line naming it)
        for name in BODIES:  # (each body's file named once, above its box)
            body = name.split("_")[1]
            assert f"団体 {body} ／ 出典のファイル: {name}.xlsx" in lines, out
            assert out.count(f"{name}.xlsx") == 1, out
        bar = "│" if encoding == "utf-8" else "|"
        places = [line.split(bar)[-2].strip() for line in lines if line.startswith(bar)]
        arrow = "›" if encoding == "utf-8" else ">"
        assert [f"第3章 {arrow} E{row}" for row in (3, 4, 5)] * 3 == [  # (課題等: review 162 #7)
            place for place in places if place.startswith("第3章")
        ], out
        assert "団体" not in lines[2], out  # (the body said above its box, not in a column)
