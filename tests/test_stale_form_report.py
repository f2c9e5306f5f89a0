"""Without --fiscal-year, a workbook whose title states another year than the others' is
counted (its warning says so on the terminal, with the fix); the report says it too, under 集計
in every format — a director reading the report alone could not tell last year's numbers
were reused (review 87: 大町市's 令和5年度 form in a 令和6年度 roll-up) — in a reader's words: no
file's name, no option (review 132), and the report keeps the round's year. check of that
report still agrees: the line holds no number it would read as a count."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
FACTS = "表題の年度が令和5年度（2023年度）でしたが、令和6年度（2024年度）の回答としてこの集計に含めています。"
FIX = "今年度のものを送り直してもらうか、--fiscal-year 令和6 を付けて集計から外してください"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def replies(folder: Path) -> list[Path]:
    """Two bodies' replies titled 令和6年度, and 大町市's last year's workbook (令和5年度)."""
    folder.mkdir()

    def titled(name: str, year: str, project: str, status: str) -> Path:
        title = f"デジタル化推進計画 取組状況調査票（{year}）"
        rows = [[title], [], HEADER, [f"{project} 事業", "① 項目", status, ""]]
        return write_book(folder / name, {"第3章": rows})

    return [
        titled("長野市.xlsx", "令和6年度", "1-1-1", "○"),
        titled("松本市.xlsx", "令和6年度", "1-1-2", "◎"),
        titled("大町市.xlsx", "令和5年度", "1-1-3", "○"),
    ]


@pytest.mark.parametrize("bodies", [False, True])
def test_the_report_says_a_form_of_another_year_is_counted(tmp_path: Path, bodies: bool) -> None:
    files = list(map(str, replies(tmp_path / "R6")))
    options = ["--bodies", "file"] if bodies else []
    out = tmp_path / "out"
    formats = {f: out / f"報告書.{f}" for f in ("md", "html", "docx", "xlsx")}
    written = run(
        "export", *files, *options, *(a for f, p in formats.items() for a in (f"--{f}", str(p)))
    )
    assert written.exit_code == 0, written.output  # (a warning: counted)
    assert FIX in written.output  # (the fix the command's warning's, not the report's)
    line = f"{'大町市の回答は、' if bodies else '回答の一つは、'}{FACTS}"
    md = formats["md"].read_text(encoding="utf-8")
    summary = md[md.index("## 集計") :].split("\n## ")[0]
    assert line in summary and "--fiscal-year" not in md and ".xlsx" not in md
    assert md.split("\n")[2] == "令和6年度（2024年度）"  # (the round's year, as decided)
    assert line in formats["html"].read_text(encoding="utf-8")
    import docx
    import openpyxl

    paragraphs = [p.text for p in docx.Document(str(formats["docx"])).paragraphs]
    assert any(text.startswith(line) for text in paragraphs)
    sheet = openpyxl.load_workbook(formats["xlsx"])["集計"]
    assert any(str(c.value).startswith(line) for row in sheet.iter_rows() for c in row)
    # (check of the report counts the same rows, and reads no number of the line as a count)
    checked = run("check", *files, *options, "-qq", "--text", str(formats["md"]))
    assert checked.exit_code == 0 and "食い違い" not in checked.stdout, checked.output


def test_nothing_is_said_where_the_year_given_leaves_the_form_out(tmp_path: Path) -> None:
    """With --fiscal-year the old workbook is an error, its rows in no count: no such line
    (the report's own 集計 says what it left out)."""
    files = replies(tmp_path / "R6")
    read = planeval.read_workbooks(files, fiscal_year=2024)
    assert not any(FACTS in line for line in planeval.report_of(read).summary_table.remarks)
    counted = planeval.read_workbooks(files)  # (the library's report of the read says it)
    said = [line for line in planeval.report_of(counted).summary_table.remarks if FACTS in line]
    assert said == [f"回答の一つは、{FACTS}"]
