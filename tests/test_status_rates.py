"""Review 117 N6: a share named by its status's rate (「柱Ⅲの完了率は62.5%」: 完了's share) or
stated in brackets (「達成率（Aの割合）は63.6%」: A's), the next scope's figure carrying the same
share on (「…と最も高く、基本方針2は40.0%」), and a sum of this scale's statuses with its rows
described at length (「A・Bを合わせた目標をおおむね達成したKPIは18指標」) — read, not 「何の割合
か読み取れません」 nor another preset's word."""

from __future__ import annotations

from planeval.presets import PRESETS
from planeval.scale import Scale
from planeval.stated_numbers import read_numbers

HAMAMATSU, PROGRESS = PRESETS["hamamatsu"], PRESETS["progress"]


def _read(text: str, scale: Scale = HAMAMATSU) -> list[tuple[str, float]]:
    return [(n.what, n.value) for n in read_numbers(text, scale, item="KPI") if not n.reason]


def test_a_status_s_rate_is_its_share() -> None:
    assert _read("改革の柱Ⅲの完了率は62.5%でした。", PROGRESS) == [("完了", 62.5)]
    assert _read("改革の柱Ⅲの未完了率は37.5%でした。", PROGRESS) == []  # (not 完了's)


def test_a_share_in_brackets_and_the_next_scope_s() -> None:
    said = "基本方針3の達成率（Aの割合）は63.6%と最も高く、基本方針2は40.0%でした。"
    assert _read(said) == [("A", 63.6), ("A", 40.0)]


def test_a_sum_of_the_scale_s_statuses_described_at_length() -> None:
    said = "A・Bを合わせた目標をおおむね達成したKPIは18指標で、全体の78.3%でした。"
    assert _read(said) == [("AとBの合計（A・B）", 18), ("AとBの合計（A・B）", 78.3)]
