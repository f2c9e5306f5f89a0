"""Review 181 #4: 上毛県's 県民生活部 copied its 令和6年度 sheet, and the clerk fixed only the
title's year: its headers still read 「前年度（R5）」「現状値（R6）」 and its note
「※「前年度」欄は令和５年度末時点、「現状値」欄は令和６年度末時点の数値です。」, which the export
publishes under a table of 令和7年度's figures. Each is now a warning at its cell naming the year
found and the year expected; this year's own headers and notes, and a plan's baseline 現状値
with no 前年度 beside it, say nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import write_book

GUNMA = PRESETS["gunma"]
STALE = "前の年度のシートを写したままかもしれません"


def form(path: Path, year: int, headers: tuple[str, ...], note: str) -> Path:
    rows: list[list[object]] = [
        [f"令和{year}年度 上毛県情報化推進計画 進捗状況調査票（県民生活部）"],
        [],
        ["施策7\u3000データ利活用の推進"],
        ["項目", "指標", "策定時\n（R2）", *headers, "目標値\n（R7）", "指標の評価\n（A～D）"],
        ["(6)\u3000県民生活のデータ活用"],
        [
            "ア",
            "消費生活相談のオンライン受付の割合",
            "0%",
            *("18.0%", "24.5%")[: len(headers)],
            "50.0%",
            "前進B",
        ],
        [
            "イ",
            "マイナンバーカードの保有率",
            "12.0%",
            *("72.0%", "76.8%")[: len(headers)],
            "80.0%",
            "達成A",
        ],
        [],
        [note],  # (under its rows, as the prefecture's form has it: published with them)
    ]
    return write_book(path, {"進捗状況": rows})


COPIED = ("前年度\n（R5）", "現状値\n（R6）")
COPIED_NOTE = "※「前年度」欄は令和５年度末時点、「現状値」欄は令和６年度末時点の数値です。"
OWN = ("前年度\n（R6）", "現状値\n（R7）")
OWN_NOTE = "※「前年度」欄は令和６年度末時点、「現状値」欄は令和７年度末時点の数値です。"


def test_a_copied_sheet_s_headers_and_note_naming_last_year_are_said(tmp_path: Path) -> None:
    path = form(tmp_path / "03_県民生活部.xlsx", 7, COPIED, COPIED_NOTE)
    result = planeval.read_workbooks([path], scale=GUNMA)
    said = {p.location.cell: p for p in result.problems if STALE in p.message}
    assert set(said) == {"D4", "E4", "A9"}
    assert all(p.severity.name == "WARNING" for p in said.values())
    assert "「前年度」を令和5年度（令和6年度のはず）" in said["D4"].message
    assert "「現状値」を令和6年度（令和7年度のはず）" in said["E4"].message
    note = said["A9"].message
    assert note.startswith(f"注記「{COPIED_NOTE}」は")
    assert (
        "「前年度」を令和5年度（令和6年度のはず）、「現状値」を令和6年度（令和7年度のはず）" in note
    )
    assert "表題は令和7年度" in note
    assert len(result.entries) == 2  # (its rows counted all the same)


@pytest.mark.parametrize(
    ("year", "headers", "note"),
    [
        (7, OWN, OWN_NOTE),  # (this year's own)
        (6, COPIED, COPIED_NOTE),  # (last year's workbook whole: its title says so, another error)
        (7, ("現状値\n（R2）",), "※現状値は計画策定時（令和２年度）の数値です。"),  # (a baseline)
    ],
)
def test_headers_and_notes_of_their_own_year_say_nothing(
    tmp_path: Path, year: int, headers: tuple[str, ...], note: str
) -> None:
    path = form(tmp_path / "03_県民生活部.xlsx", year, headers, note)
    result = planeval.read_workbooks([path], scale=GUNMA)
    assert not [p for p in result.problems if STALE in p.message]


def test_summarize_warns_and_counts(tmp_path: Path) -> None:
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "gunma"\n', encoding="utf-8")
    (tmp_path / "回答").mkdir()
    form(tmp_path / "回答" / "03_県民生活部.xlsx", 7, COPIED, COPIED_NOTE)
    args = ["summarize", str(tmp_path / "回答"), "--config", str(tmp_path / "planeval.toml")]
    result = CliRunner().invoke(app, [*args, "-f", "csv"])
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.stdout.lstrip("\ufeff").splitlines()[-1].split(",")[-1] == "2"
    assert result.stderr.count(STALE) == 3


def test_a_note_beside_the_table_naming_last_year_is_said(tmp_path: Path) -> None:
    """#4's leftover: the note typed to the right of the header row, beside the value columns
    (not under the table), was not read for its year; now warned at its cell as one under it."""
    path = form(tmp_path / "03_県民生活部.xlsx", 7, OWN, "")
    book = load_workbook(path)
    book["進捗状況"]["I4"] = COPIED_NOTE
    book.save(path)
    result = planeval.read_workbooks([path], scale=GUNMA)
    [said] = [p for p in result.problems if STALE in p.message]
    assert (said.location.cell, said.severity.name) == ("I4", "WARNING")
    assert said.message == (
        f"注記「{COPIED_NOTE}」は、「前年度」を令和5年度（令和6年度のはず）、「現状値」を令和6年度"
        "（令和7年度のはず）としています（表題は令和7年度）。前の年度のシートを写したままかもしれません"
        "（数字は集計に関係しないため、行は数えています）"
    )
    assert len(result.entries) == 2
