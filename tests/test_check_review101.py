"""Review 101's 北嶺県 forms (gunma's 達成A/前進B/横ばいC/後退D, word and letter in one cell):
check --previous on 「達成Aが6件で、前年度の3件から3件増加しました」 took last year's 3 and the
change as the total's (finding 2), and the notice for 「達成（A）」 called the bracketed A a
remark (finding 8). Review 140 #4: with the count's share between them (「達成Aが10指標（38.5%）で、
前年度の4指標から」) last year's number was listed as not compared and a wrong one passed."""

from __future__ import annotations

from pathlib import Path

import pytest

import planeval
from planeval.check_result import CheckResult
from planeval.presets import PRESETS
from tests.conftest import write_book

GUNMA = PRESETS["gunma"]
HEADER = [
    "施策番号",
    "施策名",
    "取組番号",
    "取組",
    "進捗状況（A～D）",
    "課題・今後の方向性",
    "担当課",
]


def _form(path: Path, year: int, ratings: list[str]) -> planeval.ReadResult:
    """A 課's form as 北嶺県's clerk fills it in: title, 担当課, the 基本目標's heading line over
    its table, 施策番号 and 施策名 merged down, each 取組 rated in the body's own cell form."""
    rows: list[list[object]] = [
        [f"北嶺県情報化推進計画 進捗状況調査票（令和{year}年度）"],
        ["担当課：行政改革課"],
        [],
        ["基本目標Ⅱ　行政運営の効率化"],
        HEADER,
    ]
    for n, rating in enumerate(ratings, 1):
        issue = "" if rating.startswith("達成") else "次年度も継続して取り組む"
        rows.append(["Ⅱ-1" if n == 1 else "", "業務改革" if n == 1 else "", f"({n})",
                     f"取組{n}", rating, issue, "行政改革課"])  # fmt: skip
    last = 5 + len(ratings)
    write_book(path, {"進捗状況": rows}, merges={"進捗状況": [f"A6:A{last}", f"B6:B{last}"]})
    return planeval.read_workbooks([path], scale=GUNMA)


def _rounds(tmp_path: Path) -> tuple[planeval.ReadResult, planeval.ReadResult]:
    """R6 (A 1, B 2, C 1) and R7 (A 3, B 1, D 1): A 1 → 3, +2; the total 4 → 5, +1."""
    before = _form(tmp_path / "R6.xlsx", 6, ["達成A", "前進B", "前進B", "横ばいC"])
    now = _form(tmp_path / "R7.xlsx", 7, ["達成A", "達成A", "達成A", "前進B", "後退D"])
    assert [len(r.entries) for r in (before, now)] == [4, 5]
    return before, now


def _checked(tmp_path: Path, draft: str) -> CheckResult:
    before, now = _rounds(tmp_path)
    text = tmp_path / "報告書案.txt"
    text.write_text(draft, encoding="utf-8")
    return planeval.check(now, scale=GUNMA, texts=[text], previous=before)


@pytest.mark.parametrize(
    "draft",
    [
        "5取組のうち、達成Aが3件で、前年度の1件から2件増加しました。",
        "5取組のうち、達成Aが3件で、前年度から2件増加しました。",
        "達成Aは前年度の1件から3件となり、2件増加しました。",
        "5取組のうち、達成Aが3件（60.0%）で、前年度の1件から2件増加しました。",
    ],
    ids=("前年度の1件から after the count", "前年度から", "前年度の1件から3件に", "with its share"),
)
def test_last_year_s_number_after_a_status_s_count_is_that_status_s(
    tmp_path: Path, draft: str
) -> None:
    """Finding 2: the first phrasing compared 前年度の1件 with the total's 4 and +2 with +1."""
    checked = _checked(tmp_path, draft)
    assert checked.agrees, checked.disagreements
    assert not [n for n in checked.not_compared if "今回の行とは比べません" in n.reason]


def test_a_wrong_last_year_s_number_after_a_status_s_count_is_caught_as_that_status_s(
    tmp_path: Path,
) -> None:
    checked = _checked(tmp_path, "5取組のうち、達成Aが3件で、前年度の2件から1件増加しました。")
    wrong = {(d.what, d.stated, d.counted, d.when) for d in checked.disagreements}
    assert wrong == {("A", 2, 1, "前年度"), ("A", 1, 2, "増減")}


@pytest.mark.parametrize("share", ["", "（60.0%）"], ids=("without a share", "with its share"))
def test_a_wrong_last_year_s_number_after_a_count_and_its_share_is_caught(
    tmp_path: Path, share: str
) -> None:
    """Review 140 #4: 「達成Aが10指標（38.5%）で、前年度の4指標から」 (last year 3) passed, the 4
    listed as 「前年度の数なので、今回の行とは比べません」 though --previous was given."""
    checked = _checked(
        tmp_path, f"5取組のうち、達成Aが3件{share}で、前年度の2件から1件増加しました。"
    )
    wrong = {(d.what, d.stated, d.counted, d.when) for d in checked.disagreements}
    assert wrong == {("A", 2, 1, "前年度"), ("A", 1, 2, "増減")}
