"""Review 129: a row's number mistyped, read with the plan, and a hidden note row.

#1: 浜松市's 人事課 typed 「KPI3-3-5」 on the row of 「ITパスポート試験の合格職員数（累計）」, the
plan's KPI3-3-2, and 愛知県's 総務局 「エ」 on 1-(1)'s 「電子申請の利用促進」, the plan's イ. The
plan knows those items by their names, so the rows were theirs and went into every table under
the number typed — one the plan has not —, validate said nothing and compare called it 番号変更.
With the plan, each is warned of at its number cell and counted under the plan's number.

#4: a hidden ※ row under 愛知県's table was said 「非表示でも読んで数えています」: no note row is
counted."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.body_settings import HAMAMATSU
from tests.conftest import write_book

POLICY = "3　行政のデジタル化"
KPIS = [  # (施策番号, 施策, KPI番号, KPI, 評価)
    ("3.3", "デジタル人材の育成", "KPI3-3-1", "DX推進リーダーの育成数（累計）", "A"),
    ("3.3", "デジタル人材の育成", "KPI3-3-2", "ITパスポート試験の合格職員数（累計）", "C"),
    ("3.3", "デジタル人材の育成", "KPI3-3-3", "職員のデジタルスキル研修の受講者数", "B"),
]


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _kpi_round(tmp_path: Path, typed: str) -> tuple[Path, Path, Path]:
    """浜松市's KPI一覧 and 人事課's 評価調書, its second KPI numbered ``typed``."""
    plan = write_book(
        tmp_path / "KPI一覧.xlsx",
        {"KPI一覧": [["浜松市DX推進計画 KPI一覧"], [],
                     ["基本方針", "施策番号", "施策", "KPI番号", "KPI", "担当課"],
                     *[[POLICY, no, name, kpi, item, "人事課"] for no, name, kpi, item, _ in KPIS]]},
    )  # fmt: skip
    header = ["No.", "基本方針", "施策", "KPI", "実績値（R5）", "評価", "評価理由・課題", "担当課"]
    rows = [
        [typed if i == 1 else kpi, POLICY if i == 0 else None,
         f"{no}　{name}" if i == 0 else None, item, "10人", status, "周知が課題", "人事課"]
        for i, (no, name, kpi, item, status) in enumerate(KPIS)
    ]  # fmt: skip
    forms = tmp_path / "回答"
    forms.mkdir()
    write_book(
        forms / "人事課_KPI評価調書.xlsx",
        {"KPI評価": [["浜松市DX推進計画 KPI評価調書（令和5年度実績）"], [], header, *rows]},
        merges={"KPI評価": ["B4:B6", "C4:C6"]},
    )
    config = tmp_path / "planeval.toml"
    config.write_text(HAMAMATSU, encoding="utf-8")
    return plan, forms, config


def _said(output: str) -> list[dict[str, str]]:
    return [p for p in json.loads(output)["problems"] if "計画にありません" in p["message"]]


def test_a_kpi_number_the_plan_has_not_is_said_and_shown_as_the_plan_s(tmp_path: Path) -> None:
    plan, forms, config = _kpi_round(tmp_path, "KPI3-3-5")
    args = ("--plan", str(plan), "--config", str(config))
    checked = _run("validate", str(forms), *args, "-f", "json")
    assert checked.exit_code == 0, checked.output
    [said] = _said(checked.stdout)
    assert said["severity"] == "warning"
    assert (said["sheet"], said["cell"]) == ("KPI評価", "A5")  # (the number's cell)
    assert said["message"] == (
        "「KPI3-3-5 ITパスポート試験の合格職員数（累計）」の番号「KPI3-3-5」は計画にありません"
        "（計画では「ITパスポート試験の合格職員数（累計）」は「KPI3-3-2」、"
        f"『{plan} › KPI一覧 › E5』）。名称で計画のKPIと照らし合わせ、計画の番号「KPI3-3-2」で"
        "数えています"
    )
    # (every reading command given the plan says it, and lists the row under the plan's number)
    listed = _run("issues", str(forms), *args, "-f", "csv")
    assert listed.exit_code == 0, listed.output
    assert "計画にありません" in listed.stderr
    rows = list(csv.reader(io.StringIO(listed.stdout)))
    assert [row[0] for row in rows[1:]] == ["KPI3-3-1", "KPI3-3-2", "KPI3-3-3"]
    # (counted: the plan's three KPIs, A 1 B 1 C 1)
    counted = _run("summarize", str(forms), *args, "-f", "json", "-qq")
    assert json.loads(counted.stdout)["total"]["counts"] == {"A": 1, "B": 1, "C": 1, "D": 0}
    # (compared with last year's KPI3-3-2: the same KPI, not renumbered)
    (tmp_path / "R4").mkdir()
    _plan, before, _config = _kpi_round(tmp_path / "R4", "KPI3-3-2")
    compared = _run("compare", str(before), str(forms), *args, "-f", "json", "-qq")
    assert compared.exit_code == 0, compared.output
    assert json.loads(compared.stdout)["movements"] == []  # (no 「KPI3-3-2 → KPI3-3-5」)


def test_without_the_plan_nothing_is_guessed_and_the_right_number_says_nothing(
    tmp_path: Path,
) -> None:
    plan, forms, config = _kpi_round(tmp_path, "KPI3-3-5")
    unplanned = _run("validate", str(forms), "--config", str(config), "-f", "json")
    assert _said(unplanned.stdout) == []
    (tmp_path / "ok").mkdir()
    plan, forms, config = _kpi_round(tmp_path / "ok", "KPI3-3-2")
    checked = _run(
        "validate", str(forms), "--plan", str(plan), "--config", str(config), "-f", "json"
    )
    assert checked.exit_code == 0 and json.loads(checked.stdout)["problems"] == []


AICHI = """[scale]
preset = "aichi"

[wording]
policy = "基本方針"
project = "項目"
item = "取組"
status = "評価"
department = "担当課"
direction = "施策"
"""


def _aichi_round(tmp_path: Path, *, hidden_note: bool = False) -> tuple[Path, Path]:
    """愛知県's 計画 (取組番号 ア, イ) and 総務局's form typing 「エ」 for イ; its ※ note row
    hidden where ``hidden_note``."""
    top = "1 ICTを活用した県民サービスの向上"
    plan = write_book(
        tmp_path / "計画.xlsx",
        {"計画事業一覧": [
            ["基本方針", "施策", "事業番号", "項目", "取組番号", "取組", "区分", "担当課"],
            [top, "行政手続のオンライン化", "1-(1)", "電子申請の推進", "ア", "電子申請対象手続の拡大",
             "継続", "情報政策課"],
            [top, "行政手続のオンライン化", "1-(1)", "電子申請の推進", "イ", "電子申請の利用促進",
             "継続", "情報政策課"],
        ]},
    )  # fmt: skip
    form = write_book(
        tmp_path / "01_総務局.xlsx",
        {"進捗状況": [
            ["愛知県ITプラン2025　令和6年度　進捗状況"], ["回答局：総務局"], [],
            ["基本方針1　ICTを活用した県民サービスの向上"], ["行政手続のオンライン化"],
            ["項目", "指標", "現状値", "目標値", "達成率", "評価", "担当課"],
            ["(1)　電子申請の推進"],
            ["ア　電子申請対象手続の拡大", "電子申請が可能な手続数", "455手続", "500手続", 0.91, "B",
             "情報政策課"],
            ["エ　電子申請の利用促進", "電子申請の利用率", 0.41, 0.5, 0.82, "B", "情報政策課"],
            ["※達成率＝現状値÷目標値。評価は達成率を踏まえた担当課の判断による。"],
        ]},
    )  # fmt: skip
    if hidden_note:
        book = load_workbook(form)
        book["進捗状況"].row_dimensions[10].hidden = True
        book.save(form)
    (tmp_path / "planeval.toml").write_text(AICHI, encoding="utf-8")
    return plan, form


def test_a_kana_the_plan_has_not_is_said_and_counted_as_the_plan_s(tmp_path: Path) -> None:
    plan, form = _aichi_round(tmp_path)
    config = str(tmp_path / "planeval.toml")
    checked = _run("validate", str(form), "--plan", str(plan), "--config", config, "-f", "json")
    assert checked.exit_code == 0, checked.output
    [said] = _said(checked.stdout)
    assert (said["sheet"], said["cell"]) == ("進捗状況", "A9")
    assert "の番号「エ」は計画にありません" in said["message"]
    assert "計画の番号「(1)イ」で数えています" in said["message"]
    issues = _run("issues", str(form), "--plan", str(plan), "--config", config, "-f", "csv")
    assert issues.exit_code == 0, issues.output
    header, *rows = csv.reader(io.StringIO(issues.stdout))
    item = header.index("取組")  # (its project before it, review 172 #4)
    listed = [[row[0], row[item]] for row in rows]
    assert listed == [["(1)ア", "電子申請対象手続の拡大"], ["(1)イ", "電子申請の利用促進"]]


def test_a_hidden_note_row_is_not_said_counted(tmp_path: Path) -> None:
    _plan, form = _aichi_round(tmp_path, hidden_note=True)
    result = planeval.read_workbooks([form])
    assert [p.message for p in result.problems if "非表示" in p.message] == []
