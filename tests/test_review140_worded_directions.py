"""check names a 施策 the forms type with its word as that 施策. 山並県 (review 140 #1) numbers
its 施策 1–7 straight through its 基本目標 1–3 (directions 1-3, 2-4, typed 「施策3」「施策4」):
「施策3「行政手続のオンライン化」では…」 was compared with 基本目標3's rows (a false alarm,
exit 1), and 「施策4「…」では」 was 「施策4 の行がありません」 though 施策4 is read."""

from __future__ import annotations

from collections.abc import Mapping

from planeval.agreement import check
from planeval.check_result import CheckResult
from planeval.model import Entry, Location, TextCell
from planeval.presets import PRESETS

GUNMA = PRESETS["gunma"]
# each direction (基本目標-施策) → its indicators' statuses: 施策3 of 基本目標1 has A B C,
# 施策4 of 基本目標2 A A B D, and 基本目標3 (施策5) A A A B B C D
DIRECTIONS = {"1-1": "BB", "1-2": "AB", "1-3": "ABC", "2-4": "AABD", "3-5": "AAABBCD"}


def _rows(directions: Mapping[str, str]) -> list[Entry]:
    return [
        Entry(
            Location("回答.xlsx"),
            direction.split("-")[0],
            direction,
            f"{direction}-1",
            f"施策{direction}の項目",
            None,
            str(row),
            f"{direction}の指標{row}",
            None,
            status,
            status,
            direction_name=f"施策{direction}の名称",
        )
        for direction, statuses in directions.items()
        for row, status in enumerate(statuses, start=1)
    ]


LABELS = {key: f"施策{key.split('-')[1]}" for key in DIRECTIONS}  # (1-3 typed 施策3)


def _check(*texts: str) -> CheckResult:
    cells = [TextCell(Location("報告書.txt", None, f"{i + 1}行目"), t) for i, t in enumerate(texts)]
    return check(
        cells, _rows(DIRECTIONS), scale=GUNMA, labels=LABELS, level="基本目標", item="指標",
        direction="施策",
    )  # fmt: skip


THIRD = "施策3「行政手続のオンライン化」では、3指標のうち達成Aが1指標、前進Bが1指標、横ばいCが1指標となっています。"
FOURTH = "施策4「医療・福祉分野のDX」では、4指標のうち達成Aが2指標、前進Bが1指標、後退Dが1指標となっています。"


def test_a_direction_typed_with_its_word_is_that_direction_not_the_top_level_s() -> None:
    """施策3 is direction 1-3 (A1 B1 C1), though a 基本目標3 (7 rows) is read; 施策4 is 2-4."""
    checked = _check(THIRD, FOURTH)
    assert checked.disagreements == () and checked.not_compared == ()
    assert [(s.scope, s.below) for s in checked.statements] == [("施策3", "1-3"), ("施策4", "2-4")]
    assert checked.compared == 8


def test_a_wrong_figure_of_such_a_direction_is_caught_at_its_place() -> None:
    wrong = _check(THIRD.replace("達成Aが1指標", "達成Aが3指標"), FOURTH.replace("2指標", "1指標"))
    assert [
        (d.scope, d.what, d.stated, d.counted, d.location.cell) for d in wrong.disagreements
    ] == [
        ("施策3", "A", 3, 1, "1行目"),
        ("施策4", "A", 1, 2, "2行目"),
    ]


def test_the_top_level_s_own_word_still_names_the_top_level() -> None:
    """「基本目標3」 stays 基本目標3's seven rows."""
    said = "基本目標3「基盤づくり」では、7指標のうち達成Aが3指標、前進Bが2指標でした。"
    checked = _check(said)
    assert checked.disagreements == () and checked.not_compared == ()
    assert [(s.scope, s.below) for s in checked.statements] == [("基本目標3", "")]
