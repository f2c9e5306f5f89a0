"""The round's year given, in every way of counting, by one rule (marks.years_left_out): a
workbook whose title states another year than the one given is left out of the count with an
error, by read_workbooks and summarize_workbooks alike (review 78: summarize counted last year's
workbook that export had left out)."""

from __future__ import annotations

from pathlib import Path

import pytest

import planeval
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
LEFT_OUT = "表題の年度が令和5年度（2023年度）です（この回は令和6年度（2024年度））。このファイルの行は数えていません"
WARNED = "表題の年度が令和5年度（2023年度）です（ほかの 2 ファイルは令和6年度（2024年度））"


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
    # (without the year: counted, with the warning told by the other files' titles)
    summary, counted = planeval.summarize_workbooks(replies, stream=stream)
    assert summary.total.total == 3
    [warned] = [p for p in counted.problems if "表題" in p.message]
    assert warned.message.startswith(WARNED) and warned.severity.value == "warning"
