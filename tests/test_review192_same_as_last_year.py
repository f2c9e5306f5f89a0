"""check --previous on 「達成度3は2件で、前年度と同じ2件でした」 (review 192 #4): the second number is
the subject's status this year and last, as 「達成度3は、前年度と同じ2件」 is — not a total read
from 「2件で」 (the true 2 was flagged against all the rows, the wrong last year's 2 labelled a
total). The forms are test_kawasaki_check's: 達成度3 is 2 this year, 1 last year."""

from __future__ import annotations

from pathlib import Path

from tests.test_kawasaki_check import _run


def test_the_same_as_last_year_after_a_status_s_count_is_that_status_s(tmp_path: Path) -> None:
    text = "1 全体の状況\n達成度3は2件で、前年度と同じ2件でした。\n"
    result = _run(tmp_path, text, "--previous", str(tmp_path / "R5"))
    assert result.exit_code == 1, result.output
    said = " ".join(result.output.split())
    assert (
        "│ 計画全体 │ 3（目標をほぼ達成）（前年度） │ 2 │ 1（片方の年度だけで数えた事務事業 2 件を除くと 1） │"
        in said
    )
    assert "合計" not in said
    assert "記載と集計の食い違いが 1 件あります" in said


def test_a_total_the_same_as_last_year_after_its_count_is_the_total(tmp_path: Path) -> None:
    # (this year's 3 事務事業, last year's 5: the 2 of 環境局 answered last year only)
    text = "1 全体の状況\n評価した事務事業は3事業で、前年度と同じ3事業でした。\n"
    result = _run(tmp_path, text, "--previous", str(tmp_path / "R5"))
    assert result.exit_code == 1, result.output
    said = " ".join(result.output.split())
    assert (
        "│ 計画全体 │ 合計（前年度） │ 3 │ 5（片方の年度だけで数えた事務事業 2 件を除くと 3" in said
    )
    assert "記載と集計の食い違いが 1 件あります" in said
