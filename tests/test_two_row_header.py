"""A header of two rows, as a town's 事務事業評価一覧表 has it (review 76): 「総合計画の体系」 over
基本目標 | 施策 and 「評価」 over 達成度 | 今後の方向性, the other titles merged down both rows. The
upper row started a table of its own: its 「評価」 was no --status-column 達成度 (an error in
every file, and the export said rows were left out), and its 「総合計画の体系」 was said unread."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.io.headers import Layout
from planeval.scale import Scale, Status
from tests.conftest import write_book

SCALE = Scale(
    (
        Status("A", "目標を上回った"),
        Status("B", "概ね目標どおり"),
        Status("C", "目標を下回った"),
        Status("D", "大きく下回った"),
    )
)
UPPER = ("No.", "総合計画の体系", None, "事務事業名", "担当課", "評価", None, "評価の理由・課題")
LOWER = (None, "基本目標", "施策", None, None, "達成度（A～D）", "今後の方向性", None)
ROWS = [
    (
        1,
        "1 安全なまち",
        "1-1 防災",
        "自主防災組織育成事業",
        "総務課",
        "C",
        "縮小",
        "参加者が少ない",
    ),
    (2, "1 安全なまち", "1-1 防災", "消防団活動支援事業", "総務課", "B", "継続", ""),
    (3, "2 健やかなまち", "2-1 健康", "がん検診事業", "総務課", "A", "拡充", ""),
]
MERGES = ["A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:G1", "H1:H2"]


def _book(folder: Path) -> Path:
    sheets = {"総務課": [UPPER, LOWER, *ROWS]}
    return write_book(folder / "01_総務課.xlsx", sheets, merges={"総務課": MERGES})


ISSUE = {"issue": ("評価の理由・課題",)}  # (of its two issue-like columns, as the town reads)


def test_a_header_of_two_rows_is_one_header(tmp_path: Path) -> None:
    read = planeval.read_workbooks([_book(tmp_path)], scale=SCALE, layout=Layout(ISSUE))
    assert read.problems == []
    assert [(e.policy_id, e.status) for e in read.entries] == [("1", "C"), ("1", "B"), ("2", "A")]


def test_its_lower_row_s_status_title_is_the_status_column(tmp_path: Path) -> None:
    layout = Layout(ISSUE, status_column="達成度")
    read = planeval.read_workbooks([_book(tmp_path)], scale=SCALE, layout=layout)
    assert read.problems == []
    assert [e.issue for e in read.entries] == ["参加者が少ない", "", ""]


def test_a_header_of_two_rows_not_merged_or_typed_twice_is_one_header(tmp_path: Path) -> None:
    """Review 77: the upper titles typed once, not merged down (or typed again in both rows,
    「評価」 over 達成度 and 今後の方向性 twice): 2 of 60 rows counted, 「評価の列が 2 つ」."""
    repeated = (
        "No.",
        "総合計画の体系",
        "総合計画の体系",
        "事務事業名",
        "担当課",
        "評価",
        "評価",
        "評価の理由・課題",
    )
    lower = (
        "No.",
        "基本目標",
        "施策",
        "事務事業名",
        "担当課",
        "達成度（A～D）",
        "今後の方向性",
        "評価の理由・課題",
    )
    for upper, below in ((UPPER, LOWER), (repeated, lower)):
        book = write_book(tmp_path / "01_総務課.xlsx", {"総務課": [upper, below, *ROWS]})
        read = planeval.read_workbooks([book], scale=SCALE, layout=Layout(ISSUE))
        assert read.problems == []
        assert [(e.policy_id, e.status) for e in read.entries] == [
            ("1", "C"),
            ("1", "B"),
            ("2", "A"),
        ]
