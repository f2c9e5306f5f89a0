"""check on 東淀川市's forms (review 192 #5; the forms are test_review190_check's: 19 rated and
one 評価対象外, No.4 of 01_第1部.xlsx). 「20施策すべてについて評価を行いました」 is a total, as
「全20施策について」 is (it was 「何の件数か読み取れません」); 「なお、1施策は計画策定中のため評価対象外
としました」 is the 評価対象外 status's count, a row of the forms (it was 「集計していない行の数で、
読み込んだ調査票にはない行…のため比べていません」), so a wrong 「全21施策」 before it is a
disagreement, not a number left uncompared."""

from __future__ import annotations

from pathlib import Path

from tests.test_review190_check import _check, _wrong

LEFT_OUT = "なお、1施策は計画策定中のため評価対象外としました。"


def test_every_one_of_n_is_a_total_and_the_left_out_status_is_compared(tmp_path: Path) -> None:
    text = f"１　評価の概要\n20施策すべてについて評価を行いました。\n{LEFT_OUT}\n"
    code, data = _check(tmp_path, text)
    assert (code, _wrong(data), data["not_compared"]) == (0, [], [])
    code, data = _check(tmp_path / "two", LEFT_OUT.replace("1施策", "2施策"))
    assert (code, _wrong(data), data["not_compared"]) == (1, [("計画全体", "評価対象外", 2, 1)], [])


def test_a_wrong_total_with_the_left_out_status_after_it_disagrees(tmp_path: Path) -> None:
    text = f"１　評価の概要\n総合計画の全21施策について評価を行いました。\n{LEFT_OUT}\n"
    code, data = _check(tmp_path, text)
    assert (code, data["not_compared"]) == (1, [])
    assert [(r["what"], r["stated"], r["counted"]) for r in data["disagreements"]] == [
        ("rows", 21, 20)
    ]
