"""What every command shares: the app, common options, reading inputs, finishing a run."""

from __future__ import annotations

import contextlib
import functools
import gc
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from planeval import __version__
from planeval.api import read_workbooks
from planeval.config import Config, load_config
from planeval.errors import PlanevalError, UsageError
from planeval.model import ReadResult
from planeval.report.render import JSON, RICH, TableData, check_format, write_tables

app = typer.Typer(
    name="planeval",
    help="Evaluate an IT plan (情報化事業計画) from departments' status workbooks.",
    rich_markup_mode=None,
    no_args_is_help=True,
    add_completion=False,
)

P = ParamSpec("P")
R = TypeVar("R")

Files = Annotated[
    list[Path],
    typer.Argument(help="Status workbooks (.xlsx/.xlsm) or folders of them.", show_default=False),
]
FormatOption = Annotated[
    str,
    typer.Option(
        "--format", "-f", help="Output format: rich, csv, json, or any tabulate format (github…)."
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="planeval.toml to use (default: ./planeval.toml if present)."),
]
KeepGoing = Annotated[
    bool,
    typer.Option(
        "--keep-going", help="Count what could be read even when some rows or files have errors."
    ),
]


def friendly(command: Callable[P, R]) -> Callable[P, R]:
    """Turn a PlanevalError into its message and exit code: no traceback for the user."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except PlanevalError as error:
            from rich.console import Console

            if SETTINGS.debug:
                traceback.print_exc()
            Console(stderr=True).print(f"エラー: {error}", soft_wrap=True, markup=False)
            raise typer.Exit(error.exit_code) from None

    return wrapper


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
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show Python tracebacks behind errors (for developers).")
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=0, help="Worker processes for reading many files (0: automatic)."
        ),
    ] = 0,
) -> None:
    """Evaluate an IT plan (情報化事業計画) from departments' status workbooks."""
    SETTINGS.debug = debug
    SETTINGS.jobs = jobs


def load_inputs(files: list[Path], config_path: Path | None, fmt: str) -> tuple[Config, ReadResult]:
    message = check_format(fmt)
    if message:
        raise UsageError(message)
    require_paths(files)
    config = load_config(config_path)
    with progress_bar(enabled=fmt != JSON) as progress:
        return config, read_workbooks(
            files, scale=config.scale, limits=config.limits, progress=progress, jobs=SETTINGS.jobs
        )


PROGRESS_FROM = 6  # files; fewer are read too quickly for a bar to help


@contextlib.contextmanager
def progress_bar(*, enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr for many files, only on a terminal (never in pipes or JSON)."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress, TaskID

    bar = Progress(console=Console(stderr=True), transient=True)
    task: TaskID | None = None

    def update(done: int, total: int) -> None:
        nonlocal task
        if total < PROGRESS_FROM:
            return
        if task is None:
            bar.start()
            task = bar.add_task("読み込み中", total=total)
        bar.update(task, completed=done)

    try:
        yield update
    finally:
        bar.stop()


def require_paths(paths: list[Path]) -> None:
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        raise UsageError(f"ファイルまたはフォルダが見つかりません: {', '.join(missing)}")


def finish(result: ReadResult, fmt: str, keep_going: bool, emit: Callable[[], None]) -> None:
    """Print the report (unless errors stop it), the problems, and exit with the right code."""
    blocked = result.has_errors and not keep_going
    if not blocked:
        emit()
    if not result.problems:
        return  # nothing more to say (and no need to load rich for it)
    from rich.console import Console

    err = Console(stderr=True)
    if fmt != JSON:
        from planeval.report.problems import write_problems

        write_problems(result.problems, err, details=SETTINGS.debug)
    if blocked:
        err.print(
            "エラーがあるため集計していません。上のエラーを直すか、--keep-going で"
            "読めた行だけを集計してください。",
            soft_wrap=True,
        )
    elif result.has_errors:
        err.print("エラーの行・ファイルを除いて集計しました。", soft_wrap=True)
        for name in result.left_out:
            err.print(f"  読み込めなかったファイル: {name}", soft_wrap=True, markup=False)
    if result.has_errors:
        raise typer.Exit(1)


def emit_tables(tables: list[TableData], fmt: str, footer: str = "") -> None:
    from rich.console import Console

    console = Console()
    write_tables(tables, fmt, console=console, stream=sys.stdout)
    if footer and fmt == RICH:
        console.print(footer, soft_wrap=True)


def main() -> int:
    """Console-script entry point."""
    # A run builds hundreds of thousands of small records that hold no reference cycles; with
    # the default thresholds the cycle collector walks them again and again (about a tenth of
    # the time of a large read). Collect rarely instead: memory is still freed by reference
    # counting as usual.
    gc.set_threshold(100_000, 50, 100)
    app()
    return 0
