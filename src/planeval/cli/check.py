"""The check command: a report's stated numbers against the counts of the rows.

No ``from __future__ import annotations`` here, as in reports.py: typer reads each option from
its annotation as the command is built."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from planeval.cli.common import command, emit_tables, finish, friendly, write_json
from planeval.cli.inputs import load_with_previous
from planeval.cli.options import (
    BodiesOption,
    Files,
    FormatOption,
    KeepGoing,
    NoPlan,
    PlanOption,
    PreviousMap,
    PreviousMapFile,
    Quiet,
    StatusColumn,
    fiscal_year_option,
    plan_given,
    previous_mapping,
    text_files,
)
from planeval.report.render import CSV, JSON, RICH

# (two settings files, as export's --config: each column's figures against its own counts)
CheckConfigs = Annotated[
    list[Path] | None,
    typer.Option(
        "--config",
        help="使う planeval.toml（既定: カレントフォルダに planeval.toml があればそれ）。"
        "二度指定すると（--config 達成度.toml --config 点検結果.toml）、同じ調査票を二つ目の"
        "設定でも読み、文章の数をそれぞれの評価の集計と照らし合わせます（export で二つの評価を"
        "並べた報告書も、同じ二つの設定で確かめられます）。",
    ),
]


@command("check")
@friendly
def check_command(
    files: Files,
    text: Annotated[
        list[Path] | None,
        typer.Option(
            "--text",
            help="あわせて確かめる報告書の文章（.txt、.md、.docx、.html）。",
        ),
    ] = None,
    fmt: FormatOption = RICH,
    config_paths: CheckConfigs = None,
    status_column: StatusColumn = None,
    bodies: BodiesOption = None,
    keep_going: KeepGoing = False,
    quiet: Quiet = 0,
    plan: PlanOption = None,
    no_plan: NoPlan = False,
    fiscal_year: Annotated[
        str | None,
        typer.Option(
            "--fiscal-year",
            help="今回の年度（2023、令和5、R5、令和5年度 のいずれかの形）。表題の年度がこれと違うブック（前の年度のブック）は export と同じくエラーにして数えません。報告書の表の「令和5年度」の行（列）を集計と比べ、ほかの年度の行は比べません。既定は調査票に記録された年度（記録がなければ表題、ファイル名、フォルダ名の年度）。",
        ),
    ] = None,
    previous: Annotated[
        Path | None,
        typer.Option(
            "--previous",
            help="前年度の回答（調査票、フォルダ、または書き出した報告書）。文章の前年度の数と増減（▲2件、4件増加）をこれと照らし合わせます。",
        ),
    ] = None,
    maps: PreviousMap = None,
    map_file: PreviousMapFile = None,
) -> None:
    """文章に書かれた件数と、表の行から数えた件数を照らし合わせます。"""
    from planeval.check_scales import check_texts
    from planeval.cli.two_scales import first_config
    from planeval.report import review

    year, texts = fiscal_year_option(fiscal_year), text_files(text, files)
    mapping = previous_mapping(maps, map_file, previous)
    read = load_with_previous(
        files, previous, first_config(config_paths), fmt, status_column=status_column,
        bodies=bodies, plan=plan_given(plan, no_plan), fiscal_year=year,
    )  # fmt: skip
    beside = None  # (a second planeval.toml: its column's figures against its own counts)
    if config_paths and len(config_paths) == 2:
        beside = load_with_previous(
            files, previous, config_paths[1], fmt, bodies=bodies,
            plan=plan_given(plan, no_plan), fiscal_year=year,
        )  # fmt: skip
    # (last year's own problems told once, as compare's: 180 #6)
    done = check_texts(
        read, beside, texts=texts, fiscal_year=year, mapping=mapping, given=str(previous)
    )
    checked = done.checked

    def emit() -> None:
        if fmt == JSON:
            write_json(review.check_dict(checked, done.result.problems), sys.stdout)
            return
        # (counts as summarize prints them: 7,154; each scale's in its own words)
        wrong = [
            review.check_table(
                each.disagreements,
                settings.scale,
                settings.wording,
                separated=fmt != CSV,
                quoted=fmt == RICH,  # (the words each stands in: review 206 #4)
            )
            for each, settings in done.each
        ]
        tables = [wrong[0]._replace(rows=[row for table in wrong for row in table.rows])]
        tables.append(review.not_compared_table(checked.not_compared, separated=fmt != CSV))
        shown = [table for table in tables if table.rows]
        if fmt == RICH:  # (the verdict folded to the console's width, as the tables are)
            emit_tables(shown, fmt, checked.verdict())
        else:
            emit_tables(shown, fmt)
            typer.echo(checked.verdict())

    finish(done.result, fmt, keep_going, emit, quiet=quiet)
    if not checked.agrees:
        raise typer.Exit(1)
