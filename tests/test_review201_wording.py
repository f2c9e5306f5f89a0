"""Review 201's wording findings (東上野県): #8, 施策別集計's rounding note counted its rows
(「合計が100.0にならない行が4行あります」) where 集計's names each (「基本目標2 は 100.1%、…」)."""

from __future__ import annotations

from planeval.aggregate import summarize
from planeval.report.tables import count_table
from tests.conftest import rated_entries


def test_four_rows_not_adding_up_are_each_named() -> None:
    """Three 施策 of 1/1/1 (33.3% each) and their 合計: four rows of 99.9%, each named, as
    集計's three are (1-3, 2-2, 2-3 and 4-1 of 東上野県's 施策別集計)."""
    groups = {str(n): {"◎": 1, "○": 1, "△": 1} for n in range(1, 4)}
    table = count_table(
        summarize(rated_entries(groups)), shares=True, id_headers=("施策番号", "施策名")
    )
    assert table.share_note == (
        "※割合（%）は小数第2位を四捨五入して小数第1位まで表示しています。このため、合計が100.0に"
        "ならない行があります（施策1 は 99.9%、施策2 は 99.9%、施策3 は 99.9%、合計の行は 99.9%）。"
    )
