"""A total the plan states in its own word for what it rates (「本計画のKPIは18指標です」), and
the other total a differing one could be of, said beside it (review 72's 浜松市 report)."""

from __future__ import annotations

from planeval.agreement import check
from planeval.report.review import check_table
from planeval.scale import Scale, Status
from planeval.stated_number import ROWS, TOTAL
from planeval.stated_numbers import read_numbers
from tests.conftest import rated_entries
from tests.test_check_phrasings import cells

KPI = Scale(
    (
        Status("A", "目標達成"),
        Status("B", "概ね達成"),
        Status("C", "未達成"),
        Status("D", "評価できない", counted=False),
    )
)
ROWS_OF_PLAN = rated_entries({"1": {"A": 7, "B": 7, "C": 2, "D": 2}})


def test_the_plan_s_kpi_count_is_its_total() -> None:
    assert [(n.what, n.value) for n in read_numbers("本計画のKPIは18指標です。", KPI)] == [
        (TOTAL, 18)
    ]
    checked = check(cells("計画全体", "本計画のKPIは18指標です。"), ROWS_OF_PLAN, scale=KPI)
    assert checked.agrees and checked.compared == 1 and not checked.not_compared


def test_a_wrong_kpi_count_fails() -> None:
    checked = check(cells("計画全体", "本計画のKPIは19指標です。"), ROWS_OF_PLAN, scale=KPI)
    # (nearer every row's 18 than the counted 16: said as a count of every row, and of both)
    (wrong,) = checked.disagreements
    assert (wrong.what, wrong.stated, wrong.counted) == (ROWS, 19, 18)
    assert wrong.note == "（集計しない評価できない（D）2件を除くと 16）"


def test_a_differing_total_says_the_total_with_the_rows_not_counted() -> None:
    checked = check(cells("計画全体", "全17指標を評価しました。"), ROWS_OF_PLAN, scale=KPI)
    (wrong,) = checked.disagreements
    assert (wrong.what, wrong.stated, wrong.counted) == (TOTAL, 17, 16)
    assert wrong.note == "（集計しない評価できない（D）2件を含めると 18）"
    assert (
        check_table(checked.disagreements, KPI).rows[0][3]
        == "16（集計しない評価できない（D）2件を含めると 18）"
    )


def test_a_differing_count_of_every_row_says_the_counted_total() -> None:
    said = cells("計画全体", "全17指標のうち、評価できない（D）が2指標でした。")
    (wrong,) = check(said, ROWS_OF_PLAN, scale=KPI).disagreements
    assert (wrong.what, wrong.stated, wrong.counted) == (ROWS, 17, 18)
    assert wrong.note == "（集計しない評価できない（D）2件を除くと 16）"


def test_a_total_of_a_plan_counting_every_row_has_no_such_note() -> None:
    rows = rated_entries({"1": {"A": 7, "B": 7, "C": 2}})
    (wrong,) = check(cells("計画全体", "全17指標を評価しました。"), rows, scale=KPI).disagreements
    assert (wrong.stated, wrong.counted, wrong.note) == (17, 16, "")


HIRAKATA = Scale(
    (
        Status("A", "効果的"),
        Status("B", "おおむね効果的"),
        Status("評価対象外", "評価対象外", counted=False),
    )
)


def test_rows_not_evaluated_are_no_part_of_what_was_evaluated() -> None:
    """Review 77: 「40施策を評価しました」 of 38 rated and 2 評価対象外 passed, the 対象外 taken as
    rated (as 評価できない rows are: 「50指標について評価しました」, review 58)."""
    rows = rated_entries({"1": {"A": 20, "B": 18, "評価対象外": 2}})
    for text in (
        "40施策を評価しました。",
        "評価した施策は40施策です。",
        "評価を行った施策は40施策でした。",
    ):
        wrong = check(cells("計画全体", text), rows, scale=HIRAKATA).disagreements
        assert [(d.stated, d.counted) for d in wrong] == [(40, 38)], text
    assert check(cells("計画全体", "38施策を評価しました。"), rows, scale=HIRAKATA).agrees
    assert check(cells("計画全体", "本計画の施策は40施策です。"), rows, scale=HIRAKATA).agrees
    rated = check(cells("計画全体", "50指標を評価しました。"), ROWS_OF_PLAN, scale=KPI)
    assert not rated.agrees  # (18 of KPI's rows: 評価できない 2 are rated, 16 + 2)
    assert check(cells("計画全体", "18指標を評価しました。"), ROWS_OF_PLAN, scale=KPI).agrees
