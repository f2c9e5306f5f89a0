"""A status's word right before the rows it counts, 「評価できないKPIが4指標」, is that status's
count, never the total (review 104 #1, review 103 #6), and a label of a noun and an act,
目標達成, written as a sentence writes it, 「目標を達成したKPI」, is the loaded scale's status,
not another preset's 「達成」 (review 104 #8)."""

from __future__ import annotations

from pathlib import Path

import pytest

import planeval
from planeval.presets import PRESETS
from planeval.scale import Scale, Status
from planeval.stated_number import TOTAL
from planeval.stated_numbers import read_numbers
from tests.nagayo_forms import nagayo_book

# 南海県's scale: nagayo's S/A/B/C/− with S, A and C relabelled in its planeval.toml
NANKAI = Scale(
    (
        Status("S", "目標を大きく上回った"),
        Status("A", "目標達成"),
        Status("B", "概ね達成"),
        Status("C", "未達成"),
        Status("−", "評価できない", counted=False, aliases=("-", "－")),
    )
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("評価できないKPIが4指標ありました。", ("−", 4)),
        ("評価できないとしたKPIは2指標でした。", ("−", 2)),
        ("目標を達成したKPIは2指標でした。", ("A", 2)),
        ("目標達成のKPIは2指標でした。", ("A", 2)),
        ("評価したKPIは30指標でした。", (TOTAL, 30)),
        ("全体のKPIは30指標でした。", (TOTAL, 30)),
    ],
)
def test_a_status_before_the_rows_word_counts_that_status(text: str, said: tuple[str, int]) -> None:
    read = read_numbers(text, NANKAI, item="KPI")
    assert [(n.what, n.value, n.reason, n.other_scale) for n in read] == [(*said, "", "")]


def test_an_uncounted_status_done_to_the_rows_counts_it() -> None:
    """Review 103 #6: 枚方市's 評価対象外 (not counted) 「…とした事務事業が2事業」."""
    text = "新規事業のため評価対象外とした事務事業が2事業あります。"
    read = read_numbers(text, PRESETS["hirakata"], item="事務事業")
    assert [(n.what, n.value, n.reason) for n in read] == [("評価対象外", 2, "")]


@pytest.mark.parametrize(
    "text",
    ["※評価対象外（新規事業）２事業は含まない。", "※評価対象外（新規事業）の２事業は含まない。"],
)
def test_a_remark_in_brackets_after_the_status_still_counts_it(text: str) -> None:
    """Review 121 #4: 枚方市's footnote under its 評価区分 table, a remark between the status
    and its number, was 「何の件数か読み取れません」 and failed a correct report."""
    read = read_numbers(text, PRESETS["hirakata"], item="事務事業")
    assert [(n.what, n.value, n.reason) for n in read] == [("評価対象外", 2, "")]


def test_check_compares_them_with_their_statuses(tmp_path: Path) -> None:
    """長与町's workbook (A 3, − 1) checked in 南海県's words: the right numbers agree, a wrong
    − count is that status's disagreement, not the total's."""
    result = planeval.read_workbooks([nagayo_book(tmp_path)], scale=NANKAI)
    text = tmp_path / "報告書案.md"

    def checked(draft: str) -> planeval.CheckResult:
        text.write_text(draft, encoding="utf-8")
        return planeval.check(result, scale=NANKAI, texts=[text])

    right = checked("評価できないKPIが1指標ありました。\n\n目標を達成したKPIは3指標でした。\n")
    assert right.agrees and not right.not_compared, right.disagreements
    wrong = checked("評価できないとしたKPIは2指標でした。\n")
    assert [(d.what, d.stated, d.counted) for d in wrong.disagreements] == [("−", 2, 1)]


@pytest.mark.parametrize(
    "text", ["評価不能としたKPIは2指標でした。", "判定できなかったKPIは2指標でした。"]
)
def test_a_word_meaning_an_uncounted_status_counts_it(text: str) -> None:
    """Review 109 #4: 「評価不能」 and 「判定できなかった」 say what the − status's label
    評価できない says; the count was read as the total."""
    read = read_numbers(text, NANKAI, item="KPI")
    assert [(n.what, n.value, n.reason) for n in read] == [("−", 2, "")]


def test_rows_said_not_rated_by_no_status_are_not_compared() -> None:
    """Review 109 #4: 「評価の対象外とした」 names no status of the scale (its − is 評価できない):
    not compared, never the total."""
    read = read_numbers("評価の対象外としたKPIは2指標でした。", NANKAI, item="KPI")
    assert [(n.what, n.value) for n in read] == [("", 2)]
    assert read[0].reason.startswith("「評価の対象外」の件数は、この評価尺度（S（目標を大きく")
