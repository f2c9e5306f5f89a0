"""Review 162 #8: the report's default title 「情報化計画事業の進捗状況」 named neither 世田谷区 nor
its plan, though the plan's own title row says 「世田谷区情報化事業計画（令和4年度～令和5年度）
計画事業一覧」: a published report read as anonymous unless --title was given. Where the plan's
name begins with its body's, the report is titled by it (「世田谷区情報化事業計画 進捗状況」);
where nothing names the body, Setagaya's title stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.cycle_fill import PLAN, fill_workbook

NAMED = "世田谷区情報化事業計画（令和4年度～令和5年度） 計画事業一覧"


def _plan(folder: Path, title: str) -> Path:
    """The bundled plan with its title row (A1) as ``title``."""
    book = load_workbook(PLAN)
    book.worksheets[0]["A1"] = title
    folder.mkdir(parents=True, exist_ok=True)
    book.save(folder / "計画.xlsx")
    return folder / "計画.xlsx"


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.fixture(scope="module")
def answered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The designed workflow: templates from the plan naming the ward, each form rated."""
    root = tmp_path_factory.mktemp("r162t")
    plan = _plan(root, NAMED)
    forms = root / "forms"
    made = _run(
        "template", str(plan), "--fiscal-year", "令和4", "-o", str(forms),
        "--split-by", "department",
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    for path in sorted(forms.glob("*.xlsx")):
        fill_workbook(path, {"1-1-1②": ("△", "一部を見直した。")})
    return plan, forms


def test_the_plan_naming_its_ward_titles_the_report(answered: tuple[Path, Path]) -> None:
    plan, forms = answered
    read = planeval.read_workbooks([forms], plan=planeval.read_plan(plan))
    assert planeval.report_of(read).title.startswith("世田谷区情報化事業計画 進捗状況")
    out = forms.parent / "out"
    result = _run("export", str(forms), "--plan", str(plan), "--md", str(out / "r.md"),
                  "--xlsx", str(out / "r.xlsx"))  # fmt: skip
    assert result.exit_code == 0, result.output
    # the designed workflow: nothing said but what was written
    assert all(line.startswith("書き出しました") for line in result.output.splitlines())
    markdown = (out / "r.md").read_text(encoding="utf-8")
    assert markdown.startswith("# 世田谷区情報化事業計画 進捗状況\n")
    assert load_workbook(out / "r.xlsx")["集計"]["A1"].value == "世田谷区情報化事業計画 進捗状況"
    # --title still overrides it
    given = _run("export", str(forms), "--plan", str(plan), "--md", str(out / "t.md"),
                 "--title", "後期情報化計画事業の進捗状況")  # fmt: skip
    assert given.exit_code == 0, given.output
    assert (out / "t.md").read_text(encoding="utf-8").startswith("# 後期情報化計画事業の進捗状況\n")


@pytest.mark.parametrize(
    "title",
    [
        "計画事業一覧（令和4年度（2022年度）～令和5年度（2023年度））",
        "情報化事業計画（令和4年度～令和5年度） 計画事業一覧",
    ],
)
def test_a_plan_naming_no_body_keeps_setagaya_s_title(
    answered: tuple[Path, Path], tmp_path: Path, title: str
) -> None:
    _plan_path, forms = answered
    plan = planeval.read_plan(_plan(tmp_path, title))
    read = planeval.read_workbooks([forms], plan=plan)
    assert planeval.report_of(read).title.startswith("情報化計画事業の進捗状況")
