"""check --previous's notes on the items one round did not count (review 208 #8): 「110 件は
集計 107 件（片方の年度だけで数えた取組項目 3 件を除くと 107）」 — this year's count, which never
held them, said again after 「除くと」 — and 「+11 は前年度 24 → 今回 35。…除くと 22 → 35」, a
change of +13 under +11. Each clause now holds true arithmetic: the items left out of the round
the number is of, a change's own difference beside its counts, and no clause that changes
nothing."""

from __future__ import annotations

from planeval.agreement import check
from planeval.check_result import CheckResult
from planeval.cycle.uncounted import item_of
from planeval.last_year import PreviousRound
from planeval.model import Location, TextCell
from planeval.presets import PRESETS
from tests.test_check_previous_alike import _rows

GUNMA = PRESETS["gunma"]


# 取組6–8 counted last year only, 取組9–10 this year only (each in error in the other round): A
# 5 → 4 in all, 3 → 4 without them
BEFORE = _rows("R6", {"": "AAABBAAB"})  # (取組1–8)
NOW = [e for e in _rows("R7", {"": "AAAAB---BB"}) if e.status != "-"]  # (取組1–5, 9–10)
ONCE_BEFORE, ONCE_NOW = BEFORE[5:], NOW[5:]


def _check(text: str) -> CheckResult:
    cells = [TextCell(Location("報告書.md", None, "1行目"), text)]
    uncompared = frozenset(item_of(e) for e in (*ONCE_BEFORE, *ONCE_NOW))
    previous = PreviousRound(tuple(BEFORE), uncompared=uncompared, item="取組")
    return check(cells, NOW, scale=GUNMA, previous=previous, item="取組")


def test_a_change_s_like_for_like_counts_are_said_with_their_own_difference() -> None:
    [wrong] = _check("Aは前年度から1件増えました。").disagreements  # (compare's +1, not ▲1)
    assert (wrong.stated, wrong.counted) == (1, -1)
    assert wrong.note == (
        "（前年度 5 → 今回 4。片方の年度だけで数えた取組 5 件を除くと 3 → 4（+1）。記載は "
        "compare の表と同じく両年度で比べられる行だけの数です。check は各年度の回答全体の数"
        "（公表する数）と比べます）"
    )


def test_this_year_s_count_is_not_said_again_without_items_it_never_counted() -> None:
    # (取組9–10 are B: without them this year's A is 4 all the same — 「除くと 4」 says nothing)
    checked = _check("Aは5件で、前年度から1件増えました。").disagreements
    [wrong] = [d for d in checked if d.when == ""]
    assert (wrong.stated, wrong.counted, wrong.note) == (5, 4, "")


def test_last_year_s_number_is_said_without_the_items_of_last_year() -> None:
    # (3 items of last year's rows, not the 5 of both rounds)
    [wrong] = _check("Aは前年度の4件から").disagreements
    assert (wrong.stated, wrong.counted) == (4, 5)
    assert wrong.note == "（片方の年度だけで数えた取組 3 件を除くと 3）"
