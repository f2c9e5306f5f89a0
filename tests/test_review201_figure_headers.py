"""Review 201 #5 (東上野県): at 120 columns a table of indicators kept its figure columns'
headers on one line, 「基準値（R3）」 and 「目標値（R7）」 12 cells each for figures such as
「1,500手続」, and its texts shared what was left at about 10 cells, broken 「マイナン」 over
「バーカード」 and 「キャッ」 over 「シュレス化」 on every such row. The headers over two lines,
「基準値」 over 「（R3）」 (the header row is two lines anyway), the figure columns are as wide as
their figures and the texts take the cells: the way of sharing the room from the headers in two
lines is weighed too where there are too many to try each."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

HEADERS = (
    "番号", "取組", "指標名", "基準値（R3）", "目標値（R7）", "実績値", "進捗状況", "課題・今後の方向性", "担当課",
)  # fmt: skip
GOING = "順調に進捗している。引き続き推進する。"
ROWS = (
    ("東上野県情報化推進計画　令和6年度 進捗状況調査票",),
    ("基本目標1　県民の暮らしを便利にするデジタル化",),
    ("施策1-1　行政手続のオンライン化",),
    HEADERS,
    ("ア", "電子申請可能な手続の拡大", "電子申請可能な手続数", "350手続", "1,500手続", "1,120手続", "前進B", GOING, "行政改革課"),
    ("イ", "マイナンバーカードを活用した手続の推進", "カード対応手続数", "12手続", "60手続", "38手続", "前進B", GOING, "行政改革課"),
    ("ウ", "オンライン相談窓口の開設", "オンライン相談件数", "0件", "3,000件", "380件", "後退D", "前年度より実績が低下した。原因を分析し改善を図る。", "デジタル推進課"),
    ("施策1-2　キャッシュレス・窓口改革",),
    HEADERS,
    ("ア", "手数料のキャッシュレス化", "対応窓口数", "3窓口", "50窓口", "12窓口", "横ばいC", "実績が伸び悩んでいる。周知方法を見直す。", "行政改革課"),
    ("イ", "福祉事務所窓口のオンライン予約", "予約件数", "0件", "2,000件", "620件", "前進B", GOING, "福祉政策課"),
)  # fmt: skip
SETTINGS = """\
[scale]
preset = "gunma"

[wording]
policy = "基本目標"
project = "施策"
item = "取組"
status = "進捗状況"
issue = "課題・今後の方向性"
department = "担当課"
status_cell = "{label}{symbol}"
"""

AT_120 = """\
基本目標1 県民の暮らしを便利にするデジタル化
┌────────────┬──────────────────┬────────────┬─────────┬───────────┬───────────┬─────────┬────────────────┬────────────┐
│            │                  │            │ 基準値  │ 目標値    │           │ 進捗    │ 課題・         │            │
│ 施策       │ 取組             │ 指標名     │ （R3）  │ （R7）    │ 実績値    │ 状況    │ 今後の方向性   │ 担当課     │
├────────────┼──────────────────┼────────────┼─────────┼───────────┼───────────┼─────────┼────────────────┼────────────┤
│ 1-1 行政   │ ア 電子申請      │ 電子申請   │ 350手続 │ 1,500手続 │ 1,120手続 │ 前進B   │ 順調に進捗して │ 行政改革課 │
│ 手続のオン │ 可能な手続の拡大 │ 可能な     │         │           │           │         │ いる。引き続き │            │
│ ライン化   │                  │ 手続数     │         │           │           │         │ 推進する。     │            │
│            │ イ マイナンバー  │ カード     │ 12手続  │ 60手続    │ 38手続    │ 前進B   │ 順調に進捗して │ 行政改革課 │
│            │ カードを活用した │ 対応手続数 │         │           │           │         │ いる。引き続き │            │
│            │ 手続の推進       │            │         │           │           │         │ 推進する。     │            │
│            │ ウ オンライン    │ オンライン │ 0件     │ 3,000件   │ 380件     │ 後退D   │ 前年度より実績 │ デジタル   │
│            │ 相談窓口の開設   │ 相談件数   │         │           │           │         │ が低下した。   │ 推進課     │
│            │                  │            │         │           │           │         │ 原因を分析し   │            │
│            │                  │            │         │           │           │         │ 改善を図る。   │            │
│ 1-2 キャッ │ ア 手数料の      │ 対応窓口数 │ 3窓口   │ 50窓口    │ 12窓口    │ 横ばいC │ 実績が伸び悩ん │ 行政改革課 │
│ シュレス・ │ キャッシュレス化 │            │         │           │           │         │ でいる。周知   │            │
│ 窓口改革   │                  │            │         │           │           │         │ 方法を見直す。 │            │
│            │ イ               │ 予約件数   │ 0件     │ 2,000件   │ 620件     │ 前進B   │ 順調に進捗して │ 福祉政策課 │
│            │ 福祉事務所窓口の │            │         │           │           │         │ いる。引き続き │            │
│            │ オンライン予約   │            │         │           │           │         │ 推進する。     │            │
└────────────┴──────────────────┴────────────┴─────────┴───────────┴───────────┴─────────┴────────────────┴────────────┘
"""


def test_figure_columns_fold_their_headers_and_the_texts_take_the_cells(tmp_path: Path) -> None:
    book = write_book(tmp_path / "進捗状況.xlsx", {"進捗状況": ROWS})
    settings = tmp_path / "planeval.toml"
    settings.write_text(SETTINGS, encoding="utf-8")
    args = ["tables", str(book), "--config", str(settings)]
    run = CliRunner().invoke(app, args, env={"COLUMNS": "120"})
    assert run.exit_code == 0, run.output
    assert run.stdout == AT_120
