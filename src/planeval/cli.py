"""The planeval command line: parse options, call the library, render, map errors."""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from planeval import __version__
from planeval.aggregate import GroupBy, summarize
from planeval.compare import compare_rounds, parse_mapping
from planeval.config import Config, load_config
from planeval.errors import PlanevalError, UsageError
from planeval.io.plan_reader import read_plan
from planeval.io.reader import ReadResult, expand_inputs, read_workbooks
from planeval.narrative import compare, find_statements, text_paragraphs
from planeval.output import atomic_path, check_targets
from planeval.report import views
from planeval.report.document import DEFAULT_TITLE, build_report
from planeval.report.export import ExportTargets, export
from planeval.report.problems import write_problems
from planeval.report.render import JSON, RICH, TableData, check_format, write_json, write_tables
from planeval.report.xlsx_export import write_tables_xlsx
from planeval.template import TemplateOptions, template_files, write_template
from planeval.validate import validate

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

            Console(stderr=True).print(f"エラー: {error}", soft_wrap=True, markup=False)
            raise typer.Exit(error.exit_code) from None

    return wrapper


def _version(value: bool) -> None:
    if value:
        typer.echo(f"planeval {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Evaluate an IT plan (情報化事業計画) from departments' status workbooks."""


def _load(files: list[Path], config_path: Path | None, fmt: str) -> tuple[Config, ReadResult]:
    message = check_format(fmt)
    if message:
        raise UsageError(message)
    _missing(files)
    config = load_config(config_path)
    with _progress(enabled=fmt != JSON) as progress:
        return config, read_workbooks(files, scale=config.scale, progress=progress)


PROGRESS_FROM = 6  # files; fewer are read too quickly for a bar to help


@contextlib.contextmanager
def _progress(*, enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
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


def _missing(paths: list[Path]) -> None:
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        raise UsageError(f"ファイルまたはフォルダが見つかりません: {', '.join(missing)}")


def _finish(result: ReadResult, fmt: str, keep_going: bool, emit: Callable[[], None]) -> None:
    """Print the report (unless errors stop it), the problems, and exit with the right code."""
    from rich.console import Console

    err = Console(stderr=True)
    blocked = result.has_errors and not keep_going
    if not blocked:
        emit()
    if fmt != JSON:
        from planeval.report.problems import write_problems

        write_problems(result.problems, err)
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


def _emit_tables(tables: list[TableData], fmt: str, footer: str = "") -> None:
    from rich.console import Console

    console = Console()
    write_tables(tables, fmt, console=console, stream=sys.stdout)
    if footer and fmt == RICH:
        console.print(footer, soft_wrap=True)


@app.command("summarize")
@friendly
def summarize_command(
    files: Files,
    by: Annotated[
        str, typer.Option("--by", help="Group by policy, direction or project.")
    ] = "policy",
    fmt: FormatOption = RICH,
    config_path: ConfigOption = None,
    keep_going: KeepGoing = False,
    narrative: Annotated[
        bool,
        typer.Option("--narrative", help="Also print each policy's count sentence (policy only)."),
    ] = False,
) -> None:
    """Count statuses per policy (or direction, project): every symbol, zeros included."""
    if by not in ("policy", "direction", "project"):
        raise UsageError(f"--by must be policy, direction or project, not '{by}'")
    if narrative and by != "policy":
        raise UsageError("--narrative goes with --by policy: the sentences are per policy")
    config, result = _load(files, config_path, fmt)
    group_by: GroupBy = by  # type: ignore[assignment]  # checked just above
    summary = summarize(result.entries, by=group_by, scale=config.scale)
    report = build_report(result.entries, config.scale) if narrative else None

    def emit() -> None:
        if fmt == JSON:
            data = summary.as_dict() | {
                "problems": [views.problem_dict(p) for p in result.problems]
            }
            if report is not None:
                data["narratives"] = {s.group.id: s.sentence for s in report.policies}
            write_json(data, sys.stdout)
            return
        _emit_tables([views.summary_table(summary)], fmt, views.legend(config.scale))
        if report is not None:
            for section in report.policies:
                typer.echo(f"\n{section.heading}\n{section.sentence}")

    _finish(result, fmt, keep_going, emit)


@app.command("tables")
@friendly
def tables_command(
    files: Files,
    fmt: FormatOption = RICH,
    config_path: ConfigOption = None,
    keep_going: KeepGoing = False,
) -> None:
    """Print the Chapter 3 progress tables: per direction, project | item | status | issue."""
    _config, result = _load(files, config_path, fmt)

    def emit() -> None:
        if fmt == JSON:
            data = views.chapter3_json(result.entries)
            data["problems"] = [views.problem_dict(p) for p in result.problems]
            write_json(data, sys.stdout)
        elif fmt == "csv":
            _emit_tables([views.chapter3_flat(result.entries)], fmt)
        else:
            _emit_tables(views.chapter3_tables(result.entries), fmt)

    _finish(result, fmt, keep_going, emit)


@app.command("issues")
@friendly
def issues_command(
    files: Files,
    status: Annotated[
        list[str] | None,
        typer.Option("--status", "-s", help="Only these statuses (repeat or comma-separate: △,×)."),
    ] = None,
    fmt: FormatOption = RICH,
    config_path: ConfigOption = None,
    keep_going: KeepGoing = False,
) -> None:
    """List issues: every item with an issue text or a status other than "as planned"."""
    config, result = _load(files, config_path, fmt)
    wanted = [config.scale.normalise(part) for value in status or [] for part in value.split(",")]
    if None in wanted:
        raise UsageError(
            f"--status takes symbols of the scale ({config.scale.describe()}): {', '.join(status or [])}"
        )
    chosen = views.select_issues(
        result.entries, config.scale, statuses=[s for s in wanted if s is not None]
    )

    def emit() -> None:
        if fmt == JSON:
            data = {
                "issues": [views.entry_dict(entry) for entry in chosen],
                "problems": [views.problem_dict(p) for p in result.problems],
            }
            write_json(data, sys.stdout)
        else:
            _emit_tables([views.issue_table(chosen)], fmt, f"{len(chosen)} 件")

    _finish(result, fmt, keep_going, emit)


@app.command("export")
@friendly
def export_command(
    files: Files,
    xlsx: Annotated[
        Path | None, typer.Option("--xlsx", help="Write the print-ready workbook.")
    ] = None,
    md: Annotated[Path | None, typer.Option("--md", help="Write Markdown for the website.")] = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Write one accessible HTML page.")
    ] = None,
    csv_dir: Annotated[
        Path | None, typer.Option("--csv", help="Write 集計.csv, 進捗状況.csv, 課題一覧.csv here.")
    ] = None,
    json_path: Annotated[
        Path | None, typer.Option("--json", help="Write the report as JSON.")
    ] = None,
    fiscal_year: Annotated[
        int | None, typer.Option("--fiscal-year", help="Fiscal year evaluated, e.g. 2021.")
    ] = None,
    title: Annotated[str, typer.Option("--title", help="Report title.")] = DEFAULT_TITLE,
    force: Annotated[bool, typer.Option("--force", help="Replace outputs that exist.")] = False,
    config_path: ConfigOption = None,
    keep_going: KeepGoing = False,
) -> None:
    """Write the Chapter 3 report: --xlsx, --md, --html, --csv DIR, --json (several at once)."""
    targets = ExportTargets(xlsx=xlsx, md=md, html=html, csv_dir=csv_dir, json=json_path)
    if targets.empty:
        raise UsageError("give at least one output: --xlsx, --md, --html, --csv or --json")
    if fiscal_year is not None and not 1926 <= fiscal_year <= 2200:
        raise UsageError(f"--fiscal-year takes a Western year such as 2021, not {fiscal_year}")
    config, result = _load(files, config_path, RICH)
    inputs, _ = expand_inputs(files)
    check_targets(targets.files(), inputs, force=force)  # before anything is written

    def emit() -> None:
        report = build_report(result.entries, config.scale, title=title, fiscal_year=fiscal_year)
        result.problems.extend(export(report, targets, inputs=inputs, force=force))
        for path in targets.files():
            typer.echo(f"書き出しました: {path}")

    _finish(result, RICH, keep_going, emit)


@app.command("check")
@friendly
def check_command(
    files: Files,
    text: Annotated[
        list[Path] | None,
        typer.Option(
            "--text", help="A report text (.txt, .md, a .docx saved as text) to check too."
        ),
    ] = None,
    fmt: FormatOption = RICH,
    config_path: ConfigOption = None,
    keep_going: KeepGoing = False,
) -> None:
    """Compare the counts stated in narrative paragraphs with the counts of the rows."""
    missing = [str(path) for path in text or [] if not path.is_file()]
    if missing:
        raise UsageError(f"ファイルが見つかりません: {', '.join(missing)}")
    config, result = _load(files, config_path, fmt)
    texts = [*result.texts, *(cell for path in text or [] for cell in text_paragraphs(path))]
    statements = find_statements(texts, config.scale)
    policies = {g.id: g for g in summarize(result.entries, scale=config.scale).groups}
    disagreements = compare(statements, policies)

    def emit() -> None:
        if fmt == JSON:
            write_json(views.check_dict(statements, disagreements, result.problems), sys.stdout)
        else:
            if disagreements:
                _emit_tables([views.check_table(disagreements, config.scale)], fmt)
            typer.echo(views.check_verdict(statements, disagreements))

    _finish(result, fmt, keep_going, emit)
    if disagreements or not statements:
        raise typer.Exit(1)


@app.command("template")
@friendly
def template_command(
    plan_path: Annotated[
        Path, typer.Argument(help="The plan workbook (計画事業一覧).", show_default=False)
    ],
    fiscal_year: Annotated[
        int, typer.Option("--fiscal-year", help="Fiscal year to be evaluated, e.g. 2022.")
    ],
    output: Annotated[
        Path,
        typer.Option("-o", "--output", help="The workbook to write (a folder with --split-by)."),
    ],
    split_by: Annotated[
        str | None, typer.Option("--split-by", help="department: one workbook per department.")
    ] = None,
    due: Annotated[
        str | None,
        typer.Option("--due", help="Deadline shown in the instructions, e.g. 2022-05-31."),
    ] = None,
    include_ended: Annotated[
        bool, typer.Option("--include-ended", help="Also ask about items whose treatment is 終了.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace workbooks that exist.")] = False,
    config_path: ConfigOption = None,
) -> None:
    """Write the status workbook(s) departments fill in, from the plan."""
    if split_by not in (None, "department"):
        raise UsageError(f"--split-by takes 'department', not '{split_by}'")
    if not plan_path.is_file():
        raise UsageError(f"ファイルが見つかりません: {plan_path}")
    options = TemplateOptions(fiscal_year, _parse_date(due), include_ended)
    config = load_config(config_path)
    plan = read_plan(plan_path)
    files = template_files(
        plan, output, split_by_department=split_by is not None, fiscal_year=fiscal_year
    )
    check_targets(list(files), [plan_path], force=force)
    for path, department in files.items():
        with atomic_path(path) as temporary:
            rows = write_template(plan, temporary, config.scale, options, department=department)
        typer.echo(f"書き出しました: {path}（記入する行 {rows} 行）")


def _parse_date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--due takes a date like 2022-05-31, not '{text}'") from None


@app.command("validate")
@friendly
def validate_command(
    files: Files,
    plan_path: Annotated[
        Path | None, typer.Option("--plan", help="Check against the plan workbook too.")
    ] = None,
    fmt: FormatOption = RICH,
    config_path: ConfigOption = None,
) -> None:
    """Check status workbooks (and the plan): every problem with its file, sheet and cell."""
    if plan_path is not None and not plan_path.is_file():
        raise UsageError(f"ファイルが見つかりません: {plan_path}")
    config, result = _load(files, config_path, fmt)
    plan = read_plan(plan_path) if plan_path is not None else None
    problems = validate(result, config.scale, plan=plan)
    if fmt == JSON:
        write_json({"problems": [views.problem_dict(p) for p in problems]}, sys.stdout)
    elif fmt == RICH:
        from rich.console import Console

        write_problems(problems, Console())
    else:
        _emit_tables([views.problem_table(problems)], fmt)
    if not problems and fmt != JSON:
        typer.echo(
            f"問題は見つかりませんでした（{len(result.files)} ファイル、{len(result.entries)} 件）"
        )
    if any(problem.is_error for problem in problems):
        raise typer.Exit(1)


@app.command("compare")
@friendly
def compare_command(
    old: Annotated[Path, typer.Argument(help="The earlier round: a workbook, folder or export.")],
    new: Annotated[Path, typer.Argument(help="The later round: a workbook, folder or export.")],
    show_all: Annotated[
        bool, typer.Option("--all", help="Also list items that did not move.")
    ] = False,
    maps: Annotated[
        list[str] | None,
        typer.Option("--map", help="Renumbered project: OLD=NEW, e.g. 1-1-3=1-1-4."),
    ] = None,
    map_file: Annotated[
        Path | None, typer.Option("--map-file", help="A file of OLD=NEW lines (or OLD,NEW CSV).")
    ] = None,
    fmt: FormatOption = RICH,
    xlsx: Annotated[
        Path | None, typer.Option("--xlsx", help="Also write the movements to a workbook.")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the workbook if it exists.")
    ] = False,
    config_path: ConfigOption = None,
    keep_going: KeepGoing = False,
) -> None:
    """Compare two evaluation rounds: items whose status moved, and counts per policy."""
    mapping = parse_mapping(maps or [], map_file)
    _missing([old, new])
    config, before = _load([old], config_path, fmt)
    after = read_workbooks([new], scale=config.scale)
    result = ReadResult(
        entries=[*before.entries, *after.entries],
        problems=[*before.problems, *after.problems],
        left_out=[*before.left_out, *after.left_out],
    )
    comparison = compare_rounds(before.entries, after.entries, scale=config.scale, mapping=mapping)
    tables = [
        views.movement_table(comparison, include_same=show_all),
        views.count_change_table(comparison),
    ]
    if xlsx is not None:
        inputs, _ = expand_inputs([old, new])
        check_targets([xlsx], inputs, force=force)

    def emit() -> None:
        if fmt == JSON:
            write_json(views.comparison_dict(comparison, include_same=show_all), sys.stdout)
        else:
            _emit_tables(tables, fmt)
        if xlsx is not None:
            with atomic_path(xlsx) as temporary:
                result.problems.extend(write_tables_xlsx(tables, temporary, source=str(xlsx)))
            if fmt != JSON:
                typer.echo(f"書き出しました: {xlsx}")

    _finish(result, fmt, keep_going, emit)


def main() -> int:
    """Console-script entry point."""
    app()
    return 0
