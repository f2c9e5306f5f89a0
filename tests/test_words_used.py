"""compare, rounds and validate name the levels in the body's [wording] (review 5, M6), not
Setagaya's words; items numbered 1, 2 … under a project are told apart from it (1-1 2)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.config import load_config
from planeval.report import changes, round_tables
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
WORDING = (
    '[wording]\npolicy = "基本方針"\nproject = "改革項目"\nitem = "取組項目"\n'
    'status = "実施状況"\nissue = "課題・今後の方向性"\nsub_item = "小項目"\n'
)
SETAGAYA_WORDS = ("情報化政策", "政策別", "実施内容", "達成状況", "課題等", "細目")


def _round(path: Path, first: str, second: str, issue: str = "") -> Path:
    rows = [HEADER, ["1-1-1 事業", "① 一", first, issue], ["", "② 二", second, "理由"]]
    return write_book(path, {"第3章": rows})


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _setagaya_words(text: str) -> list[str]:
    return [word for word in SETAGAYA_WORDS if word in text]


def test_compare_and_rounds_use_the_bodys_words(tmp_path: Path) -> None:
    config = tmp_path / "planeval.toml"
    config.write_text(WORDING, encoding="utf-8")
    old = _round(tmp_path / "R4.xlsx", "△", "○", "遅れ")
    new = _round(tmp_path / "R5.xlsx", "○", "○")
    compared = _run("compare", str(old), str(new), "--config", str(config), "-f", "plain")
    assert compared.exit_code == 0, compared.output
    lines = [line.split() for line in compared.stdout.splitlines()]
    # (R4.xlsx, R5.xlsx: the years their names state head the tables)
    assert lines[:2] == [
        ["実施状況の変化（令和4年度", "→", "令和5年度）"],
        ["番号", "取組項目", "令和4年度", "令和5年度", "変化"],
    ]
    assert ["基本方針別の件数の変化（令和4年度", "→", "令和5年度）"] in lines
    assert _setagaya_words(compared.stdout) == []
    rounds = _run("rounds", str(old), str(new), "--config", str(config), "-f", "plain")
    assert rounds.stdout.splitlines()[0].split() == [
        "取組項目別の実施状況（令和4年度",
        "→",
        "令和5年度）",
    ]
    assert "基本方針別の件数（回ごと）" in rounds.stdout
    assert _setagaya_words(rounds.stdout) == []

    book = tmp_path / "compare.xlsx"
    args = ("--config", str(config), "--xlsx")
    assert _run("compare", str(old), str(new), *args, str(book)).exit_code == 0
    assert load_workbook(book).sheetnames == ["実施状況の変化", "基本方針別の件数の変化"]
    book = tmp_path / "rounds.xlsx"
    assert _run("rounds", str(old), str(new), *args, str(book)).exit_code == 0
    assert load_workbook(book).sheetnames == ["取組項目別の実施状況", "基本方針別の件数"]


def test_the_library_takes_the_wording_and_keeps_a_sub_item_column(tmp_path: Path) -> None:
    wording = load_config(_config(tmp_path)).wording
    rows = [HEADER, ["1-1-1 事業", "① 一", "電子申請 ○", ""]]
    old = planeval.read_workbooks([write_book(tmp_path / "a.xlsx", {"第3章": rows})])
    rows[1][2] = "電子申請 ◎"
    new = planeval.read_workbooks([write_book(tmp_path / "b.xlsx", {"第3章": rows})])
    comparison = planeval.compare(old, new, wording=wording)
    table = changes.movement_table(comparison, include_same=False)
    assert (table.title, table.headers) == (
        "実施状況の変化",
        ("番号", "取組項目", "小項目", "前回", "今回", "変化"),
    )
    assert table.rows == [["1-1-1①", "一", "電子申請", "○", "◎", "改善"]]
    table = round_tables.rounds_table(
        planeval.rounds([old, new], labels=["R4", "R5"], wording=wording)
    )
    assert table.headers == ("番号", "取組項目", "小項目", "R4", "R5")
    # (without a wording: Setagaya's, as before)
    assert changes.movement_table(planeval.compare(old, new), include_same=False).headers[:3] == (
        "番号",
        "実施内容",
        "細目",
    )


def _config(tmp_path: Path) -> Path:
    config = tmp_path / "planeval.toml"
    config.write_text(WORDING, encoding="utf-8")
    return config


def test_validate_names_the_bodys_issue_column_and_items(tmp_path: Path) -> None:
    config = _config(tmp_path)
    rows = [HEADER, ["1-1-1 事業", "① 一", "△", ""], ["", "③ 三", "○", ""]]
    path = write_book(tmp_path / "R5.xlsx", {"第3章": rows})
    said = _run("validate", str(path), "--config", str(config)).stdout
    assert "1-1-1① 一 は △（内容を一部修正して実施）ですが、課題・今後の方向性が空です" in said
    assert "理由や課題を課題・今後の方向性の欄に書いてください" in said
    assert "1-1-1 の取組項目の番号が ① の次に ③ になっています" in said
    assert _setagaya_words(said.replace(str(path), "")) == []
    found = planeval.validate(planeval.read_workbooks([path]), wording=load_config(config).wording)
    assert any("課題・今後の方向性が空です" in p.message for p in found)


def test_an_item_numbered_2_under_project_1_1_is_not_item_12(tmp_path: Path) -> None:
    """A named layout's items 2 and 10 under 1-1: "1-1-2", not "1-12" (project 1-12?): the
    three parts plans number 施策1-1's 事業 No.2 with (review 27: 「1-1 2」 read as odd)."""
    from planeval.ids import describe
    from planeval.model import Entry, Location

    entry = Entry(
        Location("a.xlsx"), "1", "", "1-1", "", 2, "2", "補助金の見直し", None, "未着手", "未着手"
    )
    assert describe(entry) == "1-1-2 補助金の見直し"
    ten = Entry(
        Location("a.xlsx"), "1", "", "1-1", "", 10, "10", "委託の見直し", None, "完了", "完了"
    )
    assert describe(ten) == "1-1-10 委託の見直し"
