"""Review 151 #4: check read 「事業中止が1事業」 and 「うち中止2事業」 as the status 「-」 事業中止, and
set 「中止が1事業」 aside as 「この評価尺度の区分ではありません」. A label led by the rows' word
(事業中止 of 事業) is said by its short form too, where no other status's word holds it."""

from __future__ import annotations

from pathlib import Path

from tests.test_check_review142 import TOWN, TOWN_RATINGS, _check, _wrong

# a scale where 中止 is no one status's: 事業中止 and 一時中止 both
TWO_STOPS = TOWN.replace(
    "[wording]", '[[scale.status]]\nsymbol = "休"\nlabel = "一時中止"\ncounted = true\n[wording]'
)


def test_the_short_form_of_a_label_led_by_the_rows_word_is_that_status(tmp_path: Path) -> None:
    stopped = TOWN_RATINGS.count("-")
    text = "令和8年度は、中止が{m}事業でした。\n"
    code, data = _check(tmp_path, TOWN_RATINGS, TOWN, text.format(m=stopped + 1))
    assert code == 1
    assert _wrong(data) == {"-": (stopped + 1, stopped)}
    assert data["not_compared"] == []
    code, data = _check(tmp_path, TOWN_RATINGS, TOWN, text.format(m=stopped))
    assert code == 0 and data["not_compared"] == [], data


def test_a_short_form_two_statuses_could_mean_stays_unread(tmp_path: Path) -> None:
    text = f"令和8年度は、中止が{TOWN_RATINGS.count('-')}事業でした。\n"
    code, data = _check(tmp_path, TOWN_RATINGS, TWO_STOPS, text)
    assert code == 1 and _wrong(data) == {}
    assert len(data["not_compared"]) == 1, data
