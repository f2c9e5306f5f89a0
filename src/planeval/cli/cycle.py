"""The commands of the yearly cycle: template, validate, compare."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

import planeval
from planeval.cli.common import (
    SETTINGS,
    ConfigOption,
    Files,
    FormatOption,
    KeepGoing,
    app,
    emit_tables,
    finish,
    friendly,
    load_inputs,
    require_paths,
)
from planeval.config import load_config
from planeval.errors import UsageError
from planeval.io.inputs import expand_inputs
from planeval.io.reader import join
from planeval.output import atomic_path, check_targets
from planeval.report import views
from planeval.report.render import JSON, RICH, write_json


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
    deadline = _parse_date(due)
    config = load_config(config_path)
    plan = planeval.read_plan(plan_path, limits=config.limits)
    written = planeval.write_templates(
        plan,
        output,
        fiscal_year=fiscal_year,
        scale=config.scale,
        due=deadline,
        include_ended=include_ended,
        split_by_department=split_by is not None,
        inputs=[plan_path],
        force=force,
    )
    for template in written:
        shared = f"、共管の実施内容 {template.shared} 件は参考" if template.shared else ""
        typer.echo(f"書き出しました: {template.path}（記入する行 {template.rows} 行{shared}）")


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
    from planeval.report import review
    from planeval.report.problems import write_problems

    if plan_path is not None and not plan_path.is_file():
        raise UsageError(f"ファイルが見つかりません: {plan_path}")
    config, result = load_inputs(files, config_path, fmt)
    plan = planeval.read_plan(plan_path, limits=config.limits) if plan_path else None
    problems = planeval.validate(result, scale=config.scale, plan=plan)
    if fmt == JSON:
        write_json({"problems": [views.problem_dict(p) for p in problems]}, sys.stdout)
    elif fmt == RICH:
        from rich.console import Console

        write_problems(problems, Console(), details=SETTINGS.debug)
    else:
        emit_tables([review.problem_table(problems)], fmt)
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
    from planeval.cycle.compare import parse_mapping
    from planeval.report import review
    from planeval.report.xlsx_writer import write_tables_xlsx

    mapping = parse_mapping(maps or [], map_file)
    require_paths([old, new])
    config, before = load_inputs([old], config_path, fmt)
    after = planeval.read_workbooks(
        [new], scale=config.scale, limits=config.limits, jobs=SETTINGS.jobs
    )
    result = join(before, after)
    comparison = planeval.compare(before, after, scale=config.scale, mapping=mapping)
    tables = [
        review.movement_table(comparison, include_same=show_all),
        review.count_change_table(comparison),
    ]
    if xlsx is not None:
        inputs, _ = expand_inputs([old, new])
        check_targets([xlsx], inputs, force=force)

    def emit() -> None:
        if fmt == JSON:
            write_json(review.comparison_dict(comparison, include_same=show_all), sys.stdout)
        else:
            emit_tables(tables, fmt)
        if xlsx is not None:
            with atomic_path(xlsx) as temporary:
                result.problems.extend(write_tables_xlsx(tables, temporary, source=str(xlsx)))
            if fmt != JSON:
                typer.echo(f"書き出しました: {xlsx}")

    finish(result, fmt, keep_going, emit)
