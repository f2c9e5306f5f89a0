"""The export command: the Chapter 3 report written in every format asked for at once.

No ``from __future__ import annotations`` here (see reports.py): typer reads the options from
the annotations when the command is built."""

from pathlib import Path
from typing import Annotated

import typer

import planeval
from planeval.cli.common import command, finish, friendly
from planeval.cli.inputs import input_files, load_planned
from planeval.cli.options import (
    BodiesOption,
    ConfigsOption,
    Files,
    KeepGoing,
    NoPlan,
    PlanOption,
    Quiet,
    StatusColumn,
    chosen_statuses,
    fiscal_year_option,
    plan_given,
)
from planeval.cli.progress import writing_status
from planeval.errors import UsageError
from planeval.gc_pause import set_aside
from planeval.report.render import RICH


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
        Path | None, typer.Option("--docx", help="報告書を Word 文書（.docx）で書き出します。")
    ] = None,
    with_sources: Annotated[
        bool,
        typer.Option(
            "--with-sources",
            help="各行の読み込み元（ファイル・シート・セル）も書きます（内部用）。"
            "Excel の課題一覧では出典の列を印刷範囲にも入れます（付けなければ列はシートにだけあり、印刷しません）。",
        ),
    ] = False,
    fiscal_year: Annotated[
        str | None,
        typer.Option(
            "--fiscal-year",
            help="評価する年度（2021、令和3、R3、令和3年度 のいずれかの形）。既定は調査票に記録された年度（記録がなければ表題の「令和5年度」のような年度、表題になければファイル名、フォルダ名の年度）で、記録と違う年度はエラーです。",
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(
            "--title",
            help="報告書の表題（既定: 設定の wording の表題。[wording] がなく、計画の表題にある計画名が団体名で始まれば、その計画名と「進捗状況」: 「世田谷区情報化事業計画 進捗状況」）。",
        ),
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
    config_paths: ConfigsOption = None,
    status_column: StatusColumn = None,
    bodies: BodiesOption = None,
    keep_going: KeepGoing = False,
    quiet: Quiet = 0,
    plan: PlanOption = None,
    no_plan: NoPlan = False,
) -> None:
    """評価結果の報告書（集計・体系ごとの表・課題の一覧）を Excel・Word・HTML・Markdown・CSV・JSON で書き出します。--xlsx、--docx、--html、--md、--csv フォルダ、--json は複数同時に指定できます。"""
    from planeval.cli.two_scales import first_config, read_beside
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
    targets = ExportTargets(**{("csv_dir" if k == "csv" else k): v for k, v in outputs.items()})
    targets.check_names()  # before anything is read or written
    year = fiscal_year_option(fiscal_year)
    config, result, read_plan = load_planned(
        files,
        first_config(config_paths),
        RICH,
        plan_given(plan, no_plan),
        status_column=status_column,
        bodies=bodies,
        fiscal_year=year,
    )
    beside = read_beside(  # (a second planeval.toml: its rating beside, its counts after)
        files, config_paths, RICH, plan_given(plan, no_plan), result, bodies=bodies,
        fiscal_year=year,
    )  # fmt: skip
    issue_statuses = chosen_statuses(status, config.scale)
    year, said = planeval.export_year(
        result, config, fiscal_year=year, title=title, plan=read_plan,
        output=next(path for path in outputs.values() if path is not None),
        issue_statuses=issue_statuses,
    )  # fmt: skip
    result.problems += said
    inputs = input_files(files, bodies)
    check_targets(targets.files(), inputs, force=force)

    def emit() -> None:
        report = planeval.report_of_read(
            result, config, beside=beside, title=title, fiscal_year=year,
            issue_statuses=issue_statuses,
        )  # fmt: skip
        set_aside()  # (kept to the end: the collection after the writing walks its objects only)
        with writing_status() as progress:
            exported = planeval.export(
                report,
                **outputs,
                inputs=inputs,
                force=force,
                with_sources=with_sources,
                progress=progress,
            )
        result.problems.extend(exported.problems)
        for path in exported.files:
            typer.echo(f"書き出しました: {path}")

    finish(result, RICH, keep_going, emit, quiet=quiet)
