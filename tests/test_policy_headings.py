"""A level heading above Setagaya-style ID tables (基本目標1 …, not only 情報化政策1 …) names
the policy its number is, and no other."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
NAME = "市民サービスの向上に向けたデジタル化"


def _policy(number: int) -> list[list[object]]:
    """A policy's rows of an ID table: a direction, a project and its two rated items."""
    return [
        [f"{number}-1 窓口のデジタル化"],
        [f"{number}-1-1 電子申請の拡充", "① 申請手続のオンライン化", "○", ""],
        ["", "② 電子納付の導入", "◎", "対応する税目を増やす"],
    ]


def _names(result: planeval.ReadResult) -> list[tuple[str, str]]:
    return sorted({(entry.policy_id, entry.policy_name) for entry in result.entries})


@pytest.mark.parametrize(
    "heading",
    [
        f"情報化政策1　{NAME}",
        f"基本目標1　{NAME}",
        f"基本方針1　{NAME}",
        f"政策1 {NAME}",
        f"基本目標Ⅰ「{NAME}」",
    ],
)
def test_a_heading_above_an_id_table_names_its_policy(tmp_path: Path, heading: str) -> None:
    path = write_book(tmp_path / "status.xlsx", {"第3章": [[heading], HEADER, *_policy(1)]})
    result = planeval.read_workbooks([path])
    assert _names(result) == [("1", NAME)]
    assert result.problems == []
    summary = planeval.summarize(result.entries)
    assert [(group.id, group.name, group.count.total) for group in summary.groups] == [
        ("1", NAME, 2)
    ]


def test_each_heading_names_the_policy_of_its_own_number(tmp_path: Path) -> None:
    """Tables stacked under their headings, and headings between the policies of one table."""
    stacked = [["基本目標1　くらし"], HEADER, *_policy(1), [], ["基本目標2　しごと"], HEADER]
    one_table = [HEADER, ["基本方針1　くらし"], *_policy(1), ["基本方針2　しごと"]]
    for name, rows in (("stacked.xlsx", stacked), ("one_table.xlsx", one_table)):
        path = write_book(tmp_path / name, {"第3章": [*rows, *_policy(2)]})
        result = planeval.read_workbooks([path])
        assert _names(result) == [("1", "くらし"), ("2", "しごと")], name
        assert result.problems == []


def test_a_heading_of_another_number_names_no_policy(tmp_path: Path) -> None:
    """基本目標2 above a table of 1-x-x IDs is not policy 1's name (as 情報化政策2 is not)."""
    for word in ("基本目標", "情報化政策"):
        rows = [[f"{word}2　しごと"], HEADER, *_policy(1)]
        path = write_book(tmp_path / f"{word}.xlsx", {"第3章": rows})
        assert _names(planeval.read_workbooks([path])) == [("1", "")], word


def test_a_body_s_own_heading_word_from_layout_headings(tmp_path: Path) -> None:
    rows = [["重点戦略1　くらし"], HEADER, *_policy(1)]
    path = write_book(tmp_path / "status.xlsx", {"第3章": rows})
    assert _names(planeval.read_workbooks([path])) == [("1", "")]  # (a word planeval knows not)
    settings = tmp_path / "planeval.toml"
    settings.write_text('[layout]\nheadings = ["重点戦略"]\n', encoding="utf-8")
    config = planeval.load_config(settings)
    result = planeval.read_workbooks([path], scale=config.scale, layout=config.layout)
    assert _names(result) == [("1", "くらし")]
    assert result.problems == []


def test_summarize_shows_the_name_of_a_basic_goal_heading(tmp_path: Path) -> None:
    rows = [[f"基本目標1　{NAME}"], HEADER, *_policy(1)]
    path = write_book(tmp_path / "status.xlsx", {"第3章": rows})
    shown = CliRunner().invoke(
        app, ["summarize", str(path), "-f", "csv", "--no-bom"], env={"COLUMNS": "200"}
    )
    assert shown.exit_code == 0, shown.output
    assert shown.stderr == ""
    assert list(csv.reader(io.StringIO(shown.stdout))) == [
        ["番号", "名称", "◎", "○", "△", "×", "計", "-（再掲）"],
        ["1", NAME, "1", "1", "0", "0", "2", "0"],
        ["合計", "", "1", "1", "0", "0", "2", "0"],
    ]


def test_tables_heads_each_policy_as_the_export_does(tmp_path: Path) -> None:
    """羽村市's `policy_heading = "{policy}{id}「{name}」"`: summarize --narrative and the export
    said 施策27「都市基盤整備」 while `tables` printed 施策27 都市基盤整備 (review 16)."""
    from tests.conftest import SEED_WORKBOOK

    config = tmp_path / "planeval.toml"
    config.write_text(
        '[wording]\npolicy = "情報化政策"\npolicy_heading = "{policy}{id}「{name}」"\n',
        encoding="utf-8",
    )
    shown = CliRunner().invoke(
        app, ["tables", str(SEED_WORKBOOK), "-f", "plain", "--config", str(config)]
    )
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.startswith("情報化政策1「区民の力を活かす情報化」\n")
    assert "情報化政策2「行政経営を支援する情報化」" in shown.stdout
