"""--no-plan (review 101 #6, 105, 110): a clerk whose planeval.toml's [plan] file names this
year's plan could not read last year's round with it — its rows were judged against this
year's plan (an item added since: 「どのファイルにもありません」, exit 1) — and had no way to
switch the plan off but another --config. Every reading command now reads as if the settings
named no plan when given --no-plan."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import REPO, SEED_WORKBOOK

RUNNER = CliRunner()
SETAGAYA_PLAN = REPO / "data" / "setagaya" / "plan.xlsx"
# each reading command on the seed (令和2's rows; the plan is 令和4's), with what it needs
COMMANDS = {
    "summarize": [],
    "tables": ["-f", "csv"],
    "issues": ["-f", "csv"],
    "validate": [],
    "check": ["--text", "報告.txt"],
    "export": ["--md", "out.md", "--force"],
    "compare": ["前回.xlsx"],
    "rounds": ["前回.xlsx"],
}


def _run(*args: str):
    return RUNNER.invoke(app, list(args), env={"COLUMNS": "100"})


def test_no_plan_reads_every_command_as_settings_without_a_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(SEED_WORKBOOK, tmp_path / "chapter3.xlsx")
    shutil.copy(SEED_WORKBOOK, tmp_path / "前回.xlsx")
    shutil.copy(SETAGAYA_PLAN, tmp_path / "計画.xlsx")
    (tmp_path / "報告.txt").write_text("達成状況は次のとおりです。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    settings = tmp_path / "planeval.toml"
    for command, more in COMMANDS.items():
        settings.unlink(missing_ok=True)
        plain = _run(command, "chapter3.xlsx", *more)
        plain_md = (tmp_path / "out.md").read_text("utf-8") if command == "export" else ""
        settings.write_text('[plan]\nfile = "計画.xlsx"\n', encoding="utf-8")
        judged = _run(command, "chapter3.xlsx", *more)
        assert judged.exit_code == 1, (command, judged.output)  # (the 令和4 plan's items)
        assert "計画の実施内容 1-1-3④" in judged.output, command
        switched = _run(command, "chapter3.xlsx", *more, "--no-plan")
        assert (switched.exit_code, switched.stdout, switched.stderr) == (
            plain.exit_code,
            plain.stdout,
            plain.stderr,
        ), command
        if command == "export":
            assert (tmp_path / "out.md").read_text("utf-8") == plain_md


def test_no_plan_with_a_plan_given_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(SEED_WORKBOOK, tmp_path / "chapter3.xlsx")
    monkeypatch.chdir(tmp_path)
    result = _run("summarize", "chapter3.xlsx", "--plan", "計画.xlsx", "--no-plan")
    assert result.exit_code == 2
    assert result.stderr == (
        "エラー: --plan と --no-plan は一緒に指定できません。どちらか一方にしてください\n"
    )
