"""check of a national survey's export, read back with --keep-going, set aside a wrong figure
of its 都道府県別集計 (review 210 #1): 北海道's 完了 88 (87 counted) was 「この範囲に数えなかった
行（エラー、5 ファイル）があるため比べていません」 though none of the 5 files not read was a body
of 北海道's, and 合計's 663 (662) alike though its row says 「290団体（未集計 10団体）」 — the
bodies counted, as the draft's 「回答のあった290団体のうち…」 does, whose 663 was a disagreement. A
都道府県's row is now held back only for the files of its own bodies, and a row stating how many
bodies it counted, as many as were, is compared with their rows (body_counts.of_bodies_counted)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_review179_prefectures import replies_of
from tests.test_roster import run

LISTED = [  # (code, prefecture, name, mark): 梅台町's reply an .xls, not read; 松沢町 sent none
    ("012025", "北海道", "岩里市", ""),
    ("012033", "北海道", "金尾市", ""),
    ("032018", "岩手県", "原沢市", ""),
    ("042021", "宮城県", "浜浦市", ""),
    ("045217", "宮城県", "梅台町", ""),
    ("045225", "宮城県", "松沢町", ""),
]
SENT = {"岩里市": ["◎", "○"], "金尾市": ["△"], "原沢市": ["△", "○"], "浜浦市": ["○", "×"]}
ROWS = {  # (the export's rows of 都道府県別集計, as it writes them)
    "北海道": "| 北海道 | 2団体 | 1 | 1 | 1 | 0 | 3 |",
    "宮城県": "| 宮城県 | 1団体（未集計 2団体） | 0 | 1 | 0 | 1 | 2 |",
    "合計": "| 合計 | 4団体（未集計 2団体） | 1 | 3 | 2 | 1 | 7 |",
}


def _exported(tmp_path: Path) -> Path:
    """The survey (its list a csv), 梅台町's reply an .xls, exported with --keep-going."""
    head = "団体コード,都道府県,団体名,回答状況\n"
    text = head + "".join(",".join(one) + "\n" for one in LISTED)
    (tmp_path / "団体一覧.csv").write_text(text, encoding="utf-8")
    replies = replies_of(tmp_path, "団体一覧.csv", LISTED, SENT)
    (replies / "045217_梅台町.xls").write_bytes(b"\xd0\xcf\x11\xe0 an old workbook")
    page = tmp_path / "報告.md"
    done = run(tmp_path, "export", str(replies), "--bodies", "file", "--keep-going", "-q",
               "--md", str(page))  # fmt: skip
    assert done.exit_code == 1, done.output  # (the .xls: an error, the rest exported)
    text = page.read_text("utf-8")
    assert all(row in text for row in ROWS.values()), text
    return page


def _check(tmp_path: Path, page: Path):  # type: ignore[no-untyped-def]
    replies = str(tmp_path / "回答")
    return run(tmp_path, "check", replies, "--bodies", "file", "--keep-going", "--text",
               str(page), "-f", "json")  # fmt: skip


def _planted(page: Path, *changed: tuple[str, str]) -> None:
    text = page.read_text("utf-8")
    for row, planted in changed:
        text = text.replace(ROWS[row], planted)
    page.write_text(text, "utf-8")


def test_the_survey_s_export_read_back_agrees(tmp_path: Path) -> None:
    page = _exported(tmp_path)
    said = json.loads(_check(tmp_path, page).stdout)
    assert said["disagreements"] == []
    assert said["not_compared"] == []


def test_a_wrong_figure_of_another_prefecture_s_row_and_of_the_total_s_is_said(
    tmp_path: Path,
) -> None:
    page = _exported(tmp_path)
    _planted(
        page,
        ("北海道", "| 北海道 | 2団体 | 2 | 1 | 1 | 0 | 3 |"),
        ("合計", "| 合計 | 4団体（未集計 2団体） | 1 | 3 | 2 | 1 | 8 |"),
        ("宮城県", "| 宮城県 | 1団体（未集計 2団体） | 0 | 2 | 0 | 1 | 3 |"),
    )
    done = _check(tmp_path, page)
    assert done.exit_code == 1, done.output
    said = json.loads(done.stdout)
    wrong = [(d["scope"], d["what"], d["stated"], d["counted"]) for d in said["disagreements"]]
    assert wrong == [
        ("表の「北海道」の行", "◎", 2, 1),
        ("表の「宮城県」の行", "○", 2, 1),  # (its 1団体: the body counted, 梅台町 not)
        ("表の「宮城県」の行", "total", 3, 2),  # (no 「計画全体の数」 for 松沢町's none)
        ("表の「合計」の行", "total", 8, 7),
    ]
    assert said["not_compared"] == []


def test_a_row_of_the_unread_file_s_prefecture_not_stating_its_bodies_counted_is_held_back(
    tmp_path: Path,
) -> None:
    page = _exported(tmp_path)  # (宮城県's 2団体: 梅台町 too, whose .xls may hold 2 more)
    _planted(page, ("宮城県", "| 宮城県 | 2団体（未集計 1団体） | 0 | 2 | 0 | 1 | 3 |"))
    said = json.loads(_check(tmp_path, page).stdout)
    assert said["disagreements"] == []
    held = [(n["scope"], n["phrase"], n["reason"]) for n in said["not_compared"]]
    reason = "この範囲に数えなかった行（エラー、1 ファイル）があるため比べていません"
    assert held == [
        ("表の「宮城県」の行", "○ 2", f"{reason}（読めた行では 1）"),
        ("表の「宮城県」の行", "計 3", f"{reason}（読めた行では 2）"),
    ]
