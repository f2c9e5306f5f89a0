"""The commands of the yearly cycle: template and validate (comparing rounds: rounds.py).

No ``from __future__ import annotations`` here: typer reads each command's options from its
annotations when the command is built, and annotations kept as text are evaluated (compiled) again
each time, which doubled the cost of building a command."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

import planeval
from planeval.cli.common import SETTINGS, command, emit_tables, friendly, left_out_warnings
from planeval.cli.inputs import load_planned
from planeval.cli.options import (
    BodiesOption,
    ConfigOption,
    Files,
    FormatOption,
    NoPlan,
    Quiet,
    StatusColumn,
    date_option,
    fiscal_year_option,
    plan_given,
)
from planeval.errors import UsageError
from planeval.report.json_text import write_json
from planeval.report.render import JSON, RICH

if TYPE_CHECKING:
    pass


@command("template")
@friendly
def template_command(
    plan_path: Annotated[
        Path,
        typer.Argument(help="計画のブック（計画事業一覧）。", show_default=False, metavar="計画"),
    ],
    fiscal_year: Annotated[
        str,
        typer.Option(
            "--fiscal-year", help="評価する年度（2022、令和4、R4、令和4年度 のいずれかの形）。"
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            help="書き出すブック（既存のフォルダならその中に。--split-by ではフォルダ）。",
        ),
    ],
    split_by: Annotated[
        str | None,
        typer.Option("--split-by", help="department: 部署ごとに 1 冊ずつ書き出します。"),
    ] = None,
    due: Annotated[
        str | None,
        typer.Option(
            "--due", help="記入方法に示す提出期限（2022-05-31、2022/5/31、令和4年5月31日）。"
        ),
    ] = None,
    include_ended: Annotated[
        bool,
        typer.Option(
            "--include-ended",
            help="区分が「終了」（完了・廃止・休止・中止も）の実施内容も載せます。",
        ),
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="同じ名前のブックがあれば置き換えます（記入済みの調査票は置き換えません）。",
        ),
    ] = False,
    config_paths: Annotated[
        list[Path] | None,
        typer.Option(
            "--config",
            help="使う planeval.toml（既定: カレントフォルダに planeval.toml があればそれ）。"
            "二度指定すると、二つ目の planeval.toml が数える評価の列（実施状況と達成度など）も"
            "一覧から選ぶ列として調査票に載せます。",
        ),
    ] = None,
    quiet: Annotated[
        int,
        typer.Option(
            "--quiet",
            "-q",
            count=True,
            help="計画についてのお知らせ（関係各部の調査票の記入のしかたなど）を表示しません。",
        ),
    ] = 0,
) -> None:
    """計画から、各部が記入する実施状況調査票を書き出します。"""
    if split_by not in (None, "department"):
        raise UsageError(
            f"--split-by には department を指定してください（指定された値: '{split_by}'）"
        )
    from planeval.config_files import file_problem

    if (
        problem := file_problem(plan_path, "計画のブック", "名前と場所を確かめてください")
    ) is not None:
        raise UsageError(f"計画のブック {plan_path} {problem}")
    year = fiscal_year_option(fiscal_year)
    assert year is not None
    deadline = date_option("--due", due)
    from rich.console import Console

    from planeval.config import load_config
    from planeval.cycle.form_statuses import form_status
    from planeval.report.problems import write_problems

    config = load_config(config_paths[0] if config_paths else None)
    more = [load_config(path) for path in (config_paths or [])[1:]]
    others = [form_status(c.scale, c.wording, c.layout.status_column) for c in more]
    limits, layout, wording = config.limits, config.layout, config.wording
    plan = planeval.read_plan(plan_path, limits=limits, layout=layout, wording=wording)
    words = wording if config.source else None  # (none: the plan's own, said in a notice)
    written = planeval.write_templates(
        plan,
        output,
        fiscal_year=year,
        scale=config.scale,
        due=deadline,
        include_ended=include_ended,
        split_by_department=split_by is not None,
        inputs=[plan_path],
        force=force,
        wording=words,
        layout=layout,
        others=others,
    )
    for template in written:
        shared = f"、{template.shared_sheet} {template.shared} 件は参考" if template.shared else ""
        typer.echo(f"書き出しました: {template.path}（記入する行 {template.rows} 行{shared}）")
    # what the plan asks (who fills 関係各部's forms), its list-vs-card wordings each in full;
    # its errors (a row left off the forms: a number not read) under -q too, and exit 1
    said = planeval.template_notices(
        plan, words, config.scale, others=others, due=deadline, fiscal_year=year
    )
    if shown := [problem for problem in said if not quiet or problem.is_error]:
        write_problems(shown, Console(stderr=True), details=True)  # (not grouped)
    if any(problem.is_error for problem in said):
        raise typer.Exit(1)


@command("validate")
@friendly
def validate_command(
    files: Files,
    plan_path: Annotated[
        Path | None,
        typer.Option(
            "--plan",
            help="計画のブックとも照らし合わせ、部署ごとの提出状況も示します（既定: planeval.toml の [plan] file）。",
        ),
    ] = None,
    no_plan: NoPlan = False,
    fiscal_year: Annotated[
        str | None,
        typer.Option(
            "--fiscal-year",
            help="集める回の年度（2022、令和4 など）。ほかの年度の調査票をエラーにします。",
        ),
    ] = None,
    fmt: FormatOption = RICH,
    config_path: ConfigOption = None,
    status_column: StatusColumn = None,
    bodies: BodiesOption = None,
    quiet: Quiet = 0,
) -> None:
    """調査票（と計画）を確かめ、問題をファイル・シート・セルとともにすべて示します。"""
    from planeval.io.inputs import without_keep_going
    from planeval.report import review, views
    from planeval.report.problems import write_problems

    year = fiscal_year_option(fiscal_year)
    config, result, plan = load_planned(
        files,
        config_path,
        fmt,
        plan_given(plan_path, no_plan),
        status_column=status_column,
        bodies=bodies,
        fiscal_year=year,
    )
    # (no advice to give --keep-going: validate counts nothing, and has no such option)
    result.problems = [without_keep_going(problem) for problem in result.problems]
    problems = planeval.validate(
        result, scale=config.scale, plan=plan, fiscal_year=year, wording=config.wording
    )
    returned = planeval.submissions(result, plan, scale=config.scale) if plan is not None else []
    kept = left_out_warnings(result, quiet)  # (-q: the warnings of replies not counted too)
    shown = [p for p in problems if p.is_error or p in kept] if quiet else problems
    if fmt == JSON:
        data: dict[str, object] = {"problems": [views.problem_dict(p) for p in shown]}
        if plan is not None:
            data["submissions"] = [submission.as_dict() for submission in returned]
        write_json(data, sys.stdout)
    else:
        if fmt == RICH:
            from rich.console import Console

            write_problems(problems, Console(), details=SETTINGS.debug, quiet=quiet, kept=kept)
        if not shown:  # (a table format's output is its tables: the sentence goes to stderr)
            verdict = review.validate_verdict(
                result,
                hidden=len(problems),
                returned=returned,
                quiet=quiet,
                word=config.wording.department,
            )
            typer.echo(verdict, err=fmt != RICH)
        tables = [review.problem_table(shown)] if shown and fmt != RICH else []
        if plan is not None:
            tables.append(review.submission_table(returned, config.wording))
        if tables:  # (together: one CSV, each table under its own headers)
            footer = (
                review.submission_verdict(returned, config.wording.department)
                if plan is not None
                else ""
            )
            emit_tables(tables, fmt, footer)
    missing = any(submission.state not in ("提出済", "提出不要") for submission in returned)
    if missing or any(problem.is_error for problem in problems):
        raise typer.Exit(1)
