"""--fiscal-year in every command that counts, by one rule (title_years.years_left_out): a workbook
whose title states another year than the one given is left out of the count with an error, so
that export, check, summarize, tables, issues and validate count the same rows of the same
inputs (review 78: check counted last year's workbook that export had left out, and found 11
disagreements in planeval's own report; summarize had no --fiscal-year). Without it, the year
most titles state is the round's, and the file left out alike: it was counted with a warning
and exit 0, last year's ratings in this year's figures (review 129 N3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
LEFT_OUT = "表題の年度が令和5年度（2023年度）です（この回は令和6年度（2024年度））。このファイルの行は数えていません"
WARNED = "表題の年度が令和5年度（2023年度）です（ほかの 2 ファイルは令和6年度（2024年度））"
NOT_COUNTED = f"{WARNED}。このファイルの行は数えていません"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.fixture
def replies(tmp_path: Path) -> list[Path]:
    """Two departments' replies titled 令和6年度, and 福祉部's last year's workbook sent again
    (titled 令和5年度, rating another item △)."""

    def titled(name: str, year: str, project: str, status: str) -> Path:
        title = f"デジタル化推進計画 取組状況調査票（{year}）"
        issue = "見直し中" if status == "△" else ""
        rows = [[title], [], HEADER, [f"{project} 事業", "① 項目", status, issue]]
        return write_book(tmp_path / name, {"第3章": rows})

    return [
        titled("企画部.xlsx", "令和6年度", "1-1-1", "○"),
        titled("総務部.xlsx", "令和6年度", "1-1-2", "◎"),
        titled("福祉部.xlsx", "令和5年度", "1-1-3", "△"),
    ]


@pytest.mark.parametrize("stream", [False, True])
def test_summarize_workbooks_leaves_out_a_title_of_another_year_as_read_workbooks(
    replies: list[Path], stream: bool
) -> None:
    """summarize's library path (file by file when streamed) leaves out what read_workbooks
    leaves out, with the same error at the same title."""
    read = planeval.read_workbooks(replies, fiscal_year=2024)
    summary, counted = planeval.summarize_workbooks(replies, fiscal_year=2024, stream=stream)
    assert summary.total.total == len(read.entries) == 2
    assert summary.total.counts["△"] == 0
    for result in (read, counted):
        [error] = result.errors
        assert (error.location.file, error.location.cell) == (str(replies[2]), "A1")
        assert error.message.startswith(LEFT_OUT)
        assert str(replies[2]) in result.left_out
        assert result.other_years == {str(replies[2]): 2023}
        assert not [p for p in result.problems if p.severity.value == "warning"]
    # (without the year: left out alike, told by the other files' titles)
    summary, counted = planeval.summarize_workbooks(replies, stream=stream)
    assert summary.total.total == 2 and counted.left_out == [str(replies[2])]
    [error] = [p for p in counted.problems if "表題" in p.message]
    assert error.message.startswith(NOT_COUNTED) and error.severity.value == "error"
    assert error.location.cell == "A1" and "表題の年度を直してください" in error.hint


@pytest.mark.parametrize("command", ["summarize", "tables", "issues", "check", "validate"])
def test_every_reading_command_takes_the_year_and_leaves_the_same_file_out(
    replies: list[Path], command: str
) -> None:
    keep_going = [] if command == "validate" else ["--keep-going"]
    result = run(command, *map(str, replies), "--fiscal-year", "令和6", *keep_going)
    assert result.exit_code == 1, result.output  # (the file left out is an error)
    said = result.stdout if command == "validate" else result.stderr
    assert said.count(LEFT_OUT) == 1, said
    assert "（ほかの 2 ファイルは" not in said  # (said once, by the year given)


def test_summarize_counts_what_export_counts_with_the_year(
    replies: list[Path], tmp_path: Path
) -> None:
    files = list(map(str, replies))
    summary = run("summarize", *files, "--fiscal-year", "令和6", "--keep-going", "-f", "csv")
    assert "合計,,1,1,0,0,2,0" in summary.stdout.splitlines()
    out = tmp_path / "out" / "報告書.md"
    export = run("export", *files, "--fiscal-year", "令和6", "--keep-going", "--md", str(out))
    assert export.exit_code == 1 and out.exists(), export.output
    # (its policies have no name: no 政策名 column in the report — review 87)
    assert "| 合計 | 1 | 1 | 0 | 0 | 2 |" in out.read_text(encoding="utf-8")


def test_check_agrees_with_export_of_the_same_inputs_and_year(
    replies: list[Path], tmp_path: Path
) -> None:
    """The reviewer's case: export leaves last year's workbook out, and check of its report
    with the same files and year counts the same rows (it counted the old one, and failed)."""
    files = list(map(str, replies))
    out = tmp_path / "out" / "報告書.md"
    run("export", *files, "--fiscal-year", "令和6", "--keep-going", "--md", str(out))
    checked = run(
        "check", *files, "--fiscal-year", "令和6", "--keep-going", "-qq", "--text", str(out)
    )
    assert "食い違い" not in checked.stdout, checked.stdout
    assert checked.stderr.count(LEFT_OUT) == 1


def test_a_year_the_export_records_otherwise_is_refused_as_export_refuses_it(
    replies: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "out" / "報告書.xlsx"
    files = list(map(str, replies[:2]))
    assert run("export", *files, "--fiscal-year", "令和6", "--xlsx", str(out)).exit_code == 0
    for command in ("summarize", "tables", "issues"):
        refused = run(command, str(out), "--fiscal-year", "令和5")
        assert refused.exit_code == 2, refused.output
        assert "--fiscal-year は令和5年度（2023年度）ですが、読み込んだブックは" in refused.stderr
        assert run(command, str(out), "--fiscal-year", "令和6").exit_code == 0


@pytest.mark.parametrize(
    "command", ["summarize", "tables", "issues", "check", "validate", "export"]
)
def test_without_the_year_every_command_leaves_the_form_of_another_year_out(
    replies: list[Path], command: str, tmp_path: Path
) -> None:
    """Without --fiscal-year the year the other titles state is the round's: last year's
    workbook is a data problem in every command — exit 1, said once even with -qq, its rows in
    no count (review 129 N3: counted, exit 0, last year's ratings in this year's figures)."""
    out = ["--md", str(tmp_path / "報告書.md")] if command == "export" else []
    stopped = run(command, *map(str, replies), "-qq", *out)
    said = stopped.stdout if command == "validate" else stopped.stderr
    assert stopped.exit_code == 1 and said.count(NOT_COUNTED) == 1, stopped.output
    if command == "validate":
        return
    kept = run(command, *map(str, replies), "-qq", "--keep-going", *out)
    assert kept.exit_code == 1, kept.output
    if command == "summarize":  # (the other two counted, 福祉部's △ not)
        csv = run(command, *map(str, replies), "-qq", "--keep-going", "-f", "csv")
        assert "合計,,1,1,0,0,2,0" in csv.stdout.splitlines(), csv.stdout
