"""A summary block a clerk puts under the table, after a blank row or two: 「集計」, 「評価 |
件数」, 「A | 12」 … 「合計 | 20」, or 「◎ 4件」 lines. It restates the table's counts: it was
read as rated rows (「事業番号が読めません: '評価'」, 「達成状況 'A' の行に名称がありません」,
「'件数' はこの評価尺度の記号ではありません」), and now is kept as text, nothing of it counted,
while a rated row after a blank row (a table going on after a gap) is still read."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS

RUNNER = CliRunner()

# Setagaya's table: (project, item, status, issue)
SETAGAYA = [
    ("1-1-1 情報提供の充実", "①電子媒体の活用", "○", ""),
    ("", "②地理情報の提供", "△", "統一化が必要"),
    ("1-1-2 マイナンバーの活用", "①行政サービスの拡充", "◎", ""),
    ("", "②納付方法の検討", "×", "未着手"),
    ("", "③コンビニ交付の拡大", "○", ""),
]
SETAGAYA_SYMBOLS = ("◎", "○", "△", "×")

# 名古屋市守山区's table, one column per level: (まちの姿, 施策, 事業, 評価, 課題, 担当課)
MORIYAMA_HEADER = ["目指すまちの姿", "施策", "事業名", "評価", "課題", "担当課"]
MORIYAMA = [
    ("1 安心・安全で快適に暮らせるまち", "(1) 防災力の向上", "防災訓練の実施", "A", "", "総務課"),
    ("", "", "避難所運営の見直し", "B", "", "総務課"),
    ("", "(2) 交通安全の推進", "交通安全教室の開催", "C", "参加者が減少", "地域力推進室"),
    ("2 健やかに暮らせるまち", "(1) 健康づくりの推進", "健康講座の開催", "A", "", "保健センター"),
    ("", "", "がん検診の受診勧奨", "A", "", "保健センター"),
    ("", "", "食育の推進", "D", "会場が確保できなかった", "保健センター"),
]  # fmt: skip
MORIYAMA_SYMBOLS = ("A", "B", "C", "D")


def counts(statuses: list[str], symbols: tuple[str, ...]) -> dict[str, int]:
    found = Counter(statuses)
    return {symbol: found[symbol] for symbol in symbols}


def setagaya_sheet(block_at: int) -> list[list[object]]:
    """The table, two blank rows, then its 集計 block (評価 | 件数, one row a symbol, 合計) with
    its first cell in column ``block_at`` (A: under the project column, C: under 達成状況)."""
    statuses = [status for *_, status, _issue in SETAGAYA]
    lead = [None] * block_at
    return [
        ["（1）情報化政策1 区民の力を活かす情報化"],
        [],
        ["1-1 ICTを活用した行政サービスの拡充"],
        ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"],
        *[list(row) for row in SETAGAYA],
        [],
        [],
        [*lead, "集計"],
        [*lead, "評価", "件数"],
        *[[*lead, symbol, n] for symbol, n in counts(statuses, SETAGAYA_SYMBOLS).items()],
        [*lead, "合計", len(statuses)],
    ]


def moriyama_sheet(block: str) -> list[list[object]]:
    """The table, a blank row, then its counts: "status" a 評価 | 件数 | 割合 block under the
    評価 column, "lines" 「A 3件」 lines in column A."""
    statuses = [row[3] for row in MORIYAMA]
    found = counts(statuses, MORIYAMA_SYMBOLS)
    lead = [None, None, None]
    below: list[list[object]] = (
        [
            [*lead, "評価", "件数", "割合"],
            *[[*lead, s, n, f"{100 * n / len(statuses):.1f}%"] for s, n in found.items()],
            [*lead, "計", f"{len(statuses)}件", "100.0%"],
        ]
        if block == "status"
        else [["集計"], *[[f"{symbol} {n}件"] for symbol, n in found.items()]]
    )
    return [
        ["令和5年度 守山区区政運営方針 取組み結果"],
        [],
        MORIYAMA_HEADER,
        *[list(row) for row in MORIYAMA],
        [],
        *below,
    ]


def read(path: Path, preset: str) -> planeval.ReadResult:
    return planeval.read_workbooks([path], scale=PRESETS[preset])


def tallied(result: planeval.ReadResult) -> dict[str, int]:
    return dict(Counter(entry.status for entry in result.entries))


@pytest.mark.parametrize("block_at", [0, 1, 2])
def test_a_setagaya_summary_block_is_no_rated_row(book, block_at: int) -> None:
    result = read(book(setagaya_sheet(block_at)), "setagaya")
    assert result.problems == []
    assert [entry.item_name for entry in result.entries] == [
        item[1:] for _project, item, *_rest in SETAGAYA
    ]
    assert tallied(result) == dict(Counter(status for *_, status, _issue in SETAGAYA))
    # its rows kept as text, as a paragraph under the table is
    assert "集計" in {cell.text for cell in result.texts}


@pytest.mark.parametrize("block", ["status", "lines"])
def test_a_column_per_level_summary_block_is_no_rated_row(book, block: str) -> None:
    result = read(book(moriyama_sheet(block)), "nagoya")
    assert result.problems == []
    assert [entry.item_name for entry in result.entries] == [row[2] for row in MORIYAMA]
    assert tallied(result) == dict(Counter(row[3] for row in MORIYAMA))


def test_rows_after_a_gap_are_still_the_tables(book) -> None:
    """A rated row after a blank row goes on with the table; a row left unrated after one is
    still said; 「◎ 1件」 lines after them are the summary."""
    sheet = [
        ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"],
        ["1-1-1 情報提供の充実", "①電子媒体の活用", "○"],
        [],
        ["1-1-2 マイナンバーの活用", "①行政サービスの拡充", "◎"],
        [],
        [None, "②納付方法の検討", None, "未着手"],
        [],
        [None, "◎ 1件"],
        [None, "○ 1件"],
    ]
    result = read(book(sheet), "setagaya")
    assert [(p.location.cell, p.message) for p in result.problems] == [
        ("C6", "実施内容「② 納付方法の検討」の達成状況が空です")
    ]
    assert [(e.project_id, e.item_name, e.status) for e in result.entries] == [
        ("1-1-1", "電子媒体の活用", "○"),
        ("1-1-2", "行政サービスの拡充", "◎"),
    ]
    named = [
        MORIYAMA_HEADER,
        list(MORIYAMA[0]),
        [],
        list(MORIYAMA[1]),
        [],
        ["", "(2) 交通安全の推進", "交通安全教室の開催", None, "", "地域力推進室"],
        [],
        ["A", 1],
        ["B", 1],
    ]
    result = read(book(named, name="named.xlsx"), "nagoya")
    assert [(p.location.cell, p.message) for p in result.problems] == [
        (
            "D6",
            "実施内容「交通安全教室の開催（(2) 交通安全の推進）」の達成状況が空です（地域力推進室の行）",
        )
    ]
    assert [(e.item_name, e.status) for e in result.entries] == [
        (MORIYAMA[0][2], "A"),
        (MORIYAMA[1][2], "B"),
    ]


def test_a_row_naming_an_item_after_a_gap_is_no_summary(book) -> None:
    """A status and a count beside a name is an item's row, not a count: 「③ 窓口 ◎ 1件」."""
    sheet = [
        ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"],
        ["1-1-1 情報提供の充実", "①電子媒体の活用", "○"],
        [],
        ["", "② 窓口 ◎ 1件", None, "未着手"],
    ]
    result = read(book(sheet), "setagaya")
    assert [(p.location.cell, p.message) for p in result.problems] == [
        ("C4", "実施内容「② 窓口 ◎ 1件」の達成状況が空です")
    ]


def test_cli_counts_the_table_and_not_its_summary(book, tmp_path: Path) -> None:
    setagaya = book(setagaya_sheet(2), name="setagaya.xlsx")
    ran = RUNNER.invoke(app, ["summarize", str(setagaya), "-f", "csv", "--no-bom"])
    assert ran.exit_code == 0, ran.output
    found = counts([status for *_, status, _issue in SETAGAYA], SETAGAYA_SYMBOLS)
    assert list(csv.reader(io.StringIO(ran.stdout))) == [
        ["番号", "名称", *SETAGAYA_SYMBOLS, "計", "-（再掲）"],
        ["1", "区民の力を活かす情報化", *map(str, found.values()), str(len(SETAGAYA)), "0"],
        ["合計", "", *map(str, found.values()), str(len(SETAGAYA)), "0"],
    ]
    assert ran.stderr == ""


def test_cli_column_per_level_summary(book, tmp_path: Path, monkeypatch) -> None:
    path = book(moriyama_sheet("status"), name="moriyama.xlsx")
    (tmp_path / "planeval.toml").write_text(MORIYAMA_SETTINGS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    ran = RUNNER.invoke(app, ["summarize", str(path), "-f", "csv", "--no-bom"])
    assert ran.exit_code == 0, ran.output
    policies: dict[tuple[str, str], list[str]] = {}
    policy = ("", "")
    for level, _measure, _project, status, _issue, _department in MORIYAMA:
        if level:
            number, name = level.split(" ")
            policy = (number, name)
        policies.setdefault(policy, []).append(status)

    def line(number: str, name: str, statuses: list[str]) -> list[str]:
        found = counts(statuses, MORIYAMA_SYMBOLS)
        return [number, name, *map(str, found.values()), "0", str(len(statuses))]

    assert list(csv.reader(io.StringIO(ran.stdout))) == [
        ["番号", "名称", *MORIYAMA_SYMBOLS, "-", "計"],
        *[line(number, name, statuses) for (number, name), statuses in policies.items()],
        line("合計", "", [row[3] for row in MORIYAMA]),
    ]
    assert ran.stderr == ""


MORIYAMA_SETTINGS = """[scale]
preset = "nagoya"

[wording]
policy = "目指すまちの姿"
project = "施策"
item = "事業"
status = "評価"
issue = "課題"
department = "担当課"
"""
