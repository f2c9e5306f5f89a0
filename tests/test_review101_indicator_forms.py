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


def test_a_shihyo_column_beside_the_torikumi_is_its_figures_name_not_the_rated_item(
    tmp_path: Path,
) -> None:
    """Finding 1: each 取組 is the rated item, numbered (1) under its 施策 by 施策番号 (Ⅰ-1 its
    ID 1-1, shown as typed), and its 指標 the first of its figures, titled 指標名."""
    folder = returns(tmp_path, indicator=True, plan=False)
    result = read(tmp_path, folder)
    assert not [p for p in result.problems if p.severity.name == "ERROR"], result.problems
    read_rows = sorted(
        (e.project_id, e.project_shown_id, e.project_name, e.item_label, e.item_name, e.status)
        for e in result.entries
    )
    assert read_rows == sorted(
        (number.replace("Ⅰ", "1").replace("Ⅱ", "2"), number, name, item_no, item, rating[-1])
        for number, name, item_no, item, _d, rating in PLAN
    )
    first = next(e for e in result.entries if e.item_name == "電子申請手続の拡大")
    assert result.values[first.location] == (
        ("指標名", "電子申請手続の拡大の実施状況"),
        ("策定時", "20件"),
        ("目標値", "40件"),
        ("実績値", "31件"),
    )


def test_returns_with_a_shihyo_column_pair_with_the_plan_and_count_per_shisaku(
    tmp_path: Path, monkeypatch
) -> None:
    """Finding 1 through the command: with the plan, no row is 「計画の番号・名称と合いません」 and
    each 施策 is counted under its own number and name (行政改革課's Ⅱ-1 and 情報政策課's Ⅱ-2
    were both 2-1, named after the first file read)."""
    returns(tmp_path, indicator=True, plan=True)
    monkeypatch.chdir(tmp_path)
    shown = run("summarize", "回答", "--by", "project")
    assert shown.exit_code == 0, shown.output
    assert "合いません" not in shown.output and "名称がファイルによって違います" not in shown.output
    lines = [
        line.split("│")[1:-1]
        for line in shown.stdout.splitlines()
        if "│ Ⅰ-" in line or "│ Ⅱ-" in line
    ]
    assert [[cell.strip() for cell in line] for line in lines] == [
        ["Ⅰ-1", "行政手続のオンライン化", "1", "1", "0", "0", "2"],
        ["Ⅰ-2", "情報発信の充実", "0", "0", "1", "0", "1"],
        ["Ⅱ-1", "業務改革（BPR）の推進", "0", "1", "0", "1", "2"],
        ["Ⅱ-2", "システムの標準化・共通化", "1", "1", "0", "0", "2"],
    ]


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


def test_a_shihyo_titled_the_item_in_layout_titles_stays_the_rated_row(tmp_path: Path) -> None:
    """Finding 1's rule kept out of a form rating each 指標 of a 取組 (取組番号 and 取組 merged down
    over its two 指標): with ``[layout.titles] item = ["指標"]`` each 指標 is rated, as before —
    without it the two rows are one 取組 rated twice (A and C), an error."""
    book = Workbook()
    sheet = book.active
    sheet.title = "進捗状況"
    sheet.append(["基本目標Ⅰ　県民サービスのデジタル化"])
    sheet.append(["施策番号", "施策名", "取組番号", "取組", "指標", "策定時", "目標値", "実績値",
                  "進捗状況（A～D）", "担当課"])  # fmt: skip
    sheet.append(["Ⅰ-1", "行政手続のオンライン化", "(1)", "電子申請手続の拡大",
                  "オンライン化した手続数", "10", "50", "52", "達成A", "情報政策課"])  # fmt: skip
    sheet.append([None, None, None, None, "電子申請の利用率", "5%", "30%", "6%", "横ばいC",
                  "情報政策課"])  # fmt: skip
    for columns in ("A3:A4", "B3:B4", "C3:C4", "D3:D4"):
        sheet.merge_cells(columns)
    book.save(tmp_path / "情報政策課.xlsx")
    settings = tmp_path / "planeval.toml"
    for titles, rated in (("", []), ('\n[layout.titles]\nitem = ["指標"]\n', ["A", "C"])):
        settings.write_text('[scale]\npreset = "gunma"\n' + titles, encoding="utf-8")
        config = planeval.load_config(settings)
        result = planeval.read_workbooks(
            [tmp_path / "情報政策課.xlsx"], scale=config.scale, layout=config.layout
        )
        assert sorted(entry.status for entry in result.entries) == rated, titles
        names = {entry.item_name for entry in result.entries}
        assert names == ({"オンライン化した手続数", "電子申請の利用率"} if rated else set())
