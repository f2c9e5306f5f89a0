"""Review 192 #3 and #7 (東淀川市, 枚方市-style A–E): a span of statuses written with a dash
other than ～ 〜 － ~ - (「C―E」 U+2015, 「C–E」 U+2013, 「C—E」 U+2014, 「C−E」 U+2212), with から
and no まで (「CからEの評価が」「C評価からE評価の」), or with ランク after a status (「C～Eランクの
評価が」) was read as E alone (a true 5 flagged `E | 5 | 1`, a wrong 4 reported against E) or
listed as 「「評価」はこの評価尺度…の区分ではありません」; each is C, D and E added up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_review190_check import _check, _wrong

SPANS = [
    "C―E",
    "C–E",
    "C—E",
    "C−E",
    "Ｃ～Ｅ",
    "CからE",
    "C評価からE評価",
    "C～Eランク",
    "Cランク～Eランク",
    "CからEまで",
]


@pytest.mark.parametrize("span", SPANS)
def test_a_span_of_statuses_in_any_dash_or_kara_adds_them_up(tmp_path: Path, span: str) -> None:
    text = "計画全体\n評価した19施策のうち、A・Bの評価が14施策、{span}の評価が{n}施策でした。\n"
    code, data = _check(tmp_path, text.format(span=span, n=5))
    assert (code, _wrong(data), data["not_compared"]) == (0, [], [])
    code, data = _check(tmp_path, text.format(span=span, n=4))
    assert (code, _wrong(data)) == (1, [("計画全体", "CからEまで（C・D・E）", 4, 5)])


def test_a_span_right_after_other_words_is_read_from_its_first_status(tmp_path: Path) -> None:
    """「19施策のうちC～Eの評価が」: the words before C (no comma) are no part of the span."""
    code, data = _check(tmp_path, "計画全体\n19施策のうちC～Eの評価が4施策でした。\n")
    assert (code, _wrong(data)) == (1, [("計画全体", "CからEまで（C・D・E）", 4, 5)])


def test_a_status_with_rank_after_it_is_that_status(tmp_path: Path) -> None:
    """#7: 「Aランクの評価が6施策」 is A's count, not a word outside the scale."""
    code, data = _check(tmp_path, "計画全体\n19施策のうち、Aランクの評価が6施策でした。\n")
    assert (code, _wrong(data), data["not_compared"]) == (0, [], [])
    code, data = _check(tmp_path, "計画全体\n19施策のうち、Aランクの評価が7施策でした。\n")
    assert (code, _wrong(data)) == (1, [("計画全体", "A", 7, 6)])


def test_kara_of_a_change_is_no_span(tmp_path: Path) -> None:
    """「XからY」 without まで is a span only before the span's rows (「の評価が」): 「評価がBからCと
    なった施策は3施策」 is a change, never B and C added up (B 8 + C 3 = 11)."""
    code, data = _check(tmp_path, "計画全体\n評価がBからCとなった施策は3施策でした。\n")
    assert (code, _wrong(data)) == (0, [])
