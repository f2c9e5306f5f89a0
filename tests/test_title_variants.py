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
