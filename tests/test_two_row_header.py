"""A header of two rows, as a town's 事務事業評価一覧表 has it (review 76): 「総合計画の体系」 over
基本目標 | 施策 and 「評価」 over 達成度 | 今後の方向性, the other titles merged down both rows. The
upper row started a table of its own: its 「評価」 was no --status-column 達成度 (an error in
every file, and the export said rows were left out), and its 「総合計画の体系」 was said unread."""

from __future__ import annotations

from pathlib import Path

import pytest

import planeval
from planeval.io.headers import Layout
from planeval.presets import PRESETS
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
# (… and the other, its 今後の方向性 of 拡充・継続, left out knowingly: [columns] ignore)
LEFT = ("今後の方向性",)


def test_a_header_of_two_rows_is_one_header(tmp_path: Path) -> None:
    read = planeval.read_workbooks(
        [_book(tmp_path)], scale=SCALE, layout=Layout(ISSUE, ignored=LEFT)
    )
    assert read.problems == []
    assert [(e.policy_id, e.status) for e in read.entries] == [("1", "C"), ("1", "B"), ("2", "A")]


def test_its_lower_row_s_status_title_is_the_status_column(tmp_path: Path) -> None:
    layout = Layout(ISSUE, status_column="達成度", ignored=LEFT)
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
        read = planeval.read_workbooks([book], scale=SCALE, layout=Layout(ISSUE, ignored=LEFT))
        assert read.problems == []
        assert [(e.policy_id, e.status) for e in read.entries] == [
            ("1", "C"),
            ("1", "B"),
            ("2", "A"),
        ]


# 枚方市's 教育委員会 (review 103): 「施策」 merged over 番号 | 名称, the other titles merged down,
# each 施策's number and name merged down its rows. 番号 was read as each 事務事業's own number
# (「同じ施策の同じ番号に名前の違う事務事業が二つ」) and 名称 said unread, 「数え方に影響はない」:
# the 施策 was lost, its rows under no 基本目標 and the export's section 「## （）」.
HIRAKATA = PRESETS["hirakata"]
LEVEL_UPPER = ("施策", None, "事務事業名", "評価", "今後の方向性", "担当課")
LEVEL_LOWER = ("番号", "名称", None, None, None, None)
LEVEL_ROWS = [
    (16, "学校教育", "学力向上推進事業", "B", "引き続き取り組む", "教育政策課"),
    (None, None, "学校給食事業", "A", "現行どおり継続", "教育政策課"),
    (17, "教育環境", "学校施設長寿命化推進事業", "C", "手法を見直す", "教育政策課"),
    (None, None, "通学区域適正化事業", "A", "現行どおり継続", "教育政策課"),
]
LEVEL_MERGES = ["A1:B1", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "A3:A4", "B3:B4", "A5:A6", "B5:B6"]


def _level_book(folder: Path, *, merged_down: bool = True) -> Path:
    merges = LEVEL_MERGES if merged_down else ["A1:B1", *LEVEL_MERGES[5:]]
    sheets = {"評価調査票": [LEVEL_UPPER, LEVEL_LOWER, *LEVEL_ROWS]}
    return write_book(folder / "05_教育委員会.xlsx", sheets, merges={"評価調査票": merges})


def test_number_and_name_under_a_level_s_title_are_that_level_s(tmp_path: Path) -> None:
    """Read as 施策番号 | 施策名 | 事務事業名 are (with hirakata's item = ["事務事業名"]): each
    事務事業 under its 施策, numbered 16 and 17, named; no column said unread."""
    layout = Layout({"item": ("事務事業名",)})
    for merged_down in (True, False):  # (the other titles merged down, or typed once above)
        folder = tmp_path / str(merged_down)
        folder.mkdir()
        book = _level_book(folder, merged_down=merged_down)
        read = planeval.read_workbooks([book], scale=HIRAKATA, layout=layout)
        assert read.problems == []
        assert [(e.project_id, e.project_name, e.item_name, e.status) for e in read.entries] == [
            ("16", "学校教育", "学力向上推進事業", "B"),
            ("16", "学校教育", "学校給食事業", "A"),
            ("17", "教育環境", "学校施設長寿命化推進事業", "C"),
            ("17", "教育環境", "通学区域適正化事業", "A"),
        ]


def test_a_name_column_not_read_is_never_said_harmless(tmp_path: Path) -> None:
    """名称 under a title of no level (区分) stays unread: its notice no longer says 「数え方に
    影響はないため…このままで構いません」 — the rows' level it names is what is lost."""
    upper = ("区分", *LEVEL_UPPER[1:])
    sheets = {"評価調査票": [upper, LEVEL_LOWER, *LEVEL_ROWS]}
    book = write_book(tmp_path / "05.xlsx", sheets, merges={"評価調査票": LEVEL_MERGES})
    read = planeval.read_workbooks([book], scale=HIRAKATA)
    [notice] = [p for p in read.problems if "「名称」の列" in p.message]
    assert "数え方に影響はない" not in notice.hint
    assert notice.hint.startswith("名称の列のため、読まないと、その名称の段（施策など）ごとには")
    assert notice.hint.endswith(
        "列名を「施策名」のように、どの段の名称か分かるように書いてください"
    )


def test_a_first_project_of_one_row_leaves_the_number_the_project_s(tmp_path: Path) -> None:
    """Review 108: the co-owner's 施策13 of one row, its 評価 left to its lead, above 16 and 17
    of several rows: the header's upper row was taken for a table of no rows, which said its
    numbers number the rows — 16 and 17 became 事務事業 numbers, their 施策 numbered 2 and 3
    and counted under 基本目標 2 and 3 (施策2–5 of another 基本目標, with a plan)."""
    shared = (13, "子育て支援", "放課後児童健全育成事業", None, "所管は子ども未来部", "教育政策課")
    merges = [*LEVEL_MERGES[:5], "A4:A5", "B4:B5", "A6:A7", "B6:B7"]
    sheets = {"評価調査票": [LEVEL_UPPER, LEVEL_LOWER, shared, *LEVEL_ROWS]}
    book = write_book(tmp_path / "05_教育委員会.xlsx", sheets, merges={"評価調査票": merges})
    read = planeval.read_workbooks([book], scale=HIRAKATA, layout=Layout({"item": ("事務事業名",)}))
    assert [(e.project_id, e.item_no, e.item_name) for e in read.entries] == [
        ("16", None, "学力向上推進事業"),
        ("16", None, "学校給食事業"),
        ("17", None, "学校施設長寿命化推進事業"),
        ("17", None, "通学区域適正化事業"),
    ]


def test_a_rated_row_under_a_header_is_not_looked_at_for_a_header_of_two_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Most tables: a rated row right under the header rules out a header of two rows before
    the lower row's titles under the upper's are worded (perf59c: work for nothing)."""
    from planeval.io import header_groups

    calls: list[object] = []
    real = header_groups._worded
    monkeypatch.setattr(header_groups, "_worded", lambda *args: calls.append(1) or real(*args))
    header = ("施策", "事務事業名", "担当課", "評価", "評価の理由・課題")
    rows = [header, ("1-1 防災", "消防団活動支援事業", "総務課", "B", "")]
    book = write_book(tmp_path / "02_総務課.xlsx", {"総務課": rows})
    read = planeval.read_workbooks([book], scale=SCALE, layout=Layout(ISSUE))
    assert [(e.project_name, e.status) for e in read.entries] == [("防災", "B")]
    assert calls == []
    planeval.read_workbooks([_book(tmp_path)], scale=SCALE, layout=Layout(ISSUE, ignored=LEFT))
    assert calls != []  # (the two rows of review 76 still worded)
