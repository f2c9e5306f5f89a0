"""check on review 171's press release (a national survey's 分野 named by their names): each
sentence of a paragraph naming two 分野 is its own 分野's, and a 分野 named without 「」 is
that 分野's, never the national total's (#3)."""

from __future__ import annotations

from planeval.agreement import check
from planeval.presets import PRESETS
from tests.conftest import rated_entries
from tests.test_check_phrasings import cells

SETAGAYA = PRESETS["setagaya"]
NAMES = {"1": "行政手続のオンライン化", "5": "デジタル人材の確保・育成"}
ROWS = [
    entry._replace(policy_name=NAMES[entry.policy_id])
    for entry in rated_entries({"1": {"◎": 9, "○": 7, "×": 2}, "5": {"◎": 4, "×": 6}})
]
TWO = (
    "分野別では、「行政手続のオンライン化」は計画を上回る実施9件、計画どおり実施7件でした。"
    "「デジタル人材の確保・育成」は計画を上回る実施{}件、未実施6件でした。"
)


def counted(rows: str, what: str) -> int:
    return sum(1 for entry in ROWS if entry.policy_id == rows and entry.status == what)


def test_each_sentence_naming_a_field_by_its_quoted_name_is_that_field_s() -> None:
    checked = check(cells("2 分野別の状況", TWO.format(4)), ROWS, scale=SETAGAYA)
    assert checked.agrees and not checked.not_compared and checked.compared == 4
    (wrong,) = check(cells("2 分野別の状況", TWO.format(5)), ROWS, scale=SETAGAYA).disagreements
    assert (wrong.what, wrong.stated, wrong.counted) == ("◎", 5, counted("5", "◎"))


def test_a_field_named_without_brackets_is_that_field_s_not_the_whole_survey_s() -> None:
    said = "デジタル人材の確保・育成では、計画を上回る実施{}件でした。"
    checked = check(cells("2 分野別の状況", said.format(4)), ROWS, scale=SETAGAYA)
    assert checked.agrees and checked.compared == 1
    (wrong,) = check(cells("2 分野別の状況", said.format(13)), ROWS, scale=SETAGAYA).disagreements
    assert (wrong.stated, wrong.counted) == (13, counted("5", "◎"))
