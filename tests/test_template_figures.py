"""template for a plan listing each KPI's number and figures (review 113, finding 1): 浜松市's
KPI一覧 `基本方針 | 施策番号 | 施策 | KPI番号 | KPI | 担当課 | 基準値（R2） | 目標値（R7）` made
forms of 施策番号 | 施策名 | KPI | 担当課 | 評価 — the KPI番号 and the figures dropped without a
word, and no cell for the year's 実績値. And a plan's project number typed 「1-(4)」 written on the
forms as 「1-4」 (review 112, finding 8)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.body_settings import HAMAMATSU
from tests.cycle_fill import department_forms

# (施策番号, 施策, KPI番号, KPI, 担当課, 基準値, 目標値, the status its 課 gives, its 実績値)
KPIS = [
    ("1.1", "行政手続のオンライン化", "KPI1-1-1", "オンライン申請が可能な手続数", "情報政策課",
     "120手続", "600手続", "A", "640手続"),
    ("1.1", "行政手続のオンライン化", "KPI1-1-2", "オンライン申請の利用率", "情報政策課",
     0.152, 0.5, "C", "21.0%"),
    ("1.2", "窓口のスマート化", "KPI1-2-1", "「書かない窓口」を導入した区役所数", "市民課",
     "0区", "7区", "B", "5区"),
    ("2.1", "業務の効率化", "KPI2-1-1", "テレワークを実施した職員数", "人事課",
     "300人", "2,000人", "D", "-"),
]  # fmt: skip
POLICIES = {"1": "1　市民サービスのデジタル化", "2": "2　行政のデジタル化"}
TOML = HAMAMATSU


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def write_plan(path: Path, *, remarks: bool = False) -> Path:
    """The KPI一覧 as the city keeps it (a share typed as 0.152 in a 0.0% cell), with a 備考
    column where ``remarks``."""
    book = Workbook()
    sheet = book.active
    sheet.title = "KPI一覧"
    sheet.append(["浜松市DX推進計画 KPI一覧"])
    sheet.append([])
    header = [
        "基本方針",
        "施策番号",
        "施策",
        "KPI番号",
        "KPI",
        "担当課",
        "基準値（R2）",
        "目標値（R7）",
    ]
    sheet.append([*header, *(["備考"] if remarks else [])])
    for project, name, number, kpi, department, base, goal, _status, _actual in KPIS:
        row = [POLICIES[project[0]], project, name, number, kpi, department, base, goal]
        sheet.append([*row, *(["R3から集計"] if remarks else [])])
        for column in "GH":
            if isinstance(sheet[f"{column}{sheet.max_row}"].value, float):
                sheet[f"{column}{sheet.max_row}"].number_format = "0.0%"
    book.save(path)
    return path


def test_a_kpi_form_carries_its_number_and_figures_and_asks_for_the_year_s(
    tmp_path: Path,
) -> None:
    plan = write_plan(tmp_path / "KPI一覧.xlsx")
    forms, made = department_forms(plan, TOML)
    config = tmp_path / "planeval.toml"
    assert made.stderr == ""  # (every column of the plan carried: nothing to say)
    sheet = load_workbook(forms / "実施状況調査票_2024_情報政策課.xlsx")["実施状況"]
    rows = list(sheet.iter_rows(min_row=5, max_row=8, values_only=True))
    assert rows[0] == (
        "施策番号", "施策名", "KPI番号", "KPI", "担当課",
        "基準値（R2）", "目標値（R7）", "実績値（令和6年度）", "評価", "評価理由・課題",
    )  # fmt: skip
    assert rows[2][:8] == (
        "1.1", "行政手続のオンライン化", "KPI1-1-1", "オンライン申請が可能な手続数",
        "情報政策課", "120手続", "600手続", None,
    )  # fmt: skip
    # (as the plan's cells hold them: the share typed as a number, in its format — review 160 #7)
    assert rows[3][5:7] == (KPIS[1][5], KPIS[1][6])
    assert [sheet.cell(8, column).number_format for column in (6, 7)] == ["0.0%", "0.0%"]
    # the plan's figures locked as its other cells are; the year's figure and the status free
    assert [sheet.cell(7, column).protection.locked for column in (6, 7, 8, 9)] == [
        True, True, False, False,
    ]  # fmt: skip
    assert "実績値（令和6年度）を記入し、評価は一覧から選び" in sheet["A3"].value

    statuses = {kpi[2]: (kpi[7], kpi[8]) for kpi in KPIS}
    for path in forms.glob("*.xlsx"):
        book = load_workbook(path)
        sheet = book["実施状況"]
        titles = {cell.value: cell.column for cell in sheet[5] if cell.value}
        for row in range(6, sheet.max_row + 1):
            if (number := sheet.cell(row, titles["KPI番号"]).value) in statuses:
                status, actual = statuses[number]
                sheet.cell(row, titles["評価"]).value = status
                sheet.cell(row, titles["実績値（令和6年度）"]).value = actual
        book.save(path)

    args = ("--plan", str(plan), "--config", str(config), "--fiscal-year", "令和6")
    counted = run("summarize", str(forms), *args, "-f", "json")
    assert counted.exit_code == 0, counted.output
    assert counted.stderr == ""  # (no warning, no notice on the designed cycle)
    groups = {g["id"]: g["counts"] for g in json.loads(counted.stdout)["groups"]}
    expected: dict[str, Counter[str]] = {}
    for project, *_rest, status, _actual in KPIS:
        expected.setdefault(project[0], Counter())[status] += 1
    assert {key: {k: v for k, v in counts.items() if v} for key, counts in groups.items()} == (
        expected
    )
    # the figures read back beside each rating, the 課's own as typed
    tables = json.loads(run("tables", str(forms), *args, "-f", "json").stdout)
    entries = [
        entry
        for policy in tables["policies"]
        for direction in policy["directions"]
        for entry in direction["entries"]
    ]
    assert [entry["item_label"] for entry in entries] == [kpi[2] for kpi in KPIS]
    assert entries[1]["values"] == {
        "基準値（R2）": "15.2%", "目標値（R7）": "50.0%", "実績値（令和6年度）": "21.0%",
    }  # fmt: skip


def test_a_plan_column_the_forms_leave_out_is_said(tmp_path: Path) -> None:
    """A column the plan has and no form carries (備考) is one notice at its cell."""
    plan = write_plan(tmp_path / "KPI一覧.xlsx", remarks=True)
    config = tmp_path / "planeval.toml"
    config.write_text(TOML, encoding="utf-8")
    made = run("template", str(plan), "--fiscal-year", "令和6", "-o", str(tmp_path / "t.xlsx"),
               "--config", str(config))  # fmt: skip
    assert made.exit_code == 0, made.output
    assert "KPI一覧.xlsx › KPI一覧 › I3: 計画の列「備考」は調査票に載せていません" in made.stderr
    header = [cell.value for cell in load_workbook(tmp_path / "t.xlsx")["実施状況"][5]]
    assert "備考" not in header and "基準値（R2）" in header


def test_a_project_number_typed_1_bracket_4_is_written_so_and_read_back(tmp_path: Path) -> None:
    """愛知県's 事業番号 「1-(4)」 over 取組番号 ア, イ: the forms wrote 「1-4」 (review 112, finding 8);
    written as typed, they read back as the plan's 1-(4)ア, イ."""
    book = Workbook()
    book.active.append(["基本方針", "事業番号", "項目", "取組番号", "取組", "区分", "担当課"])
    for number, name, label, item, department in (
        ("1-(3)", "医療・介護分野のICT活用", "ア", "医療情報ネットワークの拡大", "医務課"),
        ("1-(4)", "教育の情報化", "ア", "ICTを活用して指導できる教員の割合", "ICT教育推進課"),
        ("1-(4)", "教育の情報化", "イ", "端末を家庭学習に活用している学校の割合", "ICT教育推進課"),
    ):
        policy = "1 ICTを活用した県民サービスの向上"
        book.active.append([policy, number, name, label, item, "継続", department])
    plan = tmp_path / "計画.xlsx"
    book.save(plan)
    settings = (
        '[scale]\npreset = "aichi"\n[wording]\npolicy = "基本方針"\nproject = "項目"\n'
        'item = "指標"\nstatus = "評価"\ndepartment = "担当課"\n'
    )
    forms, _made = department_forms(plan, settings)
    config = tmp_path / "planeval.toml"
    path = forms / "実施状況調査票_2024_ICT教育推進課.xlsx"
    book = load_workbook(path)
    sheet = book["実施状況"]
    assert [row[:3] for row in sheet.iter_rows(min_row=7, values_only=True)] == [
        ("1-(4)", "教育の情報化", "ア"),
        (None, None, "イ"),
    ]
    for row, status in ((7, "A"), (8, "C")):
        sheet.cell(row, 6).value = status
    book.save(path)
    sheet_path = forms / "実施状況調査票_2024_医務課.xlsx"
    book = load_workbook(sheet_path)
    book["実施状況"].cell(7, 6).value = "B"
    book.save(sheet_path)

    args = ("--plan", str(plan), "--config", str(config))
    checked = run("validate", str(forms), *args, "-f", "json")
    assert checked.exit_code == 0, checked.output
    assert json.loads(checked.stdout)["problems"] == []
    counted = run("summarize", str(forms), *args, "--by", "project", "-f", "json")
    assert counted.exit_code == 0, counted.output
    groups = {
        g["id"]: {k: v for k, v in g["counts"].items() if v}
        for g in json.loads(counted.stdout)["groups"]
    }
    assert groups == {"1-3": {"B": 1}, "1-4": {"A": 1, "C": 1}}
