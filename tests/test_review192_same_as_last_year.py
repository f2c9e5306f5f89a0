"""check --previous on 「達成度3は2件で、前年度と同じ2件でした」 (review 192 #4): the second number is
the subject's status this year and last, as 「達成度3は、前年度と同じ2件」 is — not a total read
from 「2件で」 (the true 2 was flagged against all the rows, the wrong last year's 2 labelled a
total). The forms are test_kawasaki_check's: 達成度3 is 2 this year, 1 last year."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_kawasaki_check import _run


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (  # (2 this year agrees; last year's 1, not 2)
            "達成度3は2件で、前年度と同じ2件でした。",
            "│ 計画全体 │ 3（目標をほぼ達成）（前年度） │ 2 │ 1 │",
        ),
        (  # (a total stays one: this year's 3, last year's 5 with 環境局's 2 answered then only)
            "評価した事務事業は3事業で、前年度と同じ3事業でした。",
            "│ 計画全体 │ 合計（前年度） │ 3 │ 5（片方の年度だけで数えた事務事業 2 件を除くと 3",
        ),
    ],
)
def test_the_same_as_last_year_after_a_count_is_its_subject_s(
    tmp_path: Path, sentence: str, row: str
) -> None:
    result = _run(tmp_path, f"1 全体の状況\n{sentence}\n", "--previous", str(tmp_path / "R5"))
    assert result.exit_code == 1, result.output
    said = " ".join(result.output.split())
    assert row in said, said
    assert "記載と集計の食い違いが 1 件あります" in said
