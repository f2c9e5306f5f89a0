"""Without --fiscal-year, a workbook whose title states another year than the others' was
counted, with a warning and a line under 集計 (review 87: 大町市's 令和5年度 form in a 令和6年度
roll-up); a published report still held last year's ratings as this year's, exit 0 (review 129
N3). It is left out as the year given leaves it out: no report without --keep-going, and with
it the report's 集計 says what it left out; check of that report agrees."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
FACTS = "の表題の年度が令和5年度（2023年度）です（ほかの 2 ファイルは令和6年度（2024年度））。"


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
def test_the_report_leaves_a_form_of_another_year_out(tmp_path: Path, bodies: bool) -> None:
    files = list(map(str, replies(tmp_path / "R6")))
    options = ["--bodies", "file"] if bodies else []
    md = tmp_path / "out" / "報告書.md"
    stopped = run("export", *files, *options, "--md", str(md))
    assert stopped.exit_code == 1 and not md.exists(), stopped.output
    assert (
        f"大町市.xlsx › 第3章 › A1: {FACTS[1:]}このファイルの行は数えていません" in stopped.stderr
    )
    written = run("export", *files, *options, "--md", str(md), "--keep-going")
    assert written.exit_code == 1 and md.exists(), written.output
    summary = md.read_text(encoding="utf-8").split("## 集計")[1].split("\n## ")[0]
    assert "その行もこの集計に含めています" not in summary
    assert ("大町市" if bodies else "別の年度の調査票だった") in summary, summary
    checked = run("check", *files, *options, "-qq", "--keep-going", "--text", str(md))
    assert "食い違い" not in checked.stdout, checked.output


def test_the_library_leaves_it_out_with_the_year_or_without(tmp_path: Path) -> None:
    files = replies(tmp_path / "R6")
    for year in (2024, None):
        read = planeval.read_workbooks(files, fiscal_year=year)
        assert read.left_out == [str(files[2])] and len(read.entries) == 2
        remarks = planeval.report_of(read).summary_table.remarks
        assert not any("その行もこの集計に含めています" in line for line in remarks)
