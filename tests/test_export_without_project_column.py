"""A 集中改革プラン (OTHER-BODIES.md: 改革項目 | 取組項目 | 進捗状況, 目標達成 / 取組中 /
変更・中止), its 改革項目 typed once above its 取組項目: each section's heading names the
改革項目, so Chapter 3's tables have no 体系 column repeating it on every table (review 28
#7) — in every export and in `tables`; a plan with 施策 under its 基本目標 keeps it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app

TOML = """[scale]
preset = "reform_plan"

[wording]
title = "集中改革プラン 進捗状況"
policy = "改革項目"
item = "取組項目"
status = "進捗状況"
issue = "課題・今後の方向性"
department = "担当課"
"""
HEADER = ["No.", "改革項目", "取組項目", "進捗状況", "課題・今後の方向性", "担当課"]
ROWS = [
    [1, "1 事務事業の再編・整理", "事務事業評価制度の見直し", "目標達成", None, "行政経営課"],
    [2, None, "公共施設の統廃合", "取組中", "引き続き取り組む。", "資産経営課"],
    [3, "2 民間委託等の推進", "学校給食調理業務の民間委託", "目標達成", None, "学校給食課"],
]
runner = CliRunner()


def test_no_column_repeats_the_heading(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "進捗状況"
    sheet.append(["集中改革プラン 進捗状況一覧（令和6年度）"])
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    path = tmp_path / "進捗状況_令和6年度.xlsx"
    book.save(path)
    config = tmp_path / "planeval.toml"
    config.write_text(TOML, encoding="utf-8")
    out = tmp_path / "out"
    args = ["export", str(path), "--config", str(config), "--md", str(out / "r.md")]
    args += ["--xlsx", str(out / "r.xlsx"), "--docx", str(out / "r.docx")]
    args += ["--html", str(out / "r.html")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    # (each 取組項目's 担当課 last, as the form names it: review 175 #6)
    titles = ["取組項目", "進捗状況", "課題・今後の方向性", "担当課"]
    md = (out / "r.md").read_text(encoding="utf-8")
    assert "## 改革項目1 事務事業の再編・整理\n" in md
    assert "| 取組項目 | 進捗状況 | 課題・今後の方向性 | 担当課 |\n" in md
    assert "| 2 公共施設の統廃合 | 取組中 | 引き続き取り組む。 | 資産経営課 |\n" in md
    assert "| 体系 |" not in md and "| 1 事務事業の再編・整理 |" not in md
    sheet = load_workbook(out / "r.xlsx")["改革項目1 事務事業の再編・整理"]
    assert [cell.value for cell in sheet[7]] == titles
    assert [cell.value for cell in sheet[9]] == [
        "2 公共施設の統廃合",
        "取組中",
        "引き続き取り組む。",
        "資産経営課",
    ]
    assert [c.text for c in Document(str(out / "r.docx")).tables[1].rows[0].cells] == titles
    html = (out / "r.html").read_text(encoding="utf-8")
    chapter3 = html[html.index('<table class="chapter3') :]
    assert '<th scope="row"' not in chapter3[: chapter3.index("</table>")]
    shown = runner.invoke(app, ["tables", str(path), "--config", str(config), "-f", "plain"])
    assert "体系" not in shown.stdout and "取組項目" in shown.stdout
