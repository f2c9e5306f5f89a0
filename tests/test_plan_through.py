"""A plan numbering its 施策 straight through, 基本目標 | 施策番号 | 施策名 | 事務事業名 | 所管部
(枚方市's 施策評価, review 103): 施策 2 is of 基本目標 Ⅰ, as its 基本目標 cell says. A 部 whose form
has 施策番号 | 施策名 and no 基本目標 column had each 施策 counted as a 基本目標 of its own (施策 3
as 基本目標 3 beside Ⅰ and Ⅱ); a 部 that returned nothing had its 未提出 rows of 施策 2 under
基本目標 2; a form numbering its rows 1, 2, 3 under each 施策 was warned 「計画では「3」」, the
施策's number, though the plan numbers no 事務事業."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

GOALS = {"1": "Ⅰ　安全なまち", "2": "Ⅱ　健やかなまち"}
PLAN = [  # (基本目標, 施策番号, 施策名, 事務事業名, 所管部)
    ("1", 1, "防災", "防災訓練事業", "危機管理部"),
    ("1", 1, "防災", "備蓄事業", "危機管理部"),
    ("1", 2, "防犯", "防犯灯事業", "危機管理部"),
    ("1", 3, "交通安全", "交通安全教育事業", "都市整備部"),
    ("1", 3, "交通安全", "通学路対策事業", "都市整備部"),
    ("2", 4, "健康", "健診事業", "市民生活部"),
    ("2", 5, "人権", "人権啓発事業", "市民生活部"),
    ("2", 5, "人権", "平和事業", "市民生活部"),
]
SETTINGS = """\
[scale]
preset = "hirakata"

[layout.titles]
item = ["事務事業名"]

[wording]
preset = "hirakata"
policy = "基本目標"
project = "施策"
item = "事務事業"
status = "評価"
department = "担当課"

[plan]
file = "計画.xlsx"
"""


def _round(folder: Path, *, unreturned: bool = False) -> Path:
    """The plan, planeval.toml and the replies: 都市整備部's under 基本目標/施策 headings numbered
    1, 2 per 施策; 市民生活部's with 施策番号 | 施策名 and no 基本目標 column; 危機管理部's as
    都市整備部's, unless it returned nothing (``unreturned``)."""
    rows: list[tuple[object, ...]] = [("基本目標", "施策番号", "施策名", "事務事業名", "所管部")]
    rows += [(GOALS[goal], *rest) for goal, *rest in PLAN]
    write_book(folder / "計画.xlsx", {"事務事業一覧": rows})
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    replies = folder / "回答"
    replies.mkdir()
    headed = [("No.", "事務事業名", "評価", "今後の方向性", "担当課")]
    headed += [("基本目標Ⅰ　安全なまち",), ("施策3「交通安全」",)]
    headed += [
        (1, "交通安全教育事業", "A", "継続", "交通課"),
        (2, "通学路対策事業", "B", "継続", "交通課"),
    ]
    write_book(replies / "都市整備部.xlsx", {"評価調査票": headed})
    own = [("施策番号", "施策名", "事務事業名", "評価（A～E）", "今後の方向性", "担当課")]
    own += [
        (4, "健康", "健診事業", "B", "継続", "市民課"),
        (5, "人権", "人権啓発事業", "D", "継続", "市民課"),
    ]
    own += [(5, "人権", "平和事業", "B", "継続", "市民課")]
    write_book(replies / "市民生活部.xlsx", {"評価調査票": own})
    if not unreturned:
        crisis = [
            ("No.", "事務事業名", "評価", "今後の方向性", "担当課"),
            ("基本目標Ⅰ　安全なまち",),
        ]
        crisis += [("施策1「防災」",), (1, "防災訓練事業", "A", "継続", "危機課")]
        crisis += [
            (2, "備蓄事業", "A", "継続", "危機課"),
            ("施策2「防犯」",),
            (1, "防犯灯事業", "C", "継続", "危機課"),
        ]
        write_book(replies / "危機管理部.xlsx", {"評価調査票": crisis})
    return replies


def _plan(folder: Path) -> planeval.Plan:
    config = planeval.load_config(folder / "planeval.toml")
    assert config.plan is not None
    return planeval.read_plan(config.plan, layout=config.layout, wording=config.wording)


def _goals(folder: Path, replies: Path, *more: str) -> dict[str, dict[str, int]]:
    runner = CliRunner()
    said = runner.invoke(
        app,
        ["summarize", str(replies), "-f", "json", "--config", str(folder / "planeval.toml"), *more],
    )
    groups = json.loads(said.stdout)["groups"]
    return {group["label"] or group["id"]: group["counts"] for group in groups}


def test_the_plan_places_each_project_under_its_policy_cell(tmp_path: Path) -> None:
    _round(tmp_path)
    plan = _plan(tmp_path)
    placed = {
        (i.policy_id, i.policy_label, i.policy_name, i.project_id, i.shown_project)
        for i in plan.items
    }
    assert ("1", "Ⅰ", "安全なまち", "1-2", "2") in placed  # (施策 2 of 基本目標 Ⅰ, shown 2)
    assert ("2", "Ⅱ", "健やかなまち", "2-5", "5") in placed


def test_a_form_without_the_policy_column_is_counted_under_the_plans_policy(
    tmp_path: Path,
) -> None:
    replies = _round(tmp_path)
    goals = _goals(tmp_path, replies, "-qq")
    assert list(goals) == ["Ⅰ", "Ⅱ"]  # (no 基本目標 4 nor 5)
    assert goals["Ⅰ"] == {"A": 3, "B": 1, "C": 1, "D": 0, "E": 0}
    assert goals["Ⅱ"] == {"A": 0, "B": 2, "C": 0, "D": 1, "E": 0}


def test_unreturned_items_stand_under_the_plans_policy(tmp_path: Path) -> None:
    _round(tmp_path, unreturned=True)
    plan = _plan(tmp_path)
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks(
        [tmp_path / "回答"],
        scale=config.scale,
        layout=config.layout,
        wording=config.wording,
        plan=plan,
    )
    # (施策 1 and 2, both of 基本目標 Ⅰ: 2 施策 with no row, 3 事務事業; none of 基本目標 2)
    assert read.unreturned_policies == {"1": (2, 3, "")}


def test_rows_numbered_per_project_against_a_plan_numbering_no_item(tmp_path: Path) -> None:
    replies = _round(tmp_path)
    said = CliRunner().invoke(
        app, ["validate", str(replies), "--config", str(tmp_path / "planeval.toml")]
    )
    assert "計画では" not in said.stdout
    assert "警告" not in said.stdout, said.stdout


def test_a_co_owners_blank_under_no_policy_leaves_the_item_to_its_lead(tmp_path: Path) -> None:
    """Review 103: 教育委員会's form, 施策番号 | 施策名 and no 基本目標 column, left the shared
    放課後児童健全育成事業 blank for its lead 子ども未来部, whose form rates it under 基本目標Ⅲ:
    the blank was an error (its row under 施策13 read as its own 基本目標) where the lead's row
    counts."""
    replies = _round(tmp_path)
    plan = tmp_path / "計画.xlsx"
    rows: list[tuple[object, ...]] = [("基本目標", "施策番号", "施策名", "事務事業名", "所管部")]
    rows += [(GOALS[goal], *rest) for goal, *rest in PLAN]
    rows.append((GOALS["2"], 5, "人権", "人権相談事業", "都市整備部、市民生活部"))
    write_book(plan, {"事務事業一覧": rows})
    lead = [("No.", "事務事業名", "評価", "今後の方向性", "担当課"), ("基本目標Ⅰ　安全なまち",)]
    lead += [("施策3「交通安全」",), (1, "交通安全教育事業", "A", "継続", "交通課")]
    lead += [(2, "通学路対策事業", "B", "継続", "交通課"), ("基本目標Ⅱ　健やかなまち",)]
    lead += [("施策5「人権」",), (1, "人権相談事業", "C", "継続", "交通課")]
    write_book(replies / "都市整備部.xlsx", {"評価調査票": lead})
    own = [("施策番号", "施策名", "事務事業名", "評価（A～E）", "今後の方向性", "担当課")]
    own += [
        (4, "健康", "健診事業", "B", "継続", "市民課"),
        (5, "人権", "人権啓発事業", "D", "", "市民課"),
    ]
    own += [
        (5, "人権", "平和事業", "B", "継続", "市民課"),
        (5, "人権", "人権相談事業", None, "", "市民課"),
    ]
    write_book(replies / "市民生活部.xlsx", {"評価調査票": own})

    said = CliRunner().invoke(
        app, ["summarize", str(replies), "-f", "json", "--config", str(tmp_path / "planeval.toml")]
    )
    assert said.exit_code == 0, said.stderr
    groups = {g["label"] or g["id"]: g["counts"] for g in json.loads(said.stdout)["groups"]}
    assert groups["Ⅱ"] == {"A": 0, "B": 2, "C": 1, "D": 1, "E": 0}


def _read_without_plan(folder: Path, replies: Path) -> planeval.ReadResult:
    config = planeval.load_config(folder / "planeval.toml")
    return planeval.read_workbooks(
        [replies], scale=config.scale, layout=config.layout, wording=config.wording
    )


def test_without_the_plan_projects_read_as_policies_are_said(tmp_path: Path) -> None:
    """Review 108: a clerk's first run, no [plan] yet: 市民生活部's 施策 4 and 5 were counted as
    基本目標 4 and 5 beside 都市整備部's Ⅰ, and nothing said so."""
    replies = _round(tmp_path)
    read = _read_without_plan(tmp_path, replies)
    [said] = [p for p in read.problems if "列も見出しもない" in p.message]
    assert said.severity is planeval.Severity.WARNING
    assert said.message.startswith("市民生活部.xlsx（施策 4・5）は、上に基本目標の列も見出しも")
    assert "危機管理部.xlsx などでは施策の上に基本目標があります" in said.message
    assert said.hint.startswith('planeval.toml の [plan] に file = "計画.xlsx" のように')
    assert "基本目標の列か、基本目標ごとの見出しの行" in said.hint


def test_without_the_plan_forms_each_with_its_policies_are_not_warned(tmp_path: Path) -> None:
    replies = _round(tmp_path)
    (replies / "市民生活部.xlsx").unlink()  # (都市整備部 and 危機管理部: 基本目標 headings)
    problems = _read_without_plan(tmp_path, replies).problems
    assert [p for p in problems if p.severity is not planeval.Severity.NOTICE] == []


def test_a_no_column_before_the_project_name_numbers_the_projects(tmp_path: Path) -> None:
    """Review 108: the plan's 施策 column titled No. (基本目標 | No. | 施策名 | 事務事業名) was
    refused, its 「Ⅰ　安全なまち」 said to be no 1-1-1; it is read as 施策番号 is."""
    _round(tmp_path)
    numbered = {(i.policy_id, i.project_id, i.item_name) for i in _plan(tmp_path).items}
    rows: list[tuple[object, ...]] = [("基本目標", "No.", "施策名", "事務事業名", "所管部")]
    rows += [(GOALS[goal], *rest) for goal, *rest in PLAN]
    write_book(tmp_path / "計画.xlsx", {"事務事業一覧": rows})
    plan = _plan(tmp_path)
    assert {(i.policy_id, i.project_id, i.item_name) for i in plan.items} == numbered
    assert ("2", "2-5", "平和事業") in numbered


def _shown(folder: Path, command: str, replies: Path, *more: str) -> list[str]:
    """The IDs as shown: each row's first word of a plain table, or a CSV's ID."""
    settings = str(folder / "planeval.toml")
    said = CliRunner().invoke(app, [command, str(replies), "--config", settings, *more])
    assert said.exit_code == 0, said.output
    if "csv" in more:
        return [line.split(",")[0] for line in said.stdout.splitlines()[1:]]
    table = said.stdout.split("\n\n")[0].splitlines()[2:]  # (under the title and the header)
    return [line.split()[0] for line in table]


def test_projects_are_shown_by_their_own_number_as_the_plan_numbers_them(tmp_path: Path) -> None:
    """Review 103 #10, 108: 都市整備部's 施策3 under its 基本目標Ⅰ heading was shown 1-3, beside
    市民生活部's 施策番号 5 shown 2-5 (placed by the plan) and the plan's own 「1」; issue IDs mixed
    1-2-1 and 2-5. Every 施策 is shown by its number through the plan, its 事務事業 No. after it."""
    replies = _round(tmp_path)
    by_project = _shown(tmp_path, "summarize", replies, "--by", "project", "-f", "plain")
    assert by_project == ["1", "2", "3", "4", "5", "合計"]
    assert _shown(tmp_path, "issues", replies, "-f", "csv") == ["2 1", "5"]
    by_item = _shown(tmp_path, "summarize", replies, "--by", "item", "-f", "csv")
    assert by_item[:3] == ["1 1", "1 2", "2 1"]  # (施策 1 of 基本目標 1: 「1 1」 as 「2 1」)
    (replies / "危機管理部.xlsx").unlink()  # (施策 1 and 2 未提出: the plan's rows, numbered so)
    by_project = _shown(tmp_path, "summarize", replies, "--by", "project", "-f", "plain", "-qq")
    assert by_project == ["1（未集計）", "2（未集計）", "3", "4", "5", "合計"]


def test_without_the_plan_projects_are_shown_by_the_number_a_form_shows(tmp_path: Path) -> None:
    """No plan: 市民生活部's 施策 4 and 5 (施策番号, no 基本目標 column) are shown by their number,
    and so are 都市整備部's and 危機管理部's 施策 under 基本目標 headings, numbered straight
    through (1-3 shown 3)."""
    replies = _round(tmp_path)
    settings = (tmp_path / "planeval.toml").read_text(encoding="utf-8")
    (tmp_path / "planeval.toml").write_text(settings.split("[plan]")[0], encoding="utf-8")
    by_project = _shown(tmp_path, "summarize", replies, "--by", "project", "-f", "plain", "-qq")
    assert by_project == ["1", "2", "3", "4", "5", "合計"]
