"""check names a 施策 as its body numbers it. 北嶺県 (review 105 #1) numbers its 基本目標 Ⅰ–Ⅲ
and each 施策 under one, Ⅲ-2: 「施策Ⅲ-2「…」では、6取組のうち5件が達成A」 (or 「Ⅲ-2「…」では」)
was compared with the whole 基本目標Ⅲ above it. 枚方市 (review 103 #4) numbers its 施策 1–40
straight through its 基本目標 Ⅰ–Ⅴ (IDs 4-27, 3-13): 「施策27「都市基盤整備」では」 and 「施策27から
施策30まで」 were 「施策27 の行がありません」. A 施策 is now the one its number names."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import pytest

from planeval.agreement import check
from planeval.check_result import CheckResult
from planeval.model import Entry, Location, TextCell
from planeval.presets import PRESETS
from planeval.stated_number import TOTAL


def rows(
    projects: Mapping[str, Sequence[str]], label: Callable[[str], str] = lambda _project: ""
) -> list[Entry]:
    """One entry per rated row: each project ID (policy-number) → its rows' statuses, the
    project's number as typed ``label`` gives it (「13」 for 3-13)."""
    return [
        Entry(
            Location("回答.xlsx"),
            project.split("-")[0],
            "",
            project,
            f"施策{project}",
            None,
            str(row),
            f"{project}の事業{row}",
            None,
            status,
            status,
            project_label=label(project),
        )
        for project, statuses in projects.items()
        for row, status in enumerate(statuses, start=1)
    ]


def _cells(*texts: str) -> list[TextCell]:
    return [TextCell(Location("報告書.txt", None, f"{i + 1}行目"), t) for i, t in enumerate(texts)]


GUNMA = PRESETS["gunma"]
HOKUREI = rows({"3-1": "AAAB", "3-2": "AAAAAB", "2-1": "BC"})
ROMAN = {"1": "Ⅰ", "2": "Ⅱ", "3": "Ⅲ", "3-1": "Ⅲ-1", "3-2": "Ⅲ-2"}
HEADING = "（３）基本目標Ⅲ　安全・安心な情報基盤"
SAID = "達成Aが8件、前進Bが2件でした。施策Ⅲ-2「ICTを活用した学びの充実」では、6取組のうち5件が達成Aでした。"


def _hokurei(*texts: str) -> CheckResult:
    return check(_cells(*texts), HOKUREI, scale=GUNMA, labels=ROMAN, level="基本目標", item="取組")


def test_a_roman_numbered_project_is_compared_with_its_own_rows() -> None:
    """The sentence before names none: the heading's 基本目標Ⅲ (10 rows); 施策Ⅲ-2's own 6."""
    checked = _hokurei(HEADING, SAID)
    assert checked.disagreements == () and checked.not_compared == ()
    assert checked.compared == 4
    assert [(s.scope, s.below, dict(s.counts)) for s in checked.statements] == [
        ("基本目標Ⅲ", "", {"A": 8, "B": 2}),
        ("施策Ⅲ-2", "3-2", {TOTAL: 6, "A": 5}),
    ]
    wrong = _hokurei(HEADING, SAID.replace("5件が", "4件が"))
    assert [(d.scope, d.what, d.stated, d.counted) for d in wrong.disagreements] == [
        ("施策Ⅲ-2", "A", 4, 5)
    ]


def test_a_paragraph_led_by_the_number_and_name_is_that_project_s() -> None:
    checked = _hokurei(HEADING, "Ⅲ-2「ICTを活用した学びの充実」では、6取組のうち4件が達成Aでした。")
    assert [(d.scope, d.stated, d.counted) for d in checked.disagreements] == [("Ⅲ-2", 4, 5)]


HIRAKATA = PRESETS["hirakata"]
# 施策 numbered 1–40 through the plan: 施策27–28 of 基本目標Ⅳ, 施策13 of Ⅲ (typed 「13」)
HIRAKATA_ROWS = rows(
    {"4-27": "ABBBB", "4-28": "BCC", "3-13": "BBCDE", "3-14": "A"},
    lambda project: "13" if project == "3-13" else "",
)
HIRAKATA_LABELS = {"3": "Ⅲ", "4": "Ⅳ", "4-27": "施策27", "4-28": "施策28"}


# 枚方市's report on its 施策 by their own numbers, and the scopes they name (the same on the
# forms planeval's template makes: test_check_template_projects.py)
PROJECT_SENTENCES = (
    "施策27「都市基盤整備」では、5事業のうち、効果的なもの(A)が1個、おおむね効果的なもの(B)が4個でした。",
    "施策13「子育て支援」では、おおむね効果的なもの(B)が2個、(C)・(D)・(E)がそれぞれ1個でした。",
    "施策27から施策28までの全8事業のうち、Aが1個でした。",
)
PROJECT_SCOPES = [
    ("施策27", "4-27", ()),
    ("施策13", "3-13", ()),
    ("施策27～施策28", "", ("4-27", "4-28")),
]


def _hirakata(*texts: str) -> CheckResult:
    return check(
        _cells(*texts),
        HIRAKATA_ROWS,
        scale=HIRAKATA,
        labels=HIRAKATA_LABELS,
        level="基本目標",
        project="施策",
        item="事務事業",
    )


def test_a_project_numbered_through_the_plan_is_the_one_of_that_number() -> None:
    checked = _hirakata(*PROJECT_SENTENCES)
    assert checked.disagreements == () and checked.not_compared == ()
    assert [(s.scope, s.below, s.among) for s in checked.statements] == PROJECT_SCOPES
    wrong = _hirakata("施策27から施策28までの全9事業のうち、Aが2個でした。")
    assert [(d.scope, d.what, d.stated, d.counted) for d in wrong.disagreements] == [
        ("施策27～施策28", TOTAL, 9, 8),
        ("施策27～施策28", "A", 2, 1),
    ]


def test_the_top_level_s_word_never_names_a_project() -> None:
    """「基本目標27」 is no 施策27: the rows have no 基本目標27, said so."""
    checked = _hirakata("基本目標27では、5事業のうち、効果的なもの(A)が1個でした。")
    assert {n.reason for n in checked.not_compared} == {"基本目標27 の行がありません"}


HAMURA = PRESETS["hamura"]
DONE, REVIEW = "計画どおり完了", "次年度以降計画を見直す"
# 羽村市 (review 106): 施策1–6 numbered straight through 基本目標1–4, each typed 「施策4「…」」
# — so 基本目標2 and 施策2, 基本目標4 and 施策4, are other groups of the same number
HAMURA_ROWS = rows(
    {
        "1-1": [DONE, REVIEW],
        "1-2": [DONE, DONE, REVIEW],
        "2-3": [DONE] * 4,
        "2-4": [DONE, DONE, REVIEW],
        "3-5": [REVIEW],
        "4-6": [DONE, REVIEW, REVIEW],
    }
)
HAMURA_LABELS = {f"{p}-{n}": f"施策{n}" for p, n in ("11", "12", "23", "24", "35", "46")}


def _hamura(*texts: str) -> CheckResult:
    return check(
        _cells(*texts), HAMURA_ROWS, scale=HAMURA, labels=HAMURA_LABELS, level="基本目標",
        project="施策", item="事業",
    )  # fmt: skip


@pytest.mark.parametrize(
    "heading", ["基本目標2 健康で安心して暮らせるまち", "基本目標2", "基本目標２　健康で安心して"]
)
def test_a_heading_of_the_policy_word_is_that_policy_s_not_the_project_of_its_number(
    heading: str,
) -> None:
    """「基本目標2 …」 scoped its paragraphs to 施策2 (of 基本目標1: 2 rows), its 7 were wrong."""
    checked = _hamura(heading, f"「{DONE}」は6件でした。")
    assert [(s.policy_id, s.below) for s in checked.statements] == [("2", "")]
    assert checked.agrees and checked.compared == 1
    # (a project's heading typed as its body types it is still that project's)
    checked = _hamura("施策2「1-2の事業」", f"「{DONE}」は2件でした。")
    assert [s.below for s in checked.statements] == ["1-2"]
    assert checked.agrees


def test_a_project_typed_with_its_word_is_that_project_though_a_policy_has_its_number() -> None:
    """「施策4「…」では」 was compared with 基本目標4 (1 of 3 rows 完了); it is 施策4's (2)."""
    checked = _hamura(
        f"施策4「健康づくりの推進」では、「{DONE}」が2件でした。",
        f"基本目標4では、「{REVIEW}」が2件でした。",
        f"施策6では、「{DONE}」が1件でした。",
    )
    assert [(s.scope, s.policy_id, s.below) for s in checked.statements] == [
        ("施策4", None, "2-4"),
        ("基本目標4", "4", ""),
        ("施策6", None, "4-6"),
    ]
    assert checked.agrees and checked.compared == 3
