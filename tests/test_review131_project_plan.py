"""A town's plan rated at the project level (長与町-style, review 131): its list 基本方針 |
番号 | 事業名 | 指標 | 現状値 | 目標値 | 区分 | 担当課, one row per 事業, and each 課's form
番号 | 事業名 | 指標 | … | 評価（S～C、−）. The 基本方針 column is the policy, 番号 and 事業名 the
rated project, its 指標 the item — read so without any [layout.titles]."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app

POLICIES = {
    "1": "正しく安全にICTを利活用できる人づくり",
    "2": "誰もが便利さを実感できる行政サービスの実現",
}
# (number, 事業名, 指標, status, 担当課)
PROJECTS = [
    ("1.1", "職員向け情報セキュリティ研修", "研修受講率", "A", "総務課"),
    ("1.2", "デジタル人材の育成", "DX推進リーダー数", "B", "企画政策課"),
    ("2.1", "行政手続のオンライン化", "オンライン化手続数", "S", "企画政策課"),
    ("2.2", "電子申請システムの利用拡大", "電子申請件数", "−", "総務課"),
]
FORM_HEADER = ["番号", "事業名", "指標", "現状値（R4）", "実績値（R6）", "目標値（R9）"]
FORM_HEADER += ["評価（S～C、−）", "評価の理由・課題", "担当課 ※必須"]
SETTINGS = """[scale]
preset = "nagayo"

[wording]
title = "第2次西浦町DX推進計画 進捗評価"
policy = "基本方針"
department = "担当課"

[plan]
file = "計画.xlsx"
"""


def plan_book(folder: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "計画事業一覧"
    ws.append(["第2次西浦町DX推進計画（令和5年度～令和9年度）　事業一覧"])
    ws.append([])
    ws.append(
        ["基本方針", "番号", "事業名", "指標", "現状値（R4）", "目標値（R9）", "区分", "担当課"]
    )
    for number, name, indicator, _status, department in PROJECTS:
        policy = number.split(".")[0]
        row = [f"{policy} {POLICIES[policy]}", number, name, indicator, "1件", "9件", "継続"]
        ws.append([*row, department])
    path = folder / "計画.xlsx"
    wb.save(path)
    return path


def form_books(folder: Path) -> Path:
    """Each 課's form: its title, 担当課, and per 基本方針 an unnumbered line over its table."""
    replies = folder / "回答"
    replies.mkdir()
    for department in ("総務課", "企画政策課"):
        wb = Workbook()
        ws = wb.active
        ws.title = "進捗評価"
        ws.append(["令和6年度　第2次西浦町DX推進計画　進捗評価調査票"])
        ws.append([f"担当課：{department}"])
        for policy, policy_name in POLICIES.items():
            ws.append([])
            ws.append([policy_name])
            ws.append(FORM_HEADER)
            for number, name, indicator, status, owner in PROJECTS:
                if owner == department and number.startswith(f"{policy}."):
                    why = "目標に届かなかった。" if status == "B" else None
                    row = [number, name, indicator, "1件", "5件", "9件", status, why, owner]
                    ws.append(row)
        wb.save(replies / f"{department}.xlsx")
    return replies


def test_the_plan_s_policy_column_is_the_policy_and_its_named_rows_the_projects(
    tmp_path: Path,
) -> None:
    plan = planeval.read_plan(plan_book(tmp_path))
    read = [
        (item.policy_id, item.policy_name, item.project_id, item.project_name, item.item_name)
        for item in plan.items
    ]
    assert read == [
        ("1", POLICIES["1"], "1-1", "職員向け情報セキュリティ研修", "研修受講率"),
        ("1", POLICIES["1"], "1-2", "デジタル人材の育成", "DX推進リーダー数"),
        ("2", POLICIES["2"], "2-1", "行政手続のオンライン化", "オンライン化手続数"),
        ("2", POLICIES["2"], "2-2", "電子申請システムの利用拡大", "電子申請件数"),
    ]


# (the reviewer's settings named the 指標 column the item: the 基本方針 was then read as the
# project, every 事業名 replaced by its 基本方針's name, a warning per file)
@pytest.mark.parametrize("titles", ["", '\n[layout.titles]\nitem = ["指標"]\n'])
def test_forms_read_with_such_a_plan_keep_each_project_s_name_and_say_no_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, titles: str
) -> None:
    plan_book(tmp_path)
    replies = form_books(tmp_path)
    (tmp_path / "planeval.toml").write_text(SETTINGS + titles, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(app, ["export", str(replies), "--md", "報告.md"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "警告" not in result.output and "お知らせ" not in result.output
    written = (tmp_path / "報告.md").read_text(encoding="utf-8")
    for number, name, _indicator, _status, _owner in PROJECTS:
        assert f"| {number} {name} |" in written


# (a plan's period before its whole, and 評価できない's count written 「…（−）もの」: the first was
# said to be 令和9年度's, the second 「何の件数か読み取れません」, neither compared)
REPORT = (
    "1　評価の概要\n"
    "　第2次西浦町DX推進計画（令和5年度～令和9年度）に掲げる全{whole}事業のうち、"
    "令和6年度の取組を評価しました。\n"
    "　評価結果は、Sが1事業、Aが1事業、Bが1事業で、"
    "このほか評価できない（−）ものが{unrated}事業でした。\n"
)


def _checked(folder: Path, monkeypatch: pytest.MonkeyPatch, **counts: int) -> dict:
    import json

    plan_book(folder)
    replies = form_books(folder)
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    (folder / "報告.txt").write_text(REPORT.format(**counts), encoding="utf-8")
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(app, ["check", str(replies), "--text", "報告.txt", "-f", "json"])
    return json.loads(result.stdout)


def test_a_plan_s_whole_after_its_period_and_the_unrated_count_are_compared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = _checked(tmp_path, monkeypatch, whole=9, unrated=2)
    wrong = [(d["what"], d["stated"], d["counted"]) for d in checked["disagreements"]]
    assert wrong == [("rows", 9, 4), ("−", 2, 1)]
    assert checked["not_compared"] == []


def test_the_same_counts_stated_right_agree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = _checked(tmp_path, monkeypatch, whole=4, unrated=1)
    assert checked["disagreements"] == [] and checked["not_compared"] == []
    assert checked["compared"] == 5


def test_the_rated_rows_worded_as_the_projects_title_them_are_still_read_against_the_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (item = "事業", as the README words a body rating its 事業: the plan's 事業名 was read as
    # the items' names, the forms' as the projects', and every row was 計画にない — nothing counted)
    plan_book(tmp_path)
    replies = form_books(tmp_path)
    worded = SETTINGS.replace('policy = "基本方針"', 'policy = "基本方針"\nitem = "事業"')
    (tmp_path / "planeval.toml").write_text(worded, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["validate", str(replies)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "エラー" not in result.output and "警告" not in result.output
    assert "問題は見つかりませんでした（2 ファイル、4 件）" in result.output
    assert "全 2 課の調査票が提出され、すべて記入されています" in result.output
