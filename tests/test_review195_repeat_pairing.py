"""Review 195 #4: 南川崎市's 集中改革プラン marks a 再掲 row in its name one year, 「窓口業務の民間委託
（再掲）」, and not the year before, 「窓口業務の民間委託」, rated 再掲 both years. compare said one
item twice, 「追加」 and 「削除」, with a notice of a renamed item: the mark is set aside in the
name items are paired by, as 【新規】 is — one item, unchanged."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.text import comparable_name
from tests.conftest import write_book
from tests.test_review195_repeat_alias import HEADER, SETTINGS


def _round(folder: Path, year: int, *, marked: bool) -> Path:
    """Two 改革項目; (2)-2 a repeat listing of (1)-1, 「（再掲）」 after its name if ``marked``."""
    repeat = "窓口業務の民間委託" + "（再掲）" * marked
    done = "目標達成" if year == 6 else "取組中"
    rows = [
        [f"南川崎市集中改革プラン　令和{year}年度 取組状況一覧"],
        [],
        HEADER,
        ["(1)-1", "民間委託等の推進", "窓口業務の民間委託", "市民課", "進めた。", done, None],
        ["(1)-2", None, "文書管理の効率化", "総務課", "進めた。", "取組中", None],
        ["(2)-1", "行政のデジタル化", "電子申請の拡充", "情報政策課", "進めた。", "取組中", None],
        ["(2)-2", None, repeat, "市民課", None, "再掲", None],
    ]
    path = write_book(folder / f"令和{year}年度_取組状況.xlsx", {f"令和{year}年度": rows})
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return path


def test_the_repeat_mark_is_set_aside_as_new_marks_are() -> None:
    assert comparable_name("窓口業務の民間委託（再掲）") == "窓口業務の民間委託"
    assert comparable_name("窓口業務の民間委託（2.3再掲）") == "窓口業務の民間委託"
    assert comparable_name("【新規】窓口業務の民間委託") == "窓口業務の民間委託"


def test_the_library_pairs_the_marked_row_with_the_unmarked(tmp_path: Path) -> None:
    old, new = _round(tmp_path, 5, marked=False), _round(tmp_path, 6, marked=True)
    config = planeval.load_config(tmp_path / "planeval.toml")
    reads = [planeval.read_workbooks([p], scale=config.scale) for p in (old, new)]
    comparison = planeval.compare(*reads, scale=config.scale)
    assert [
        (m.old.item_name if m.old else None, m.new.item_name if m.new else None)
        for m in comparison.movements
        if m.old is None or m.new is None or m.old.status != m.new.status
    ] == [("窓口業務の民間委託", "窓口業務の民間委託")]
    assert comparison.notices == ()


def test_compare_shows_one_item_unchanged(tmp_path: Path) -> None:
    old, new = _round(tmp_path, 5, marked=False), _round(tmp_path, 6, marked=True)
    config = str(tmp_path / "planeval.toml")
    result = CliRunner().invoke(app, ["compare", str(old), str(new), "--config", config])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "実施結果の変化（令和5年度 → 令和6年度）",
        "┌───────┬────────────────────┬───────────┬───────────┬──────┐",
        "│ 番号  │ 取組項目           │ 令和5年度 │ 令和6年度 │ 変化 │",
        "├───────┼────────────────────┼───────────┼───────────┼──────┤",
        "│ (1)-1 │ 窓口業務の民間委託 │ 取組中    │ 目標達成  │ 改善 │",
        "└───────┴────────────────────┴───────────┴───────────┴──────┘",
        "改革項目別の件数の変化（令和5年度 → 令和6年度）",
        "改革項目1 民間委託等の推進",
        "  目標達成 0 → 1（+1）  取組中 2 → 1（▲1）  変更・中止 0 → 0（±0）",
        "  計 2 → 2（±0）  再掲 0 → 0（±0）",
        "改革項目2 行政のデジタル化",
        "  目標達成 0 → 0（±0）  取組中 1 → 1（±0）  変更・中止 0 → 0（±0）",
        "  計 1 → 1（±0）  再掲 1 → 1（±0）",
        "合計",
        "  目標達成 0 → 1（+1）  取組中 3 → 2（▲1）  変更・中止 0 → 0（±0）",
        "  計 3 → 3（±0）  再掲 1 → 1（±0）",
        "計は再掲を除く件数",
        "前回から改善した取組項目 1件、後退した取組項目 0件",
    ]
