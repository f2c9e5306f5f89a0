"""A 行政改革大綱's forms (review 114 #8): 改革の柱 | 改革項目番号 | 改革項目 | 取り組み項目 |
実施状況 | 取組内容・課題 | 所管課, each 取り組み項目 rated right under its 改革項目, numbered 1., 2.
under each 柱. Two project titles: 改革項目 was taken for a level above the rated 取り組み項目,
and 改革項目番号 read as nothing — a notice of some 400 characters in every file offering
`[layout.titles] item = ["取り組み項目"]`, and each file's 改革項目 numbered in its own order.
A column titled 「W番号」 beside the column titled W numbers it (README), so 改革項目 is the
project numbered by it and 取り組み項目 the rated item, with no settings (東川崎市's
施策番号 | 施策名 | 事務事業名 alike)."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.scale import Scale, Status
from tests.conftest import write_book

PROGRESS = Scale((Status("完了", "完了"), Status("取組中", "取組中")), as_planned="完了")
HEADER = [
    "改革の柱",
    "改革項目番号",
    "改革項目",
    "取り組み項目",
    "実施状況",
    "取組内容・課題",
    "所管課",
]
PILLAR = "Ⅰ 市民サービスの向上"


def form(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    """One 部's form: (改革項目番号, 改革項目, 取り組み項目, 実施状況) under 柱Ⅰ."""
    lines: list[list[object]] = [["令和6年度 行政改革大綱実施計画 取り組み項目の進捗状況"], HEADER]
    lines += [
        [PILLAR, number, name, item, status, None, "行政改革課"]
        for number, name, item, status in rows
    ]
    return write_book(path, {"進捗状況": lines})


def test_the_reform_item_number_numbers_the_reform_items_in_every_file(tmp_path: Path) -> None:
    first = form(
        tmp_path / "01_総務部.xlsx",
        [
            ("1.", "事務事業の見直し", "補助金の見直し", "完了"),
            ("2.", "行政手続のオンライン化", "電子申請の拡充", "取組中"),
        ],
    )
    # (only the 柱's second 改革項目: numbered by its file's order, it was 1)
    second = form(
        tmp_path / "02_市民部.xlsx", [("2.", "行政手続のオンライン化", "窓口予約の導入", "完了")]
    )
    result = planeval.read_workbooks([first, second], scale=PROGRESS)
    assert [str(p) for p in result.problems] == []
    read = [(e.project_name, e.item_name, e.status) for e in result.entries]
    assert read == [
        ("事務事業の見直し", "補助金の見直し", "完了"),
        ("行政手続のオンライン化", "電子申請の拡充", "取組中"),
        ("行政手続のオンライン化", "窓口予約の導入", "完了"),
    ]
    projects = {e.project_name: e.project_id for e in result.entries}
    assert projects == {"事務事業の見直し": "1-1", "行政手続のオンライン化": "1-2"}
