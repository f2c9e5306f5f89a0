"""The body's layout on the command line: every reading command reads planeval.toml's
[layout], and --status-column picks the status column of a table that has several."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app

TWO_STATUS_COLUMNS = [
    ["改革項目", "取組内容", "実施状況", "達成度", "課題"],
    ["1 事務の見直し", "① 窓口の統合", "完了", "達成", ""],
    ["", "② 書類の削減", "取組中", "一部達成", ""],
    ["2 人材育成", "① 研修の充実", "完了", "一部達成", ""],
    ["", "② 評価制度", "未着手", "未達成", "予算の確保"],
]
BOTH = "評価の列が 2 つあります（実施状況・達成度）"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "120"})


@pytest.fixture
def body(book, tmp_path: Path) -> tuple[str, str]:
    """(workbook, planeval.toml) of a 行政改革大綱 rating each item twice, counted on the
    progress scale (実施状況)."""
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "progress"\n', encoding="utf-8")
    return str(book(TWO_STATUS_COLUMNS, name="大綱.xlsx")), str(config)


def command_args(command: str, path: str, tmp_path: Path) -> list[str]:
    # (each round its own file: a round given twice is refused)
    later, last = (str(shutil.copy(path, tmp_path / name)) for name in ("R6.xlsx", "R7.xlsx"))
    return {
        "summarize": ["summarize", path, "-f", "json"],
        "tables": ["tables", path, "-f", "json"],
        "issues": ["issues", path, "-f", "json"],
        "export": ["export", path, "--json", str(tmp_path / "out.json")],
        "check": ["check", path],
        "validate": ["validate", path],
        "compare": ["compare", path, later, "-f", "json"],
        "rounds": ["rounds", path, later, last, "-f", "json"],
    }[command]


@pytest.mark.parametrize(
    "command",
    ["summarize", "tables", "issues", "export", "check", "validate", "compare", "rounds"],
)
def test_every_reading_command_takes_the_status_column(
    command: str, body: tuple[str, str], tmp_path: Path
) -> None:
    path, config = body
    args = [*command_args(command, path, tmp_path), "--config", config]
    unchosen = run(*args)
    assert unchosen.exit_code == 1
    assert BOTH in unchosen.stderr + unchosen.stdout  # (JSON: in its "problems")
    chosen = run(*args, "--status-column", "実施状況")
    assert BOTH not in chosen.stderr + chosen.stdout
    assert "エラー" not in chosen.stderr, chosen.stderr
    # check finds no stated count in these rows (exit 1); every other command is content
    assert chosen.exit_code == (1 if command == "check" else 0), chosen.stdout


@pytest.mark.parametrize(
    "command",
    ["summarize", "tables", "issues", "export", "check", "validate", "compare", "rounds"],
)
def test_the_status_column_given_twice_is_a_usage_error(
    command: str, body: tuple[str, str], tmp_path: Path
) -> None:
    """Review 95: `--status-column 実施状況 --status-column 達成度` counted the last one
    silently (達成度 read with the progress scale: 22 errors advising the other preset).
    Every command counts one status column; the other is a run with its own planeval.toml."""
    path, config = body
    args = [*command_args(command, path, tmp_path), "--config", config]
    for twice in (
        ["--status-column", "実施状況", "--status-column", "達成度"],
        ["--status-column=実施状況", "--status-column=達成度"],
    ):
        result = run(*args, *twice)
        assert result.exit_code == 2, result.output
        said = " ".join(result.stderr.split())
        assert "--status-column は 1 つだけ指定してください（2 回: 実施状況、達成度）" in said
        assert "planeval.toml をもう一つ作り、--config で渡して別に実行してください" in said
        assert f"planeval {command} [オプション]" in said  # (the command's usage line)
        assert "Traceback" not in result.output
    assert not (tmp_path / "out.json").exists()


def test_the_chosen_column_is_the_one_counted(body: tuple[str, str], book, tmp_path) -> None:
    path, config = body
    result = run("summarize", path, "-f", "json", "--config", config)
    (problem,) = json.loads(result.stdout)["problems"]  # nothing counted, and why
    assert (problem["cell"], problem["severity"]) == ("C1", "error")
    assert problem["hint"] == (
        "--status-column で列名を指定してください（例: --status-column 実施状況）。毎回同じ列なら"
        ' planeval.toml の [layout] に status_column = "実施状況" と書きます。'
        "達成度 の列も数えるなら、その列の段階に合う [scale] と status_column の"
        " planeval.toml をもう一つ作り、--config で渡して別に集計してください"
    )
    result = run("summarize", path, "-f", "json", "--config", config, "--status-column", "実施状況")
    assert json.loads(result.stdout)["total"]["counts"] == {"未着手": 1, "取組中": 1, "完了": 2}
    achievement = tmp_path / "achievement.toml"
    achievement.write_text(
        '[scale]\npreset = "achievement"\n[layout]\nstatus_column = "実施状況"\n',
        encoding="utf-8",
    )
    # the option overrides planeval.toml's [layout] status_column
    result = run("summarize", path, "--config", str(achievement))
    assert result.exit_code == 1 and "'完了' はこの評価尺度の記号ではありません" in result.stderr
    result = run(
        "summarize", path, "-f", "json", "--config", str(achievement), "--status-column", "達成度"
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout)["total"]["counts"] == {"未達成": 1, "一部達成": 2, "達成": 1}


def test_the_layout_of_planeval_toml_reaches_every_round(body: tuple[str, str], book) -> None:
    path, config = body
    Path(config).write_text(
        '[scale]\npreset = "progress"\n[layout]\nstatus_column = "実施状況"\n', encoding="utf-8"
    )
    later = str(book([*TWO_STATUS_COLUMNS[:4], ["", "② 評価制度", "取組中", "一部達成", ""]]))
    result = run("compare", path, later, "-f", "json", "--config", config)
    assert result.exit_code == 0, result.stderr
    (changed,) = json.loads(result.stdout)["movements"]
    assert (changed["old"]["status"], changed["new"]["status"]) == ("未着手", "取組中")
