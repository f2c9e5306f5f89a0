"""Review 162 (世田谷区, two yearly cycles): messages that named the wrong cell.

#5: template's notice on 3-1-2's lead 「関係各部」 pointed at the item's name (F38 in the
reviewer's plan), not the 関係部 cell holding it (H38). #7: the issue list's 出典 gave the status
cell (D9) for an issue text typed in E9: a clerk following it to correct the wording landed on
the rating."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.model import Location
from tests.cycle_fill import PLAN, fill_workbook, split_templates

PLACEHOLDER = "関係各部"


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _value(where: Location | str) -> object:
    """The value of the cell a place names: a Location, or 「file › sheet › cell」 as printed."""
    if isinstance(where, str):
        file, sheet, cell = where.split(" › ")
        where = Location(file, sheet, cell)
    assert where.sheet is not None and where.cell is not None
    return load_workbook(where.file)[where.sheet][where.cell].value


def test_the_placeholder_lead_notice_names_its_own_cell(tmp_path: Path) -> None:
    plan = planeval.read_plan(PLAN)
    [notice] = [p for p in plan.problems if f"「{PLACEHOLDER}」" in p.message]
    assert _value(notice.location) == PLACEHOLDER
    # the command line alike: template's notice points at the cell holding 関係各部
    result = _run(
        "template", str(PLAN), "--fiscal-year", "令和4", "-o", str(tmp_path / "forms"),
        "--split-by", "department",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    [line] = [line for line in result.output.splitlines() if f"「{PLACEHOLDER}」です" in line]
    cell = line.split(" › ")[2].split(":")[0]
    sheet = line.split(" › ")[1]
    assert load_workbook(PLAN)[sheet][cell].value == PLACEHOLDER


@pytest.fixture(scope="module")
def answered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every department's form rated, some items with an issue text."""
    folder = split_templates(tmp_path_factory.mktemp("r162c") / "forms")
    ratings = {"1-1-1②": ("◎", "引き続き取り組む。"), "1-1-4②": ("△", "一部を見直した。")}
    for path in sorted(folder.glob("*.xlsx")):
        fill_workbook(path, ratings)
    return folder


def test_the_issue_list_cites_each_issue_s_own_cell(answered: Path) -> None:
    plan = planeval.read_plan(PLAN)
    read = planeval.read_workbooks([answered], plan=plan)
    report = planeval.report_of(read)
    table = report.issue_table(with_sources=True)
    source, issue = table.roles.index("source"), table.roles.index("issue")
    by_path = {str(Path(e.location.file).name): e.location.file for e in read.entries}
    rows = [row for row in table.rows if row[issue]]
    assert len(rows) >= 2
    for row in rows:
        file, sheet, cell = row[source].split(" › ")
        assert _value(Location(by_path[Path(file).name], sheet, cell)) == row[issue]
    # the command line alike, every format of the issue list from the same cells
    result = _run("issues", str(answered), "--plan", str(PLAN), "-f", "csv")
    assert result.exit_code == 0, result.output
    listed = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    written = [row for row in listed if row["課題等"]]
    assert len(written) == len(rows)
    for row in written:
        file, sheet, cell = row["出典"].split(" › ")
        assert _value(Location(by_path[Path(file).name], sheet, cell)) == row["課題等"]
