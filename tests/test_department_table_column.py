"""A town's own form with a 担当課 column on every row (長瀬町's 施策評価シート, review 175 #6):
Chapter 3's tables show it, last, after 課題等, in `tables` and every export, as the town's own
table does; a form planeval's template wrote (a 所管部 on every row) and Setagaya's table, none."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import REPO, write_book
from tests.cycle_fill import fill_workbook

TOML = """
[scale]
preset = "nagayo"

[wording]
policy = "基本目標"
project = "施策"
status = "評価"
department = "担当課"
"""
HEADER = ["施策番号", "施策名", "評価", "評価の理由", "担当課"]
ROWS = [
    ["1-1", "防災体制の充実", "S", "目標を大きく上回った。", "危機管理課"],
    ["1-2", "消防・救急体制の強化", "A", "目標どおり達成した。", "消防本部"],
    ["1-3", "交通安全対策の推進", "B", "一部で目標に届かなかった。", "総務課・企画政策課"],
]


def run(*args: str, config: Path | None = None):
    given = ["--config", str(config)] if config else []
    return CliRunner().invoke(app, [*args, *given], env={"COLUMNS": "200"})


def github_rows(output: str) -> list[list[str]]:
    """The cells of each line of `tables --format github`'s tables."""
    return [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in output.splitlines()
        if line.startswith("|") and not line.startswith("|--")
    ]


@pytest.fixture
def town(tmp_path: Path) -> Path:
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    sheet = [["基本目標１　安心・安全に暮らせるまちづくり"], HEADER, *ROWS]
    write_book(tmp_path / "長瀬町_施策評価.xlsx", {"基本目標1": sheet})
    return tmp_path


def test_tables_show_the_town_s_department_column_last(town: Path) -> None:
    result = run(
        "tables", str(town / "長瀬町_施策評価.xlsx"), "--format", "github",
        config=town / "planeval.toml",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    header, *rows = github_rows(result.stdout)
    assert header[-2:] == ["評価の理由", "担当課"]
    assert [row[-2:] for row in rows] == [row[-2:] for row in ROWS]


def test_every_export_s_policy_table_ends_with_the_department(town: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(
        "export", str(town / "長瀬町_施策評価.xlsx"), "--xlsx", str(out / "r.xlsx"),
        "--docx", str(out / "r.docx"), "--html", str(out / "r.html"), "--md", str(out / "r.md"),
        config=town / "planeval.toml",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    departments = [row[-1] for row in ROWS]
    sheet = next(s for s in load_workbook(out / "r.xlsx").worksheets if s.title.startswith("基本"))
    rows = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    header = next(row for row in rows if "担当課" in row)
    assert header[-1] == "担当課"
    assert [row[-1] for row in rows[rows.index(header) + 1 :] if row][:3] == departments
    md = (out / "r.md").read_text(encoding="utf-8")
    for row in ROWS:
        assert f"| {row[3]} | {row[4]} |" in md
    html = (out / "r.html").read_text(encoding="utf-8")
    assert all(f'data-label="担当課">{name}</td>' in html for name in departments)
    table = next(
        t for t in Document(str(out / "r.docx")).tables if "担当課" in t.rows[0].cells[-1].text
    )
    assert [row.cells[-1].text for row in table.rows[1:]] == departments


def test_a_form_planeval_s_template_wrote_gets_no_department_column(tmp_path: Path) -> None:
    form = tmp_path / "調査票.xlsx"
    plan = REPO / "data" / "setagaya" / "plan.xlsx"
    made = run("template", str(plan), "--fiscal-year", "2022", "-o", str(form))
    assert made.exit_code == 0, made.output
    fill_workbook(form, target=tmp_path / "filled.xlsx")
    result = run("tables", str(tmp_path / "filled.xlsx"), "--format", "github")
    assert result.exit_code == 0, result.output
    headers = {tuple(row) for row in github_rows(result.stdout) if "達成状況" in row}
    assert headers == {("情報化計画事業の体系", "実施内容", "達成状況")}  # (no 所管部)
