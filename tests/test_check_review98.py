"""check on review 98's 南浜市 集中改革プラン: its headline 「本プランでは、110件（3項目再掲のため
実質107件）の取組項目を掲げています」 states its counter-noun after the bracket. 110 was read as
nothing (「何の件数か読み取れません」), the check failed though right and a wrong 111 was never a
disagreement; the noun after the bracket says what 110 counts: every row, 再掲 included."""

from __future__ import annotations

import pytest

from planeval.agreement import check
from planeval.presets import PRESETS
from planeval.stated_number import GROUPS, ROWS, TOTAL
from planeval.stated_numbers import read_numbers
from tests.conftest import rated_entries
from tests.test_check_phrasings import cells

REFORM = PRESETS["reform_plan"]
# 4 基本方針, 107 counted and 3 再掲 (110 rows), as the city's plan
ROWS_110 = rated_entries(
    {
        "1": {"目標達成": 5, "取組中": 22},
        "2": {"目標達成": 11, "取組中": 11, "変更・中止": 2, "再掲": 1},
        "3": {"目標達成": 11, "取組中": 14, "変更・中止": 2},
        "4": {"目標達成": 11, "取組中": 15, "変更・中止": 3, "再掲": 2},
    }
)
HEADING = "1　全体の進捗状況"
HEADLINE = "本プランでは、{}件（3項目再掲のため実質{}件）の取組項目を掲げています。"
AFTER_GROUPS = (
    "本プランでは、4つの基本方針のもとに{}件（3項目再掲のため実質{}件）の取組項目を掲げています。"
)
# the city's planeval.toml: [wording] project = "取組項目", item = "取組内容"
WORDS = {"project": "取組項目", "item": "取組内容"}
LEVEL = "基本方針"  # ([wording] policy: 「4つの基本方針」 compared with the groups)


@pytest.mark.parametrize("words", [{}, WORDS])
def test_the_noun_after_the_bracket_says_the_number_counts_every_row(words: dict[str, str]) -> None:
    said = HEADLINE.format(110, 107)
    read = [(n.what, n.value, n.reason) for n in read_numbers(said, REFORM, **words)]
    assert read == [(ROWS, 110, ""), ("再掲", 3, ""), (TOTAL, 107, "")]
    said = AFTER_GROUPS.format(110, 107)
    read = [(n.what, n.value, n.reason) for n in read_numbers(said, REFORM, **words)]
    assert read == [(GROUPS, 4, ""), (ROWS, 110, ""), ("再掲", 3, ""), (TOTAL, 107, "")]
    # (the rated rows' own word after the bracket alike: 「…の取組を」)
    said = "本プランでは、110件（3項目再掲のため実質107件）の取組を掲げています。"
    assert [n.what for n in read_numbers(said, REFORM, **words)] == [ROWS, "再掲", TOTAL]


@pytest.mark.parametrize("words", [{}, WORDS])
@pytest.mark.parametrize("shape", [HEADLINE, AFTER_GROUPS])
def test_the_headline_is_compared_right_and_wrong(words: dict[str, str], shape: str) -> None:
    right = check(
        cells(HEADING, shape.format(110, 107)), ROWS_110, scale=REFORM, level=LEVEL, **words
    )
    assert right.agrees and not right.not_compared
    wrong = check(
        cells(HEADING, shape.format(111, 107)), ROWS_110, scale=REFORM, level=LEVEL, **words
    )
    assert [(d.what, d.stated, d.counted) for d in wrong.disagreements] == [(ROWS, 111, 110)]
    assert not wrong.not_compared
    wrong = check(
        cells(HEADING, shape.format(110, 106)), ROWS_110, scale=REFORM, level=LEVEL, **words
    )
    assert [(d.what, d.stated, d.counted) for d in wrong.disagreements] == [(TOTAL, 106, 107)]
    assert not wrong.not_compared


def test_the_other_shapes_keep_their_reading() -> None:
    # (the subject first, 「取組項目は110件（…）です」, and a policy's 「25件（…）のうち」)
    said = "本プランの取組項目は110件（3項目再掲のため実質107件）です。"
    assert [n.what for n in read_numbers(said, REFORM, **WORDS)] == [ROWS, "再掲", TOTAL]
    said = "25件（1項目再掲のため実質24件）のうち、目標達成が5件です。"
    read = [(n.what, n.value) for n in read_numbers(said, REFORM)]
    assert read == [(ROWS, 25), ("再掲", 1), (TOTAL, 24), ("目標達成", 5)]
    # (a bracket followed by no noun counting the rows says nothing new: still not read)
    (number,) = read_numbers("110件（前年度と同じ）を掲げています。", REFORM)
    assert number.what == "" and number.reason
