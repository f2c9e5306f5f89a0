"""浜松市's 基本方針 › 施策 › KPI worded direction = "施策" (review 113 #6): the 施策 column is read
as the project level and every output said 「2つの事業の6つのKPI」, with no word of why."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.config import load_config

SETTINGS = """
[scale]
preset = "hamamatsu"

[wording]
policy = "基本方針"
{level} = "施策"
item = "KPI"
status = "評価"
"""


def _read(tmp_path: Path, level: str) -> list[str]:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["No.", "基本方針", "施策", "KPI", "評価"])
    sheet.append(
        [
            "KPI1-1-1",
            "1 市民サービスのデジタル化",
            "1.1 行政手続のオンライン化",
            "オンライン申請が可能な手続数",
            "A",
        ]
    )
    sheet.append(["KPI1-1-2", None, None, "オンライン申請の利用率", "B"])
    sheet.append(["KPI1-2-1", None, "1.2 窓口のスマート化", "「書かない窓口」を導入した区役所数", "C"])  # fmt: skip
    path = tmp_path / "市民課.xlsx"
    book.save(path)
    settings = tmp_path / "planeval.toml"
    settings.write_text(SETTINGS.format(level=level), encoding="utf-8")
    config = load_config(settings)
    result = planeval.read_workbooks(
        [path], scale=config.scale, layout=config.layout, wording=config.wording, settings=settings
    )
    return [p.message for p in result.problems]


def test_direction_worded_as_the_project_s_column_is_said(tmp_path: Path) -> None:
    said = [m for m in _read(tmp_path, "direction") if 'direction = "施策"' in m]
    assert said == [
        'direction = "施策" は基本方針と project の段の間にある段の言葉ですが、読んだ表にその段は'
        "ありません。表の「施策」の列は評価する行（KPI）のすぐ上の段、project です。その段として"
        "読み、報告書もその段を「施策」と書きます"
    ]


def test_direction_worded_as_the_project_s_column_names_that_level_so(tmp_path: Path) -> None:
    """The outputs call the 施策 column's level 施策, as project = "施策" would, not planeval's
    事業 (review 129: 「2つの事業の6つのKPIを評価しました」 was left after the notice)."""
    _read(tmp_path, "direction")
    run = CliRunner().invoke(
        app,
        [
            "summarize",
            str(tmp_path / "市民課.xlsx"),
            "--narrative",
            "-qq",
            "--config",
            str(tmp_path / "planeval.toml"),
        ],
    )
    assert run.exit_code == 0, run.output
    assert "では、2施策の3つのKPIを評価しました。" in run.output
    assert "事業" not in run.output


@pytest.mark.parametrize("level", ["project"])
def test_the_project_worded_so_says_nothing(tmp_path: Path, level: str) -> None:
    assert not [m for m in _read(tmp_path, level) if "direction" in m]
