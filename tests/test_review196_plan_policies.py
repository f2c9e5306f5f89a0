"""A 施策評価 plan numbering its 施策 straight through beside a 基本目標 column typed 「基本目標2
学びのまち」 (西羽根市, a Hamura-style city, review 196 #1 and #4): 基本目標 | 施策番号 | 施策名 |
事業番号 | 事業名 | 関係部 | 担当課, its 部 returning one form each under 「基本目標N」 and
「施策N「…」」 headings. The plan was read with each 施策's number as its 基本目標's (施策7 under a
基本目標7), the number the cell typed dropped: a late 部's 事業 made a 基本目標 of their own
(「| 7（未集計） | いきいきと学び支え合うまち |」 and a section 「## 基本目標7 …」), and every
returned form was warned 「事業の番号が計画と違う…（「55 …」は計画では「55」…）」. Each 施策 now
stands under the 基本目標 its row's cell numbers, as the forms read it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

SETTINGS = """[scale]
preset = "hamura"

[[scale.status]]
symbol = "一部完了"
label = "一部完了"
after = "計画どおり完了"

[[scale.status]]
symbol = "未着手"
label = "未着手"
after = "次年度以降計画を見直す"

[wording]
policy = "基本目標"
project = "施策"
item = "事業"
status = "評価"
issue = "評価の理由・今後の方向性"
department = "担当課"

[plan]
file = "計画事業一覧.xlsx"
"""
POLICIES = {1: "安全なまち", 2: "学びのまち"}
PLAN = [  # (基本目標, 施策番号, 施策名, 事業番号, 事業名, 関係部, 担当課)
    (1, 1, "防災の推進", 1, "防災無線更新事業", "市民部", "防災課"),
    (1, 1, "防災の推進", 2, "備蓄倉庫整備事業", "市民部", "防災課"),
    (1, 2, "防犯の推進", 3, "防犯灯整備事業", "市民部", "安全課"),
    (1, 2, "防犯の推進", 4, "見守り活動支援事業", "市民部", "安全課"),
    (2, 3, "子育て支援", 5, "保育所整備事業", "福祉部", "子育て課"),
    (2, 3, "子育て支援", 6, "児童館運営事業", "福祉部", "子育て課"),
    (2, 4, "学校教育の充実", 7, "学力向上事業", "教育部", "学務課"),
    (2, 4, "学校教育の充実", 8, "給食センター更新事業", "教育部", "学務課"),
]
REVISE = "次年度以降計画を見直す"


def _form(path: Path, department: str, ratings: list[str]) -> None:
    """A 部's form as the city sends it: its 基本目標 and 施策 as headings over 事業番号 | 事業名 |
    評価 | 評価の理由・今後の方向性 | 担当課, the 事業 numbered as the plan numbers them."""
    rows: list[list[object]] = [
        [f"令和6年度　西羽根市総合計画　施策評価調査票（{department}）"],
        [
            "※評価は「計画どおり完了」「一部完了」「次年度以降計画を見直す」「未着手」のいずれかを記入"
        ],
    ]
    mine = [row for row in PLAN if row[5] == department]
    last: tuple[object, object] = (None, None)
    for (policy, project, name, number, item, _lead, section), rating in zip(
        mine, ratings, strict=True
    ):
        if policy != last[0]:
            rows += [[], [f"基本目標{policy}　{POLICIES[policy]}"]]
        if project != last[1]:
            rows += [[], [f"施策{project}「{name}」"]]
            rows.append(["事業番号", "事業名", "評価", "評価の理由・今後の方向性", "担当課"])
        last = (policy, project)
        issue = "実施手法を見直す。" if rating == REVISE else None
        rows.append([number, item, rating, issue, section])
    write_book(path, {"施策評価": rows})


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The round with 教育部's form not yet in: 市民部's and 福祉部's, the plan and settings."""
    title = "西羽根市総合計画（令和5年度～令和9年度）　計画事業一覧"
    header = ["基本目標", "施策番号", "施策名", "事業番号", "事業名", "関係部", "担当課"]
    listed = [[f"基本目標{p}　{POLICIES[p]}", *rest] for p, *rest in PLAN]
    write_book(tmp_path / "計画事業一覧.xlsx", {"計画事業一覧": [[title], [], header, *listed]})
    _form(tmp_path / "調査票_市民部.xlsx", "市民部", ["計画どおり完了", "一部完了"] * 2)
    _form(tmp_path / "調査票_福祉部.xlsx", "福祉部", ["一部完了", REVISE])
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_plan_places_each_project_under_the_policy_its_cell_numbers(folder: Path) -> None:
    config = planeval.load_config(folder / "planeval.toml")
    plan = planeval.read_plan("計画事業一覧.xlsx", layout=config.layout, wording=config.wording)
    placed = [(i.policy_id, i.policy_name, i.project_id, i.project_label) for i in plan.items]
    assert sorted(set(placed)) == [
        ("1", "安全なまち", "1-1", "1"),
        ("1", "安全なまち", "1-2", "2"),
        ("2", "学びのまち", "2-3", "3"),
        ("2", "学びのまち", "2-4", "4"),
    ]


def test_validate_warns_only_of_the_late_department(folder: Path) -> None:
    result = CliRunner().invoke(app, ["validate", "."])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:2] == [
        "警告: 計画事業一覧.xlsx › 計画事業一覧 › F10: 教育部の回答がどのファイルにもありません"
        "（未提出）。この部が所管する計画の事業 2 件は集計に含まれていません（回答が届いていれば、"
        "ほかの回答と同じフォルダに入れて集計し直してください。部ごとの提出状況は、提出状況の表を"
        "見てください）",
        "警告 1 件",
    ]


def test_summarize_counts_no_policy_of_a_project_number(folder: Path) -> None:
    result = CliRunner().invoke(app, ["summarize", ".", "-f", "csv"])
    assert result.exit_code == 0
    assert result.stdout.lstrip("\ufeff").splitlines() == [
        "番号,名称,計画どおり完了,一部完了,次年度以降計画を見直す,未着手,計",
        "1,安全なまち,2,2,0,0,4",
        "2,学びのまち,0,1,1,0,2",
        "合計,,2,3,1,0,6",
    ]


def test_the_report_shows_the_late_items_under_their_policy_and_project(folder: Path) -> None:
    result = CliRunner().invoke(app, ["export", ".", "--md", "報告.md"])
    assert result.exit_code == 0, result.stderr
    text = (folder / "報告.md").read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if line.startswith("## ")] == [
        "## 集計",
        "## 施策別集計",  # (review 196 #5)
        "## 基本目標1 安全なまち",
        "## 基本目標2 学びのまち",
        "## 課題一覧",
    ]
    # (施策4 alone 「（未集計）」, in 施策別集計 — review 196 #5 —, no 基本目標 in 集計)
    assert [line for line in text.splitlines() if "（未集計）" in line] == [
        "| 4（未集計） | 学校教育の充実 |" + "  |" * 9
    ]
    table = text.split("## 基本目標2 学びのまち\n\n", 1)[1].split("\n\n## ", 1)[0]
    assert table.splitlines()[-4:] == [
        "| 3 子育て支援 | 5 保育所整備事業 | 一部完了 |  | 子育て課 |",
        f"|  | 6 児童館運営事業 | {REVISE} | 実施手法を見直す。 | 子育て課 |",
        "| 4 学校教育の充実 | 7 学力向上事業 | 未提出 |  | 教育部 |",
        "|  | 8 給食センター更新事業 | 未提出 |  | 教育部 |",
    ]
