"""Review 178 #8: a plan and forms with no policy heading row 「（1）情報化政策1 …」 left the 集計
table without its 名称 column, the chart's axis 「1 2 3」 and every heading a bare number, and
nothing said why. One notice says the names were found nowhere and how to give them."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_co_owned_issues import _city
from tests.test_department_forms import returns

NAMELESS = "の名前が見つからないため"


def _summarize(city: Path) -> tuple[int, list[str]]:
    run = CliRunner().invoke(
        app,
        ["summarize", str(city / "令和5年度"), "--config", str(city / "planeval.toml")],
        env={"COLUMNS": "200"},
    )
    return run.exit_code, [line for line in run.stderr.splitlines() if NAMELESS in line]


def test_a_plan_and_forms_naming_no_policy_are_said_once_as_a_notice(tmp_path: Path) -> None:
    city = _city(tmp_path)  # (its plan: 事業番号 | 事業名 | …, no heading row above)
    with (city / "planeval.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[plan]\nfile = "計画.xlsx"\n')
    returns(city)
    code, said = _summarize(city)
    assert code == 0
    assert said == [
        f"お知らせ: {city / '令和5年度'}: 基本目標{NAMELESS}、表・グラフ・見出しには基本目標の"
        "番号だけを載せています（計画の一覧にも調査票にも「基本目標1 名前」のような"
        "基本目標の見出しの行がありません）（名前を載せるなら、計画の一覧（--plan）か調査票の"
        "表の上に、基本目標ごとに「基本目標1 名前」の形の見出しの行を入れてください）"
    ]
    assert _names(city) == ["", ""]
    # a heading row above the plan's list names policy 1: nothing said
    book = load_workbook(city / "計画.xlsx")
    book.active.insert_rows(1)
    book.active["A1"] = "基本目標1 デジタル市役所"
    book.save(city / "計画.xlsx")
    assert _names(city) == ["デジタル市役所", ""]
    assert _summarize(city) == (0, [])


def _names(city: Path) -> list[str]:
    run = CliRunner().invoke(
        app,
        ["summarize", str(city / "令和5年度"), "-f", "json", "--config", f"{city}/planeval.toml"],
    )
    return [group["name"] for group in json.loads(run.stdout)["groups"]]
