"""Two worded headings above a body's tables (review 64): 長与町 keeps a sheet per 基本目標,
「基本目標1 …」 at its top and 「施策1 …」「施策2 …」 above its tables, the 施策 numbered straight
through the plan (施策3 under 基本目標2). The 施策 heading took the 基本目標's place: counts per
施策 only, and the 計 row at the foot of a 基本目標's sheet compared with its last 施策's rows
(false disagreements, a wrong one missed). Now 施策 is the level under its 基本目標, shown as
typed (施策3), and that 計 is the 基本目標's."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.presets import PRESETS
from tests.conftest import write_book

HEADER = ["項目", "指標", "現状値", "目標値", "指標の評価", "担当課"]


def _sheet(goal: str, measures: dict[str, list[str]], total: str = "") -> list[list[object]]:
    rows: list[list[object]] = [
        [goal],
        ["【評価】S：計画以上に達成　A：計画どおり達成　B：概ね達成　C：達成できなかった"],
        [],
    ]
    for measure, ratings in measures.items():
        rows += [[measure], HEADER, ["(1) 取組"]]
        rows += [
            [kana, f"{measure[:3]}の指標{kana}", "1", "2", rating, "企画課"]
            for kana, rating in zip("アイウ", ratings, strict=False)
        ]
        rows.append([])
    if total:
        rows[-1] = ["計", "", "", "", total]
    return rows


def _book(folder: Path, total: str) -> Path:
    sheets = {
        "基本目標1": _sheet(
            "基本目標1　便利な暮らし",
            {"施策1　手続": ["S", "A", "B"], "施策2　情報": ["B", "C"]},
            total,
        ),
        "基本目標2": _sheet("基本目標2　安全・安心", {"施策3　防災": ["A", "A"]}),
    }
    return write_book(folder / "長与町.xlsx", sheets)


def test_a_measure_numbered_through_the_plan_is_under_its_goal(tmp_path: Path) -> None:
    result = planeval.read_workbooks([_book(tmp_path, "")], scale=PRESETS["nagayo"])
    assert not [p for p in result.problems if p.is_error]
    assert {(e.policy_id, e.direction_id, e.direction_name) for e in result.entries} == {
        ("1", "1-1", "手続"), ("1", "1-2", "情報"), ("2", "2-3", "防災")
    }  # fmt: skip
    assert result.level_labels["2-3"] == "施策3"


def test_a_total_at_the_foot_of_a_goal_s_sheet_is_the_goal_s(tmp_path: Path) -> None:
    # (基本目標1: S 1, A 1, B 2, C 1 — the total says B 3 and C 0)
    path = _book(tmp_path, "S：1　A：1　B：3　C：0　計：5")
    result = planeval.read_workbooks([path], scale=PRESETS["nagayo"])
    checked = planeval.check(result, scale=PRESETS["nagayo"], level="基本目標")
    assert sorted((d.scope, d.what, d.stated, d.counted) for d in checked.disagreements) == [
        ("基本目標1", "B", 3, 2),
        ("基本目標1", "C", 0, 1),
    ]


def test_planeval_s_sentence_naming_its_measures_is_read_back(tmp_path: Path) -> None:
    """Review 68: the export's 「「施策1 手続」「施策2 情報」では、…」 was read as naming two
    policies (施策1, 施策2): check left twenty of its own numbers not compared, exit 1."""
    path = _book(tmp_path, "")
    result = planeval.read_workbooks([path], scale=PRESETS["nagayo"])
    report = planeval.build_report(result.entries, PRESETS["nagayo"], labels=result.level_labels)
    [md] = planeval.export(report, md=tmp_path / "out" / "長与町.md").files
    assert "「施策1 手続」「施策2 情報」" in md.read_text("utf-8")
    checked = planeval.check(result, scale=PRESETS["nagayo"], texts=[md], level="基本目標")
    assert checked.agrees and not checked.not_compared, checked.not_compared
