"""Review 201 #6: Chapter 3's tables on the web page each sized their columns apart (a column
moving from one 基本目標's table to the next), Setagaya's 達成状況 ~235 px for 「○」 beside a
sub-item's 「インターネット閲覧端末管理システム ○」, and 東上野県's 課題・今後の方向性 four lines
(「順調に／進捗している。／引き続き／推進する。」) beside 105 px for 「1,120手続」. Every table of
the same columns now has one <colgroup>, worked out once from all their rows: the status as
narrow as its symbols and a sub-item's widest phrase, a cell to spare (8.5em), the texts sharing the rest as makes
the rows fewest lines; laid out fixed, no narrower than holds them (--least), and stacked on
a phone as before."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

import planeval
import tests.test_review194_indicator_names as forms
from planeval.cli import app
from planeval.model import Entry, Location
from planeval.report.html_export import to_html
from planeval.report.html_style import STYLE
from tests.conftest import write_book

ROWS = [  # (policy, project, its name, item, its name, sub-item, status, issue)
    ("1", "1-1-1", "ICT の高度化・多様化に対応した情報提供の充実", "①", "電子媒体を活用した情報提供の充実",
     None, "○", ""),
    ("1", "1-1-1", "ICT の高度化・多様化に対応した情報提供の充実", "②", "区民向け地理情報提供の充実",
     "インターネット閲覧端末管理システム", "△", "地理情報システムの統一化が必要"),
    ("2", "2-1-1", "業務の効率化", "①", "電子決裁の推進", None, "◎",
     "新型コロナウイルスワクチンの予防接種などの業務への利用が拡大"),
]  # fmt: skip


def _page() -> str:
    entries = [
        Entry(Location("第3章.xlsx", "第3章", f"C{at}"), policy, project[:3], project, name, 1,
              label, item, sub, status, status, issue=issue)
        for at, (policy, project, name, label, item, sub, status, issue) in enumerate(ROWS, 5)
    ]  # fmt: skip
    return to_html(planeval.build_report(entries))


def test_every_chapter_table_has_the_same_columns_sized_once() -> None:
    page = _page()
    tables = re.findall(r'<table class="chapter3[^"]*"[^>]*>', page)
    groups = re.findall(r"<colgroup>.*?</colgroup>", page)
    assert len(tables) == len(groups) == 2
    assert set(tables) == {'<table class="chapter3 stacked fixed" style="--least:45.0em">'}
    assert set(groups) == {
        '<colgroup><col style="width:30.6%"><col style="width:36.4%"><col style="width:8.5em">'
        '<col style="width:33.1%"></colgroup>'
    }
    # (the sub-item broken only between its phrases, never inside 「インターネット」)
    assert "<wbr>閲覧" in page and "インター<wbr>" not in page


def test_fixed_tables_stack_on_a_phone_and_their_short_names_wrap() -> None:
    assert "@media screen{table.fixed{table-layout:fixed;min-width:var(--least)!important}" in STYLE
    assert "table.stacked{min-width:0!important;table-layout:auto}" in STYLE
    assert "table.stacked colgroup{display:none}" in STYLE
    assert "table.fixed :is(th,td.item,td.issue).short{white-space:normal}" in STYLE


SHOWN = "順調に進捗している。引き続き推進する。"
LOW = "前年度より実績が低下した。原因を分析し改善を図る。"
HIGASHI = [  # (東上野県's 施策 1-1 and 1-2: 施策, 番号, 取組, 指標名, 基準値, 目標値, 実績値, 進捗状況,
    # 課題, 担当課)
    ("1-1", "ア", "電子申請可能な手続の拡大", "電子申請可能な手続数", "350手続", "1,500手続",
     "1,120手続", "前進B", SHOWN, "行政改革課"),
    ("1-1", "イ", "申請書の押印・署名の見直し", "押印を廃止した様式の割合", "62%", "100%",
     "98.2%", "達成A", "目標を達成した。", "行政改革課"),
    ("1-1", "ウ", "マイナンバーカードを活用した手続の推進", "カード対応手続数", "12手続",
     "60手続", "38手続", "前進B", SHOWN, "行政改革課"),
    ("1-1", "エ", "汎用電子申請システムの更改", "システム更改の進捗", "－", "R6稼働",
     "R6.10稼働", "達成A", "目標を達成した。", "行政改革課"),
    ("1-1", "オ", "県・市町村共同利用型電子申請の拡大", "参加市町村数", "20市町村", "35市町村",
     "31市町村", "前進B", SHOWN, "デジタル推進課"),
    ("1-1", "カ", "オンライン相談窓口の開設", "オンライン相談件数", "0件", "3,000件", "380件",
     "後退D", LOW, "デジタル推進課"),
    ("1-2", "ア", "母子健康手帳アプリの普及", "アプリ登録率", "15%", "60%", "27.1%（速報値）",
     "横ばいC", "実績が伸び悩んでいる。周知方法を見直す。", "医務課"),
    ("1-2", "イ", "オープンデータの公開", "公開データセット数", "180件", "600件", "420件",
     "前進B", SHOWN, "統計データ課、情報政策課"),
]  # fmt: skip
NAMES = {"1-1": "行政手続のオンライン化", "1-2": "データ利活用・オープンデータ"}


def _returns(tmp_path: Path) -> None:
    """東上野県's form of ``HIGASHI`` (tests.test_review194_indicator_names' with each row's
    担当課), its plan and planeval.toml."""
    sheet: list[list[object]] = [["東上野県情報化推進計画　令和6年度 進捗状況調査票"], [],
                                 ["基本目標1　県民の暮らしを便利にするデジタル化"]]  # fmt: skip
    plan = [["基本目標", "施策番号", "施策名", "取組番号", "取組", "指標名", "所管部"]]
    for project, name in NAMES.items():
        sheet += [[f"施策{project}　{name}"], ["番号", "取組", "指標名", *forms.FIGURES,
                  "進捗状況", "課題・今後の方向性", "担当課"]]  # fmt: skip
        for _p, mark, title, measure, *rest in (row for row in HIGASHI if row[0] == project):
            sheet.append([mark, title, measure, *rest])
            plan.append(["1 県民の暮らしを便利にするデジタル化", project, name, mark, title,
                         measure, "総務部"])  # fmt: skip
    (tmp_path / "回答R6").mkdir()
    write_book(tmp_path / "回答R6" / "01_総務部_R6進捗状況.xlsx", {"進捗状況": sheet})
    write_book(tmp_path / "計画.xlsx", {"取組一覧": plan})
    (tmp_path / "planeval.toml").write_text(forms.TOML, encoding="utf-8")


def test_a_merged_project_cell_costs_no_lines_its_items_squeezed_for(
    tmp_path: Path, monkeypatch
) -> None:
    """The line count a width choice costs weighs a 施策 merged over its 取組 (rowspan) as its
    lines spread over the rows it spans, a row as its tallest cell: as first merged, 東上野県's
    取組 were as narrow as 施策 (「ウ／マイナンバー／カードを／活用した／手続の推進」), its table
    taller at 1280 px. Its 9 columns, set tight (held at more than the page's 70em), now give 取組
    more than 施策, 課題 「順調に進捗している。」 over 「引き続き推進する。」, and 担当課 each
    name whole, several broken after 「、」."""
    _returns(tmp_path)
    monkeypatch.chdir(tmp_path)
    exported = CliRunner().invoke(app, ["export", "回答R6", "--html", "r.html"])
    assert exported.exit_code == 0, exported.output
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert re.findall(r'<table class="chapter3[^"]*"[^>]*>', page) == [
        '<table class="chapter3 stacked fixed" style="--least:77.0em">'
    ]  # (as first merged: 72em, its texts 15.9% | 15.9% | 15.9% | 22.7% | 29.5%)
    assert re.findall(r"<colgroup>.*?</colgroup>", page) == [
        '<colgroup><col style="width:17.3%"><col style="width:25.5%"><col style="width:16.3%">'
        '<col style="width:6em"><col style="width:6.5em"><col style="width:9.5em">'
        '<col style="width:5.5em"><col style="width:24.5%"><col style="width:16.3%"></colgroup>'
    ]
    assert (
        '<td class="dept" data-label="担当課">統計<wbr>データ課、<wbr>情報<wbr>政策課</td>' in page
    )
