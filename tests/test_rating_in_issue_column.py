"""A rating typed one column too far, in the issue column, its status cell left blank (review
105 #6: 教育政策課's I8 「達成A」 beside an empty H8): the blank status's error says where the
rating is and to move it, not only to choose one of the scale's symbols."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.presets import PRESETS
from tests.conftest import write_book

TITLES = ["施策番号", "施策名", "取組番号", "取組", "進捗状況", "課題・今後の方向性", "担当課"]


def _fixes(rows: list[list[object]], tmp_path: Path, **read: object) -> dict[str | None, str]:
    path = write_book(tmp_path / "教育政策課.xlsx", {"進捗状況": rows})
    result = planeval.read_workbooks([path], **read)  # type: ignore[arg-type]
    return {p.location.cell: p.hint for p in result.problems if "が空です" in p.message}


def test_a_rating_in_the_issue_cell_is_told_to_move_to_the_status_cell(tmp_path: Path) -> None:
    rows = [
        ["北嶺県情報化推進計画 進捗状況調査票（令和7年度）"],
        TITLES,
        ["3-2", "ICTを活用した学びの充実", "(1)", "端末の更新", "達成A", "", "教育政策課"],
        ["", "", "(2)", "校務の情報化", "", "達成A", "教育政策課"],  # (under a rated row)
        ["", "", "(3)", "学習ログの活用", "", "前進B", "教育政策課"],  # (under a blank)
        ["", "", "(4)", "遠隔授業の実施", "", "予算の確保が課題", "教育政策課"],
    ]
    fixes = _fixes(rows, tmp_path, scale=PRESETS["gunma"])
    assert fixes == {
        "E4": "F4（課題等）に「達成A」とあります。達成状況の欄（E4）に移してください",
        "E5": "F5（課題等）に「前進B」とあります。達成状況の欄（E5）に移してください",
        "E6": "A B C D のいずれかを入力してください",  # (a text of its own: no rating)
    }


def test_the_body_s_words_name_the_columns(tmp_path: Path) -> None:
    rows = [
        TITLES,
        ["3-2", "ICTを活用した学びの充実", "(1)", "端末の更新", "達成A", "", "教育政策課"],
        ["", "", "(2)", "校務の情報化", "", "達成A", "教育政策課"],
    ]
    config = tmp_path / "planeval.toml"
    config.write_text(
        '[scale]\npreset = "gunma"\n[wording]\npreset = "gunma"\nstatus = "進捗状況"\n'
        'issue = "課題・今後の方向性"\n',
        encoding="utf-8",
    )
    settings = planeval.load_config(config)
    fixes = _fixes(rows, tmp_path, scale=settings.scale, wording=settings.wording)
    assert fixes == {
        "E3": "F3（課題・今後の方向性）に「達成A」とあります。進捗状況の欄（E3）に移してください"
    }


def test_a_table_of_named_levels_says_it_alike(tmp_path: Path) -> None:
    """A body's table whose levels are names (政策 | 施策 | 事務事業名, io/named.py)."""
    rows = [
        ["政策", "施策", "事務事業名", "評価", "課題", "担当課"],
        ["1 子育て支援", "1 保育の充実", "保育所の整備", "達成A", "", "こども課"],
        ["", "", "病児保育の拡充", "", "前進B", "こども課"],
    ]
    fixes = _fixes(rows, tmp_path, scale=PRESETS["gunma"])
    assert fixes == {"D3": "E3（課題等）に「前進B」とあります。達成状況の欄（D3）に移してください"}


def test_setagaya_s_numbered_table_says_it_alike(tmp_path: Path) -> None:
    """Setagaya's 1-1-1 table (io/item_rows.py reads a blank item line right under a rated
    row, io/numbered.py one under another blank)."""
    rows = [
        ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"],
        ["1-1 ICT を活用した行政サービスの拡充"],
        ["1-1-1 電子申請の推進", "① 手続の追加", "○", ""],
        ["", "② 案内の充実", "", "◎"],
        ["", "③ 窓口の予約", "", "○"],
        ["", "④ 利用者の調査", "", "-"],  # (the repeat mark: no rating to move)
    ]
    assert _fixes(rows, tmp_path) == {
        "C4": "D4（課題等）に「◎」とあります。達成状況の欄（C4）に移してください",
        "C5": "D5（課題等）に「○」とあります。達成状況の欄（C5）に移してください",
        "C6": "◎ ○ △ × のいずれかを入力してください（再掲の行は -）",
    }
