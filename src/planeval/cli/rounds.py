"""The commands comparing rounds of the yearly cycle: compare (two) and rounds (several).

No ``from __future__ import annotations`` here (cli/cycle.py says why)."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

import planeval
from planeval.cli.common import command, emit_tables, finish, friendly
from planeval.cli.inputs import input_files, load_rounds, require_paths
from planeval.cli.options import (
    BodiesOption,
    CompareYears,
    ConfigOption,
    FormatOption,
    KeepGoing,
    MapFile,
    MapOption,
    NoPlan,
    PlanOption,
    Quiet,
    RoundsYears,
    StatusColumn,
    plan_given,
    round_years_option,
    rounds_not_years,
)
from planeval.errors import UsageError
from planeval.report.json_text import write_json
from planeval.report.render import CSV, JSON, RICH

if TYPE_CHECKING:
    from planeval.read_records import ReadResult

ForceOption = Annotated[bool, typer.Option("--force", help="出力先のブックがあれば置き換えます。")]


@command("compare")
@friendly
def compare_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="前回と今回: 各回の調査票、フォルダ、または書き出した報告書。",
            show_default=False,
            metavar="前回 今回",
        ),
    ],
    show_all: Annotated[
        bool, typer.Option("--all", help="変化のない実施内容も表示します。")
    ] = False,
    only_counts: Annotated[
        bool,
        typer.Option(
            "--counts",
            help="政策ごとの件数の変化の表だけを出力します。-f csv は一つの表だけを書き出し、"
            "--counts なしでは評価が変わった実施内容の表、--counts では件数の変化の表（各評価の"
            "前回・今回・増減をそれぞれ数の列に）です。",
        ),
    ] = False,
    maps: MapOption = None,
    map_file: MapFile = None,
    fmt: FormatOption = RICH,
    xlsx: Annotated[
        Path | None, typer.Option("--xlsx", help="変化の表をブックにも書き出します。")
    ] = None,
    force: ForceOption = False,
    config_path: ConfigOption = None,
    status_column: StatusColumn = None,
    bodies: BodiesOption = None,
    keep_going: KeepGoing = False,
    quiet: Quiet = 0,
    plan: PlanOption = None,
    no_plan: NoPlan = False,
    fiscal_year: CompareYears = None,
) -> None:
    """2 回の評価を比べます: 達成状況が変わった実施内容と、政策ごとの件数の変化。"""
    from planeval.cycle.compare import parse_mapping
    from planeval.report import (
        changed_counts,
        changes,
        compare_json,
        compare_notes,
        movement_summary,
    )

    mapping = parse_mapping(maps or [], map_file)
    years = round_years_option(fiscal_year, 2)
    old, new = planeval.two_rounds(paths, fiscal_year)
    require_paths([*old, *new], rounds=True)
    _check_output(xlsx, [*old, *new], force, bodies)
    config, (before, after) = load_rounds(
        [old, new], config_path, fmt, status_column=status_column, bodies=bodies,
        plan=plan_given(plan, no_plan), years=years,
    )  # fmt: skip
    given = " ".join(str(path) for path in old)  # (its own problems told once: 180 #6)
    comparison = planeval.compare(
        before, after, scale=config.scale, mapping=mapping, wording=config.wording, given=given
    )
    result = planeval.read_of_rounds([before, after], comparison.notices)
    movements = changes.movement_table(comparison, include_same=show_all)

    def emit() -> None:
        if xlsx is not None:  # (first: a reader of stdout gone away, `| head`, loses no file)
            written = planeval.write_comparison_xlsx(
                comparison, movements, xlsx, include_same=show_all
            )
            result.problems.extend(written)
        if fmt == JSON:  # (with the reading's problems, as summarize's JSON has them)
            data = compare_json.comparison_dict(comparison, include_same=show_all)
            write_json({**data, "problems": _problems(result)}, sys.stdout)
        else:
            footer = compare_notes.compare_footer(comparison, include_same=show_all)
            counts = changed_counts.count_change_table(comparison)
            tables = [movements, counts]
            if fmt == CSV or only_counts:  # (a CSV: one table, its values data — review 198 #5)
                table = changed_counts.count_change_data(comparison) if fmt == CSV else counts
                tables = [table if only_counts else movements]
            elif fmt == RICH:  # (many bodies' counts per body, none moved a sentence)
                said, tables = movement_summary.terminal_tables(
                    comparison, movements, counts, config.wording, xlsx
                )
                for line in said:
                    typer.echo(line)
            emit_tables(tables, fmt, footer)
        if xlsx is not None and fmt != JSON:  # (a CSV's or table format's stdout: the tables)
            typer.echo(f"書き出しました: {xlsx}", err=fmt != RICH)

    finish(result, fmt, keep_going, emit, quiet=quiet, rounds=(before, after))


def _problems(result: "ReadResult") -> list[dict[str, object]]:
    from planeval.report.views import problem_dict

    return [problem_dict(problem) for problem in result.problems]


def _check_output(
    xlsx: Path | None, inputs: list[Path], force: bool, bodies: str | None = None
) -> None:
    from planeval.output import check_targets

    if xlsx is not None:
        check_targets([xlsx], input_files(inputs, bodies), force=force)


@command("rounds")
@friendly
def rounds_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="古い順に各回の調査票、フォルダ、または書き出した報告書（2 つ以上）。",
            show_default=False,
            metavar="各回...",
        ),
    ],
    labels: Annotated[
        list[str] | None,
        typer.Option(
            "--label",
            help="各回の名前（指定した順に。既定は各回の年度、分からなければファイル・フォルダ名）。",
        ),
    ] = None,
    maps: MapOption = None,
    map_file: MapFile = None,
    fmt: FormatOption = RICH,
    xlsx: Annotated[
        Path | None,
        typer.Option("--xlsx", help="回ごとの表とグラフをブックにも書き出します。"),
    ] = None,
    force: ForceOption = False,
    config_path: ConfigOption = None,
    status_column: StatusColumn = None,
    bodies: BodiesOption = None,
    keep_going: KeepGoing = False,
    quiet: Quiet = 0,
    plan: PlanOption = None,
    no_plan: NoPlan = False,
    fiscal_year: RoundsYears = None,
) -> None:
    """計画期間の最終評価: 2 回以上（計画期間の各年度）の評価を並べ、実施内容ごとの達成状況と政策ごとの件数を回ごとに示します。"""
    from planeval.cycle.compare import parse_mapping
    from planeval.report import round_notes, round_tables

    mapping = parse_mapping(maps or [], map_file)
    if len(paths) < 2:
        raise UsageError("比べる回（調査票・フォルダ・報告書）を 2 つ以上指定してください")
    if labels and len(labels) != len(paths):
        raise UsageError(
            f"--label は回の数（{len(paths)}）だけ指定してください（{len(labels)} 個）"
        )
    rounds_not_years(paths, fiscal_year)  # (`--fiscal-year 令和5 令和6`: the second no round)
    years = round_years_option(fiscal_year, len(paths))
    require_paths(paths, rounds=True)
    _check_output(xlsx, paths, force, bodies)
    config, results = load_rounds(
        [[path] for path in paths], config_path, fmt, status_column=status_column, bodies=bodies,
        plan=plan_given(plan, no_plan), years=years,
    )  # fmt: skip
    names = labels or planeval.round_labels(paths, results)
    rounds = planeval.rounds(
        results,
        labels=names,
        scale=config.scale,
        mapping=mapping,
        wording=config.wording,
        given=[str(path) for path in paths],
    )
    result = planeval.read_of_rounds(results, rounds.notices)
    counts = [  # (each round's own counts first, where the compared differ: review 158 #4)
        round_tables.rounds_count_table(rounds, separated=fmt != CSV, own=own)  # (data: 1779)
        for own in ((True, False) if rounds.own else (False,))
    ]
    tables = [round_tables.rounds_table(rounds), *counts]

    def emit() -> None:
        if xlsx is not None:  # (first: a reader of stdout gone away, `| head`, loses no file)
            result.problems.extend(planeval.write_rounds_xlsx(rounds, xlsx))
        if fmt == JSON:
            write_json(
                {**round_tables.rounds_dict(rounds), "problems": _problems(result)}, sys.stdout
            )
        else:
            emit_tables(tables, fmt, round_notes.rounds_footer(rounds))
        if xlsx is not None and fmt != JSON:  # (a CSV's or table format's stdout: the tables)
            typer.echo(f"書き出しました: {xlsx}", err=fmt != RICH)

    finish(result, fmt, keep_going, emit, quiet=quiet, rounds=results)
