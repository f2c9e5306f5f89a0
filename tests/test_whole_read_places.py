"""What is said of a whole read stands at the read, and the tally counts each place as what it
is (review 86): a roll-up's notice of one policy named apart was placed at its first body's
workbook (長野市's, which has nothing to fix); a warning said of the folder R5 made 「（2
ファイル）」 of one workbook; a notice at planeval.toml counted it among the workbooks (review 85)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.model import Location, Problem, Severity
from planeval.report.problems import tally
from tests.gyokaku_forms import gyokaku_round

# each body's name for its 基本目標1: two bodies name it one way, one another
NAMES = {"01_青葉市": "便利な行政手続の実現", "02_緑町": "便利な行政手続の実現"}
NAMES["03_星野市"] = "行政サービスのデジタル化"


def _reply(path: Path, name: str) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "調査票"
    sheet.append(["令和6年度 デジタル化推進計画 取組状況調査票"])
    sheet.append([])
    sheet.append([f"基本目標1 {name}"])
    sheet.append(["番号", "計画事業", "実施内容", "評価", "課題等", "所管課"])
    sheet.append(["1-1-1", "窓口のデジタル化", "① 端末の更新", "B", None, "企画課"])
    sheet.append(["1-1-2", "電子申請の拡充", "① 様式の見直し", "A", None, "企画課"])
    book.save(path)


def test_a_policy_named_apart_is_said_at_the_folder_not_a_body_s_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "R6_file").mkdir()
    for body, name in NAMES.items():
        _reply(tmp_path / "R6_file" / f"{body}.xlsx", name)
    Path("planeval.toml").write_text(
        '[scale]\npreset = "aichi"\n\n[wording]\npolicy = "基本目標"\n', encoding="utf-8"
    )
    said = CliRunner().invoke(
        app, ["summarize", "R6_file", "--bodies", "file"], env={"COLUMNS": "200"}
    )
    assert said.exit_code == 0, said.output
    assert said.stderr.splitlines()[0] == (
        "お知らせ: R6_file: 基本目標1 は団体によって名前が違うため、表に名前を載せていません: "
        "「便利な行政手続の実現」（青葉市・緑町）、「行政サービスのデジタル化」（星野市）"
        "（同じ基本目標なら、ブックの名前をそろえてください）"
    )


def test_a_warning_at_the_folder_is_no_second_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gyokaku_round(tmp_path)  # (市民課's blank 実施状況; 改革項目 3's 課 sent nothing)
    with (tmp_path / "planeval.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[wording]\npolicy = "改革項目"\nitem = "取り組み項目"\n')
    monkeypatch.chdir(tmp_path)
    said = CliRunner().invoke(app, ["validate", "R5"], env={"COLUMNS": "200"})
    lines = said.stdout.splitlines()  # (validate's verdict: its problems on stdout)
    assert any(
        line.startswith("警告: R5: 改革項目 3 の行がどのファイルにもありません") for line in lines
    )
    assert lines[-1] == "エラー 1 件、警告 1 件（1 ファイルと 1 フォルダ）"


def test_a_settings_file_is_said_as_one() -> None:
    def at(place: str) -> Problem:
        return Problem(Location(place, "進捗状況", "C6"), Severity.ERROR, "…")

    settings = Problem(Location("計画/planeval.toml"), Severity.NOTICE, "…")
    workbooks = [at("R5/財政課.xlsx"), at("R5/市民課.xlsx")]
    assert tally([*workbooks, settings]) == (
        "エラー 2 件、お知らせ 1 件（2 ファイルと設定ファイル planeval.toml）"
    )
    assert (
        tally([workbooks[0], settings])
        == "エラー 1 件、お知らせ 1 件（1 ファイルと設定ファイル planeval.toml）"
    )
    assert tally(workbooks) == "エラー 2 件（2 ファイル）"
    folder = Problem(Location("R5/"), Severity.WARNING, "…")  # (a folder, said as one)
    assert tally([workbooks[0], folder, settings]) == (
        "エラー 1 件、警告 1 件、お知らせ 1 件（1 ファイル、1 フォルダと設定ファイル planeval.toml）"
    )
    assert tally([settings]) == "お知らせ 1 件"  # (one place: nothing to count)
