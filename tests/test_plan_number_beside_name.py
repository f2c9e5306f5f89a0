"""A prefecture's plan 基本目標 | 施策番号 | 施策名 | 取組番号 | 取組内容 | 区分 | 所管課 (北浜市's in
README, review 101 #4 and review 105 #3). Without planeval.toml its 施策番号 was no column at
all — 施策名 the project, and template refused 「施策名の番号「行政手続のオンライン化」が読めません」:
a column titled as its neighbour's name without 名 and with 番号 (施策番号 beside 施策名) numbers
it. With `[wording] project = "取組"`, `item = "指標"`, the 取組番号 ①, ② … numbered anew under
each 施策 were read as projects 1, 2 …, and template wrote forms grouping every 施策's ① under
「1」: such a plan is refused, saying why and which words fit."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

import planeval
from planeval.errors import PlanevalError
from planeval.wording import Wording

ROWS = [
    ("Ⅰ 県民サービスのデジタル化", "1-1", "行政手続のオンライン化", "①", "電子申請手続の拡大", "デジタル推進課"),
    ("Ⅰ 県民サービスのデジタル化", "1-1", "行政手続のオンライン化", "②", "キャッシュレス納付の導入", "デジタル推進課"),
    ("Ⅰ 県民サービスのデジタル化", "1-2", "情報発信の充実", "①", "県ホームページの改善", "情報政策課"),
    ("Ⅱ 行政のデジタル化", "2-1", "業務の効率化", "①", "RPAの導入", "行政改革課"),
]  # fmt: skip


def _plan(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["基本目標", "施策番号", "施策名", "取組番号", "取組内容", "区分", "所管課"])
    for goal, number, project, item_no, item, section in ROWS:
        sheet.append([goal, number, project, item_no, item, "継続", section])
    path = tmp_path / "計画.xlsx"
    book.save(path)
    return path


def test_a_number_column_titled_as_its_neighbours_name_numbers_it(tmp_path: Path) -> None:
    plan = planeval.read_plan(_plan(tmp_path))
    assert not [p for p in plan.problems if p.is_error]
    assert [(i.project_id, i.project_name, i.item_label, i.item_name) for i in plan.items] == [
        ("1-1", "行政手続のオンライン化", "①", "電子申請手続の拡大"),
        ("1-1", "行政手続のオンライン化", "②", "キャッシュレス納付の導入"),
        ("1-2", "情報発信の充実", "①", "県ホームページの改善"),
        ("2-1", "業務の効率化", "①", "RPAの導入"),
    ]


def test_projects_numbered_anew_under_each_level_are_refused(tmp_path: Path) -> None:
    with pytest.raises(PlanevalError) as refused:
        planeval.read_plan(_plan(tmp_path), wording=Wording(project="取組", item="指標"))
    assert str(refused.value).endswith(
        "計画.xlsx › Sheet › D2: 取組番号「1」が 1-1 と 1-2 の両方の下にあります。上の段ごとに"
        "振り直した番号のため、一つの取組に決められず、計画を読んでいません（1-1 の段が計画の事業に"
        "あたる段なら、planeval.toml の [wording] の project を「施策」に、item を「取組」に"
        "してください）"
    )  # (the number's cell and column, and the word of the column above: review 110 #2)
    # (the words it offers read the plan: 施策 1-1 › 取組 ①)
    plan = planeval.read_plan(_plan(tmp_path), wording=Wording(project="施策", item="取組"))
    assert [(i.project_id, i.item_label) for i in plan.items] == [
        ("1-1", "①"), ("1-1", "②"), ("1-2", "①"), ("2-1", "①")
    ]  # fmt: skip
