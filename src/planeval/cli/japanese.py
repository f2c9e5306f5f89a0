"""The command line's own words in Japanese: click's and typer's messages (usage errors, help
section titles), through the gettext calls they make, and a mistyped command said once.

Option names stay as they are; only the sentences around them change.
"""

from __future__ import annotations

from difflib import get_close_matches
from typing import Any

import click
import typer.core

from planeval.cli.examples import columns
from planeval.cli.lazy import LazyGroup

MESSAGES: dict[str, str] = {
    "Usage:": "使い方:",
    "Try '{command} {option}' for help.": "'{command} {option}' で使い方を表示できます。",
    "Error: {message}": "エラー: {message}",
    "Invalid value: {message}": "値が正しくありません: {message}",
    "Invalid value for {param_hint}: {message}": "{param_hint} の値が正しくありません: {message}",
    "Missing argument": "必要な引数がありません:",
    "Missing option": "必須のオプションがありません:",
    "Missing parameter": "必要な値がありません:",
    "Missing {param_type}": "必要な {param_type} がありません:",
    "Missing parameter: {param_name}": "必要な値がありません: {param_name}",
    "No such option {name!r}.": "{name!r} というオプションはありません。",
    "No such command {name!r}.": "{name!r} というコマンドはありません。",
    "Did you mean {possibility}?": "{possibility} のことですか？",
    "(Did you mean one of: {possibilities}?)": "（{possibilities} のいずれかのことですか？）",
    "Missing command.": "コマンドを指定してください。",
    "Got unexpected extra argument ({args})": "余分な引数があります（{args}）",
    "Got unexpected extra arguments ({args})": "余分な引数があります（{args}）",
    "Option {name!r} requires an argument.": "オプション {name!r} には値が必要です。",
    "Option {name!r} requires {nargs} arguments.": "オプション {name!r} には値が {nargs} 個必要です。",
    "Option {name!r} does not take a value.": "オプション {name!r} は値をとりません。",
    "{value!r} is not a valid {number_type}.": "{value!r} は数として読めません。",
    "{value} is not in the range {range}.": "{value} は指定できません（{range}の数を指定してください）。",
    "{value!r} is not {choice}.": "{value!r} は指定できません（{choice} のみ）。",
    "{value!r} is not one of {choices}.": "{value!r} は指定できません（{choices} のいずれか）。",
    "Options": "オプション",
    "Arguments": "引数",
    "Positional arguments": "引数",
    "Commands": "コマンド",
    "required": "必須",
    "default: {default}": "既定値: {default}",
    "env var: {var}": "環境変数: {var}",
    "(dynamic)": "（実行時に決定）",
    "Show this message and exit.": "この使い方を表示して終了します。",
    "Show the version and exit.": "バージョンを表示して終了します。",
    "Aborted!": "中断しました。",
    "{name} {filename!r} does not exist.": "{filename!r} が見つかりません。",
    "{name} {filename!r} is a file.": "{filename!r} はファイルです。",
    "{name} {filename!r} is a directory.": "{filename!r} はフォルダです。",
    "{name} {filename!r} is not readable.": "{filename!r} は読めません。",
    "Value must be an iterable.": "値は複数でなければなりません。",
}


def translate(message: str) -> str:
    return MESSAGES.get(message, message)


def translate_plural(singular: str, plural: str, count: int) -> str:
    return translate(singular if count == 1 else plural)


_MODULES = ("core", "exceptions", "parser", "types", "formatting", "decorators", "termui")


def install() -> None:
    """Make click's and typer's gettext calls answer in Japanese (once, at import)."""
    import importlib

    for name in _MODULES:
        module: Any = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = translate
        if hasattr(module, "ngettext"):
            module.ngettext = translate_plural
    typer_core: Any = typer.core
    typer_core._ = translate
    parameter: Any = click.core.Parameter
    if not getattr(parameter, "_planeval", False):  # (a value's kind in --help: 値, not TEXT)
        english_metavar = parameter.make_metavar
        parameter.make_metavar = lambda self, ctx: _metavar(english_metavar(self, ctx))
        parameter._planeval = True
        numbers: Any = click.types._NumberRangeBase
        numbers._describe_range = _range
        formatting: Any = click.formatting  # (a column of 「--config パス」 as wide as it shows)
        formatting.term_len = _columns
        formatting.wrap_text = _wrap_text  # (by columns, never inside --fiscal-year: review 93)
        context: Any = click.Context
        context.make_formatter = _formatter
    missing: Any = click.exceptions.MissingParameter
    if not getattr(missing, "_planeval", False):  # "…: '--fiscal-year'." without the "."
        english = missing.format_message
        missing.format_message = lambda self: english(self).replace("'.", "'", 1) + _taken(self)
        missing._planeval = True
    unknown: Any = click.exceptions.NoSuchOption
    if "_planeval" not in vars(unknown):  # (its own: `summarize 回答/ -j 1`, planeval's option)
        said = unknown.format_message
        unknown.format_message = lambda self: said(self) + _before_the_command(self)
        unknown._planeval = True


def _before_the_command(error: Any) -> str:
    """Where an option of planeval's own (-j, --debug) is given after a command
    (`planeval summarize 回答/ -j 1`), that it goes before the command."""
    ctx = error.ctx
    name = getattr(error, "option_name", None)
    if not isinstance(error, click.exceptions.NoSuchOption) or ctx is None or ctx.parent is None:
        return ""
    root = ctx.parent.command
    if not any(name in option.opts for option in root.params):
        return ""
    return (
        f"{name} は planeval 全体のオプションのため、コマンドの前に書きます"
        f"（planeval {name}{' 1' if name in ('-j', '--jobs') else ''} {ctx.info_name} …）"
    )


def _taken(error: Any) -> str:
    """Where the files are missing because an option took the one given as its value
    (`summarize --by clean`: review 37), which option and how to give both."""
    from pathlib import Path

    ctx, param = error.ctx, error.param
    if ctx is None or param is None or param.param_type_name != "argument":
        return ""
    for option in ctx.command.params:
        value = ctx.params.get(option.name or "")
        if option.param_type_name == "option" and isinstance(value, str) and Path(value).exists():
            name = max(option.opts, key=len)
            return (
                f"（'{value}' は {name} の値として読みました。{name} に値を書いてから、"
                "ファイルやフォルダを指定してください）"
            )
    return ""


_METAVARS = {"TEXT": "値", "PATH": "パス", "INTEGER": "整数", "INTEGER RANGE": "整数"}
_METAVARS |= {"FLOAT": "数", "FLOAT RANGE": "数", "FILENAME": "ファイル", "DIRECTORY": "フォルダ"}


def _metavar(english: str) -> str:
    """A value's kind as --help says it: 「--by 値」, 「--config パス」 (click's TEXT, PATH)."""
    base = english.removesuffix("...")
    return _METAVARS.get(base, base) + english[len(base) :]


def _columns(text: str) -> int:
    """The terminal columns ``text`` takes, for --help's alignment (「--config パス」)."""
    return columns(click.unstyle(text))


def _wrap_text(*args: Any, **options: Any) -> str:
    """--help's text folded by the columns it takes (cli/help_text.py, imported only then)."""
    from planeval.cli.help_text import wrap_text

    return wrap_text(*args, **options)


def _formatter(ctx: click.Context) -> click.HelpFormatter:
    """--help's and a usage error's formatter: as narrow as the terminal (cli/help_text.py)."""
    from planeval.cli.help_text import HelpFormatter

    return HelpFormatter(width=ctx.terminal_width, max_width=ctx.max_content_width)


def _range(self: Any) -> str:
    """A number's range as --help says it: 「0～6」, 「0 以上」 (click's 0<=x<=6, x>=0)."""
    if self.min is not None and self.max is not None:
        return f"{self.min}～{self.max}"
    if self.min is not None:
        return f"{self.min} {'より大きい' if self.min_open else '以上'}"
    return f"{self.max} {'未満' if self.max_open else '以下'}"


class JapaneseGroup(LazyGroup):
    """The app's group: a mistyped command is said once, in Japanese, and a command's option
    put before the command is told where it goes (and each command built when first asked
    for: cli/lazy.py)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as error:
            option = error.option_name
            commands = self.list_commands(ctx)
            name = next((arg for arg in args if arg in commands), None)
            command = self.get_command(ctx, name) if name else None
            if command is None or not any(
                option in (*param.opts, *param.secondary_opts) for param in command.params
            ):
                raise
            raise click.UsageError(
                f"'{option}' は {name} のオプションです。コマンド名の後に付けてください"
                f"（planeval {name} … {option}）",
                ctx,
            ) from None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            commands = self.list_commands(ctx)
            matches = get_close_matches(name, commands)
            hint = f"{'、'.join(matches)} のことですか？" if matches else ""
            known = "、".join(commands)
            raise click.UsageError(
                f"'{name}' というコマンドはありません。{hint}（コマンド: {known}）", ctx
            )
        resolved = super().resolve_command(ctx, args)
        called, command, rest = resolved
        if command is not None:  # (said with the command's usage line)
            own = click.Context(command, info_name=called, parent=ctx)
            _one_status_column(rest, own)
            _one_config(rest, own)
        return resolved


STATUS_COLUMN = "--status-column"


def _one_status_column(args: list[str], ctx: click.Context) -> None:
    """--status-column given more than once is a usage error: click keeps the last one
    silently, and the other column's ratings were read with this scale (review 95: 達成度
    read as 実施状況, 22 errors advising the other preset). Every command counts one status
    column; the other is another run with its own planeval.toml (README's two status
    columns)."""
    given = _given(args, STATUS_COLUMN)
    if len(given) > 1:
        raise click.UsageError(
            f"{STATUS_COLUMN} は 1 つだけ指定してください（{len(given)} 回: "
            f"{'、'.join(given)}）。評価の列は 1 回の実行で 1 つだけ数えます。ほかの列も数えるなら、"
            "その列の段階に合う [scale] と [layout] status_column の planeval.toml をもう一つ作り、"
            "--config で渡して別に実行してください",
            ctx,
        )


CONFIG = "--config"


def _one_config(args: list[str], ctx: click.Context) -> None:
    """--config given twice to a command that reads by one planeval.toml (check, summarize,
    issues …) is a usage error: click kept the last one silently, and `summarize --config
    実施状況.toml --config 達成度.toml` counted 達成度 alone, under no word of the first. export,
    tables and template take two (their --config is a list: cli/two_scales.py)."""
    given = _given(args, CONFIG)
    command = ctx.command
    multiple = any(CONFIG in param.opts and param.multiple for param in command.params)
    if len(given) < 2 or multiple:
        return
    name = ctx.info_name or command.name or ""
    raise click.UsageError(
        f"{name} の {CONFIG} は 1 つだけ指定してください（{len(given)} 回: {'、'.join(given)}）。"
        f"{name} は 1 回の実行で 1 つの評価尺度（planeval.toml）だけを数えます。評価尺度ごとに "
        f"{CONFIG} を 1 つにして別に実行してください（planeval {name} … {CONFIG} {given[0]}、"
        f"次に {CONFIG} {given[1]}）。二つの評価を一つの表に並べるなら、export か tables に "
        f"{CONFIG} を二つ渡してください",
        ctx,
    )


def _given(args: list[str], option: str) -> list[str]:
    """The values ``option`` is given in ``args`` (「--x a」 and 「--x=a」), up to 「--」."""
    given = []
    for at, arg in enumerate(args):
        if arg == "--":
            break
        if arg == option and at + 1 < len(args):
            given.append(args[at + 1])
        elif arg.startswith(option + "="):
            given.append(arg.removeprefix(option + "="))
    return given
