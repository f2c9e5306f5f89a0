"""--help folded to the terminal by the columns its text takes (review 93: at 80 columns its
Japanese lines reached 134, click counting characters, and 「--fiscal-year」 in compare's
example was broken at its hyphen, 「--fiscal-」 over 「year 令和4」)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import click
import pytest
import typer.main
from typer.testing import CliRunner

from planeval.cli import app
from planeval.cli.examples import columns
from tests.test_cli import COMMANDS

OPTION = re.compile(r"--[a-z][a-z-]*[a-z]")


def _options() -> set[str]:
    """Every option of every command, as typed."""
    group = typer.main.get_command(app)
    assert isinstance(group, click.Group)
    context = click.Context(group)
    commands = [group.get_command(context, name) for name in group.list_commands(context)]
    return {"--help", "--version"} | {
        name
        for command in [group, *commands]
        if command is not None
        for param in command.params
        for name in (*param.opts, *param.secondary_opts)
    }


@pytest.mark.parametrize("width", [80, 40])
@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_fits_the_terminal_and_breaks_no_option_name(command: str, width: int) -> None:
    """(CliRunner forces click's width to 80 columns: the terminal's given as a run's context's.)"""
    args = [command, "--help"] if command else ["--help"]
    result = CliRunner().invoke(app, args, terminal_width=width)
    assert result.exit_code == 0, result.output
    _fits(result.stdout, width)


def _fits(shown: str, width: int) -> None:
    assert [line for line in shown.splitlines() if columns(line) > width] == []
    assert set(OPTION.findall(shown)) <= _options()  # (no 「--fiscal」 of 「--fiscal-」「year」)


@pytest.mark.parametrize("width", [80, 40])
@pytest.mark.parametrize("command", ["compare", "rounds"])
def test_help_is_as_narrow_as_the_terminal(command: str, width: int) -> None:
    """At 40 columns click's help was 50 wide whatever the terminal; COLUMNS as a clerk's
    terminal sets it, in a run of its own (CliRunner forces 80)."""
    environment = {**os.environ, "COLUMNS": str(width), "PYTHONIOENCODING": "utf-8"}
    shown = subprocess.run(
        [sys.executable, "-m", "planeval", command, "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        env=environment,
    ).stdout
    _fits(shown, width)
    said = " ".join(line.strip() for line in shown.splitlines())
    assert "--fiscal-year 令和4 --fiscal-year 令和5" in said


@pytest.mark.parametrize("width", [80, 40])
def test_the_list_of_commands_says_each_one_s_first_sentence_whole(width: int) -> None:
    """Review 95: at 80 columns the list cut export's 「--xlsx、--docx、--md、--html、
    --csv...」, --json unsaid (click ends a summary at 「.」 only, counting words between
    spaces). Each command is listed with its help's first sentence, whole."""
    shown = CliRunner().invoke(app, ["--help"], terminal_width=width).stdout
    listed = shown.split("コマンド:")[1]
    entries = re.split(rf"^  ({'|'.join(COMMANDS)})\b", listed, flags=re.M)[1:]
    said = {
        name: "".join(text.split()) for name, text in zip(entries[::2], entries[1::2], strict=True)
    }
    group = typer.main.get_command(app)
    assert isinstance(group, click.Group)
    context = click.Context(group)
    for name in COMMANDS:
        command = group.get_command(context, name)
        assert command is not None and command.help
        first = "".join(command.help.split("。")[0].split()) + "。"
        assert said[name] == first, name
    assert "..." not in listed
    assert said["export"].endswith("Excel・Word・HTML・Markdown・CSV・JSONで書き出します。")
