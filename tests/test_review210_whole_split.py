"""Review 210 (208 #8): ``check --previous`` on 西鶴見市's round — 資産経営課 returned nothing, 3
項目 are 再掲 — explained 「110件（3項目再掲のため実質107件）」 as 「110 件は集計 107 件＋未提出 3 件、
107 件は集計 104 件＋未提出 3 件」: two 集計 in one sentence, the 再掲 rows inside the first. A
whole of every row now says its 再掲 rows apart from 集計: one split, each clause true."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

HEAD = ("No.", "改革項目", "取組項目", "所管課", "実施状況")
# (No., 改革項目, 取組項目, 所管課): 市民課's 再掲 row, and 資産経営課's two items
ROWS = [
    ("Ⅰ　市民サービスの向上", None, None, None),
    ("(1)-1", "(1) 窓口サービスの向上", "窓口サービスの拡充", "市民課"),
    ("(1)-2", None, "窓口サービスの導入", "市民課"),
    ("(1)-3", None, "窓口サービスの検討", "市民課"),
    ("(1)-4", None, "【再掲】事務の見直し", "市民課"),
    ("Ⅱ　効率的な行政運営", None, None, None),
    ("(2)-1", "(2) 事務の改善", "事務の見直し", "財政課"),
    ("(2)-2", None, "事務の電子化", "財政課"),
    ("(3)-1", "(3) 公共施設の適正配置", "公共施設の集約", "資産経営課"),
    ("(3)-2", None, "公共施設の点検", "資産経営課"),
]
NOW = ["取組中", "完了", "取組中", "再掲", "完了", "取組中", None, None]  # (資産経営課: blank)
BEFORE = ["取組中", "取組中", "未着手", "再掲", "完了", "取組中", "完了", "取組中"]
SETTINGS = """[scale]
preset = "progress"

[[scale.status]]
symbol = "再掲"
label = "再掲"
counted = false

[plan]
file = "計画.xlsx"

[wording]
policy = "大綱の柱"
project = "改革項目"
item = "取組項目"
department = "所管課"
"""


def _book(path: Path, title: str, statuses: list[str | None] | None) -> None:
    """The plan (``statuses`` None) or a year's form, 柱 as band rows above their items."""
    book = Workbook()
    sheet = book.active
    sheet.title = "進捗状況" if statuses else "実施計画"
    sheet.append([title])
    sheet.append([])
    sheet.append(HEAD if statuses else HEAD[:4])
    rated = iter(statuses or [])
    for row in ROWS:
        sheet.append([*row, next(rated)] if statuses and row[3] else list(row))
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def test_a_whole_with_its_repeat_rows_says_them_apart_from_the_counted(tmp_path: Path) -> None:
    _book(tmp_path / "計画.xlsx", "西鶴見市行政改革大綱 実施計画", None)
    _book(tmp_path / "R5" / "進捗状況_R5.xlsx", "取り組み項目の進捗状況（令和5年度）", BEFORE)
    _book(tmp_path / "R6" / "進捗状況_R6.xlsx", "取り組み項目の進捗状況（令和6年度）", NOW)
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    text = tmp_path / "報告書案.txt"
    text.write_text(
        "実施計画に掲げた取組項目は8件（1項目再掲のため実質7件）です。"
        "このうち、報告のあった5項目の実施状況は、取組中が3項目、完了が2項目でした。\n",
        encoding="utf-8",
    )
    given = ["--text", str(text), "--config", str(tmp_path / "planeval.toml"), "-qq"]
    run = CliRunner().invoke(
        app,
        ["check", str(tmp_path / "R6"), *given, "--previous", str(tmp_path / "R5")],
        env={"COLUMNS": "400"},
    )
    assert run.exit_code == 0, run.output
    said = "".join(line.strip() for line in run.stdout.splitlines())
    assert said.endswith(
        "「実施計画に掲げた取組項目は8件（1項目再掲のため実質7件）です」"
        "（8 件は集計 5 件＋再掲 1 件＋未提出 2 件、7 件は集計 5 件＋未提出 2 件）は、"
        "集計した件数に再掲の件数と未提出の件数を加えた計画の件数として一致とみました"
        "（割合は集計した件数に対するものです）"
    ), said
