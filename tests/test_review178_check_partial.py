"""Review 178 #10: check of a report past errors (--keep-going). 危機管理部 left a status blank
and 政策経営部 typed a Latin 「O」, both in 情報化政策1: two rows left out.

- A number equal to the rows counted of that scope passed with no word, while a differing one
  of the same scope was 「比べられなかった」: the matching one is now said too, as agreeing
  with the rows read only, with the same rows left out named.
- The whole plan's 計 was held back for 「エラーの 2 行」 and its ○ for 「エラーの 1 行」 (the
  blank row, holding no status, was left out of the ○'s bound and of its words): every number
  of a scope now names the same rows, the blank one said as raising no status's count."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.setagaya178 import PROJECTS, plan, rated, replies, run

ERRORS = {("1-2-1", 2): "", ("1-1-1", 1): "O"}  # (a blank status, a Latin O: policy 1's)
LEFT_OUT = re.compile(r"この範囲に数えなかった行（[^）]*）")


def _check(tmp_path: Path, text: str) -> tuple[int, dict[str, object]]:
    plan_file = plan(tmp_path / "plan.xlsx")
    folder = replies(plan_file, tmp_path / "回答R3", "令和3", rated(ERRORS))
    report = tmp_path / "報告書案.txt"
    report.write_text(text, encoding="utf-8")
    code, shown, _said = run("check", str(folder), "--plan", str(plan_file), "--text",
                             str(report), "--keep-going", "-f", "json")  # fmt: skip
    return code, json.loads(shown)


def _items(policy: str = "") -> int:
    return sum(len(items) for p, (_n, _d, items) in PROJECTS.items() if p.startswith(policy))


@pytest.mark.parametrize("more", [0, 1])
def test_a_number_of_a_scope_with_rows_left_out_is_said_so_whether_it_matches_or_not(
    tmp_path: Path, more: int
) -> None:
    counted = _items("1-") - len(ERRORS)  # (policy 1's rows read, all ○)
    phrase = f"計画どおり実施{counted + more}件でした"
    _code, found = _check(tmp_path, f"（1）情報化政策1\n\n達成状況は、{phrase}。\n")
    verdict = str(found["verdict"])
    [held] = found["not_compared"] or [None]  # type: ignore[misc]
    if more:  # (more than counted: the rows left out may hold it)
        assert held is not None and "エラーの 2 行" in held["reason"], found
        assert "読めた行の集計と一致" not in verdict, verdict
    else:  # (equal to the rows read: agreeing with a partial count, said so)
        assert held is None, found
        assert (
            f"情報化政策1の「{phrase}」（数えなかった行: エラーの 2 行）は、読めた行の集計と"
            "一致しましたが、その範囲に数えなかった行があるため"
        ) in verdict, verdict


def test_every_number_of_a_scope_names_the_same_rows_left_out(tmp_path: Path) -> None:
    counted = _items() - len(ERRORS)
    text = f"計画全体では、○{counted + 1}件、計{counted + 1}件でした。\n"
    _code, found = _check(tmp_path, text)
    held = found["not_compared"]
    assert isinstance(held, list) and len(held) == 2, found
    said = {LEFT_OUT.search(number["reason"])[0] for number in held}  # type: ignore[index]
    assert said == {"この範囲に数えなかった行（エラーの 2 行）"}, held
    [status] = [number for number in held if number["stated"] == counted + 1 and "○" in
                number["phrase"]]  # fmt: skip
    assert "うち評価のない 1 行はどの評価の件数も増やしません" in status["reason"], status


def test_a_scope_with_no_row_left_out_says_nothing_of_it(tmp_path: Path) -> None:
    counted = _items("3-")  # (policy 3: every row counted)
    _code, found = _check(tmp_path, f"（3）情報化政策3\n\n達成状況は、○{counted}件でした。\n")
    assert found["verdict"] == "1 段落の記載件数はすべて集計と一致しています", found
