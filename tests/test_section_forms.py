"""A 課's own form states who wrote it above its table (review 42, 群馬県: 「担当課：デジタル戦略
課」) and has no 担当課 column: its rows are that 課's — the issue list said no owner, the CSV
had an empty 担当課 column. A row naming its own 課 keeps it."""

from __future__ import annotations

from pathlib import Path

import planeval
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def test_the_rows_of_a_section_s_form_are_that_section_s(tmp_path: Path) -> None:
    rows: list[list[object]] = [["令和5年度 進捗状況"], ["担当課：デジタル戦略課"], [], HEADER]
    rows += [["1-1-1 電子申請", "(1) 対象手続の拡大", "△", "予算の確保が課題"]]
    rows += [["", "(2) 利用者の拡大", "○", ""]]
    book = write_book(tmp_path / "01_デジタル戦略課.xlsx", {"進捗状況": rows})
    result = planeval.read_workbooks([book])
    assert result.file_departments == {str(book): "デジタル戦略課"}
    assert [entry.department for entry in result.entries] == ["デジタル戦略課"] * 2
    own = [*HEADER, "担当課"]
    named = write_book(
        tmp_path / "02_広報課.xlsx",
        {"進捗状況": [["担当課：広報課"], own, ["1-2-1 広報", "(1) SNS", "○", "", "情報政策課"]]},
    )
    assert [e.department for e in planeval.read_workbooks([named]).entries] == ["情報政策課"]
