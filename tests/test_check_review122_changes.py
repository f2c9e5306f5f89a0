"""check's changes from last year as reviews 122 and 120 found them: a share's change in
points (「前年度比▲10.2ポイント」) passed unread, wrong or right (#3); 「（前年度比±0件）」,
「前年度（28件）」 and 「△7件」 (△ a minus sign) were 「何の件数か読み取れません」 (#4) — where △
is a status (世田谷区's), 「△2件」 stays its count; and --previous's detail printed 1565 → 2049
beside 記載 1,550 (review 120 #7)."""

from __future__ import annotations

from planeval.agreement import check
from planeval.change_notes import change_note
from planeval.check_result import CheckResult
from planeval.count import Count
from planeval.last_year import PreviousRound
from planeval.model import Entry, Location, TextCell
from planeval.presets import PRESETS
from planeval.scale import DEFAULT_SCALE
from planeval.stated_changes import CHANGE, PAST
from planeval.stated_number import StatedNumber
from planeval.stated_numbers import read_numbers

GUNMA = PRESETS["gunma"]


def _rows(year: str, statuses: str) -> list[Entry]:
    """One rated row per status letter, of policy 1."""
    return [
        Entry(
            Location(f"{year}/行政改革課.xlsx"),
            "1",
            "",
            "1-1",
            "施策",
            row,
            str(row),
            f"取組{row}",
            None,
            status,
            status,
        )
        for row, status in enumerate(statuses, start=1)
    ]


# A 4 of 10 now, 2 last year: +20.0 points; B 3 now, 5 last year: ▲20.0; D 1 in both
NOW = _rows("R7", "AAAABBBCCD")
BEFORE = _rows("R6", "AABBBBBCCD")


def _check(text: str, *, previous: bool = True) -> CheckResult:
    cells = [TextCell(Location("報告書.txt", None, "1行目"), text)]
    last = PreviousRound(tuple(BEFORE)) if previous else None
    return check(cells, NOW, scale=GUNMA, previous=last, item="取組")


def test_a_share_s_change_in_points_is_compared_with_last_year_s_share() -> None:
    for right in (
        "達成Aの割合は40.0%で、前年度比+20.0ポイントでした。",
        "達成Aの割合は40.0%で、前年度から20.0ポイント上昇しました。",
        "達成Aの割合は前年度比20ptの増加でした。",
        "前進Bの割合は30%で、前年度から▲20%ポイントとなりました。",
    ):
        checked = _check(right)
        assert checked.disagreements == (), right
        assert checked.compared == 2 - right.count("割合は前年度比"), right
    (wrong,) = _check("達成Aの割合は40.0%で、前年度比▲20.0ポイントでした。").disagreements
    assert (wrong.what, wrong.percent, wrong.when, wrong.stated, wrong.counted) == (
        "A",
        True,
        CHANGE,
        -20.0,
        20.0,
    )
    assert wrong.note == "（前年度 20.0% → 今回 40.0%）"
    (fall,) = _check("達成Aの割合は40.0%で、前年度から20.0ポイント低下しました。").disagreements
    assert (fall.stated, fall.counted) == (-20.0, 20.0)


def test_a_change_in_points_without_last_year_s_round_is_listed_not_passed_over() -> None:
    checked = _check("達成Aの割合は40.0%で、前年度比▲20.0ポイントでした。", previous=False)
    assert [(n.stated, n.when, n.settled) for n in checked.not_compared] == [(-20.0, CHANGE, True)]
    assert checked.compared == 1


def test_plus_minus_zero_last_year_in_brackets_and_a_white_triangle_are_read() -> None:
    for right in (
        "後退Dが1件（前年度比±0件）でした。",
        "前進Bは3件で、前年度（5件）と比べ△2件でした。",
        "前進Bは3件（△2件）でした。",
    ):
        checked = _check(right)
        assert (checked.disagreements, checked.not_compared) == ((), ()), right
        assert checked.compared == right.count("件"), right
    (wrong,) = _check("前進Bは3件で、前年度（5件）と比べ△1件でした。").disagreements
    assert (wrong.what, wrong.when, wrong.stated, wrong.counted) == ("B", CHANGE, -1, -2)
    (past,) = _check("前進Bは3件で、前年度（4件）と比べ△2件でした。").disagreements
    assert (past.what, past.when, past.stated, past.counted) == ("B", PAST, 4, 5)


def test_a_white_triangle_that_is_a_status_stays_its_count_but_after_a_change_s_words() -> None:
    said = read_numbers("計画どおり実施12件、△2件（前年度比△1件）でした。", DEFAULT_SCALE)
    assert [(n.what, n.value, n.when) for n in said] == [
        ("○", 12, ""),
        ("△", 2, ""),
        ("△", -1, CHANGE),
    ]
    assert said[2].phrase.endswith("(前年度比△1件)でした")  # (as written, not ▲)


def test_the_previous_round_s_detail_has_thousands_separators() -> None:
    number = StatedNumber("A", 499, "Aは+499件", when=CHANGE)
    now, before = Count({"A": 2049, "B": 10}, {}), Count({"A": 1565, "B": 10}, {})
    assert change_note(number, "A", now, before) == "（前年度 1,565 → 今回 2,049）"
