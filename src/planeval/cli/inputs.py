"""Reading a command's inputs: settings, workbooks (a progress bar on a terminal:
cli/progress.py), rounds."""

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.cli.common import SETTINGS
from planeval.cli.progress import progress_bar
from planeval.errors import UsageError
from planeval.report.render import JSON, check_format

if TYPE_CHECKING:
    from planeval.aggregate import GroupBy, Summary
    from planeval.cli.options import PlanGiven
    from planeval.config import Config
    from planeval.io.reader import Bodies
    from planeval.plan import Plan
    from planeval.read_records import ReadResult
    from planeval.title_years import OwnYear


def load_settings(config_path: Path | None, status_column: str | None = None) -> "Config":
    """planeval.toml (or the defaults), with --status-column over its [layout] status_column."""
    from planeval.config import load_config

    config = load_config(config_path)
    if status_column is None:
        return config
    return replace(config, layout=replace(config.layout, status_column=status_column))


def policy_word(config: "Config") -> str:
    """The body's word for its top level as a message says it: [wording] policy (基本目標), or
    政策 where the settings give none of their own (``config``: the settings loaded)."""
    from planeval.wording import DEFAULT_WORDING

    policy = config.wording.policy
    return "政策" if policy == DEFAULT_WORDING.policy else policy


def narrative_by_policy(config: "Config") -> UsageError:
    """summarize --narrative with --by other than policy (文章は政策ごと, 基本目標ごと …)."""
    said = f"（文章は{policy_word(config)}ごとです）"
    return UsageError(f"--narrative は --by policy と一緒に使ってください{said}")


def load_inputs(
    files: list[Path],
    config_path: Path | None,
    fmt: str,
    *,
    status_column: str | None = None,
    bodies: str | None = None,
    fiscal_year: int | None = None,
    plan: "PlanGiven" = None,
    settings: "Config | None" = None,
) -> tuple["Config", "ReadResult"]:
    """Check the format and the paths, load the settings (``settings``: those already
    loaded, checked_settings), read every workbook (a progress bar on a terminal);
    ``fiscal_year``, the round's year given (--fiscal-year); ``plan``, the plan's workbook
    (--plan), whose leads give a co-owned item's row (load_planned)."""
    config, result, _plan = load_planned(
        files,
        config_path,
        fmt,
        plan,
        status_column=status_column,
        bodies=bodies,
        fiscal_year=fiscal_year,
        settings=settings,
    )
    return config, result


def year_given(result: "ReadResult", year: int | None) -> None:
    """The round's year given (--fiscal-year) to a command that counts and writes no report
    (summarize, tables, issues), as export takes it (stated_year.year_given: a year the
    workbooks record otherwise refused, one their titles state otherwise warned of); the
    files it leaves out were left out by the read. Nothing imported without it."""
    if year is not None:
        from planeval.stated_year import year_given as said_of_year

        result.problems += said_of_year(result, year)


def load_planned(
    files: list[Path],
    config_path: Path | None,
    fmt: str,
    plan_path: "PlanGiven",
    *,
    status_column: str | None = None,
    bodies: str | None = None,
    fiscal_year: "int | OwnYear | None" = None,
    settings: "Config | None" = None,
    against_plan: bool = True,
) -> tuple["Config", "ReadResult", "Plan | None"]:
    """As load_inputs, with the plan read (None without --plan or [plan] file); its rows
    judged against it unless ``against_plan`` is False (read_workbooks')."""
    config = settings or checked_settings(files, config_path, fmt, status_column)
    plan = read_plan_given(config, plan_path)
    with progress_bar(enabled=fmt != JSON) as progress:
        result = read_more(
            files, config, progress=progress, bodies=bodies, fiscal_year=fiscal_year, plan=plan,
            against_plan=against_plan,
        )  # fmt: skip
    result.problems += config.notices  # (the settings' own: [wording] status = "目標達成")
    return _form_issue(config, result), result, plan


def _form_issue(config: "Config", result: "ReadResult") -> "Config":
    """The settings with the issue column called as the read's forms title it."""
    from planeval.message_words import with_form_words

    return replace(config, wording=with_form_words(config.wording, result))


def read_plan_given(config: "Config", given: "PlanGiven") -> "Plan | None":
    """The plan --plan names, else planeval.toml's [plan] file (None: neither): every command
    that counts reads the same plan, so a co-owned item is its lead's row in all of them; none
    with --no-plan (``given`` False). A
    setting --plan overrides is not looked at; a name that leads to no plan's workbook (no
    file there, a folder, a status workbook) is a usage error naming where it was given."""
    if given is False or (given is None and config.plan is None):  # (--no-plan, or none)
        return None
    import planeval
    from planeval.config_files import FROM_SETTINGS, file_problem
    from planeval.errors import ConfigError, PlanevalError

    wrong: type[PlanevalError] = UsageError
    if given is not None:
        path, where, fix = given, "--plan", "名前と場所を確かめてください"
    elif config.plan is not None:
        path, where, fix = config.plan, f"{config.plan_at}: [plan] file", FROM_SETTINGS
        wrong = ConfigError
    problem = file_problem(path, "計画のブック", fix)
    if problem is not None:
        raise wrong(f"{where} の計画のブック {path} {problem}")
    try:
        return planeval.read_plan(
            path, limits=config.limits, layout=config.layout, wording=config.wording
        )
    except PlanevalError as error:  # (its kind kept: a status workbook given is a usage error)
        raise type(error)(f"{where}: {error.args[0]}", error.listed) from None


def count_inputs(
    files: list[Path],
    config: "Config",
    fmt: str,
    by: "GroupBy",
    percent_decimals: int,
    bodies: str | None = None,
    plan: "PlanGiven" = None,
    fiscal_year: int | None = None,
) -> tuple["Config", "Summary", "ReadResult"]:
    """As load_inputs, with the settings already loaded (checked_settings), the workbooks
    counted (summarize_workbooks: large reads file by file, their rows not kept)."""
    from planeval.api import summarize_workbooks

    read_plan = read_plan_given(config, plan)
    with progress_bar(enabled=fmt != JSON) as progress:
        summary, result = summarize_workbooks(
            files,
            by=by,
            scale=config.scale,
            layout=config.layout,
            limits=config.limits,
            progress=progress,
            jobs=SETTINGS.jobs,
            bodies=_bodies(bodies),
            percent_decimals=percent_decimals,
            settings=config.source,
            wording=config.wording,
            roster=config.roster,
            plan=read_plan,
            fiscal_year=fiscal_year,
        )
    if given := config.layout.status_column:  # (a column named: looked at once read — start-up)
        from functools import partial

        from planeval.cli.status_columns import read_by, status_column_given

        again = partial(read_by, files, config, bodies=_bodies(bodies))
        status_column_given(given, config, result, again)
    result.problems += config.notices
    return _form_issue(config, result), summary, result


def checked_settings(
    files: list[Path], config_path: Path | None, fmt: str, status_column: str | None = None
) -> "Config":
    """The settings, once the format and the paths are known to be right: loaded once, for a
    command's usage message and its read alike (load_inputs' ``settings``)."""
    if message := check_format(fmt):
        raise UsageError(message)
    require_paths(files)
    return load_settings(config_path, status_column)


def input_files(paths: list[Path], bodies: str | None) -> list[Path]:
    """Every workbook the read of ``paths`` takes (with ``--bodies folder`` those in the bodies'
    folders too): what an output must never be written over — not planeval's own export found
    in a folder, which the read skips (last week's export beside the replies is replaced with
    --force, as any output is: review 37)."""
    from planeval.io.inputs import FoundInFolder, planeval_export
    from planeval.io.reader import list_inputs

    found = list_inputs(paths, _bodies(bodies)).files
    return [p for p in found if not (isinstance(p, FoundInFolder) and planeval_export(p))]


def _bodies(bodies: str | None) -> "Bodies":
    if bodies not in (None, "file", "folder"):
        raise UsageError(f"--bodies には file か folder を指定してください（'{bodies}'）")
    return bodies  # type: ignore[return-value]  # (checked just above)


def read_more(
    paths: list[Path],
    config: "Config",
    *,
    progress: Callable[[int, int], None] | None = None,
    bodies: str | None = None,
    fiscal_year: "int | OwnYear | None" = None,
    plan: "Plan | None" = None,
    against_plan: bool = True,
) -> "ReadResult":
    """Read workbooks with the settings already loaded (compare's and rounds' later rounds)."""
    from functools import partial

    from planeval.api import read_workbooks
    from planeval.cycle.with_plan import of_earlier_round

    read = partial(
        read_workbooks,
        paths,
        scale=config.scale,
        limits=config.limits,
        jobs=SETTINGS.jobs,
        bodies=_bodies(bodies),
        settings=config.source,  # (its notice left out: it was read, as the settings)
        wording=config.wording,
        roster=config.roster,
        fiscal_year=fiscal_year,
        plan=plan,
        against_plan=against_plan,
    )
    result = read(layout=config.layout, progress=progress)
    if given := config.layout.status_column:  # (a column named: looked at once read)
        from planeval.cli.status_columns import status_column_given

        status_column_given(given, config, result, lambda layout: read(layout=layout))
    if plan is not None and not against_plan:  # (a round before the last: its 未提出 its own)
        result.problems = of_earlier_round(result.problems, paths)
    return result


def load_rounds(
    rounds: Sequence[list[Path]],
    config_path: Path | None,
    fmt: str,
    *,
    status_column: str | None = None,
    bodies: str | None = None,
    plan: "PlanGiven" = None,
    years: Sequence["int | OwnYear | None"] = (),
) -> tuple["Config", list["ReadResult"]]:
    """Several evaluation rounds (compare, rounds; each its paths: a folder and folders in it,
    compare's two_rounds), each read on its own with one settings
    and one plan (--plan or [plan] file): the latest round's, against which only its rows are
    judged — an earlier round's were made from the plan of its year, which a revision may
    have changed; the plan names their levels and leads their co-owned items all the same.
    ``years``: each round's (round_years_option, from --fiscal-year), a workbook whose title
    states another left out of its round as summarize leaves it out; a year given that a
    round's record contradicts refused, one its titles contradict warned of (year_given)."""
    each = list(years) or [None] * len(rounds)
    config, first, read_plan = load_planned(
        rounds[0], config_path, fmt, plan, status_column=status_column, bodies=bodies,
        fiscal_year=each[0], against_plan=len(rounds) == 1,
    )  # fmt: skip
    others = [
        read_more(group, config, bodies=bodies, plan=read_plan, fiscal_year=year,
                  against_plan=group is rounds[-1])
        for group, year in zip(rounds[1:], each[1:], strict=True)
    ]  # fmt: skip
    for result, year in zip([first, *others], each, strict=True):
        if not isinstance(year, str):  # (a round's own year, OWN_YEAR, is no year given)
            year_given(result, year)
    from planeval.cycle.bodies_apart import answered_apart

    answered_apart([first, *others], [str(paths[0]) for paths in rounds])  # (sent nothing)
    return config, [first, *others]


def load_with_previous(
    files: list[Path],
    previous: Path | None,
    config_path: Path | None,
    fmt: str,
    *,
    status_column: str | None = None,
    bodies: str | None = None,
    plan: "PlanGiven" = None,
    fiscal_year: int | None = None,
) -> tuple["Config", "ReadResult", "ReadResult | None"]:
    """check's inputs: this round's workbooks (``fiscal_year``: the round's year given, a
    workbook titled with another left out, as export's read leaves it out) and, with
    ``previous`` (--previous), last year's round, read as load_rounds reads compare's earlier
    rounds (one settings, one plan)."""
    if previous is not None:
        if not previous.exists():
            raise UsageError(f"--previous のファイルまたはフォルダが見つかりません: {previous}")
        if previous.resolve() in {path.resolve() for path in files}:
            raise UsageError(
                f"--previous の {previous} は今回の回答にも指定されています。"
                "--previous には前年度の調査票のフォルダか、前年度に書き出した報告書を指定してください"
            )
    config, result, read_plan = load_planned(
        files, config_path, fmt, plan, status_column=status_column, bodies=bodies,
        fiscal_year=fiscal_year,
    )  # fmt: skip
    if previous is None:
        return config, result, None
    # (its rows were last year's plan's: review 47, an item added since failed them all)
    last = read_more([previous], config, bodies=bodies, plan=read_plan, against_plan=False)
    from copy import copy

    from planeval.cycle.bodies_apart import answered_apart

    # (last year's body that sent nothing, by the list: a notice naming its round, as compare
    # says it — this round's stays the error that stops a count; review 109 #3)
    answered_apart([copy(result), last], [str(files[0]), str(previous)])
    return config, result, last


def require_paths(paths: list[Path], *, rounds: bool = False) -> None:
    """Every path there; with ``rounds`` (compare, rounds: each path one round), no round
    given twice (its two names could never be told apart, nor its counts from its own)."""
    if missing := [path for path in paths if not path.exists()]:
        from planeval.io.inputs import missing_paths

        raise UsageError(missing_paths(missing))
    seen = [path.resolve() for path in paths]
    if rounds and (twice := next((p for i, p in enumerate(paths) if seen[i] in seen[:i]), None)):
        raise UsageError(
            f"{twice} が 2 回指定されています。回ごとに別のファイルかフォルダを指定してください"
        )
