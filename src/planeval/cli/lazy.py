"""Commands built when a run asks for them.

typer turns every command of an app into click's each time the app runs, reading each option
from the function's signature and annotations: about 1.5 ms a command (the nine: a tenth of
`planeval --version`), though a run uses one. A command registered with ``lazy_command``
is built by ``LazyGroup`` only when asked for: the one a run invokes, or the one whose help is
asked for. The app's own --help lists the commands from outlines (name and help), building none.

The modules defining the commands (``command_modules``) are imported as late: in order, until
the command asked for is registered (all of them to list the commands), so a run of summarize
imports the reporting commands' module alone, --version none.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

import click
import typer
import typer.core
import typer.main
from typer.models import CommandInfo

from planeval.cli.examples import examples

F = TypeVar("F", bound=Callable[..., Any])

OPTIONS_METAVAR = "[オプション]"  # (click's "[OPTIONS]" in a usage line)

# every lazy command, in the order registered (the order --help lists them), with its app
_REGISTERED: dict[str, tuple[typer.Typer, CommandInfo]] = {}
# the modules defining commands not imported yet, in the order --help lists their commands
_PENDING: list[str] = []


def command_modules(*modules: str) -> None:
    """The modules whose commands register themselves as they are imported, in the order
    --help lists them: each imported when a run first asks for a command it defines."""
    _PENDING.extend(modules)


def _import_commands(name: str | None = None) -> None:
    """Import the pending command modules in order until ``name`` is registered (all of
    them for None)."""
    while _PENDING and (name is None or name not in _REGISTERED):
        importlib.import_module(_PENDING.pop(0))


def lazy_command(app: typer.Typer, name: str) -> Callable[[F], F]:
    """``@app.command(name)``, built into a click command only when a run asks for it (the
    app's group must be a ``LazyGroup``)."""

    def register(callback: F) -> F:
        app.command(name, options_metavar=OPTIONS_METAVAR, epilog=examples(name))(
            callback
        )  # typer's own record of the command, with its defaults…
        _REGISTERED[name] = (app, app.registered_commands.pop())  # …kept here instead
        return callback

    return register


def registered() -> list[CommandInfo]:
    """The lazy commands as registered, in order."""
    _import_commands()
    return [info for _, info in _REGISTERED.values()]


class LazyGroup(typer.core.TyperGroup):
    """A group whose lazy commands are built on first use."""

    _listing = False  # (while click lists the commands for --help: outlines will do)

    def list_commands(self, ctx: click.Context) -> list[str]:
        _import_commands()
        built = [name for name in self.commands if name not in _REGISTERED]
        return [*_REGISTERED, *built]

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """click's list of the commands, each with its help's first sentence (summary), the
        same at any terminal's width, folded to it (click cut a help to the characters beside
        its name as 「...」 — a sentence of Japanese, one word to it, at 40 columns; export's
        list of formats before --json at 80, review 95)."""
        self._listing = True
        try:
            names = self.list_commands(ctx)
            commands = [(name, self.get_command(ctx, name)) for name in names]
        finally:
            self._listing = False
        shown = [(name, command) for name, command in commands if command and not command.hidden]
        if not shown:
            return
        with formatter.section("コマンド"):
            formatter.write_dl([(name, summary(command)) for name, command in shown])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            _import_commands(cmd_name)
        if cmd_name not in self.commands and cmd_name in _REGISTERED:
            app, info = _REGISTERED[cmd_name]
            if self._listing:
                return _outline(info)
            self.commands[cmd_name] = typer.main.get_command_from_info(
                info,
                pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=app.rich_markup_mode,
            )
        return super().get_command(ctx, cmd_name)


def summary(command: click.Command) -> str:
    """A command as the list of commands says it: its short help, else its help's first
    sentence (to its 「。」) whole — never cut inside it (click's cut, counting words between
    spaces and ending a sentence at 「.」 only, cut 「--csv フォルダ、--json」 to 「--csv...」)."""
    if command.short_help:
        return command.short_help
    paragraph = (command.help or "").split("\n\n")[0]
    text = " ".join(paragraph.split())
    end = text.find("。")
    return text if end < 0 else text[: end + 1]


def _outline(info: CommandInfo) -> click.Command:
    """A command as a listing shows it: its name and help as typer would build them (the
    docstring unless a help is given), without reading its options."""
    given = info.help
    text = inspect.getdoc(info.callback) if given is None else inspect.cleandoc(given)
    return (info.cls or typer.core.TyperCommand)(
        info.name,
        help=text,
        short_help=info.short_help,
        hidden=info.hidden,
        deprecated=info.deprecated,
    )
