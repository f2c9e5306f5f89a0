"""A 施策 some of whose items were not counted, its 課 having returned nothing (review 209 #3):
中愛知市's 施策別集計 showed 「3.3 地域のデジタル化 … 計 4」 with no mark that 5 of its 9 items
were 未提出 (only 集計's note named 商工観光課). Its row is marked 「（一部未集計）」 now, as a body
counted in part is, in every format; a 施策 none of whose items was counted stays 「（未集計）」."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

import tests.test_review196_plan_policies as city
from planeval.cli import app
from tests.test_review196_plan_policies import folder  # noqa: F401 (the fixture)

RUNNER = CliRunner()
LATE = (2, 3, "子育て支援", 9, "放課後教室事業", "教育部", "学務課")  # (施策3: 教育部's too)


@pytest.fixture
def late(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:  # noqa: F811
    """The round of review 196's city, 施策3 holding one 事業 of the late 教育部 as well."""
    monkeypatch.setattr(city, "PLAN", [*city.PLAN, LATE])
    title = "西羽根市総合計画（令和5年度～令和9年度）　計画事業一覧"
    header = ["基本目標", "施策番号", "施策名", "事業番号", "事業名", "関係部", "担当課"]
    listed = [[f"基本目標{p}　{city.POLICIES[p]}", *rest] for p, *rest in city.PLAN]
    city.write_book(folder / "計画事業一覧.xlsx", {"計画事業一覧": [[title], [], header, *listed]})
    return folder


def test_a_project_counted_in_part_is_marked_in_its_row(late: Path) -> None:
    result = RUNNER.invoke(
        app, ["export", ".", "--md", "r.md", "--docx", "r.docx", "--xlsx", "r.xlsx"]
    )
    assert result.exit_code == 0, result.output
    text = (late / "r.md").read_text(encoding="utf-8")
    table = text[text.index("## 施策別集計") : text.index("## 基本目標1")].splitlines()
    assert [row.split(" | ")[:2] for row in table if row.startswith("| ")][1:] == [
        ["| 1", "防災の推進"],
        ["| 2", "防犯の推進"],
        ["| 3（一部未集計）", "子育て支援"],
        ["| 4（未集計）", "学校教育の充実"],
        ["| 合計", ""],
    ]
    document = Document(str(late / "r.docx"))
    assert [row.cells[0].text for row in document.tables[1].rows][2:] == [
        "1",
        "2",
        "3（一部未集計）",
        "4（未集計）",
        "合計",
    ]
    sheet = load_workbook(late / "r.xlsx")["施策別集計"]
    assert [c.value for c in sheet[7]][:7] == ["3（一部未集計）", "子育て支援", 0, 1, 1, 0, 2]


def test_issues_says_the_items_of_a_department_that_returned_nothing(folder: Path) -> None:  # noqa: F811
    """`issues` listed no row of 教育部 (none returned) and said nothing of them, as summarize
    and the export's tables do: a line after its count, in summarize's words."""
    result = RUNNER.invoke(app, ["issues", ".", "-f", "plain"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-3:] == [
        "",
        "1 件",
        "教育部の事業 2 件は、回答が提出されていないため一覧に含めていません（未提出）。",
    ]
