"""The reporting commands: summarize, tables, issues (check is in check.py, export in export.py).

No ``from __future__ import annotations`` here: typer reads each command's options from its
annotations as the command is built, and text annotations were compiled again each time (twice
the cost of building a command)."""

import sys
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from planeval.aggregate import Group, GroupBy, Summary

import planeval
from planeval.cli.common import command, emit_tables, finish, friendly, write_json
from planeval.cli.inputs import (
    checked_settings,
    count_inputs,
    load_inputs,
    load_planned,
    narrative_by_policy,
    year_given,
)
from planeval.cli.options import (
    BodiesOption,
    ConfigOption,
    ConfigsOption,
    Files,
    FiscalYear,
    FormatOption,
    KeepGoing,
    NoBom,
    NoPlan,
    PlanOption,
    Quiet,
    StatusColumn,
    chosen_statuses,
    fiscal_year_option,
    plan_given,
)
from planeval.errors import UsageError
from planeval.report.render import CSV, JSON, RICH


@command("summarize")
@friendly
def summarize_command(
    files: Files,
    by: Annotated[
        str,
        typer.Option(
            "--by",
            help="集計の単位: policy（政策）、direction（方向性）、project（事業）、"
            "item（実施内容: --bodies では同じ番号の項目を団体をまたいで合計）、body（団体）、body-policy（団体ごとの政策）、"
            "prefecture（都道府県: 団体一覧の「都道府県」の列で団体を分けて合計）。body と body-policy は --bodies と一緒に（複数の団体の報告書を読むときは不要）、prefecture は --bodies と [bodies] roster と一緒に。",
        ),
    ] = "policy",
    fmt: FormatOption = RICH,
    config_path: ConfigOption = None,
    keep_going: KeepGoing = False,
    no_bom: NoBom = False,
    quiet: Quiet = 0,
    narrative: Annotated[
        bool,
        typer.Option("--narrative", help="政策ごとの件数の文章も出力します（--by policy のみ）。"),
    ] = False,
    percent: Annotated[
        bool,
        typer.Option("--percent", help="記号ごとの割合（%）の列も出力します（行ごとに計 100）。"),
    ] = False,
    percent_decimals: Annotated[
        int,
        typer.Option(
            "--percent-decimals", min=0, max=6, help="割合の小数点以下の桁数（JSON にも使います）。"
        ),
    ] = 1,
    status_column: StatusColumn = None,
    bodies: BodiesOption = None,
    plan: PlanOption = None,
    no_plan: NoPlan = False,
    fiscal_year: FiscalYear = None,
) -> None:
    """達成状況の件数を政策（または方向性・事業・実施内容・団体・団体ごとの政策）ごとに数えます（0 件の記号も表示）。"""
    from planeval.aggregate import GROUP_LEVELS
    from planeval.past_errors import partly_counted, uncounted_why
    from planeval.report import views

    if by not in (*GROUP_LEVELS, "prefecture"):
        raise UsageError(
            "--by には policy、direction、project、item、body、body-policy、prefecture のいずれかを"
            f"指定してください（指定された値: '{by}'）"
        )
    settings = checked_settings(files, config_path, fmt, status_column)  # (loaded once)
    if narrative and by != "policy":
        raise narrative_by_policy(settings)
    # (checked just above; by 都道府県: by body, its bodies added up per prefecture below)
    group_by: GroupBy = "body" if by == "prefecture" else by  # type: ignore[assignment]
    year, given = fiscal_year_option(fiscal_year), plan_given(plan, no_plan)
    if narrative:  # (the sentences are built from the rows: they are kept)
        config, result, read_plan = load_planned(
            files, config_path, fmt, given, bodies=bodies, fiscal_year=year, settings=settings
        )
        summary = planeval.summary_of(
            result, by=group_by, scale=config.scale, percent_decimals=percent_decimals,
            wording=config.wording, plan=read_plan,
        )  # fmt: skip
        # (what the export says: its counted-past and unreturned items after each sentence)
        report = planeval.report_of(result, config.scale, wording=config.wording)
    else:  # (counted file by file, the rows not kept when they are many)
        config, summary, result = count_inputs(
            files, settings, fmt, group_by, percent_decimals, bodies, given, fiscal_year=year
        )
        report = None
    year_given(result, year)
    if by in ("body", "body-policy", "prefecture") and bodies is None and not _of_bodies(summary):
        # (planeval's export of several bodies carries its bodies: no --bodies needed)
        raise UsageError(f"--by {by} は --bodies file か --bodies folder と一緒に使ってください")
    views.require_level(summary, config.wording, result.files)
    prefectures = None  # (by 都道府県: each one's rows, from the list's column 都道府県)
    if by == "prefecture":
        from planeval.prefecture_counts import read_prefecture_counts

        prefectures = read_prefecture_counts(summary, result)
    elif percent and (keep_going or not result.has_errors):  # (of a table printed: 187 #4)
        from planeval.rounding_hint import percent_hint

        result.problems += percent_hint(summary, config, result.files, result.prefectures)

    partly = partly_counted(result)  # (bodies counted in part: marked in a table of bodies)
    none_counted: tuple[tuple[Group, str], ...] = ()
    if result.error_rows or result.unreturned_rows:  # (a policy none of whose rows counted)
        from planeval.report.uncounted_summary import summary_uncounted

        none_counted = summary_uncounted(summary, result)

    def emit() -> None:
        if fmt == JSON:
            from planeval.io.roster import body_codes
            from planeval.report.summary_json import bodies_json, summary_json

            data = summary_json(summary, result.bodies, uncounted_why(result))
            if prefectures is not None:  # (its groups the prefectures', its bodies kept)
                from planeval.report.prefecture_table import prefecture_json

                data |= prefecture_json(prefectures, percent_decimals)
            if none_counted:  # (its group: counts empty, total null, as the export's JSON)
                from planeval.report.uncounted_summary import with_blank_groups

                data = with_blank_groups(data, none_counted)
            data["problems"] = [views.problem_dict(p) for p in result.problems]
            if result.bodies:  # (every body the inputs name, and those with no row counted)
                data |= bodies_json(result, partly, body_codes(result))
            if report is not None:
                data["narratives"] = {s.group.id: s.sentence for s in report.policies}
            write_json(data, sys.stdout)
            return
        from planeval.io.roster import body_codes  # (a CSV of bodies: each one's 団体コード)

        table = views.summary_table(
            summary,
            config.wording,
            percent=percent,
            uncounted_bodies=uncounted_why(result),  # (「下田市（未回答）」: why, in its row)
            bodies=result.bodies,
            partly=partly,
            separated=fmt != CSV,  # (a CSV's numbers as data: 9332)
            shares_beside=fmt == RICH,  # (a box: each share beside its count, 「割合」)
            none_counted=[group for group, _why in none_counted],  # (「3（未集計）」, blank)
            codes=body_codes(result) if fmt == CSV and by == "body" else {},
            prefectures=result.prefectures if by == "body" else {},  # (the terminal's too)
        )
        shares = None  # (the note on its shares: the table's, by 都道府県)
        if prefectures is not None:
            from planeval.report.prefecture_table import prefecture_table

            table, shares = prefecture_table(
                prefectures, summary, config.wording, percent=percent,
                separated=fmt != CSV, shares_beside=fmt == RICH,
            )  # fmt: skip
        from planeval.report.table_notes import summary_notes  # (no JSON's)

        notes = summary_notes(
            summary, result, config, percent=percent, partly=partly, kept_going=keep_going,
            shares=shares,
        )  # fmt: skip
        emit_tables([table], fmt, notes, bom=not no_bom)
        if report is not None:
            if report.whole:  # (全52項目…: the exports')
                typer.echo(f"\n{report.whole}")
            if report.sentence:  # (計画全体では、…: the exports', before each policy's)
                typer.echo(f"\n{report.sentence}")
            for section in report.policies:
                typer.echo(f"\n{section.heading}\n{section.sentence}")

    finish(result, fmt, keep_going, emit, quiet=quiet)


def _of_bodies(summary: "Summary") -> bool:
    """Whether every group counted by body has one (read with --bodies, or several's export)."""
    by_body = summary.by == "body"
    return bool(summary.groups) and all(g.id if by_body else g.body for g in summary.groups)


@command("tables")
@friendly
def tables_command(
    files: Files,
    fmt: FormatOption = RICH,
    config_paths: ConfigsOption = None,
    status_column: StatusColumn = None,
    bodies: BodiesOption = None,
    keep_going: KeepGoing = False,
    no_bom: NoBom = False,
    quiet: Quiet = 0,
    plan: PlanOption = None,
    no_plan: NoPlan = False,
    fiscal_year: FiscalYear = None,
) -> None:
    """評価結果の表を、体系の段ごとに 事業｜評価する項目｜評価｜課題等 の列（言葉は設定の [wording] のもの）で出力します。"""
    from planeval.cli.two_scales import first_config, read_beside
    from planeval.error_rows import chapter3_rows
    from planeval.report import views
    from planeval.report.chapter3_flat import chapter3_flat

    year = fiscal_year_option(fiscal_year)
    config, result = load_inputs(
        files, first_config(config_paths), fmt, status_column=status_column, bodies=bodies,
        fiscal_year=year, plan=plan_given(plan, no_plan),
    )  # fmt: skip
    year_given(result, year)
    listed = chapter3_rows(result)  # (as published, 「44 …」: review 164 #6)
    beside = read_beside(
        files, config_paths, fmt, plan_given(plan, no_plan), result, bodies=bodies,
        fiscal_year=year,
    )  # fmt: skip
    if beside is not None:  # (the second planeval.toml's rating as a column beside)
        from planeval.two_scales import rated_beside

        other, second, _joined = beside
        result.values = rated_beside(result, second, other.scale, other.wording).values

    def emit() -> None:
        if fmt == JSON:
            data = views.chapter3_json(listed, result.values, result.level_labels)
            data["problems"] = [views.problem_dict(p) for p in result.problems]
            write_json(data, sys.stdout)
        elif fmt == "csv":
            emit_tables(
                [
                    chapter3_flat(
                        listed,
                        config.wording,
                        config.scale,
                        result.values,
                        labels=result.level_labels,
                        marks=result.marks,
                    )
                ],
                fmt,
                bom=not no_bom,
            )
        else:
            emit_tables(
                views.chapter3_tables(
                    listed,
                    config.wording,
                    config.scale,
                    result.level_labels,
                    result.values,
                    result.without_issue_column,
                    result.marks,
                    result.headed,  # (群馬県's lines above its tables under 施策5)
                    result.department_column,  # (長瀬町's 担当課: review 175 #6)
                ),
                fmt,
                bom=not no_bom,
            )

    finish(result, fmt, keep_going, emit, quiet=quiet)


@command("issues")
@friendly
def issues_command(
    files: Files,
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status", "-s", help="この達成状況だけを表示します（繰り返すかカンマ区切り: △,×）。"
        ),
    ] = None,
    fmt: FormatOption = RICH,
    config_path: ConfigOption = None,
    status_column: StatusColumn = None,
    bodies: BodiesOption = None,
    keep_going: KeepGoing = False,
    no_bom: NoBom = False,
    quiet: Quiet = 0,
    plan: PlanOption = None,
    no_plan: NoPlan = False,
    fiscal_year: FiscalYear = None,
) -> None:
    """課題一覧: 課題等の記入があるか、「計画どおり」以外の達成状況の実施内容を一覧にします。"""
    from planeval.report import views
    from planeval.report.indicator_values import with_figures
    from planeval.text_cells import issue_cells

    year = fiscal_year_option(fiscal_year)
    config, result = load_inputs(
        files, config_path, fmt, status_column=status_column, bodies=bodies, fiscal_year=year,
        plan=plan_given(plan, no_plan),
    )  # fmt: skip
    year_given(result, year)
    statuses = chosen_statuses(status, config.scale)
    chosen, left, listed, said = planeval.issues_of(result, config, statuses=statuses)
    result.problems += said

    def emit() -> None:
        if fmt == RICH and not chosen:  # (a sentence, not an empty box)
            typer.echo(views.no_issues(config.scale, statuses, config.wording))
        elif fmt == JSON:
            data = {
                "issues": [with_figures(entry, result.values) for entry in chosen],
                "problems": [views.problem_dict(p) for p in result.problems],
            }
            write_json(data, sys.stdout)
        else:
            emit_tables(
                [
                    views.issue_table(
                        chosen,
                        config.wording,
                        config.scale,
                        listed,
                        result.issue_parts,
                        issue_cells(chosen, result.text_columns),  # (出典: review 162 #7)
                        result.values,  # (an indicator's project and figures: review 172 #4)
                        [*result.entries, *result.unreturned_rows],  # (細目 column: 184 #7)
                    )
                ],
                fmt,
                f"{len(chosen)} 件\n{left}".strip(),  # (the rows left out: review 193 #1)
                bom=not no_bom,
            )

    finish(result, fmt, keep_going, emit, quiet=quiet)
