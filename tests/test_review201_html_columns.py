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

import planeval
from planeval.model import Entry, Location
from planeval.report.html_export import to_html
from planeval.report.html_style import STYLE

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
    assert set(tables) == {'<table class="chapter3 stacked fixed" style="--least:44.6em">'}
    assert set(groups) == {
        '<colgroup><col style="width:30.9%"><col style="width:30.9%"><col style="width:8.5em">'
        '<col style="width:38.2%"></colgroup>'
    }
    # (the sub-item broken only between its phrases, never inside 「インターネット」)
    assert "<wbr>閲覧" in page and "インター<wbr>" not in page


def test_fixed_tables_stack_on_a_phone_and_their_short_names_wrap() -> None:
    assert "@media screen{table.fixed{table-layout:fixed;min-width:var(--least)!important}" in STYLE
    assert "table.stacked{min-width:0!important;table-layout:auto}" in STYLE
    assert "table.stacked colgroup{display:none}" in STYLE
    assert "table.fixed :is(th,td.item,td.issue).short{white-space:normal}" in STYLE
