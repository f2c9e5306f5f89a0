"""A Gunma-style prefecture's indicator tables (review 140, 山並県's 情報化推進計画): one form per
部局, 「基本目標2 …」 and 「施策5「…」」 lines over a table 項目 | 指標 | 策定時 | 前年度 | 現状値 |
目標値 | 指標の評価 | 課題 | 担当課, a group row 「(1) 中小企業のDX支援」 over its indicators ア, イ, ウ.
Some 部局 type the group and the mark in one cell, 「(1)ア」, under the group row or with none.

Finding 2: 「(1)ア」 was read as a project 「ア」 below the group, its mark lost: the three indicators
were filed under a 項目 named ア, the issue list numbered IT導入補助 (1)イ 「施策5-(1) ア」.
Finding 3: a 部局 typing 「ア」 one year and 「(1)ア」 the next had its indicators 削除 and 追加.
Finding 5: the plan's name of the group, typed as the plan has it, was 「項目「ア」は計画では…」."""

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
policy = "基本目標"
direction = "施策"
project = "項目"
item = "指標"
status = "指標の評価"
issue = "課題"
department = "担当課"
"""
HEADER = ["項目", "指標", "策定時", "前年度", "現状値", "目標値", "指標の評価", "課題", "担当課"]
GROUPS = {1: "中小企業のDX支援", 2: "インフラ情報の公開"}
# (group, mark, 指標, this year's rating, last year's)
ROWS = [
    (1, "ア", "DX相談件数", "達成A", "達成A"),
    (1, "イ", "IT導入補助の採択件数", "後退D", "横ばいC"),
    (1, "ウ", "スマート農業を導入した経営体数", "前進B", "前進B"),
    (2, "ア", "道路規制情報のリアルタイム提供区間", "達成A", "前進B"),
    (2, "イ", "河川水位計データのオープンデータ化率", "横ばいC", "前進B"),
]  # fmt: skip


def write_form(path: Path, *, joined: bool, group_rows: bool, last_year: bool = False) -> Path:
    """産業経済部's form: its 施策5 table, each indicator's 項目 its mark 「ア」 under its group
    row 「(1) 中小企業のDX支援」, or ``joined`` 「(1)ア」 (under the group row if ``group_rows``)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "産業経済部"
    sheet.append(["山並県情報化推進計画 進捗状況調査票（令和7年度）"])
    sheet.append(["部局名：産業経済部"])
    sheet.append([])
    sheet.append(["基本目標2 地域社会のデジタル化"])
    sheet.append(["施策5「産業・インフラのDX」"])
    sheet.append(HEADER)
    for group, name in GROUPS.items():
        if group_rows:
            sheet.append([f"({group}) {name}"])
        for number, mark, indicator, rating, last in ROWS:
            if number == group:
                label = f"({group}){mark}" if joined else mark
                status = last if last_year else rating
                issue = "見直しが必要" if status[-1] in "CD" else ""
                sheet.append([label, indicator, "1", "2", "3", "4", status, issue, "産業経済部"])
    book.save(path)
    return path


def write_plan(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "計画"
    sheet.append(["基本目標", "施策", "項目番号", "項目", "指標番号", "指標", "担当課"])
    for group, mark, indicator, _rating, _last in ROWS:
        sheet.append(["基本目標2 地域社会のデジタル化", "施策5 産業・インフラのDX",
                      f"2-5-({group})", GROUPS[group], mark, indicator, "産業経済部"])  # fmt: skip
    book.save(path)
    return path


def read(tmp_path: Path, folder: Path) -> planeval.ReadResult:
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    return planeval.read_workbooks(
        [folder], scale=config.scale, layout=config.layout, wording=config.wording
    )


def form_in(tmp_path: Path, name: str, **typed: bool) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    write_form(folder / "産業経済部.xlsx", **typed)
    return folder


def run(tmp_path: Path, *args: str):
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    return CliRunner().invoke(
        app, [*args, "--config", str(tmp_path / "planeval.toml")], env={"COLUMNS": "200"}
    )


def rows_read(result: planeval.ReadResult) -> list[tuple[object, ...]]:
    return [
        (e.project_id, e.project_label, e.project_name, e.item_label, e.item_name, e.status)
        for e in result.entries
    ]


def test_a_group_and_its_mark_in_one_cell_read_as_a_group_row_over_the_mark(
    tmp_path: Path,
) -> None:
    """「(1)ア」 under 「(1) 中小企業のDX支援」 is read as 「ア」 under it is: indicator ア of group
    (1) of 施策5, its group named; with no group row, its group is (2), named by no cell."""
    marks = read(tmp_path, form_in(tmp_path, "marks", joined=False, group_rows=True))
    joined = read(tmp_path, form_in(tmp_path, "joined", joined=True, group_rows=True))
    alone = read(tmp_path, form_in(tmp_path, "alone", joined=True, group_rows=False))
    expected = [
        (f"2-5-{group}", f"({group})", GROUPS[group], mark, indicator, rating[-1])
        for group, mark, indicator, rating, _last in ROWS
    ]
    assert rows_read(marks) == expected
    assert rows_read(joined) == expected
    assert rows_read(alone) == [(*row[:2], "", *row[3:]) for row in expected]
    for result in (joined, alone):
        assert not [p for p in result.problems if p.severity.name != "NOTICE"], result.problems


def test_the_issue_list_numbers_each_indicator_of_a_joined_cell_by_its_own_mark(
    tmp_path: Path,
) -> None:
    """Through the command: IT導入補助 is (1)イ (it was 「(1) ア」, every indicator of the group
    under one 項目 「ア」)."""
    folder = form_in(tmp_path, "回答", joined=True, group_rows=True)
    shown = run(tmp_path, "issues", str(folder), "-f", "json")
    assert shown.exit_code == 0, shown.output
    listed = [
        (row["project_label"], row["project_name"], row["item_label"], row["item_name"])
        for row in json.loads(shown.stdout)["issues"]
    ]
    assert listed == [
        (f"({group})", GROUPS[group], mark, indicator)
        for group, mark, indicator, rating, _last in ROWS
        if rating[-1] in "CD"
    ]
    table = run(tmp_path, "issues", str(folder))
    assert numbers_listed(table.stdout) == ["(1)イ", "(2)イ"]


def numbers_listed(shown: str) -> list[str]:
    """The 番号 cells of the issue list's table as the terminal shows it."""
    rows = [line.split("│")[1].strip() for line in shown.splitlines() if "見直しが必要" in line]
    return rows


def test_no_notice_of_a_group_name_typed_as_the_plan_has_it(tmp_path: Path) -> None:
    """Finding 5: with the plan, 「(1)ア」 under 「(1) 中小企業のDX支援」 (the plan's name) and
    「(2)ア」 with no group row (no name typed) are counted with no notice of another name."""
    plan = write_plan(tmp_path / "計画.xlsx")
    for typed in ({"group_rows": True}, {"group_rows": False}):
        folder = form_in(tmp_path, f"回答{len(typed) + typed['group_rows']}", joined=True, **typed)
        shown = run(tmp_path, "summarize", str(folder), "--plan", str(plan))
        assert shown.exit_code == 0, shown.output
        assert "は計画では" not in shown.output, shown.output
        assert "お知らせ" not in shown.output and "警告" not in shown.output, shown.output


def test_compare_pairs_a_mark_typed_alone_one_year_and_with_its_group_the_next(
    tmp_path: Path,
) -> None:
    """Finding 3: last year 「ア」 under 「(1) …」, this year 「(1)ア」: the same indicators, none
    削除 or 追加, IT導入補助's 横ばいC → 後退D a worsening; with the plan, nothing renumbered."""
    old = tmp_path / "R6"
    old.mkdir()
    write_form(old / "産業経済部.xlsx", joined=False, group_rows=True, last_year=True)
    new = form_in(tmp_path, "R7", joined=True, group_rows=True)
    plan = write_plan(tmp_path / "計画.xlsx")
    changed = [(last[-1], rating[-1]) for *_, rating, last in ROWS if rating != last]
    for with_plan in ((), ("--plan", str(plan))):
        shown = run(tmp_path, "compare", str(old), str(new), "-f", "json", *with_plan)
        assert shown.exit_code == 0, shown.output
        movements = json.loads(shown.stdout)["movements"]
        assert {m["kind"] for m in movements} == {"changed"}, movements
        assert not [m for m in movements if m["moved"]], movements
        assert [(m["old"]["status"], m["new"]["status"]) for m in movements] == changed
        it_aid = next(m for m in movements if m["new"]["item_name"] == "IT導入補助の採択件数")
        assert (it_aid["old"]["item_label"], it_aid["new"]["item_label"]) == ("イ", "イ")
        text = run(tmp_path, "compare", str(old), str(new), *with_plan)
        assert "削除" not in text.stdout and "追加" not in text.stdout
        assert "番号変更" not in text.stdout


def test_an_indicator_is_numbered_as_the_forms_type_it_with_the_plan_and_without(
    tmp_path: Path,
) -> None:
    """Finding 7: the plan's 項目番号 「2-5-(1)」 is the forms' 「(1)」 led by its 施策's numbers:
    the issue list numbered IT導入補助 「2-5-(1)イ」 with the plan and 「(1)イ」 without, the
    export's 項目 column 「2-5-(1) 中小企業のDX支援」. Now the forms' 「(1)」 in both."""
    folder = form_in(tmp_path, "回答", joined=False, group_rows=True)
    plan = write_plan(tmp_path / "計画.xlsx")
    without = run(tmp_path, "issues", str(folder))
    with_plan = run(tmp_path, "issues", str(folder), "--plan", str(plan))
    assert numbers_listed(with_plan.stdout) == numbers_listed(without.stdout) == ["(1)イ", "(2)イ"]
    report = tmp_path / "報告.md"
    exported = run(tmp_path, "export", str(folder), "--plan", str(plan), "--md", str(report))
    assert exported.exit_code == 0, exported.output
    cells = [
        line.split("|")[1].strip()
        for line in report.read_text(encoding="utf-8").splitlines()
        if "| ア " in line
    ]
    assert cells == [f"({group}) {name}" for group, name in GROUPS.items()]
