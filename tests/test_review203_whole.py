"""Review 203 #1: 名東南区's interim report (民生子ども課 未提出, 12 事業; No.28 left blank; one row
of no 事業 of the plan) said 「計画全体では、全62の事業のうち回答のあった50の事業について評価しま
した。…なお、このほか計画にない行1件は、集計に含めていないほか、事業1件は、評価が記入されてい
ないため集計に含めていません。」 of a plan of 63: the blank row dropped from 全, and a clause that
is no Japanese. 全 counts the plan's items counted, left out for an error and not returned, each
once, never a row of no item of the plan; the rows left out are said after one 「このほか」."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.past_errors import CountedPast
from planeval.unanswered_words import left_out_sentences, one_sentence
from planeval.whole_sentence import plan_left_out, unreturned_told

SETTINGS = """[scale]
preset = "nagoya"

[wording]
policy = "運営方針"
project = "運営方針"
item = "事業"
status = "評価"
"""
# (per 運営方針: No.28 blank under 2, the added row 64 under 3)
PAST = CountedPast(policies=(("2", 1), ("3", 1)), outside=(("3", 1),), blanks=(("2", 1),))


def _wording(tmp_path: Path) -> planeval.Wording:
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return planeval.load_config(tmp_path / "planeval.toml").wording


def test_the_plan_s_whole_holds_the_blank_row_beside_the_unreturned_ones(
    tmp_path: Path,
) -> None:
    wording = _wording(tmp_path)
    counted = "計画全体では、50の事業に取り組みました。個別の事業ごとの評価は、A35件でした。"
    left = plan_left_out(PAST)
    assert left == 1  # (No.28; not the row of no 事業 of the plan)
    assert unreturned_told(counted, (50, 3), (12, 0), wording, left=(left, 0)) == (
        "計画全体では、全63の事業のうち回答のあった50の事業について評価しました。"
        "個別の事業ごとの評価は、A35件でした。"
    )
    # (an item of the plan no file holds, its department replying: in 全 too)
    assert plan_left_out(PAST._replace(missing=(("1", 2),))) == 3


def test_the_rows_left_out_are_said_in_plain_sentences(tmp_path: Path) -> None:
    said = one_sentence(left_out_sentences(PAST, None, _wording(tmp_path)))
    assert said == [
        "なお、このほか計画にない行1件は、集計に含めていません。"
        "また、事業1件は、評価が記入されていないため集計に含めていません。"
    ]
