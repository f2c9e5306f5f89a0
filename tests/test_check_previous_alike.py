"""check --previous with several bodies, some answering one round only (review 104 #6): a
change was the difference over every body read (A 133 → 101, ▲32), while compare and rounds
give it over the bodies counted in both (121 → 97, ▲24) — a clerk writing compare's figure got
a disagreement, and nothing said why. Each round's whole is the one basis (review 189 #2: a
clerk writes each year's published count), and a figure disagreeing is said with both and the
bodies of one round — compare's, that it is compare's."""

from __future__ import annotations

from planeval.agreement import check
from planeval.check_result import CheckResult
from planeval.last_year import PreviousRound
from planeval.model import Entry, Location, TextCell
from planeval.presets import PRESETS

GUNMA = PRESETS["gunma"]


def _rows(year: str, bodies: dict[str, str]) -> list[Entry]:
    """Each body's rated rows (one per status letter) of policy 1, read from its own file."""
    return [
        Entry(
            Location(f"{year}/{body}.xlsx"),
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
            body=body,
        )
        for body, statuses in bodies.items()
        for row, status in enumerate(statuses, start=1)
    ]


# 東浜町 answered last year only, 西浜町 this year only: both rounds' 北市 and 南町 give A 4 → 3
NOW = _rows("R7", {"北市": "AAB", "南町": "ABB", "西浜町": "AAAA"})
BEFORE = _rows("R6", {"北市": "AAA", "南町": "ABB", "東浜町": "AAAAAA"})


def _check(text: str) -> CheckResult:
    cells = [TextCell(Location("報告書.md", None, "1行目"), text)]
    return check(cells, NOW, scale=GUNMA, previous=PreviousRound(tuple(BEFORE)), item="取組")


def test_each_round_s_whole_agrees_and_compare_s_figure_is_said_as_its() -> None:
    for text in ("Aは前年度から3件減少しました。", "Aは前年度の10件から7件に減少しました。"):
        checked = _check(text)  # (every body read: 10 → 7)
        assert checked.disagreements == (), text
        assert checked.compared >= 1
    # (compare's: 4 → 3 of 北市 and 南町 — wrong by the whole, said so: review 189 #2)
    [wrong] = _check("Aは前年度から1件減少しました。").disagreements
    assert (wrong.stated, wrong.counted) == (-1, -3)
    assert wrong.note == (
        "（前年度 10 → 今回 7。両年度に数えた団体だけでは 4 → 3（▲1）（片方の年度だけの団体：東浜町、"
        "西浜町）。記載は compare の表と同じく両年度で比べられる行だけの数です。check は各年度の"
        "回答全体の数（公表する数）と比べます）"
    )


def test_a_change_neither_gives_is_said_with_both_and_the_bodies_of_one_round() -> None:
    [wrong] = _check("Aは前年度から2件減少しました。").disagreements
    assert (wrong.stated, wrong.counted) == (-2, -3)
    assert wrong.note == (
        "（前年度 10 → 今回 7。両年度に数えた団体だけでは 4 → 3（▲1）"
        "（片方の年度だけの団体：東浜町、西浜町））"
    )
