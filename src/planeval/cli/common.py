"""What every command shares: the app, common options, finishing a run (reading the inputs:
cli/inputs.py).

No ``from __future__ import annotations``: typer reads the app's callback's options from its
annotations at every run, and text annotations would be evaluated (compiled) each time; the
types imported only for the checker are quoted instead."""

import contextlib
import errno
import functools
import gc
import io
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Annotated, ParamSpec, TypeVar

import click
import typer

from planeval import __version__
from planeval.cli.japanese import JapaneseGroup, install
from planeval.cli.lazy import OPTIONS_METAVAR, lazy_command
from planeval.errors import PlanevalError
from planeval.report.json_text import write_json as write_json  # (the commands write JSON by it)
from planeval.report.render import (
    CONSOLE_ERRORS,
    CSV,
    JSON,
    RICH,
    TableData,
    for_console,
    write_tables,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from planeval.model import Problem
    from planeval.read_records import ReadResult

install()  # click's and typer's own messages in Japanese (cli/japanese.py)

app = typer.Typer(
    name="planeval",
    cls=JapaneseGroup,
    help="計画の進捗評価（情報化計画、行政改革大綱、総合計画の施策評価など）で各部・各課が返した調査票から、評価の件数を数えて報告書にまとめます。",
    rich_markup_mode=None,
    options_metavar=OPTIONS_METAVAR,
    subcommand_metavar="コマンド [引数]...",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},  # (-h as well: review 37)
)

P = ParamSpec("P")
R = TypeVar("R")
F = TypeVar("F", bound=Callable[..., object])


def command(name: str) -> Callable[[F], F]:
    """A command of the app: ``@app.command(name)``, built only when a run asks for it."""
    return lazy_command(app, name)


def friendly(command: Callable[P, R]) -> Callable[P, R]:
    """Turn a PlanevalError into its message and exit code: no traceback for the user."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except PlanevalError as error:
            _say_error(str(error.args[0]), error.listed)
            raise typer.Exit(error.exit_code) from None
        except (click.exceptions.Exit, click.ClickException, click.Abort, BrokenPipeError):
            raise  # (typer's own exits and usage errors, and a reader gone away: main's)
        except Exception as error:  # a fault of planeval's (or of a library) is still no traceback
            _say_error(
                f"予期しない内部エラーが起きました（{type(error).__name__}: {error}）。"
                "--debug を付けて実行すると詳細が表示されます。入力ファイルと表示を添えて、"
                "planeval の担当者に知らせてください"
            )
            raise typer.Exit(1) from None

    return wrapper


def _say_error(message: str, listed: tuple[str, ...] = ()) -> None:
    from rich.console import Console

    if SETTINGS.debug:
        traceback.print_exc()
    err = Console(stderr=True)
    err.print(_plain(f"エラー: {message}", err), soft_wrap=True)
    for line in listed:  # (each escaped on its own: a value's line break makes no fake line)
        err.print(_plain(f"  ・{line}", err), soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"planeval {__version__}")
        raise typer.Exit()


class _Settings:
    """The options given before the command: --debug, --jobs."""

    debug = False  # --debug: tracebacks are shown only then
    jobs = 0  # --jobs: worker processes for reading (0: automatic, by the number of files)


SETTINGS = _Settings()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="バージョンを表示します。"
        ),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", help="エラーの原因の Python トレースバックも表示します（開発者向け）。"
        ),
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=0, help="多数のファイルを読むときのプロセス数（0: 自動）。"
        ),
    ] = 0,
) -> None:
    """計画の進捗評価（情報化計画、行政改革大綱、総合計画の施策評価など）で各部・各課が返した調査票から、評価の件数を数えて報告書にまとめます。"""
    SETTINGS.debug = debug
    SETTINGS.jobs = jobs
    guard_streams()


class _ClosedOutput(io.TextIOBase):
    """Standard output when it was closed before the run (``planeval … >&-``): the first
    write fails as a broken pipe does, so the run ends quietly with exit 1."""

    encoding = "utf-8"

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return 1  # closed: rich and main() put the null device there before exiting

    def write(self, text: str) -> int:
        raise BrokenPipeError(errno.EPIPE, "standard output is closed")


def guard_streams() -> None:
    """Standard output and error made safe for any console: a character their encoding lacks
    (cp932, ASCII) is written as a visible stand-in ("›" → ">", others as [U+2603]) instead of
    ending the run; a closed standard output fails like a broken pipe."""
    if sys.stdout is None:
        sys.stdout = _ClosedOutput()
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(Exception):  # a stream that cannot change stays as it is
                reconfigure(errors=CONSOLE_ERRORS)


def _plain(text: str, console: "Console", *, lines: bool = False) -> "Text":
    """``text`` as rich prints it with no markup, emoji codes or highlighting: control
    characters escaped, in the console's encoding."""
    from rich.text import Text

    return Text(for_console(text, console.encoding, lines=lines))


def finish(
    result: "ReadResult",
    fmt: str,
    keep_going: bool,
    emit: Callable[[], None],
    *,
    quiet: int = 0,
    rounds: Sequence["ReadResult"] = (),
) -> None:
    """Print the report (unless errors stop it), the problems (``quiet``: the errors, and
    with -q the warnings that change the counts), and exit with the right code."""
    # no file read at all (each one unreadable, or skipped as planeval's own export), or none
    # of one of the ``rounds`` compared: nothing is counted, even with --keep-going (an
    # all-zero table would read as "nothing rated", a comparison as "nothing changed")
    nothing_read = not result.files or any(not read.files for read in rounds)
    blocked = nothing_read or (result.has_errors and not keep_going)
    if keep_going or nothing_read:  # (no hint to give the option the run was given)
        from planeval.io.inputs import without_keep_going

        result.problems = [without_keep_going(problem) for problem in result.problems]
    if not blocked:
        emit()
    elif fmt == JSON:  # a program reading the output still learns why nothing was counted
        from planeval.report.views import problem_dict

        write_json({"problems": [problem_dict(p) for p in result.problems]}, sys.stdout)
    from planeval.model import Severity

    clean = not result.has_errors and not nothing_read  # (counted, and no verdict to give)
    kept = left_out_warnings(result, quiet)  # (a body counted in part: said under -q too)
    from collections import Counter

    hidden = Counter(problem.severity for problem in result.problems)
    said = [f"{s.label} {hidden[s]} 件" for s in (Severity.WARNING, Severity.NOTICE) if hidden[s]]
    if quiet and clean and said and fmt != JSON and not kept:
        # (the warnings that change the counts are kept above: these are of other things)
        from planeval.cli.closing_lines import hidden_said

        option = "-qq" if quiet > 1 else "-q"  # (each counted: review 39)
        print(hidden_said("・".join(said), f"（{option} のため表示していません）"), file=sys.stderr)
        return
    if clean and (not result.problems or (quiet and not kept)):
        return  # nothing more to say (and no need to load rich for it)
    if clean and fmt == JSON:
        return  # JSON: problems are not written here, and without errors there is no verdict
    from rich.console import Console

    from planeval.io.sniff import OWN_REPORT

    err = Console(stderr=True)
    # (planeval's JSON, md, html or docx report given to read: the wrong kind of file, usage)
    code = 2 if any(problem.kind == OWN_REPORT for problem in result.problems) else 1
    if fmt != JSON:
        from planeval.report.problems import write_problems

        write_problems(result.problems, err, details=SETTINGS.debug, quiet=quiet, kept=kept)
    if blocked:
        from planeval.cli.closing_lines import why_not_counted

        err.print(why_not_counted(result, nothing_read), soft_wrap=True, markup=False)
        raise typer.Exit(code)
    if result.has_errors:
        from planeval.cli.closing_lines import kept_going_said, left_out_why

        err.print(kept_going_said(result), soft_wrap=True, markup=False)

        for name in result.left_out:  # (each once, however many errors: ReadResult.leave_out)
            line = f"  数えていないファイル: {name}{left_out_why(result, name)}"
            err.print(_plain(line, err), soft_wrap=True)
        raise typer.Exit(code)


def left_out_warnings(result: "ReadResult", quiet: int) -> list["Problem"]:
    """The warnings -q shows besides the errors (none without -q, where all are shown, nor with
    -qq): those that change the counts — of replies left out of the count, a file of a body
    counted in part (past_errors.partly_counted: its row 「（一部未集計）」 in a table of bodies,
    none in a table by policy), a department that returned nothing (ReadResult.unreturned) and
    a sub-folder of a given folder holding workbooks (sub_folders.py: replies saved a level too
    deep, not read), a gap in the numbers read (level_names.NUMBER_GAP: a department that
    never answered, known without a plan); of a workbook counted whose title states another
    year than the others' (title_years.STALE_TITLE: last year's sent again would be counted as this
    year's) or left out as last year's beside this year's reply (past_errors.LAST_YEARS_COPY);
    and of a table by item whose rows add up bodies' different items of one number
    (apart_names.APART_ROWS: its rows no item each, review 122); and one that changes what is
    published: the report's words guessed where the tables title a word otherwise in some
    files (offered_words.WORDS_GUESSED, review 183 #3)."""
    if quiet != 1:
        return []
    from planeval.apart_names import APART_ROWS
    from planeval.cycle.submission import UNRETURNED
    from planeval.io.level_names import NUMBER_GAP
    from planeval.model import Severity
    from planeval.offered_words import WORDS_GUESSED
    from planeval.past_errors import HELD_REPLIES, LAST_YEARS_COPY, partly_counted
    from planeval.title_years import STALE_TITLE

    partly = partly_counted(result)
    owner = {**result.unread_bodies, **result.file_bodies}
    return [
        problem
        for problem in result.problems
        if problem.severity is Severity.WARNING
        and (
            owner.get(problem.location.file, "") in partly
            or problem.reason
            in (
                *(UNRETURNED, NUMBER_GAP, HELD_REPLIES, STALE_TITLE, LAST_YEARS_COPY, APART_ROWS),
                WORDS_GUESSED,
            )
        )
    ]


def emit_tables(tables: list[TableData], fmt: str, footer: str = "", *, bom: bool = True) -> None:
    from rich.console import Console

    console = Console()
    write_tables(tables, fmt, console=console, stream=sys.stdout, bom=bom)
    if footer and fmt not in (RICH, CSV):  # (a table format's notes under its tables, as rich's)
        sys.stdout.write(f"\n{for_console(footer, sys.stdout.encoding, lines=True)}\n")
    if footer and fmt == RICH:  # (folded to the width as the tables are, continuations indented)
        from planeval.report.fold import console_measure, packed

        measure, width = console_measure(console.file), max(console.width, 20)
        lines = [
            piece
            for line in footer.split("\n")
            for piece in packed(line, width, measure, phrases=True)
        ]
        console.print(_plain("\n".join(lines), console, lines=True), soft_wrap=True)


def main() -> int:
    """Console-script entry point."""
    # A run builds hundreds of thousands of small records that hold no reference cycles, and
    # the cycle collector would walk them all for nothing (with the default thresholds again
    # and again; collecting rarely, still once after a read: 0.14 s of a 100,000-row file's
    # 2.7 s). So a run goes without it: memory is freed by reference counting as usual, and the
    # few places that make cyclic garbage free it themselves (an openpyxl workbook read,
    # io.judge; an xlsxwriter or Word document written, report.xlsx_writer.written).
    gc.disable()
    guard_streams()
    try:
        try:
            app()
        finally:  # what is still buffered, while a broken pipe can still be handled here
            sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (`planeval … | head`): end quietly
        with contextlib.suppress(Exception):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        # The run is over: what is left is freed by the interpreter's shutdown, which otherwise
        # walks and takes apart every object the imports made (typer, click, rich: a fifth of
        # the time of `planeval --version`). Frozen, they are left to the operating system;
        # atexit handlers still run and the streams are still flushed.
        gc.freeze()
    return 0
