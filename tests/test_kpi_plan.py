"""A prefecture's KPI plan as its 部局 fill it in (review 36, 愛知県's あいちDX推進プラン: 基本方針
headings, 施策１－１ headings above each table, one KPI per 取組, A–D by 達成率). An issue list
of indicators: the KPI's name alone — 「1-1-2 | キャッシュレス対応税目数 | B」 — did not say which
取組 it was; where the rated rows are indicators with no number of their own, the list names
the project before each. The offered [wording] named no direction though every table stands
under 「施策１－１ …」: the heading over a table with its own project column is the direction's."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

TOML = """[scale]
preset = "aichi"

[wording]
policy = "基本方針"
project = "取組"
item = "KPI"
status = "評価"
issue = "備考"
department = "担当課"
"""
HEADER = ["No.", "取組名", "KPI（指標）", "目標値", "実績値", "評価", "備考", "担当課"]


def _kpi_book(tmp_path: Path) -> None:
    write_book(
        tmp_path / "01_総務局.xlsx",
        {
            "基本方針1": [
                ["令和5年度 あいちDX推進プラン2025 取組状況調査票"],
                [],
                ["基本方針１　県民サービスのデジタル化"],
                ["施策１－１　行政手続のオンライン化"],
                HEADER,
                ["１", "電子申請の対象手続拡大", "オンライン化した手続数", "500件", "520件", "A", "",
                 "デジタル推進課"],
                ["２", "県税のキャッシュレス納付", "キャッシュレス対応税目数", "10税目", "9税目",
                 "B", "自動車税種別割は対応済", "税務課"],
            ]
        },
    )  # fmt: skip


def test_an_indicator_is_listed_with_its_project_s_name(tmp_path: Path, monkeypatch) -> None:
    _kpi_book(tmp_path)
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(app, ["issues", "01_総務局.xlsx", "-f", "json"])
    assert run.exit_code == 0, run.output
    [issue] = json.loads(run.stdout)["issues"]
    assert issue["item_name"] == "キャッシュレス対応税目数"  # (the data: as read)
    shown = CliRunner().invoke(app, ["issues", "01_総務局.xlsx", "-f", "csv"])
    assert "県税のキャッシュレス納付：キャッシュレス対応税目数" in shown.stdout


def test_the_offered_wording_names_the_heading_over_each_table_the_direction(
    tmp_path: Path, monkeypatch
) -> None:
    _kpi_book(tmp_path)
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "aichi"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(app, ["summarize", "01_総務局.xlsx"])
    assert run.exit_code == 0, run.output
    offered = run.stderr[run.stderr.index("[wording]") :]
    assert 'policy = "基本方針"\n' in offered and 'direction = "施策"\n' in offered
    assert 'project = "取組"\n' in offered and 'item = "KPI"\n' in offered


def test_a_plan_numbering_and_naming_its_levels_in_the_body_s_words(tmp_path: Path) -> None:
    """Review 62: 群馬県's plan, 基本目標 | 施策番号 | 施策名 | 取組番号 | 取組名 | 指標 | 区分 | 所管部,
    with [wording] project = "施策", item = "取組", was 「施策…の列がありません」; the advised
    [layout.titles] project = ["施策名"] gave the same error (the word's 施策名 took it)."""
    rows: list[list[object]] = [
        ["群馬県情報化推進計画 取組一覧"],
        ["基本目標", "施策番号", "施策名", "取組番号", "取組名", "指標", "区分", "所管部"],
        [
            "1 暮らし",
            "1-(1)",
            "行政手続のオンライン化",
            "ア",
            "電子申請の拡大",
            "手続数",
            "継続",
            "総務部",
        ],
        [
            "1 暮らし",
            "1-(1)",
            "行政手続のオンライン化",
            "イ",
            "キャッシュレス納付",
            "納付率",
            "継続",
            "総務部",
        ],
        [
            "2 産業",
            "2-(1)",
            "観光のデジタル化",
            "ア",
            "観光アプリ",
            "ダウンロード数",
            "新規",
            "産業経済部",
        ],
    ]
    path = write_book(tmp_path / "計画.xlsx", {"計画": rows})
    toml = (
        '[wording]\npolicy = "基本目標"\nproject = "施策"\nitem = "取組"\ndepartment = "所管部"\n'
    )
    for extra in ("", '\n[layout.titles]\nproject = ["施策名"]\n'):
        (tmp_path / "planeval.toml").write_text(toml + extra, encoding="utf-8")
        config = planeval.load_config(tmp_path / "planeval.toml")
        plan = planeval.read_plan(path, layout=config.layout, wording=config.wording)
        assert [(i.project_name, i.item_label, i.item_name, i.departments) for i in plan.items] == [
            ("行政手続のオンライン化", "ア", "電子申請の拡大", ("総務部",)),
            ("行政手続のオンライン化", "イ", "キャッシュレス納付", ("総務部",)),
            ("観光のデジタル化", "ア", "観光アプリ", ("産業経済部",)),
        ], extra
