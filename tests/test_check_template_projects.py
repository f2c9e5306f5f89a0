"""check of 枚方市's 施策 (numbered 1–40 straight through 基本目標 Ⅰ–Ⅴ) on the forms planeval's
template makes, and a count of the plan's 施策 while a department never answered (review 108).

The template's forms type each 施策 by its number alone (「27」, ID 4-27), never 「施策27」:
every 「施策27「…」では…」 was 「施策27 の行がありません」, so a wrong figure passed, while the
departments' own forms (typing 「施策27」) had it compared (#4). And the title line 「（…基本
計画　40施策）」 was a disagreement, 40 against the 37 施策 answered, 「未提出の 10 件は数えてい
ません」 speaking of the missing department's 事務事業 (#5): with the plan, the 施策 only that
department holds make up the plan's 40."""

from __future__ import annotations

from planeval.agreement import check
from planeval.check_result import CheckResult
from planeval.model import Entry, Location, TextCell
from planeval.presets import PRESETS
from planeval.read_records import ReadResult
from planeval.stated_number import PROJECTS, TOTAL
from planeval.unreturned_said import Unreturned
from tests.test_check_own_numbers import PROJECT_SCOPES, PROJECT_SENTENCES, rows

HIRAKATA = PRESETS["hirakata"]
# 施策27 and 28 of 基本目標Ⅳ, 施策13 of Ⅲ, 施策3 of Ⅰ: each typed by its number alone
PROJECTS_RATED = {"1-3": "AB", "3-13": "BBCDE", "4-27": "ABBBB", "4-28": "BCC"}
ROMAN = {"1": "Ⅰ", "3": "Ⅲ", "4": "Ⅳ"}


def _rows() -> list[Entry]:
    # (each 施策 typed by its number alone, 「27」, as the template writes it)
    return rows(PROJECTS_RATED, lambda project: project.split("-")[1])


def _check(*texts: str, unreturned: Unreturned | None = None) -> CheckResult:
    cells = [TextCell(Location("報告書.txt", None, f"{i + 1}行目"), t) for i, t in enumerate(texts)]
    return check(
        cells,
        _rows(),
        scale=HIRAKATA,
        labels=ROMAN,
        level="基本目標",
        project="施策",
        item="事務事業",
        unreturned_items=unreturned,
    )


def test_a_project_typed_by_its_number_alone_is_compared_with_its_rows() -> None:
    checked = _check(*PROJECT_SENTENCES)
    assert checked.disagreements == () and checked.not_compared == ()
    assert [(s.scope, s.below, s.among) for s in checked.statements] == PROJECT_SCOPES
    wrong = _check("施策28「住環境」では、3事業のうち、効果的なもの(A)が2個でした。")
    assert [(d.scope, d.what, d.stated, d.counted) for d in wrong.disagreements] == [
        ("施策28", "A", 2, 0)
    ]
    wrong = _check("施策27「都市基盤整備」では、6事業のうち、効果的なもの(A)が1個でした。")
    assert [(d.scope, d.what, d.stated, d.counted) for d in wrong.disagreements] == [
        ("施策27", TOTAL, 6, 5)
    ]


# 危機管理部 never answered: it leads the 3 items of 施策1 and 施策2 of 基本目標Ⅰ, which hold no
# row of another department (the 施策 of the plan: 4 answered and 2 未提出, 6)
LATE = ReadResult(unreturned={"危機管理部": 3}, unreturned_policies={"1": (2, 3, "")})
TITLE = "（第５次枚方市総合計画　基本計画　{}施策）"


def test_the_plan_s_number_of_projects_agrees_with_those_not_returned() -> None:
    checked = _check(TITLE.format(6), unreturned=Unreturned.of(LATE))
    assert checked.disagreements == () and checked.not_compared == ()
    assert [(d.what, d.stated, d.counted) for d in checked.plan_wholes] == [(PROJECTS, 6, 4)]


def test_a_wrong_number_of_projects_names_the_projects_not_returned() -> None:
    [wrong] = _check(TITLE.format(7), unreturned=Unreturned.of(LATE)).disagreements
    assert (wrong.what, wrong.stated, wrong.counted) == (PROJECTS, 7, 4)
    assert wrong.note == "（未提出の 2 施策は数えていません）"  # (not its 3 事務事業)
    # (the plan's 6 were not all rated: 「6施策を評価しました」 is wrong, the 2 施策 said)
    [rated] = _check("6施策を評価しました。", unreturned=Unreturned.of(LATE)).disagreements
    assert (rated.stated, rated.counted, rated.note) == (6, 4, wrong.note)
