"""The export command: the Chapter 3 report written in every format asked for at once.

No ``from __future__ import annotations`` here (see reports.py): typer reads the options from
the annotations when the command is built."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

import planeval
from planeval.cli.common import command, finish, friendly
from planeval.cli.inputs import input_files, load_inputs
from planeval.cli.options import (
    BodiesOption,
    ConfigOption,
    Files,
    KeepGoing,
    Quiet,
    StatusColumn,
    chosen_statuses,
    fiscal_year_option,
)
from planeval.errors import UsageError
from planeval.report.render import RICH

if TYPE_CHECKING:
    from planeval.model import Problem


@command("export")
@friendly
def export_command(
    files: Files,
    xlsx: Annotated[
        Path | None, typer.Option("--xlsx", help="印刷用のブック（.xlsx）を書き出します。")
    ] = None,
    md: Annotated[
        Path | None, typer.Option("--md", help="ウェブサイト用の Markdown を書き出します。")
    ] = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="アクセシブルな HTML ページを書き出します。")
    ] = None,
    csv_dir: Annotated[
        Path | None,
        typer.Option(
            "--csv",
            help="このフォルダに 集計.csv、進捗状況.csv、課題一覧.csv（複数の団体なら 団体別集計.csv も）を書き出します。",
        ),
    ] = None,
    json_path: Annotated[
        Path | None, typer.Option("--json", help="報告書を JSON で書き出します。")
    ] = None,
    docx: Annotated[
        Path | None, typer.Option("--docx", help="第3章を Word 文書（.docx）で書き出します。")
    ] = None,
    with_sources: Annotated[
        bool,
        typer.Option(
            "--with-sources",
            help="各行の読み込み元（ファイル・シート・セル）も書きます（内部用）。",
        ),
    ] = False,
    fiscal_year: Annotated[
        str | None,
        typer.Option(
            "--fiscal-year",
            help="評価する年度（2021、令和3、R3、令和3年度 のいずれかの形）。既定は調査票に記録された年度（記録がなければ表題の「令和5年度」のような年度）で、記録と違う年度はエラーです。",
        ),
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", help="報告書の表題（既定: 設定の wording の表題）。")
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status",
            "-s",
            help="課題一覧にこの達成状況だけを載せます（繰り返すかカンマ区切り: △,×）。",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="出力先のファイルがあれば置き換えます。")
    ] = False,
    config_path: ConfigOption = None,
    status_column: StatusColumn = None,
    bodies: BodiesOption = None,
    keep_going: KeepGoing = False,
    quiet: Quiet = False,
) -> None:
    """第3章の報告書を書き出します: --xlsx、--docx、--md、--html、--csv フォルダ、--json（複数同時に可）。"""
    from planeval.marks import report_year, title_years
    from planeval.output import check_targets
    from planeval.report.export import ExportTargets

    outputs = {
        "xlsx": xlsx,
        "docx": docx,
        "md": md,
        "html": html,
        "csv": csv_dir,
        "json": json_path,
    }
    if not any(outputs.values()):
        raise UsageError(
            "出力先を一つ以上指定してください: --xlsx、--docx、--md、--html、--csv、--json"
        )
    year = fiscal_year_option(fiscal_year)
    config, result = load_inputs(
        files, config_path, RICH, status_column=status_column, bodies=bodies
    )
    issue_statuses = chosen_statuses(status, config.scale)
    given = year
    year = report_year(result, year)  # (the workbooks' own year; a year given against it refused)
    titled = title_years(result)
    if given is not None and titled and set(titled) != {given}:
        result.problems.append(_other_year(given, titled))
    if year is None:  # (a printed report with no year, beside last year's in the binder)
        output = str(next(path for path in outputs.values() if path is not None))
        result.problems.append(_no_year(output, title_years(result)))
    inputs = input_files(files, bodies)
    targets = ExportTargets(**{("csv_dir" if k == "csv" else k): v for k, v in outputs.items()})
    targets.check_names()  # before anything is read or written
    check_targets(targets.files(), inputs, force=force)

    def emit() -> None:
        report = planeval.build_report(
            result.entries,
            config.scale,
            title=title,
            fiscal_year=year,
            wording=config.wording,
            bodies=result.bodies,
            uncounted_bodies=result.uncounted_bodies,
            issue_statuses=issue_statuses,
            not_counted=[str(problem.location) for problem in result.problems if problem.is_error],
        )
        exported = planeval.export(
            report, **outputs, inputs=inputs, force=force, with_sources=with_sources
        )
        result.problems.extend(exported.problems)
        for path in exported.files:
            typer.echo(f"書き出しました: {path}")

    finish(result, RICH, keep_going, emit, quiet=quiet)


def _no_year(output: str, titled: dict[int, list[str]]) -> "Problem":
    """Why the report has no fiscal year: none stated anywhere, or the files' titles state
    different years (a warning: one of them is likely last year's workbook reused)."""
    from planeval.fiscal import fiscal_year_label
    from planeval.model import Location, Problem, Severity

    hint = "--fiscal-year 令和5 のように年度を指定すると、見出しとページの上に入ります"
    if len(titled) < 2:
        message = "報告書に年度が入っていません（調査票にも表題にも年度がありませんでした）"
        return Problem(Location(output), Severity.NOTICE, message, hint)
    ranked = sorted(titled.items(), key=lambda item: (-len(item[1]), item[0]))
    said = "、".join(
        f"{fiscal_year_label(year)}: "
        + (f"{len(files)} ファイル" if len(files) > 3 else "・".join(Path(f).name for f in files))
        for year, files in ranked
    )
    message = f"表題の年度がブックによって違うため、報告書に年度を入れていません（{said}）"
    return Problem(
        Location(output),
        Severity.WARNING,
        message,
        "前の年度の表題のままのブックは表題を直してください。" + hint,
    )


def _other_year(given: int, titled: dict[int, list[str]]) -> "Problem":
    """A year given that the workbooks' titles contradict: the report would print one year's
    label over another year's rows."""
    from planeval.fiscal import fiscal_year_label
    from planeval.model import Location, Problem, Severity

    stated = "、".join(
        f"{fiscal_year_label(year)}（{len(files)} ファイル）"
        for year, files in sorted(titled.items(), key=lambda item: -len(item[1]))
        if year != given
    )
    first = next(files[0] for year, files in titled.items() if year != given)
    return Problem(
        Location(first),
        Severity.WARNING,
        f"--fiscal-year は{fiscal_year_label(given)}ですが、ブックの表題は{stated}です。"
        f"報告書は{fiscal_year_label(given)}として書き出しました",
        "表題の年度が正しければ --fiscal-year を直してください（付けなければ表題の年度を使います）",
    )
