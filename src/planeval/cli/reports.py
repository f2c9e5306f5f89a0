"""The reporting commands: summarize, tables, issues, export, check."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

import planeval
from planeval.aggregate import GroupBy
from planeval.cli.common import (
    ConfigOption,
    Files,
    FormatOption,
    KeepGoing,
    app,
    emit_tables,
    finish,
    friendly,
    load_inputs,
)
from planeval.errors import UsageError
from planeval.io.inputs import expand_inputs
from planeval.model import entry_record
from planeval.output import check_targets
from planeval.report import DEFAULT_TITLE, views
from planeval.report.export import ExportTargets
from planeval.report.render import JSON, RICH, write_json


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
    config, result = load_inputs(files, config_path, fmt)
    group_by: GroupBy = by  # type: ignore[assignment]  # checked just above
    summary = planeval.summarize(result.entries, by=group_by, scale=config.scale)
    report = planeval.build_report(result.entries, config.scale) if narrative else None

    def emit() -> None:
        if fmt == JSON:
            data = summary.as_dict() | {
                "problems": [views.problem_dict(p) for p in result.problems]
            }
            if report is not None:
                data["narratives"] = {s.group.id: s.sentence for s in report.policies}
            write_json(data, sys.stdout)
            return
        emit_tables([views.summary_table(summary)], fmt, views.legend(config.scale))
        if report is not None:
            for section in report.policies:
                typer.echo(f"\n{section.heading}\n{section.sentence}")

    finish(result, fmt, keep_going, emit)


@app.command("tables")
@friendly
def tables_command(
    files: Files,
    fmt: FormatOption = RICH,
    config_path: ConfigOption = None,
    keep_going: KeepGoing = False,
) -> None:
    """Print the Chapter 3 progress tables: per direction, project | item | status | issue."""
    _config, result = load_inputs(files, config_path, fmt)

    def emit() -> None:
        if fmt == JSON:
            data = views.chapter3_json(result.entries)
            data["problems"] = [views.problem_dict(p) for p in result.problems]
            write_json(data, sys.stdout)
        elif fmt == "csv":
            emit_tables([views.chapter3_flat(result.entries)], fmt)
        else:
            emit_tables(views.chapter3_tables(result.entries), fmt)

    finish(result, fmt, keep_going, emit)


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
    config, result = load_inputs(files, config_path, fmt)
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
                "issues": [entry_record(entry) for entry in chosen],
                "problems": [views.problem_dict(p) for p in result.problems],
            }
            write_json(data, sys.stdout)
        else:
            emit_tables([views.issue_table(chosen)], fmt, f"{len(chosen)} 件")

    finish(result, fmt, keep_going, emit)


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
    docx: Annotated[
        Path | None, typer.Option("--docx", help="Write the Chapter 3 section for Word.")
    ] = None,
    with_sources: Annotated[
        bool,
        typer.Option("--with-sources", help="Name each row's file, sheet and cell (internal use)."),
    ] = False,
    fiscal_year: Annotated[
        int | None, typer.Option("--fiscal-year", help="Fiscal year evaluated, e.g. 2021.")
    ] = None,
    title: Annotated[str, typer.Option("--title", help="Report title.")] = DEFAULT_TITLE,
    force: Annotated[bool, typer.Option("--force", help="Replace outputs that exist.")] = False,
    config_path: ConfigOption = None,
    keep_going: KeepGoing = False,
) -> None:
    """Write the Chapter 3 report: --xlsx, --docx, --md, --html, --csv DIR, --json (several at once)."""
    outputs = {
        "xlsx": xlsx,
        "docx": docx,
        "md": md,
        "html": html,
        "csv": csv_dir,
        "json": json_path,
    }
    if not any(outputs.values()):
        raise UsageError("give at least one output: --xlsx, --docx, --md, --html, --csv or --json")
    if fiscal_year is not None and not 1926 <= fiscal_year <= 2200:
        raise UsageError(f"--fiscal-year takes a Western year such as 2021, not {fiscal_year}")
    config, result = load_inputs(files, config_path, RICH)
    inputs, _ = expand_inputs(files)
    targets = ExportTargets(**{("csv_dir" if k == "csv" else k): v for k, v in outputs.items()})
    targets.check_names()  # before anything is read or written
    check_targets(targets.files(), inputs, force=force)

    def emit() -> None:
        report = planeval.build_report(
            result.entries, config.scale, title=title, fiscal_year=fiscal_year
        )
        exported = planeval.export(
            report, **outputs, inputs=inputs, force=force, with_sources=with_sources
        )
        result.problems.extend(exported.problems)
        for path in exported.files:
            typer.echo(f"書き出しました: {path}")

    finish(result, RICH, keep_going, emit)


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
    from planeval.report import review

    missing = [str(path) for path in text or [] if not path.is_file()]
    if missing:
        raise UsageError(f"ファイルが見つかりません: {', '.join(missing)}")
    config, result = load_inputs(files, config_path, fmt)
    checked = planeval.check(result, scale=config.scale, texts=text or [])

    def emit() -> None:
        if fmt == JSON:
            data = review.check_dict(checked.statements, checked.disagreements, result.problems)
            write_json(data, sys.stdout)
            return
        if checked.disagreements:
            emit_tables([review.check_table(checked.disagreements, config.scale)], fmt)
        typer.echo(review.check_verdict(checked.statements, checked.disagreements))

    finish(result, fmt, keep_going, emit)
    if not checked.agrees:
        raise typer.Exit(1)
