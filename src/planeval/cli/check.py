"""The check command: a report's stated numbers against the counts of the rows.

No ``from __future__ import annotations`` here, as in reports.py: typer reads each option from
its annotation as the command is built."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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
    without_texts,
)
from planeval.report.render import CSV, JSON, RICH

if TYPE_CHECKING:
    from planeval.check_result import CheckResult
    from planeval.config import Config
    from planeval.read_records import ReadResult

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
    from planeval.check_scales import check_scales
    from planeval.cli.two_scales import first_config
    from planeval.io.reader import join
    from planeval.report import review
    from planeval.two_scales import both_problems

    year, texts = fiscal_year_option(fiscal_year), text_files(text, files)
    mapping = previous_mapping(maps, map_file, previous)
    config, result, last = load_with_previous(
        files, previous, first_config(config_paths), fmt, status_column=status_column,
        bodies=bodies, plan=plan_given(plan, no_plan), fiscal_year=year,
    )  # fmt: skip
    alone = not config_paths or len(config_paths) < 2
    given = str(previous)  # (last year's own problems told once, as compare's: 180 #6)
    checked = _checked(config, result, last, texts, year, mapping, alone=alone, given=given)
    beside = None  # (a second planeval.toml: its column's figures against its own counts)
    if config_paths and len(config_paths) == 2:
        other, second, before = load_with_previous(
            files, previous, config_paths[1], fmt, bodies=bodies,
            plan=plan_given(plan, no_plan), fiscal_year=year,
        )  # fmt: skip
        joined = check_scales(checked, _checked(other, second, before, texts, year, mapping))
        beside, checked = (other, joined), joined.both
        result.problems = both_problems(result.problems, second.problems)
        if before is not None and last is not None:  # (both reads' problems, told once)
            from planeval.cycle.earlier_problems import told_last_year

            told_last_year(last, config.wording.item, given, beside=before)
    result = result if last is None else join(result, last)  # (either round's problems)
    if last is not None and mapping:  # (a pair naming nothing: said, as compare says it)
        from planeval.cycle.pairing import unused_pairs

        result.problems += unused_pairs(mapping, last, result)

    def emit() -> None:
        if fmt == JSON:
            write_json(review.check_dict(checked, result.problems), sys.stdout)
            return
        # (counts as summarize prints them: 7,154; each scale's in its own words)
        shown_by = [(checked, config)]
        if beside is not None:
            shown_by = [(beside[1].first, config), (beside[1].second, beside[0])]
        wrong = [
            review.check_table(
                each.disagreements, settings.scale, settings.wording, separated=fmt != CSV
            )
            for each, settings in shown_by
        ]
        tables = [wrong[0]._replace(rows=[row for table in wrong for row in table.rows])]
        tables.append(review.not_compared_table(checked.not_compared, separated=fmt != CSV))
        shown = [table for table in tables if table.rows]
        if fmt == RICH:  # (the verdict folded to the console's width, as the tables are)
            emit_tables(shown, fmt, checked.verdict())
        else:
            emit_tables(shown, fmt)
            typer.echo(checked.verdict())

    finish(result, fmt, keep_going, emit, quiet=quiet)
    if not checked.agrees:
        raise typer.Exit(1)


def _checked(
    config: "Config",
    result: "ReadResult",
    last: "ReadResult | None",
    texts: list[Path],
    year: int | None,
    mapping: dict[str, str],
    *,
    alone: bool = False,
    given: str | None = None,
) -> "CheckResult":
    """The texts checked under one planeval.toml's settings, its read's problems first rid of
    what check says itself."""
    from planeval.check_scales import check_under
    from planeval.stated_totals import STATED_TOTAL

    result.problems = without_texts(result.problems, texts)  # (read as the text, not skipped)
    # (a total row its rows do not make: in check's own table of disagreements, not twice)
    result.problems = [p for p in result.problems if p.reason != STATED_TOTAL]
    return check_under(
        result,
        config,
        texts=texts,
        fiscal_year=year,
        previous=last,
        mapping=mapping,
        alone=alone,
        given=given,
    )
