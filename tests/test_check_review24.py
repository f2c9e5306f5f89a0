"""check's reading of sentences and tables (review 24): the body's words for projects and items
where one starts the other (取組項目, 取組), last year's tables, a table of counts missing a
status's column, rows named by the group's name alone, and an unanswered body's row."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from planeval.scale import Scale, Status
from planeval.stated_numbers import PROJECTS, TOTAL, read_numbers
from tests.conftest import write_book

# 南山県's survey: project 取組項目, item 取組 (the item's word starts the project's)
PREF_TOML = """\
[scale]
as_planned = "実施中"
order = "worst_first"

[[scale.status]]
symbol = "未着手"
label = "未着手"
needs_issue = true

[[scale.status]]
symbol = "検討中"
label = "検討中"
needs_issue = true

[[scale.status]]
symbol = "実施中"
label = "実施中"

[[scale.status]]
symbol = "実施済"
label = "実施済"

[wording]
title = "令和5年度 市町村DX推進計画 取組状況調査結果"
policy = "分野"
project = "取組項目"
item = "取組"
status = "進捗状況"
issue = "課題・備考"
department = "担当課"
"""
HEADER = ("番号", "取組項目", "進捗状況", "課題・備考", "担当課")


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def survey(statuses: list[str]) -> list[tuple[object, ...]]:
    """A body's answer sheet as 南山県 sends it: 2 分野, 2 取組項目 each, the 取組 below."""
    rows: list[tuple[object, ...]] = [("令和5年度 市町村DX推進計画 取組状況調査", None), (), HEADER]
    names = iter(statuses)
    for field, field_name in (("1", "行政手続のオンライン化"), ("2", "情報システムの標準化")):
        rows.append((f"{field}\u3000{field_name}",))
        for project in ("1", "2"):
            rows.append((f"{field}-{project}", f"取組項目{field}-{project}"))
            for item in ("1", "2"):
                status = next(names)
                note = "財源の確保が課題。" if status in ("未着手", "検討中") else None
                rows.append((f"{field}-{project}-{item}", f"取組{item}", status, note, "企画課"))
    return rows


def pref(tmp_path: Path) -> Path:
    (tmp_path / "planeval.toml").write_text(PREF_TOML, encoding="utf-8")
    answers = tmp_path / "answers"
    answers.mkdir()
    order = ["実施済", "実施中", "未着手", "検討中", "実施中", "実施中", "実施済", "検討中"]
    for number, body in enumerate(("南山市", "北浜市", "青葉市", "東原市", "西川町"), 1):
        turned = order[number % 8 :] + order[: number % 8]
        write_book(answers / f"0{number}_{body}.xlsx", {"調査票": survey(turned)})
    return answers


PREF_SCALE = Scale(
    tuple(
        Status(s, s, needs_issue=s in ("未着手", "検討中"))
        for s in ("未着手", "検討中", "実施中", "実施済")
    )
)


def test_the_project_s_word_is_read_before_the_item_s_word_it_starts_with() -> None:
    """「22の取組項目に取り組みました」 counts 取組項目 (projects), not 取組 followed by 項目."""
    said = [
        "11団体の「行政手続のオンライン化」として、22の取組項目に取り組みました。",
        "南山市では、2つの取組項目に取り組みました。",
    ]
    for text in said:
        (number,) = read_numbers(text, PREF_SCALE, project="取組項目", item="取組")
        assert (number.what, number.reason) == (PROJECTS, ""), text
    (items,) = read_numbers(
        "南山市では、15の取組に取り組みました。", PREF_SCALE, project="取組項目", item="取組"
    )
    assert (items.what, items.value) == (TOTAL, 15)


def test_planeval_s_own_export_of_several_bodies_passes_its_own_check(tmp_path: Path) -> None:
    """review 24 #1: the export's 「5団体の「…」として、10の取組項目に取り組みました。」 is compared
    (and a wrong number of them is a disagreement)."""
    answers = pref(tmp_path)
    config = str(tmp_path / "planeval.toml")
    report = tmp_path / "r.md"
    made = run("export", str(answers), "--bodies", "file", "--config", config, "--md", str(report))
    assert made.exit_code == 0, made.stdout
    assert "の取組項目に取り組みました" in report.read_text(encoding="utf-8")
    checked = run(
        "check", str(answers), "--bodies", "file", "--config", config, f"--text={report}",
        "-f", "json",
    )  # fmt: skip
    assert checked.exit_code == 0, checked.stdout
    found = json.loads(checked.stdout)
    assert found["not_compared"] == [] and found["disagreements"] == []
    wrong = report.read_text(encoding="utf-8").replace("10の取組項目", "11の取組項目", 1)
    report.write_text(wrong, encoding="utf-8")
    checked = run("check", str(answers), "--bodies", "file", "--config", config, f"--text={report}")
    assert checked.exit_code == 1 and "取組項目の数" in checked.stdout
