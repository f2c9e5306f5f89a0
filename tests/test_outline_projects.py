"""長与町's outline (Ⅰ › 1.1 › rated 1.1.1 in one 番号 column) with a KPI column beside its
names column, the rated rows' 施策・取組 cell left blank (review 122 #2): the 1.1 rows are the
施策, each 1.1.1 the KPI's own number — as the same outline reads without the KPI column."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.presets import PRESETS
from tests.conftest import write_book

NAGAYO = PRESETS["nagayo"]
GOALS = {
    "Ⅰ": ("行政サービスのデジタル化", {
        "1.1": ("手続のオンライン化", [("1.1.1", "キャッシュレス決済対応窓口数", "C"),
                                       ("1.1.2", "公衆Wi-Fiの設置箇所数", "C")]),
        "1.2": ("窓口のデジタル化", [("1.2.1", "スマホ教室の参加者数", "A")]),
    }),
    "Ⅱ": ("地域社会のデジタル化", {
        "2.1": ("地域産業のDX支援", [("2.1.1", "テレワーク実施職員数", "B")]),
    }),
}  # fmt: skip
LAST_YEAR = {"1-1-1": "B", "1-1-2": "C", "1-2-1": "A", "2-1-1": "A"}


def _outline(path: Path, *, kpi_column: bool) -> Path:
    """This year's form: 番号 | 施策・取組 (| KPI（指標）) | 策定時 | 評価 | 評価の理由."""
    names = ["施策・取組", "KPI（指標）"] if kpi_column else ["施策・取組"]
    rows: list[list[object]] = [["番号", *names, "策定時", "評価", "評価の理由"]]
    for goal, (goal_name, measures) in GOALS.items():
        rows.append([goal, goal_name])
        for measure, (measure_name, kpis) in measures.items():
            rows.append([measure, measure_name])
            for number, kpi, rating in kpis:
                named = ["", kpi] if kpi_column else [kpi]
                rows.append([number, *named, 100, rating, ""])
    return write_book(path, {"調査票": rows})


def _last_year(path: Path) -> Path:
    """Last year's common form: 番号 1-1-1 | 基本目標 | 施策 | KPI（指標） | 評価."""
    rows: list[list[object]] = [["番号", "基本目標", "施策", "KPI（指標）", "評価"]]
    for goal, (goal_name, measures) in GOALS.items():
        policy = f"{'ⅠⅡ'.index(goal) + 1} {goal_name}"
        for measure, (measure_name, kpis) in measures.items():
            project = f"{measure.replace('.', '-')} {measure_name}"
            for number, kpi, _rating in kpis:
                own = number.replace(".", "-")
                rows.append([own, policy, project, kpi, LAST_YEAR[own]])
                policy = project = ""
    return write_book(path, {"調査票": rows})


def _read(path: Path) -> planeval.ReadResult:
    return planeval.read_workbooks([path], scale=NAGAYO)


def test_the_1_1_rows_are_the_projects_and_1_1_1_the_kpis_own_number(tmp_path: Path) -> None:
    with_kpis = _read(_outline(tmp_path / "kpi.xlsx", kpi_column=True))
    assert with_kpis.problems == []
    assert [
        (e.project_id, e.project_name, e.project_label, e.item_no, e.item_label, e.item_name)
        for e in with_kpis.entries
    ] == [
        ("1-1", "手続のオンライン化", "1.1", 1, "1.1.1", "キャッシュレス決済対応窓口数"),
        ("1-1", "手続のオンライン化", "1.1", 2, "1.1.2", "公衆Wi-Fiの設置箇所数"),
        ("1-2", "窓口のデジタル化", "1.2", 1, "1.2.1", "スマホ教室の参加者数"),
        ("2-1", "地域産業のDX支援", "2.1", 1, "2.1.1", "テレワーク実施職員数"),
    ]
    pure = _read(_outline(tmp_path / "pure.xlsx", kpi_column=False))
    fields = ("policy_id", "direction_id", "project_id", "item_no", "item_name", "status")
    assert [[getattr(e, f) for f in fields] for e in with_kpis.entries] == [
        [getattr(e, f) for f in fields] for e in pure.entries
    ]
    assert with_kpis.level_labels == pure.level_labels == {"1": "Ⅰ", "2": "Ⅱ"}


def test_its_kpis_pair_with_last_years_1_1_1(tmp_path: Path) -> None:
    old = _read(_last_year(tmp_path / "R7.xlsx"))
    new = _read(_outline(tmp_path / "R8.xlsx", kpi_column=True))
    assert old.problems == []
    comparison = planeval.compare(old, new, scale=NAGAYO)
    assert [(m.entry.item_name, m.kind) for m in comparison.movements] == [
        ("キャッシュレス決済対応窓口数", "changed"),
        ("公衆Wi-Fiの設置箇所数", "same"),
        ("スマホ教室の参加者数", "same"),
        ("テレワーク実施職員数", "changed"),
    ]
