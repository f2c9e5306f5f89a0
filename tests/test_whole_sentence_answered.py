"""The export's whole-plan sentence of a plan larger than what was answered (review 170 #7):
東浜市's said 「計画全体では、7つの改革項目に取り組みました。…取組項目は計34件です」 of a plan of
8 改革項目 and 40 取組項目, one 部 silent and one row in error — as if the city had worked on 7,
and under 達成度 a plan size (34) other than 実施状況's (35), unexplained. Now the sentence says
what was answered (with the plan, of how many), and the items left out for their errors."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.gap_forms import FORMS, SENT_NOTHING, write_forms, write_plan


def _export(tmp_path: Path, *plan: str) -> str:
    folder, config = write_forms(tmp_path)
    md = tmp_path / "報告.md"
    args = ["export", str(folder), "--config", str(config), "--md", str(md), "--keep-going", *plan]
    CliRunner().invoke(app, args)
    text = md.read_text(encoding="utf-8")
    checked = CliRunner().invoke(
        app,
        ["check", str(folder), "--config", str(config), "--text", str(md), "--keep-going", *plan],
    )
    assert "食い違い" not in checked.stdout and "比べられなかった数" not in checked.stdout, (
        checked.stdout
    )
    return next(line for line in text.splitlines() if line.startswith("計画全体では、"))


def _counts() -> tuple[int, int, int]:
    """(改革項目 answered, 取組項目 rated, 取組項目 in error) of the forms."""
    projects = {project for items in FORMS.values() for _, _, project, _ in items}
    rows = [status for items in FORMS.values() for *_, status in items]
    return len(projects), sum(map(bool, rows)), rows.count("")


def test_without_the_plan_the_sentence_says_what_was_answered_and_the_row_in_error(
    tmp_path: Path,
) -> None:
    projects, rated, in_error = _counts()
    sentence = _export(tmp_path)
    assert sentence.startswith(
        f"計画全体では、回答のあった{projects}つの改革項目について評価しました。"
    )
    assert f"回答のあった取組項目は計{rated}件です。" in sentence
    assert sentence.endswith(
        f"でした。なお、このほか取組項目{in_error}件は、評価が記入されていないため集計に含めていません。"
    )


def test_with_the_plan_the_sentence_says_the_plan_s_projects(tmp_path: Path) -> None:
    projects, _, _ = _counts()
    missing = {project for _, _, project, _ in SENT_NOTHING[1]}
    sentence = _export(tmp_path, "--plan", str(write_plan(tmp_path)))
    assert sentence.startswith(
        f"計画全体では、全{projects + len(missing)}つの改革項目のうち回答のあった{projects}つの"
        "改革項目について評価しました。"
    ), sentence
