"""What compare's like-for-like takes out of the counts per policy, named (review 142 #4, #7):
警察本部 sent no form in 令和7年度, so its two indicators were 「前回未集計」 and left out of both
rounds' counts — 合計 前進B 9 → 8 read as a fall where 令和8年度 counted 9 — and the note under
the counts said only 「…の指標 2 件は…どちらにも含めていません」. It now says which items, rated
what, in which round: 「除いたのは今回（令和7年度）の A 2 件（1-1-1(1)、1-1-1(2)）です」; of a
round in error, the earlier round's ratings (前回（令和5年度）)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.test_compare_unreturned import LATER, MISSING, _city_with_plan, _later, _run
from tests.test_cycle_like_for_like import AGREED, IN_ERROR, _round
from tests.test_cycle_like_for_like import _run as _run_kept
from tests.test_department_forms import TOML


def _note(output: str) -> str:
    """The footer's line of the items 未集計 in one round, unfolded."""
    text = re.sub(r"\n +", "", output)
    return next(line for line in text.splitlines() if line.startswith("「前回未集計」"))


def test_a_department_that_missed_the_earlier_round(tmp_path: Path) -> None:
    city = _city_with_plan(tmp_path)
    missed = _later(city, 6, with_missing=False)
    complete = _later(city, 7, with_missing=True)
    note = _note(_run(city, "compare", str(missed), str(complete)))
    rows = LATER[MISSING]  # (both rated A in 令和7年度, the round that counted them)
    ids = "、".join(f"{project}{name.split(' ')[0]}" for project, name, *_ in rows)
    assert {status for *_, status, _issue, _section in rows} == {"A"}
    assert note.endswith(f"。除いたのは今回（令和7年度）の A {len(rows)} 件（{ids}）です"), note


def test_items_in_error_in_the_later_round(tmp_path: Path) -> None:
    """令和6年度 could not count two items (a typed 「8」, a co-owned item rated apart): the
    note names them as 令和5年度 rated them, each status apart, in the scale's order."""
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    config = ["--config", str(tmp_path / "planeval.toml")]
    r5, r6 = _round(tmp_path, 5, AGREED), _round(tmp_path, 6, IN_ERROR)
    shown = _run_kept("compare", str(r5), str(r6), *config, "--keep-going", columns=200).stdout
    soumu, kikaku = AGREED["総務部"][1], AGREED["企画部"][0]  # (申請状況の可視化, スマホ教室の開催)
    assert (soumu, kikaku) == ("A", "B")
    assert _note(shown).endswith(
        f"。除いたのは前回（令和5年度）の {soumu} 1 件（1-1-1(2)）、{kikaku} 1 件（1-2-1(1)）です"
    )


def _rounds_note(output: str, lead: str) -> str:
    """rounds' footer line starting ``lead``, unfolded."""
    text = re.sub(r"\n +", "", output)
    return next(line for line in text.splitlines() if line.startswith(lead))


def test_rounds_names_the_items_it_left_out_as_compare_does(tmp_path: Path) -> None:
    """総務部 sent nothing in 令和6年度: its items are out of every round's counts, and the
    line says which, as each round that counted them rated them (令和5年度 and 令和7年度)."""
    city = _city_with_plan(tmp_path)
    rounds = [_later(city, year, with_missing=year != 6) for year in (5, 6, 7)]
    note = _rounds_note(_run(city, "rounds", *map(str, rounds)), "調査票の提出がない回がある")
    rows = LATER[MISSING]
    ids = "、".join(f"{project}{name.split(' ')[0]}" for project, name, *_ in rows)
    said = f"A {len(rows)} 件（{ids}）"
    assert note.endswith(f"。除いたのは令和5年度の {said}と、令和7年度の {said}です"), note


def test_rounds_names_the_items_a_round_could_not_count(tmp_path: Path) -> None:
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    config = ["--config", str(tmp_path / "planeval.toml")]
    r5, r6 = _round(tmp_path, 5, AGREED), _round(tmp_path, 6, IN_ERROR)
    shown = _run_kept("rounds", str(r5), str(r6), *config, "--keep-going", columns=200).stdout
    soumu, kikaku = AGREED["総務部"][1], AGREED["企画部"][0]
    assert _rounds_note(shown, "読んだものの数えなかった").endswith(
        f"。除いたのは令和5年度の {soumu} 1 件（1-1-1(2)）、{kikaku} 1 件（1-2-1(1)）です"
    )
