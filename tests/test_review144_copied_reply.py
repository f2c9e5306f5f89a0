"""A 課's reply that is another 課's, copied with only the 担当課 changed (review 144 #4):
川辺市's 06_企画課.xlsx held 総務課's rows. Each item was warned 「同じ回答を二度受け取ったもの
なら古い方を除き」 (which could remove 総務課's real reply), and with the plan 企画課's own
items were said to have had their rows deleted. Now one warning names both files, the rows
count once, and with the plan the 課 whose items they are not is 未提出."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.kawabe_forms import FORM_TITLES, ITEMS, SETTINGS, _row, kawabe_forms, kawabe_plan

RUNNER = CliRunner()


def _forms(tmp_path: Path) -> tuple[Path, str]:
    """The forms, 人事課's replaced by 市民課's rows with 担当課 rewritten 人事課."""
    forms = kawabe_forms(tmp_path / "回答")
    rows = [[*_row(item)[:6], "人事課"] for item in ITEMS if item[2] == "市民課"]
    sheet = [["令和7年度"], ["担当課：人事課"], [], FORM_TITLES, *rows]
    write_book(forms / "人事課.xlsx", {"進捗状況": sheet})
    settings = tmp_path / "planeval.toml"
    settings.write_text(SETTINGS.format(titles=""), encoding="utf-8")
    return forms, str(settings)


def _counted(output: str) -> int:
    return int(next(line for line in output.splitlines() if "合計" in line).split("│")[-3])


def test_a_reply_of_another_departments_rows_is_said_once_as_a_copy(tmp_path: Path) -> None:
    forms, settings = _forms(tmp_path)
    run = RUNNER.invoke(app, ["summarize", str(forms), "--config", settings])
    assert run.exit_code == 0, run.output
    assert "二度受け取った" not in run.stderr and "2 か所にあります" not in run.stderr
    [said] = [line for line in run.stderr.splitlines() if "同じ行です" in line]
    # (which copied which the plan tells: without it, both named, neither blamed)
    named = ("人事課の回答 人事課.xlsx", "市民課の回答 市民課.xlsx")
    assert all(one in said for one in named) and "担当課だけが違います" in said
    assert "どちらかの課がもう一方の調査票を写して" in said
    rated = [item for item in ITEMS if item[3] != "再掲" and item[2] != "人事課"]
    assert _counted(run.stdout) == len(rated)


def test_with_the_plan_the_department_that_copied_has_not_replied(tmp_path: Path) -> None:
    forms, settings = _forms(tmp_path)
    plan = kawabe_plan(tmp_path / "計画.xlsx")
    run = RUNNER.invoke(app, ["validate", str(forms), "--config", settings, "--plan", str(plan)])
    assert "行が削除されていないか" not in run.output and "二度受け取った" not in run.output
    assert "計画ではこの 2 件の所管は市民課です。人事課の回答は届いていないものとして扱います" in (
        run.output
    )
    assert "未提出 1 課（人事課）" in run.output
