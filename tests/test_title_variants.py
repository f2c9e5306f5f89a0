"""Column titles written with their okurigana as a body writes them (review 43: 名古屋市守山区's
「取組み項目」 was not read, and its 取組み内容 — a description — became each row's name)."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.presets import PRESETS
from tests.conftest import write_book


def test_a_title_with_its_okurigana_is_read_as_without(tmp_path: Path) -> None:
    header = ["No.", "取組み項目", "取組み内容", "取り組み結果", "今後の方向性"]
    rows = [["重点項目1　安心・安全なまち"], header]
    rows += [[16, "食品衛生講習会の開催", "講習会の開催に取り組む。", "A", ""]]
    book = write_book(tmp_path / "保健予防課.xlsx", {"取組み結果": rows})
    [entry] = planeval.read_workbooks([book], scale=PRESETS["nagoya"]).entries
    assert entry.project_name == "食品衛生講習会の開催"  # (the row's name, not its description)
    assert entry.status == "A"


def test_a_survey_s_items_titled_調査項目_are_counted_under_their_分野(tmp_path: Path) -> None:
    """Review 120 #1: a national survey's form 分野 | 番号 | 調査項目 | 取組状況 — 調査項目 was no
    title, and the first-run advice offered 分野 as the item column (every item one 分野)."""
    from planeval.scale import Scale, Status

    rated = [Status(word, word) for word in ("実施済", "実施中", "検討中", "未着手")]
    scale = Scale((*rated, Status("対象外", "対象外", counted=False)))
    rows: list[list[object]] = [["令和6年度 自治体DX推進状況調査 回答票"], ["団体名", "北海道"], []]
    rows += [["分野", "番号", "調査項目", "取組状況", "課題・備考"]]
    rows += [
        ["1　行政手続のオンライン化", "1-1", "子育て・介護関係26手続のオンライン化", "実施済", ""]
    ]
    rows += [["", "1-2", "書かない窓口の導入", "対象外", ""]]
    rows += [["", "1-3", "電子申請システムの導入", "実施中", ""]]
    rows += [["2　自治体情報システムの標準化・共通化", "2-1", "移行計画の策定", "検討中", ""]]
    book = write_book(tmp_path / "010006_北海道.xlsx", {"回答": rows})
    result = planeval.read_workbooks([book], scale=scale)
    assert not [p for p in result.problems if p.is_error], result.problems
    counted = [(e.policy_id, e.status) for e in result.entries]
    assert counted == [("1", "実施済"), ("1", "対象外"), ("1", "実施中"), ("2", "検討中")]
    assert result.entries[1].item_name == "書かない窓口の導入"
