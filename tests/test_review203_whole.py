"""Review 203 #1: a ward's interim report, one 課 silent (未提出) and one 事業 left blank, said
「全62の事業のうち回答のあった50の事業」 of a plan of 63 — the blank row dropped from 全 — and
「なお、このほか計画にない行1件は、集計に含めていないほか、事業1件は、…」, no Japanese. The
whole counts the plan's items counted, left blank and not returned, each once; the rows left out
are said after one 「このほか」."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.test_unreturned_whole_sentence import _round

BLANK, OUTSIDE = "2-(1)-②", "2-(1)-④"
WHOLE = (
    "計画全体では、全6取組のうち回答のあった3取組について評価しました。"
    "個別の取組内容ごとの達成状況は、"
)
LEFT_OUT = (
    "なお、このほか計画にない行1件は、集計に含めていません。"
    "また、取組内容1件は、評価が記入されていないため集計に含めていません。"
)


def _interim(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The round of 東尾張県's plan of 6 取組 with 警察本部's 2 未提出, 建設局's 遠隔診療 left
    blank and a row of no item of the plan added below its others."""
    settings, plan, folder = _round(tmp_path)
    [form] = [path for path in folder.iterdir() if "建設局" in path.name]
    book = load_workbook(form)
    sheet = book["実施状況"]
    header = next(row for row in sheet.iter_rows() if row[0].value == "取組番号")
    status = [cell.value for cell in header].index("達成状況")
    rows = [row for row in sheet.iter_rows(min_row=header[0].row + 1) if row[0].value]
    [blank] = [row for row in rows if row[0].value == BLANK]
    blank[status].value = None
    added = [
        value.replace("遠隔診療", "臨時バス運行") if isinstance(value, str) else value
        for value in (cell.value for cell in rows[-1])
    ]
    added[0], added[status] = OUTSIDE, "A"
    for column, value in enumerate(added, start=1):
        sheet.cell(rows[-1][0].row + 1, column, value)
    book.save(form)
    return settings, plan, folder


def _run(*args: str) -> str:
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"}).stdout


def test_the_whole_counts_the_blank_row_beside_the_unreturned_ones(tmp_path: Path) -> None:
    settings, plan, folder = _interim(tmp_path)
    config = planeval.load_config(settings)
    read = planeval.read_plan(plan, layout=config.layout, wording=config.wording)
    result = planeval.read_workbooks(
        [folder], scale=config.scale, layout=config.layout, plan=read, wording=config.wording
    )
    report = planeval.report_of(result, config.scale, wording=config.wording)
    said = next(text for text in report.summary_table.remarks if text.startswith("計画全体"))
    assert said.startswith(WHOLE) and said.endswith("でした。" + LEFT_OUT), said


def test_export_and_summarize_say_it(tmp_path: Path) -> None:
    settings, plan, folder = _interim(tmp_path)
    md = tmp_path / "報告.md"
    common = ["--plan", str(plan), "--config", str(settings), "--keep-going"]
    _run("export", str(folder), *common, "--md", str(md))
    [line] = [s for s in md.read_text(encoding="utf-8").splitlines() if s.startswith("計画全体")]
    assert line.startswith(WHOLE) and line.endswith("でした。" + LEFT_OUT), line
    narrative = _run("summarize", str(folder), *common, "--narrative")
    assert line in narrative.splitlines(), narrative
