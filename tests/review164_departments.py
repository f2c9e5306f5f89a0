"""羽根村市-style 施策評価 (review 164): 基本目標 › 施策 › 事業, rated per 事業; 施策 numbered 1–5
through the plan, typed 「2 学校教育の充実」 in a 施策 column under each 基本目標's heading row;
事業 numbered 1–15 through the plan inside the name, 「9 農業後継者育成事業」; each 課 its own
workbook. 観光課 (事業 10, 11 of 施策4) never answers; 事業 15, added at the plan's end, is
rated under 施策1 in the second round only. The tests' workbooks and plan, built here."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from openpyxl import Workbook

DONE, GOING, REVISE = "計画どおり完了", "計画どおり継続", "次年度以降計画を見直す"
GOALS = {1: "子どもが健やかに育つまち", 2: "健康で安心して暮らせるまち", 3: "活力あるまち"}
# 施策 number → (its 基本目標, name)
MEASURES = {
    1: (1, "子育て支援の充実"),
    2: (1, "学校教育の充実"),
    3: (2, "健康づくりの推進"),
    4: (3, "観光・交流の推進"),
    5: (3, "行財政運営"),
}
UNANSWERED = "観光課"
# 事業 number → (施策, name, 課, 評価 per round: "" where the round's plan has it not)
PROJECTS = {
    1: (1, "保育所待機児童対策事業", "子育て支援課", (GOING, DONE)),
    2: (1, "放課後児童クラブ運営事業", "子育て支援課", (GOING, GOING)),
    3: (1, "子ども医療費助成事業", "子育て支援課", (DONE, DONE)),
    4: (2, "学力向上推進事業", "教育総務課", (GOING, GOING)),
    5: (2, "ICT教育環境整備事業", "教育総務課", (DONE, DONE)),
    6: (3, "健康増進計画推進事業", "健康課", (GOING, GOING)),
    7: (3, "予防接種事業", "健康課", (REVISE, DONE)),
    8: (3, "食育推進事業", "健康課", (GOING, GOING)),
    9: (4, "農業後継者育成事業", "産業振興課", (GOING, DONE)),
    10: (4, "観光PR事業", UNANSWERED, (GOING, GOING)),
    11: (4, "はねむら桜まつり事業", UNANSWERED, (DONE, DONE)),
    12: (4, "友好都市交流事業", "産業振興課", (GOING, GOING)),
    13: (5, "行政評価推進事業", "企画課", (GOING, REVISE)),
    14: (5, "自治体DX推進事業", "企画課", (DONE, GOING)),
    15: (1, "こども家庭センター運営事業", "子育て支援課", ("", GOING)),
}
SETTINGS = """[scale]
preset = "hamura"

[[scale.status]]
symbol = "計画どおり継続"
label = "計画どおり継続"
after = "計画どおり完了"

[wording]
policy = "基本目標"
project = "施策"
item = "事業"
status = "評価"
department = "担当課"
"""
PLAN = "計画.xlsx"


def planned(round_: int) -> dict[int, tuple[int, str, str, str]]:
    """The plan's 事業 of a round (0, 1), in its order: each 施策's, by number."""
    found = {no: (m, name, dept, st[round_]) for no, (m, name, dept, st) in PROJECTS.items()}
    kept = {no: row for no, row in found.items() if row[3]}
    return dict(sorted(kept.items(), key=lambda item: (item[1][0], item[0])))


def answered(round_: int) -> dict[int, tuple[int, str, str, str]]:
    """The 事業 a round's workbooks rate: every department's but 観光課's."""
    return {no: row for no, row in planned(round_).items() if row[2] != UNANSWERED}


def counts(numbers: dict[int, tuple[int, str, str, str]], measures: set[int]) -> Counter[str]:
    """The statuses of ``numbers``' 事業 under ``measures`` (施策 numbers)."""
    return Counter(status for measure, _n, _d, status in numbers.values() if measure in measures)


def build(folder: Path, round_: int = 1, *, plan: bool = False) -> Path:
    """A round's folder of each 課's workbook (観光課's none), planeval.toml (with [plan] file
    where ``plan``) and the plan's list beside it; the folder of the workbooks."""
    answers = folder / f"回答{round_}"
    answers.mkdir(parents=True)
    by_department: dict[str, list[int]] = {}
    for no, (_m, _name, department, _s) in answered(round_).items():
        by_department.setdefault(department, []).append(no)
    for department, numbers in by_department.items():
        book = Workbook()
        sheet = book.active
        sheet.title = "施策評価"
        sheet.append([f"令和{5 + round_}年度　羽根村市施策評価調査（{department}）"])
        goals = sorted({MEASURES[PROJECTS[no][0]][0] for no in numbers})
        for goal in goals:
            sheet.append([])
            sheet.append([f"基本目標{goal}　{GOALS[goal]}"])
            sheet.append(["施策", "事業名", "評価", "課題・今後の方向性", "担当課"])
            for no in numbers:
                measure, name, _d, status = planned(round_)[no]
                if MEASURES[measure][0] == goal:
                    shown = f"{measure} {MEASURES[measure][1]}"
                    sheet.append([shown, f"{no} {name}", status, "引き続き実施する。", department])
        book.save(answers / f"施策評価_{department}.xlsx")
    plan_book = Workbook()
    sheet = plan_book.active
    sheet.title = "事業一覧"
    sheet.append(["基本目標", "施策", "番号", "事業名", "担当課"])
    for no, (measure, name, department, _s) in planned(round_).items():
        goal = MEASURES[measure][0]
        sheet.append(
            [f"{goal} {GOALS[goal]}", f"{measure} {MEASURES[measure][1]}", no, name, department]
        )
    plan_book.save(folder / PLAN)
    settings = SETTINGS + (f'\n[plan]\nfile = "{PLAN}"\n' if plan else "")
    (folder / "planeval.toml").write_text(settings, encoding="utf-8")
    return answers
