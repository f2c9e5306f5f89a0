"""A co-owner's remark on planeval's own form for a KPI list (review 117, finding N2): the forms
number each KPI in a column of its own (KPI番号), which the co-owner's 共管のKPI sheet does not
carry, so the remark paired no item — 「…のKPIが、所管課の調査票に見つからないため付けていません」
though the lead's form rated it — and check read the remark cell as a report paragraph."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.body_settings import HAMAMATSU
from tests.cycle_fill import department_forms

TOML = HAMAMATSU
REMARK = "受講率は100%だが、理解度テストの導入が課題。"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def make_forms(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The KPI一覧 with one KPI of 人事課 co-owned by 情報政策課, its forms filled in, and the
    co-owner's remark on its 共管のKPI sheet."""
    book = Workbook()
    sheet = book.active
    sheet.append(["基本方針", "施策番号", "施策", "KPI番号", "KPI", "担当課", "基準値", "目標値"])
    policy = "3　行政のデジタル化"
    sheet.append([policy, "3.1", "業務の効率化", "KPI3-1-1", "RPAを導入した業務数", "情報政策課",
                  "15業務", "60業務"])  # fmt: skip
    sheet.append([policy, "3.2", "情報システムの最適化", "KPI3-2-3", "情報セキュリティ研修の受講率",
                  "人事課、情報政策課", "85.0%", "100%"])  # fmt: skip
    plan = tmp_path / "KPI一覧.xlsx"
    book.save(plan)
    forms, _made = department_forms(plan, TOML)
    config = tmp_path / "planeval.toml"
    for path in forms.glob("*.xlsx"):
        book = load_workbook(path)
        sheet = book["実施状況"]
        titles = {cell.value: cell.column for cell in sheet[5] if cell.value}
        for row in range(7, sheet.max_row + 1):
            sheet.cell(row, titles["評価"]).value = "A"
        if "共管のKPI" in book.sheetnames:
            reference = book["共管のKPI"]
            assert reference["B6"].value.endswith("情報セキュリティ研修の受講率")
            reference.cell(6, reference.max_column).value = REMARK
        book.save(path)
    return plan, config, forms


def test_a_co_owner_s_remark_joins_the_kpi_its_lead_numbers(tmp_path: Path) -> None:
    plan, config, forms = make_forms(tmp_path)
    args = ("--plan", str(plan), "--config", str(config), "--fiscal-year", "令和6")
    checked = run("validate", str(forms), *args, "-f", "json")
    assert checked.exit_code == 0, checked.output
    assert json.loads(checked.stdout)["problems"] == []
    listed = run("issues", str(forms), *args, "-f", "json")
    assert listed.exit_code == 0, listed.output
    issues = {row["item_label"]: row["issue"] for row in json.loads(listed.stdout)["issues"]}
    assert issues["KPI3-2-3"] == f"（共管 情報政策課）{REMARK}"


def test_check_reads_no_remark_cell_as_report_text(tmp_path: Path) -> None:
    plan, config, forms = make_forms(tmp_path)
    text = tmp_path / "報告書案.txt"
    text.write_text("全2指標のうち、Aは2指標でした。\n", encoding="utf-8")
    args = ("--plan", str(plan), "--config", str(config), "--fiscal-year", "令和6")
    checked = run("check", str(forms), *args, "--text", str(text))
    assert checked.exit_code == 0, checked.output
    assert "受講率" not in checked.output and "ブックの文章" not in checked.output
