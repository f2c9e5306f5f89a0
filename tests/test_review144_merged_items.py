"""Two items merged into one and an item moved to another 柱 across a revised 大綱 (review 144 #6):
--map 1-1-(4)=1-1-(3) alone paired 総合案内の充実 with the merged item and called 窓口受付時間の見直し
削除 — backwards — with no way to say 統合; the moved item's note named its 推進項目 2-3 → 3-3 but not
its 柱 Ⅱ → Ⅲ, whose 計 fell by it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.test_review141_report_words import HEADER, SETTINGS

OLD = [
    ("Ⅰ　市民サービスの向上", "1-1　窓口サービスの充実", "1-1-(3)　窓口受付時間の見直し", "完了"),
    (None, None, "1-1-(4)　総合案内の充実", "取組中"),
    ("Ⅱ　効率的な行政運営", "2-3　行政評価", "2-3-(2)　補助金の見直し", "取組中"),
    ("Ⅲ　持続可能な財政運営", "3-3　財政規律", "3-3-(6)　財務書類の公表", "完了"),
]
NEW = [
    ("Ⅰ　市民サービスの向上", "1-1　窓口サービスの充実", "1-1-(3)　窓口受付時間の見直しと総合案内の充実", "完了"),
    ("Ⅲ　持続可能な財政運営", "3-3　財政規律", "3-3-(6)　財務書類の公表", "完了"),
    (None, None, "3-3-(7)　補助金の見直し", "取組中"),
]  # fmt: skip


def _rounds(tmp_path: Path) -> tuple[Path, Path]:
    folders = []
    for year, rows in (("令和7", OLD), ("令和8", NEW)):
        folder = tmp_path / year
        folder.mkdir()
        table: list[list[object]] = [[f"行政改革大綱 実施計画 進捗状況（{year}年度）"], [], HEADER]
        table += [[*row, "", "企画課"] for row in rows]
        write_book(folder / "企画課.xlsx", {"進捗状況": table})
        folders.append(folder)
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return folders[0], folders[1]


def _compare(tmp_path: Path, *maps: str):
    old, new = _rounds(tmp_path)
    args = ["compare", str(old), str(new), "--config", str(tmp_path / "planeval.toml")]
    for pair in maps:
        args += ["--map", pair]
    said = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert said.exit_code == 0, said.output
    return said


def _rows(text: str) -> list[list[str]]:
    return [
        [cell.strip() for cell in line.split("│")[1:-1]]
        for line in text.splitlines()
        if line.startswith("│") and "-(" in line
    ]


def test_two_old_numbers_mapped_to_one_are_shown_merged(tmp_path: Path) -> None:
    said = _compare(tmp_path, "1-1-(3)=1-1-(3)", "1-1-(4)=1-1-(3)")
    rows = {(row[0], row[-1]) for row in _rows(said.stdout)}
    assert ("1-1-(3)", "変化なし（統合）") in rows
    assert ("1-1-(4) → 1-1-(3)", "改善（統合）") in rows
    assert not [row for row in _rows(said.stdout) if row[-1] == "削除" and "1-1-" in row[0]]
    assert "前回の 1-1-(3)・1-1-(4) を今回の 1-1-(3) に統合した取組項目は" in said.stdout
    assert "使っていません" not in said.output


def test_one_pair_of_a_merge_says_the_other_item_is_shown_removed_and_how(tmp_path: Path) -> None:
    said = _compare(tmp_path, "1-1-(4)=1-1-(3)")
    assert ("1-1-(3)", "削除") in {(row[0], row[-1]) for row in _rows(said.stdout)}
    assert (
        "前回の 1-1-(3) 窓口受付時間の見直し は、--map の 1-1-(4)=1-1-(3) で別の取組がその番号に"
        "対応したため「削除」として示しました"
    ) in said.output
    assert "--map 1-1-(3)=1-1-(3) も指定してください" in said.output


def test_an_item_moved_to_another_policy_says_the_policies(tmp_path: Path) -> None:
    said = _compare(tmp_path, "2-3-(2)=3-3-(7)")
    flat = "".join(line.strip() for line in said.stdout.splitlines())
    assert "（推進項目 2-3 → 3-3、改革の柱 Ⅱ → Ⅲ）" in flat
    assert "改革の柱ごとの件数では今回の改革の柱に数えています" in flat
