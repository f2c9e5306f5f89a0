"""Review 119 (117 N6 left): a sentence naming two groups, each with its own share right after
it (「基本方針3の達成率（Aの割合）は63.6%と最も高く、基本方針2は40.0%でした」), compares each
share with its own group's rows — the planted 40.0% was 「複数を挙げる文なので…決められません」.
Where a number cannot be given to one group without guessing, the sentence stays one naming
several (group_clauses.py)."""

from __future__ import annotations

from planeval.agreement import check
from planeval.presets import PRESETS
from tests.conftest import rated_entries
from tests.test_check_phrasings import cells

HAMAMATSU = PRESETS["hamamatsu"]
# 基本方針2: A 3 of 5 (60.0%); 基本方針3: A 7 of 11 (63.6%)
ROWS = rated_entries({"2": {"A": 3, "B": 2}, "3": {"A": 7, "B": 2, "C": 2}})
SAID = "基本方針3の達成率（Aの割合）は63.6%と最も高く、基本方針2は{}%でした。"


def _check(text: str):
    return check(cells(text), ROWS, scale=HAMAMATSU, level="基本方針", item="KPI")


def test_each_group_s_share_is_compared_with_its_own_rows() -> None:
    right = _check(SAID.format("60.0"))
    assert right.agrees and not right.not_compared
    assert [s.scope for s in right.statements] == ["基本方針3", "基本方針2"]
    wrong = _check(SAID.format("40.0"))
    found = [(d.scope, d.what, d.stated, d.counted, d.percent) for d in wrong.disagreements]
    assert found == [("基本方針2", "A", 40.0, 60.0, True)]
    assert not wrong.not_compared


def test_numbers_that_cannot_be_given_to_one_group_are_not_guessed() -> None:
    """Both groups before the numbers, or a number naming neither (全体): the sentence names
    several still, as before."""
    several = "基本方針3・基本方針2 の複数を挙げる文なので、どの集計と比べるか決められません"
    for said in (
        "基本方針3と基本方針2では、Aが7指標と3指標でした。",
        "基本方針3の達成率（Aの割合）は63.6%と最も高く、基本方針2は40.0%、全体では56.0%でした。",
    ):
        checked = _check(said)
        assert not checked.disagreements and several in {n.reason for n in checked.not_compared}
        assert [s.scope for s in checked.statements] == ["基本方針3・基本方針2"]
