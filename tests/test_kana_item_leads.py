"""A plan numbering its items 「(1)ア」「(1)イ」 in one cell (a 集中改革プラン's 取組項目: OTHER-BODIES
.md): each item's lead (所管部) is its own row's. The plan's leads were looked up by number only,
so (1)ア's was (1)イ's, and validate named the wrong department as its lead."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

PLAN_ROWS = [
    ["緑ヶ丘市集中改革プラン 取組一覧"],
    ["改革項目", "取組項目", "区分", "所管部"],
    ["1 民間委託等の推進", "(1)ア 窓口業務の民間委託", "継続", "市民生活部、教育部"],
    ["", "(1)イ 学校給食調理業務の委託", "継続", "教育部、市民生活部"],
]


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def form(folder: Path, department: str, status: str) -> Path:
    """``department``'s reply rating both items ``status``, as a co-owner may rate both."""
    issue = "調整中" if status == "△" else ""
    rows = [
        ["令和6年度 実施状況調査票"],
        [f"記入する部: {department}"],
        ["改革項目", "取組項目", "所管部", "達成状況", "課題等"],
        ["1 民間委託等の推進", "(1)ア 窓口業務の民間委託", "市民生活部", status, issue],
        ["", "(1)イ 学校給食調理業務の委託", "教育部", status, issue],
    ]
    return write_book(folder / f"実施状況_{department}.xlsx", {"実施状況": rows})


def test_each_kana_item_is_led_by_its_own_rows_department(tmp_path: Path) -> None:
    plan = write_book(tmp_path / "計画.xlsx", {"取組一覧": PLAN_ROWS})
    forms = tmp_path / "回答"
    forms.mkdir()
    form(forms, "市民生活部", "○")
    form(forms, "教育部", "△")
    checked = run("validate", str(forms), "--plan", str(plan), "-f", "json")
    data = json.loads(checked.stdout)
    differing = [
        p["message"] for p in data["problems"] if "所管部と共管部で違います" in p["message"]
    ]
    assert [message.split(":")[0] for message in differing] == [
        "1-(1)ア 窓口業務の民間委託 の達成状況が所管部と共管部で違います",
        "1-(1)イ 学校給食調理業務の委託 の達成状況が所管部と共管部で違います",
    ]
    assert "所管部の市民生活部は ○" in differing[0] and "共管部の教育部は △" in differing[0]
    assert "所管部の教育部は △" in differing[1] and "共管部の市民生活部は ○" in differing[1]

    written = run("template", str(plan), "--fiscal-year", "令和6", "-o", str(tmp_path / "調査票"),
                  "--split-by", "department", "-q")  # fmt: skip
    assert written.exit_code == 0, written.stderr
    asked, shared = {}, {}
    for path in sorted((tmp_path / "調査票").glob("*.xlsx")):
        book = load_workbook(path)
        department = path.stem.rsplit("_", 1)[1]
        rated = book["実施状況"].iter_rows(min_row=6, values_only=True)
        asked[department] = [(row[2], row[4]) for row in rated if row[2]]
        listed = book["共管の取組項目"].iter_rows(min_row=6, values_only=True)
        shared[department] = [(row[1], row[2].splitlines()[0]) for row in listed if row[1]]
    assert asked == {
        "市民生活部": [("(1)ア", "市民生活部（共管: 教育部）")],
        "教育部": [("(1)イ", "教育部（共管: 市民生活部）")],
    }
    assert shared == {
        "市民生活部": [("(1)イ 学校給食調理業務の委託", "教育部（共管: 市民生活部）")],
        "教育部": [("(1)ア 窓口業務の民間委託", "市民生活部（共管: 教育部）")],
    }
