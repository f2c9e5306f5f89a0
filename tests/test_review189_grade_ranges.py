"""Review 189 #5: on a scale of digit grades, 1 the best (川崎市's 達成度 1–5), 「達成度4以下は4件」
was not compared — 「「4以下」の「以下」は planeval が件数として読む数え方ではないため…」, the 4
taken for a count. It is a grade and those worse, as 「C以下」 is of a scale of letters: 4 and 5.
The forms are test_kawasaki_check's: this year 2, 3, 3 (環境局 silent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_kawasaki_check import _run


@pytest.mark.parametrize(
    "text", ["達成度3以下は2件でした。", "達成度2以上は1件でした。", "3以下が2件でした。"]
)
def test_a_grade_and_those_worse_or_better_are_compared(tmp_path: Path, text: str) -> None:
    result = _run(tmp_path, text + "\n")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "1 段落の記載件数はすべて集計と一致しています"


def test_a_wrong_count_of_a_range_of_grades_names_them(tmp_path: Path) -> None:
    result = _run(tmp_path, "達成度3以下は3件でした。\n")
    assert result.exit_code == 1, result.output
    said = " ".join(result.output.split())
    assert "│ 計画全体 │ 3以下（3・4・5） │ 3 │ 2" in said, said
    assert "比べられなかった数" not in said  # (the grade 3 is no count of its own)
