"""template for a plan numbered in two levels (review 88, finding 14): 北浜市's plan list
基本目標 | 施策番号 | 施策名 | 取組番号 | 取組内容 | 区分 | 所管課 (施策 1-1 › 取組 ①) was refused
as 「2 段」; its forms number the 施策 and the 取組 each in a column of their own, and read
back through the designed cycle with the counts the departments filled in."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app

GOALS = {"1": "市民サービスのデジタル化", "2": "行政運営の効率化"}
# (施策番号, 施策名, 取組番号, 取組内容, 所管課 (lead first), the status its lead gives)
PLAN = [
    ("1-1", "行政手続のオンライン化", "①", "電子申請サービスの拡充", "情報政策課\n市民課", "A"),
    ("1-1", "行政手続のオンライン化", "②", "マイナンバーカードの活用推進", "市民課", "B"),
    ("1-1", "行政手続のオンライン化", "③", "オンライン納付の拡大", "税務課", "C"),
    ("1-2", "窓口のデジタル化", "①", "書かない窓口の導入", "市民課", "C"),
    ("1-2", "窓口のデジタル化", "②", "窓口予約システムの導入", "市民課", "－"),
    ("2-1", "業務のデジタル化・自動化", "①", "RPAの導入拡大", "行政改革課", "A"),
    ("2-1", "業務のデジタル化・自動化", "②", "電子決裁の推進", "情報政策課", "D"),
    ("2-2", "働き方改革", "①", "テレワーク環境の整備", "情報政策課\n行政改革課", "B"),
    ("2-2", "働き方改革", "②", "ペーパーレス会議の推進", "行政改革課", "A"),
]
TOML = """[scale]
as_planned = "A"
[[scale.status]]
symbol = "A"
label = "達成"
[[scale.status]]
symbol = "B"
label = "概ね達成"
[[scale.status]]
symbol = "C"
label = "一部達成"
needs_issue = true
[[scale.status]]
symbol = "D"
label = "未達成"
needs_issue = true
[[scale.status]]
symbol = "－"
label = "評価できない"
counted = false

[wording]
policy = "基本目標"
project = "施策"
item = "取組"
status = "評価"
issue = "課題・今後の方向性"
department = "担当課"
counter = "件"
"""


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def write_plan(path: Path) -> Path:
    """北浜市's plan list as its planning section keeps it: a title, then one row per 取組."""
    book = Workbook()
    sheet = book.active
    sheet.title = "計画事業一覧"
    sheet["A1"] = "第2次北浜市DX推進計画（令和6年度～令和9年度） 取組一覧"
    sheet.append([])
    sheet.append(["基本目標", "施策番号", "施策名", "取組番号", "取組内容", "区分", "所管課"])
    for project, name, number, item, departments, _status in PLAN:
        goal = project.split("-")[0]
        sheet.append([f"{goal} {GOALS[goal]}", project, name, number, item, "継続", departments])
    book.save(path)
    return path


def fill(path: Path, remark: str) -> None:
    """Rate the form's rows as PLAN's leads do (by the numbers the form shows), an issue
    where the scale needs one; a co-owner writes ``remark`` on its reference sheet."""
    book = load_workbook(path)
    sheet = book["実施状況"]
    titles = {cell.value: cell.column - 1 for cell in sheet[5] if cell.value}
    statuses = {(p, n): s for p, _name, n, _item, _d, s in PLAN}
    project = ""
    for row in sheet.iter_rows(min_row=6):
        project = row[titles["施策番号"]].value or project
        number = row[titles["取組番号"]].value
        if number:
            status = statuses[project, number]
            row[titles["評価"]].value = status
            row[titles["課題・今後の方向性"]].value = "遅れている" if status in "CD" else None
    if "共管の取組" in book.sheetnames:
        book["共管の取組"]["D6"] = remark
    book.save(path)


def _made_forms(tmp_path: Path) -> tuple[Path, Path, Path]:
    """北浜市's plan, its settings and the folder `template` wrote its 課's forms into."""
    plan = write_plan(tmp_path / "plan.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text(TOML, encoding="utf-8")
    forms = tmp_path / "調査票"
    made = run("template", str(plan), "--fiscal-year", "令和7", "-o", str(forms),
               "--split-by", "department", "--config", str(config))  # fmt: skip
    assert made.exit_code == 0, made.output
    return plan, config, forms


def test_a_plan_numbered_1_1_over_its_items_makes_forms_read_back_as_filled(
    tmp_path: Path,
) -> None:
    plan, config, forms = _made_forms(tmp_path)
    written = {path.name: path for path in forms.glob("*.xlsx")}
    assert sorted(written) == sorted(
        f"実施状況調査票_2025_{d}.xlsx" for d in ("情報政策課", "市民課", "税務課", "行政改革課")
    )
    # each 課's form lists the 取組 it leads, with the plan's numbers, each in its own column
    sheet = load_workbook(written["実施状況調査票_2025_情報政策課.xlsx"])["実施状況"]
    rows = [row for row in sheet.iter_rows(min_row=5, values_only=True)]
    assert rows[0][:5] == ("施策番号", "施策名", "取組番号", "取組", "担当課")
    assert [row[:4] for row in rows[1:]] == [
        ("基本目標1 市民サービスのデジタル化", None, None, None),
        ("1-1", "行政手続のオンライン化", "①", "電子申請サービスの拡充"),
        ("基本目標2 行政運営の効率化", None, None, None),
        ("2-1", "業務のデジタル化・自動化", "②", "電子決裁の推進"),
        ("2-2", "働き方改革", "①", "テレワーク環境の整備"),
    ]
    for path in written.values():
        fill(path, "窓口での案内も強化した")

    checked = run("validate", str(forms), "--plan", str(plan), "--config", str(config),
                  "-f", "json")  # fmt: skip
    assert checked.exit_code == 0, checked.output
    data = json.loads(checked.stdout)
    assert data["problems"] == []
    assert {s["label"] for s in data["submissions"]} == {"提出済"}

    counted = run("summarize", str(forms), "--plan", str(plan), "--config", str(config),
                  "--by", "project", "-f", "json")  # fmt: skip
    assert counted.exit_code == 0, counted.output
    assert counted.stderr == ""  # (no warning, no notice)
    groups = json.loads(counted.stdout)["groups"]
    expected: dict[str, Counter[str]] = {}
    for project, _name, _n, _item, _d, status in PLAN:
        expected.setdefault(project, Counter())[status] += 1
    read = {g["id"]: {k: v for k, v in (g["counts"] | g["uncounted"]).items() if v} for g in groups}
    assert read == expected
    by_goal = run("summarize", str(forms), "--config", str(config), "-f", "json")
    goals = {g["id"]: g["total"] for g in json.loads(by_goal.stdout)["groups"]}
    assert goals == {"1": 4, "2": 4}  # (1-2② －, not counted)


def test_a_co_owner_s_remark_on_a_two_level_plan_reaches_its_item(tmp_path: Path) -> None:
    """The co-owner's sheet names the 施策 「1-1 行政手続のオンライン化」: its remark was read
    only under a project numbered 1-1-1."""
    import planeval

    _plan, config, forms = _made_forms(tmp_path)
    for path in forms.glob("*.xlsx"):
        fill(path, "窓口での案内も強化した")
    settings = planeval.load_config(config)
    read = planeval.read_workbooks([forms], scale=settings.scale, layout=settings.layout)
    issues = {f"{e.project_id}{e.item_label}": e.issue for e in read.entries}
    assert issues["1-1①"] == "（共管 市民課）窓口での案内も強化した"
    assert issues["2-2①"] == "（共管 行政改革課）窓口での案内も強化した"


def test_a_project_word_that_titles_a_level_is_refused_with_the_setting_that_reads_it(
    tmp_path: Path,
) -> None:
    """基本施策 is a level's title to planeval, and 基本施策名 no title: its forms' column of
    names would not read back. Refused, naming the setting; with it, the form is written."""
    book = Workbook()
    book.active.append(["事業番号", "事業名", "取組番号", "取組内容", "区分", "所管課"])
    book.active.append(["1-1", "窓口の改善", "①", "書かない窓口の導入", "継続", "市民課"])
    book.save(tmp_path / "plan.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text('[wording]\nproject = "基本施策"\nitem = "取組"\n', encoding="utf-8")
    args = ["template", str(tmp_path / "plan.xlsx"), "--fiscal-year", "令和7",
            "-o", str(tmp_path / "t.xlsx"), "--config", str(config)]  # fmt: skip
    refused = run(*args)
    assert refused.exit_code == 1 and "Traceback" not in refused.output
    assert "› A2: この計画は番号が「1-1」のような 2 段のため" in refused.stderr
    assert '[layout.titles] に project = ["基本施策名"] と書けば作れます' in refused.stderr
    assert not (tmp_path / "t.xlsx").exists()
    config.write_text(
        '[wording]\nproject = "基本施策"\nitem = "取組"\n'
        '[layout.titles]\nproject = ["基本施策名"]\n',
        encoding="utf-8",
    )
    assert run(*args).exit_code == 0
