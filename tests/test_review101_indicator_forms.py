"""A Gunma-style prefecture's returns (review 101, 北嶺県's 情報化推進計画): one form per 課, a
「基本目標Ⅰ　…」 line over each 基本目標's table 施策番号 | 施策名 | 取組番号 | 取組 | (指標 |)
策定時 | 目標値 | 実績値 | 進捗状況（A～D） | 課題・今後の方向性 | 担当課, 施策番号 「Ⅰ-1」 and 施策名
merged down over their 取組, ratings 達成A / 前進B / 横ばいC / 後退D; its plan 基本目標 | 施策番号 |
施策名 | 取組番号 | 取組 | 担当課, its 施策 numbered 「Ⅰ-1」 as the forms number them.

Finding 1: a 指標 column beside 取組 was taken for the rated item, the 取組 for a project and
施策名 for a level, 施策番号 unread: each file numbered its 施策 anew (行政改革課's Ⅱ-1 and
情報政策課's Ⅱ-2 both 2-1, printed under one name) and nothing paired with the plan.
Finding 3: the plan's 「Ⅰ-1」 was 「読めません」, though the forms' 「Ⅰ-1」 read fine."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app

TOML = """[scale]
preset = "gunma"

[wording]
preset = "gunma"
policy = "基本目標"
project = "施策"
item = "取組"
status = "進捗状況"
issue = "課題・今後の方向性"
department = "担当課"
"""
GOALS = {"Ⅰ": "県民サービスのデジタル化", "Ⅱ": "行政運営の効率化"}
# (施策番号, 施策名, 取組番号, 取組, 担当課, its rating as the 課 types it)
PLAN = [
    ("Ⅰ-1", "行政手続のオンライン化", "(1)", "電子申請手続の拡大", "情報政策課", "達成A"),
    ("Ⅰ-1", "行政手続のオンライン化", "(2)", "キャッシュレス納付の導入", "情報政策課", "前進B"),
    ("Ⅰ-2", "情報発信の充実", "(1)", "県ホームページの改善", "行政改革課", "横ばいC"),
    ("Ⅱ-1", "業務改革（BPR）の推進", "(1)", "業務量調査の実施", "行政改革課", "前進B"),
    ("Ⅱ-1", "業務改革（BPR）の推進", "(2)", "RPAの導入拡大", "行政改革課", "後退D"),
    ("Ⅱ-2", "システムの標準化・共通化", "(1)", "基幹系システムの標準化", "情報政策課", "達成A"),
    ("Ⅱ-2", "システムの標準化・共通化", "(2)", "ガバメントクラウドへの移行", "情報政策課", "前進B"),
]  # fmt: skip


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def write_plan(path: Path) -> Path:
    """The prefecture's 取組一覧: a title, then one row per 取組, every cell typed."""
    book = Workbook()
    sheet = book.active
    sheet.title = "取組一覧"
    sheet.append(["北嶺県情報化推進計画（令和6年度～令和8年度） 取組一覧"])
    sheet.append([])
    sheet.append(["基本目標", "施策番号", "施策名", "取組番号", "取組", "担当課"])
    for number, name, item_no, item, department, _rating in PLAN:
        goal = number.split("-")[0]
        sheet.append([f"{goal} {GOALS[goal]}", number, name, item_no, item, department])
    book.save(path)
    return path


def write_form(path: Path, department: str, *, indicator: bool) -> Path:
    """A 課's form as the prefecture sends it: title, 担当課, legend, and per 基本目標 a heading
    line over its own table, 施策番号 and 施策名 merged down; with an ``indicator`` column
    (指標) between 取組 and its figures, as the first version of the form had."""
    book = Workbook()
    sheet = book.active
    sheet.title = "進捗状況"
    sheet.append(["北嶺県情報化推進計画 進捗状況調査票（令和7年度）"])
    sheet.append([f"担当課：{department}"])
    sheet.append(["評価区分　達成A：目標を達成　前進B：前進した　横ばいC：横ばい　後退D：後退した"])
    figures = ["指標"] * indicator + ["策定時", "目標値", "実績値"]
    header = ["施策番号", "施策名", "取組番号", "取組", *figures, "進捗状況（A～D）",
              "課題・今後の方向性", "担当課"]  # fmt: skip
    rows = [row for row in PLAN if row[4] == department]
    for goal, goal_name in GOALS.items():
        sheet.append([])
        sheet.append([f"基本目標{goal}　{goal_name}"])
        sheet.append(header)
        mine = [row for row in rows if row[0].startswith(f"{goal}-")]
        for number in dict.fromkeys(row[0] for row in mine):
            start = sheet.max_row + 1
            for row_number, name, item_no, item, _d, rating in mine:
                if row_number != number:
                    continue
                first = sheet.max_row + 1 == start
                values = [f"{item}の実施状況"] * indicator + ["20件", "40件", "31件"]
                issue = "手順を見直す。" if rating[-1] in "CD" else "引き続き取り組む。"
                sheet.append([number if first else None, name if first else None, item_no,
                              item, *values, rating, issue, department])  # fmt: skip
            if sheet.max_row > start:
                sheet.merge_cells(
                    start_row=start, end_row=sheet.max_row, start_column=1, end_column=1
                )
                sheet.merge_cells(
                    start_row=start, end_row=sheet.max_row, start_column=2, end_column=2
                )
    sheet.append([])
    sheet.append(["※実績値は速報値"])
    book.save(path)
    return path


def returns(tmp_path: Path, *, indicator: bool, plan: bool) -> Path:
    """Both 課' returns in 回答/, and the planeval.toml beside it (naming the plan if ``plan``)."""
    folder = tmp_path / "回答"
    folder.mkdir()
    for department in ("情報政策課", "行政改革課"):
        write_form(folder / f"{department}.xlsx", department, indicator=indicator)
    settings = TOML
    if plan:
        write_plan(tmp_path / "北嶺県情報化推進計画.xlsx")
        settings += '\n[plan]\nfile = "北嶺県情報化推進計画.xlsx"\n'
    (tmp_path / "planeval.toml").write_text(settings, encoding="utf-8")
    return folder


def read(tmp_path: Path, folder: Path) -> planeval.ReadResult:
    config = planeval.load_config(tmp_path / "planeval.toml")
    return planeval.read_workbooks(
        [folder], scale=config.scale, layout=config.layout, wording=config.wording
    )


def test_the_plans_roman_numbered_shisaku_is_read_as_the_forms_are_and_shown_as_typed(
    tmp_path: Path,
) -> None:
    """Finding 3: the plan's 施策番号 「Ⅰ-1」 is the 施策 1-1, as the forms' 「Ⅰ-1」 is, and is
    shown as typed (it was 「施策番号「Ⅰ-1」が読めません」)."""
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    path = write_plan(tmp_path / "北嶺県情報化推進計画.xlsx")
    plan = planeval.read_plan(path, layout=config.layout, wording=config.wording)
    assert [(i.project_id, i.project_label, i.item_label, i.item_name) for i in plan.items] == [
        (number.replace("Ⅰ", "1").replace("Ⅱ", "2"), number, item_no, item)
        for number, _name, item_no, item, _d, _r in PLAN
    ]


def test_returns_count_against_the_roman_numbered_plan(tmp_path: Path, monkeypatch) -> None:
    """Finding 3 through the command: the forms without 指標 pair with the plan typed 「Ⅰ-1」
    (exit 1 before, the retyped 「1-1」 copy the workaround), counted per 基本目標."""
    returns(tmp_path, indicator=False, plan=True)
    monkeypatch.chdir(tmp_path)
    shown = run("summarize", "回答", "-f", "json")
    assert shown.exit_code == 0, shown.output
    assert "合いません" not in shown.stderr and "読めません" not in shown.stderr
    counts = {group["id"]: group["counts"] for group in json.loads(shown.stdout)["groups"]}
    assert counts == {
        "1": {"A": 1, "B": 1, "C": 1, "D": 0},
        "2": {"A": 1, "B": 2, "C": 0, "D": 1},
    }
