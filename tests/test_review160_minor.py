"""Review 160 #7: the template from 浜名市's KPI plan wrote the plan's 基準値 and 目標値, typed as
numbers (0.8, 0.95), as text; titled the status column planeval's 達成状況 without a word, the
[wording] giving no status; and the rounds workbook's year line said compare's 「前回：…　今回：
…」 over rounds side by side."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.fiscal import fiscal_year_label
from tests.review160_forms import CONFIG, write_forms

PLAN_HEADER = ["基本方針", "施策番号", "施策", "取組番号", "取組", "KPI", "担当局", "基準値（R3）",
               "目標値（R8）"]  # fmt: skip
# (KPI, 担当局, 基準値, 目標値): figures typed as numbers, a share in General as the clerk left it
PLAN = [("オンライン申請可能な手続数", "企画調整局", 120, 600),
        ("電子申請の利用率", "企画調整局", 0.8, 0.95)]  # fmt: skip


def _run(home: Path, *args: str) -> tuple[int, str]:
    said = CliRunner().invoke(
        app, [*args, "--config", str(home / "planeval.toml")], env={"COLUMNS": "200"}
    )
    return said.exit_code, said.output


def _template(home: Path, settings: str) -> tuple[int, str, Path]:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KPI一覧"
    sheet.append(["浜名市デジタル・スマートシティ推進計画 KPI一覧"])
    sheet.append(PLAN_HEADER)
    for kpi, department, base, target in PLAN:
        sheet.append(["1 市民サービスのデジタル化", "1-1", "行政手続のオンライン化", "1-1-1",
                      "電子申請の拡充", kpi, department, base, target])  # fmt: skip
    book.save(home / "計画.xlsx")
    (home / "planeval.toml").write_text(settings, encoding="utf-8")
    out = home / "調査票.xlsx"
    code, said = _run(home, "template", str(home / "計画.xlsx"), "--fiscal-year", "令和7",
                      "-o", str(out))  # fmt: skip
    return code, said, out


def _rows(out: Path) -> list[list[object]]:
    sheet = load_workbook(out).worksheets[0]
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_the_plans_figures_typed_as_numbers_are_numbers_on_the_form(tmp_path: Path) -> None:
    code, said, out = _template(tmp_path, CONFIG)
    assert code == 0, said
    rows = _rows(out)
    header = next(row for row in rows if "基準値（R3）" in row)
    base, target = header.index("基準値（R3）"), header.index("目標値（R8）")
    figures = [(row[base], row[target]) for row in rows if row[base] not in (None, "基準値（R3）")]
    assert figures == [(base_, target_) for _k, _d, base_, target_ in PLAN]


def test_the_status_column_titled_planevals_word_is_said(tmp_path: Path) -> None:
    code, said, out = _template(tmp_path, CONFIG)
    assert code == 0 and "「達成状況」と題しました" in said and 'status = "評価"' in said, said
    assert any("達成状況" in row for row in _rows(out))


def test_the_bodys_status_word_titles_it_and_quiets_the_notice(tmp_path: Path) -> None:
    code, said, out = _template(tmp_path, CONFIG.replace("[wording]", '[wording]\nstatus = "評価"'))
    assert code == 0 and "と題しました" not in said, said
    assert any("評価" in row for row in _rows(out))


def test_the_rounds_workbook_names_its_years_not_last_and_this_time(tmp_path: Path) -> None:
    (tmp_path / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    earlier = write_forms(tmp_path / "R5", year=5)
    later = write_forms(tmp_path / "R6", year=6)
    out = tmp_path / "rounds.xlsx"
    code, said = _run(tmp_path, "rounds", str(earlier), str(later), "--xlsx", str(out), "-q")
    assert code == 0, said
    lines = [str(v) for sheet in load_workbook(out) for r in sheet.values for v in r if v]
    assert not any("前回：" in line or "今回：" in line for line in lines)
    years = f"{fiscal_year_label(2023)}〜{fiscal_year_label(2024)}（2 回）"
    assert years in lines
