"""川辺市's own words in planeval's outputs (review 141 #8): its forms title the department
column 担当課 and its plan too, but the issue list and `template` said 所管課; and a 柱's
caption said 「実施状況 17」 for the 17 取組項目 rated beside one 再掲."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.kawabe_forms import ITEMS, SETTINGS, kawabe_forms, kawabe_plan

RUNNER = CliRunner()


def _settings(tmp_path: Path, extra: str = "") -> str:
    path = tmp_path / "planeval.toml"
    path.write_text(SETTINGS.format(titles="") + extra, encoding="utf-8")
    return str(path)


def test_the_issue_list_titles_the_department_column_as_the_forms_do(tmp_path: Path) -> None:
    forms = kawabe_forms(tmp_path / "回答")
    run = RUNNER.invoke(app, ["issues", str(forms), "--config", _settings(tmp_path), "-f", "csv"])
    assert run.exit_code == 0, run.output
    header = run.stdout.splitlines()[0].split(",")
    assert "担当課" in header and "所管課" not in header
    assert "取組み状況・課題" in header


def test_template_titles_the_department_column_as_the_plan_does(tmp_path: Path) -> None:
    """担当課 from the plan's column where [wording] gives no word; the issue column as
    [wording] issue gives it (取組み状況・課題)."""
    plan = kawabe_plan(tmp_path / "計画.xlsx")
    settings = _settings(tmp_path, 'issue = "取組み状況・課題"\n')
    out = tmp_path / "調査票"
    run = RUNNER.invoke(
        app,
        ["template", str(plan), "--config", settings, "-o", str(out),
         "--split-by", "department", "--fiscal-year", "令和7"],
    )  # fmt: skip
    assert run.exit_code == 0, run.output
    for form in out.glob("*.xlsx"):
        titles = {
            cell.value for row in load_workbook(form).worksheets[0].iter_rows() for cell in row
        }
        assert {"担当課", "取組み状況・課題"} <= titles and not {"所管課", "課題等"} & titles


def test_a_policys_caption_says_the_items_rated(tmp_path: Path) -> None:
    forms = kawabe_forms(tmp_path / "回答")
    report = tmp_path / "報告.md"
    run = RUNNER.invoke(
        app, ["export", str(forms), "--config", _settings(tmp_path), "--md", str(report)]
    )
    assert run.exit_code == 0, run.output
    text = report.read_text(encoding="utf-8")
    mine = [item for item in ITEMS if item[0].startswith("1-")]
    rated = [item for item in mine if item[3] != "再掲"]
    # (each count with its counter, review 172 #2: 「5取組項目」, no longer 「取組項目 5」)
    said = f"・{len(mine)}取組項目（評価{len(rated)}項目："
    assert said in text, text
    assert f"実施状況 {len(rated)}（" not in text
