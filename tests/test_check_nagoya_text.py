"""名古屋市守山区's report as it publishes it (review 43): counts with no counter, each with its
share after it (「Aが43（68.2%）」), were never read — a wrong A passed unseen —, and a table's
評価の基準 cell (「B ⇥ 80%以上 ⇥ 12 ⇥ 9」) was read as B's share of 80%."""

from __future__ import annotations

from planeval.presets import PRESETS
from planeval.stated_numbers import TOTAL, read_numbers

NAGOYA = PRESETS["nagoya"]


def test_a_count_with_its_share_after_it_and_no_counter_is_read() -> None:
    said = read_numbers(
        "63の取組みのうち、Aが43（68.2%）、Bが9（14.3%）、-が2（3.2%）でした。",
        NAGOYA,
        item="取組み",
    )
    assert [(n.what, n.value, n.percent) for n in said] == [
        (TOTAL, 63, False),
        ("A", 43, False),
        ("A", 68.2, True),
        ("B", 9, False),
        ("B", 14.3, True),
        ("-", 2, False),
        ("-", 3.2, True),
    ]
    # (a table's cell of a count and its share, no status named before it: not read so)
    assert [n.percent for n in read_numbers("3（42%）", NAGOYA)] == [True]
    progress = read_numbers("4つの重点項目のもと63の取組みを進めました。", NAGOYA, item="取組み")
    assert [(n.what, n.value) for n in progress if n.value == 63] == [(TOTAL, 63)]


def test_a_threshold_in_the_next_cell_of_a_table_row_is_no_share() -> None:
    said = read_numbers("B\t80%以上\t12\t9\t▲3", NAGOYA)
    assert not [n for n in said if n.percent]
