"""The README's command reference, made from the app itself (so it cannot drift):
``python -m planeval.cli.reference`` prints it; a test compares it with the README."""

from __future__ import annotations

import click
import typer.main

from planeval.cli import app

START, END = "<!-- commands: python -m planeval.cli.reference -->", "<!-- /commands -->"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def command_reference() -> str:
    """Every command: its help's first line and a table of its arguments and options."""
    group = typer.main.get_command(app)
    assert isinstance(group, click.Group)
    context = click.Context(group)
    lines = [START, ""]
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        assert command is not None
        summary = (command.help or "").strip().splitlines()[0]
        lines += [f"#### `planeval {name}`", "", _cell(summary), ""]
        lines += ["| argument or option | meaning |", "|---|---|"]
        for param in command.params:
            if isinstance(param, click.Argument):
                names = f"`{param.human_readable_name}`"
                meaning = getattr(param, "help", None) or ""
            else:
                assert isinstance(param, click.Option)
                if param.hidden:
                    continue
                names = ", ".join(f"`{option}`" for option in param.opts)
                meaning = param.help or ""
            lines.append(f"| {names} | {_cell(meaning)} |")
        lines.append("")
    lines.append(END)
    return "\n".join(lines)


if __name__ == "__main__":
    print(command_reference())
