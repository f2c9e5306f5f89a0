"""The rows every department's file repeats (the header row over each policy's table, the
chapter title, the policy headings) are worked out once and remembered: each file still gets
all that its own rows say, and a cell that only looks like a remembered one is read as what
it is."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.io.chapter3 import read_sheet
from planeval.io.grid import ExcelError, SheetGrid
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def _sheet(items: tuple[str, str]) -> list[list[object]]:
    """Two policies under their headings (基本目標Ⅰ typed in roman numerals), each its table."""
    return [
        ["第3章 情報化計画事業の進捗状況"],
        ["基本目標Ⅰ　くらしの手続"],
        HEADER,
        ["1-1 窓口のデジタル化"],
        ["1-1-1 電子申請の拡充", items[0], "○", ""],
        [],
        ["基本目標Ⅱ　しごとの効率化"],
        HEADER,
        ["2-1 庁内事務の見直し"],
        ["2-1-1 文書の電子化", items[1], "△", "対象課を広げる"],
    ]


def test_each_department_s_file_gets_what_its_repeated_rows_say(tmp_path: Path) -> None:
    files = {
        "総務部.xlsx": ("① 申請手続のオンライン化", "電子決裁の導入"),
        "福祉部.xlsx": ("① 相談予約のオンライン化", "記録の電子化"),
    }
    paths = [write_book(tmp_path / name, {"第3章": _sheet(items)}) for name, items in files.items()]
    result = planeval.read_workbooks(paths)
    assert result.problems == []
    read = sorted(
        (Path(entry.location.file).name, entry.policy_id, entry.policy_name, entry.item_name)
        for entry in result.entries
    )
    assert read == [
        ("福祉部.xlsx", "1", "くらしの手続", "相談予約のオンライン化"),
        ("福祉部.xlsx", "2", "しごとの効率化", "記録の電子化"),
        ("総務部.xlsx", "1", "くらしの手続", "申請手続のオンライン化"),
        ("総務部.xlsx", "2", "しごとの効率化", "電子決裁の導入"),
    ]
    for path in paths:  # (each file's headings give its own typed numbers: Ⅰ, Ⅱ)
        one = planeval.read_workbooks([path])
        assert one.level_labels == {"1": "Ⅰ", "2": "Ⅱ"}


def _tables(grid: SheetGrid) -> tuple[int, list[str]]:
    result = read_sheet(grid, file="status.xlsx", scale=planeval.DEFAULT_SCALE)
    return result.tables, [entry.status for entry in result.entries]


def test_an_error_value_where_a_title_stands_starts_no_table() -> None:
    """An Excel error value is a text equal to what it shows: one showing 達成状況 in a row
    otherwise the header row read before is no status title, and starts no table."""
    rows: list[list[object]] = [["1-1-1 電子申請の拡充", "① 申請手続のオンライン化", "○", ""]]
    broken: list[object] = [*HEADER[:2], ExcelError(HEADER[2]), HEADER[3]]
    assert _tables(SheetGrid("第3章", [list(HEADER), *rows])) == (1, ["○"])
    assert _tables(SheetGrid("第3章", [broken, *rows])) == (0, [])
    assert _tables(SheetGrid("第3章", [list(HEADER), *rows])) == (1, ["○"])
