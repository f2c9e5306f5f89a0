"""The library: one function per command, each taking paths or records and returning records.
Nothing here prints; the CLI (planeval.cli) parses options, calls one of these and renders.
The yearly cycle's (validate, submissions, read_plan, write_templates; compare, rounds) are
in planeval/cycle/api.py and cycle/rounds_api.py; all are planeval's own names
(``planeval.read_workbooks``).

    read_workbooks → summarize / build_report → export
                   → check, validate and submissions (with read_plan), compare, rounds
    read_plan → write_templates
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.aggregate import GroupBy, Summary, in_body_order, summarize
from planeval.apart_names import summary_said
from planeval.combine import combine
from planeval.direction_word import direction_unread, level_word_unread
from planeval.io.headers import DEFAULT_LAYOUT, Layout
from planeval.io.judge import Engine
from planeval.io.limits import Limits
from planeval.io.reader import Bodies, read_files
from planeval.io.roster import twins_of
from planeval.io.roster_file import Listed
from planeval.io.workbook import ReadOptions
from planeval.marked_counts import MarkedTally, plan_marked
from planeval.message_words import reword, settings_named
from planeval.offered_words import item_word_over
from planeval.read_records import ReadResult
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.status_cells import FORM_WORDED, in_form_words
from planeval.tally import Tally
from planeval.wording import DEFAULT_WORDING, Wording

DEFAULT_LIMITS = Limits()

if TYPE_CHECKING:  # (imported when called: start-up pays only for what a command uses)
    from planeval.check_result import CheckResult
    from planeval.plan import Plan
    from planeval.report_api import build_report, counted_past, report_of
    from planeval.title_years import OwnYear

    _Read = tuple[Path | None, Scale]  # (the settings read from, the scale read in)

__all__ = ["Summary", "build_report", "check", "counted_past"]
__all__ += ["read_workbooks", "report_of", "summarize", "summarize_workbooks"]


def read_workbooks(
    paths: Sequence[Path | str],
    *,
    scale: Scale = DEFAULT_SCALE,
    layout: Layout = DEFAULT_LAYOUT,
    limits: Limits = DEFAULT_LIMITS,
    progress: Callable[[int, int], None] | None = None,
    engine: Engine = "auto",
    jobs: int = 1,
    bodies: Bodies = None,
    settings: Path | None = None,
    wording: Wording = DEFAULT_WORDING,
    roster: Sequence[Listed] = (),
    fiscal_year: int | OwnYear | None = None,
    plan: Plan | None = None,
    against_plan: bool = True,
) -> ReadResult:
    """Every Chapter 3 table in the given workbooks and folders, as entries to count: the same item
    read from several files counted once when they agree and not at all (an error naming every
    place) when they do not. ``progress`` is called with (files done, files in all); ``jobs`` >
    1 reads in that many worker processes (0: automatic); ``engine="openpyxl"`` reads every
    file with openpyxl (the same answers, more slowly); ``layout`` adds a body's own column
    titles and heading words and picks a status column (planeval.toml's [layout]); ``bodies``
    reads several bodies at once: "file" (each workbook one body) or "folder" (each sub-folder
    one body); items of different bodies are never merged. ``settings`` is the planeval.toml
    ``scale`` and ``layout`` were read from, if any: found among the inputs, it is not said;
    any other planeval.toml found there is (with the error of a workbook beside it whose table
    was not found). ``wording`` (planeval.toml's [wording]) words the problems as the body
    does: 取組内容 for 実施内容. ``roster``: with ``bodies``, the bodies expected to answer
    (planeval.toml's [bodies] roster, read by ``read_roster``): those that sent nothing are an
    error, and listed as not counted. ``fiscal_year``: the round's year, as the clerk gives it;
    a workbook whose title states another year is then left out, with an error (last year's
    workbook sent again); ``"own"`` (``title_years.OWN_YEAR``: an earlier round of compare or
    rounds, round_years), the year most of the titles state. ``plan`` (read_plan): a
    co-owned item is its lead's row (所管部, the plan's first department; a co-owner's text
    attributed; without it, the first file's), the
    departments that sent nothing noted and the rows against the plan said as validate says
    them, those in error left out (cycle/with_plan.py); ``against_plan=False`` (an earlier
    round read with a later plan: compare, rounds) only the departments that sent nothing,
    owing the items the plan marks 終了 too (ended since: ``Plan.as_before``)."""
    read = read_files(
        paths,
        scale=scale,
        layout=layout,
        limits=limits,
        progress=progress,
        engine=engine,
        jobs=jobs,
        bodies=bodies,
        settings=settings,
        roster=roster,
        plan_file=plan.file if plan is not None else None,
        earlier=not against_plan,
    )
    result = combine(read, scale, fiscal_year, plan)
    if bodies == "file" and plan is None:  # (a row deleted from a common form: of the
        # files counted, last year's left out by combine — review 133 #6)
        from planeval.io.common_form import form_rows_lacking

        result.problems += form_rows_lacking(result)
    result.count_bodies({entry.body for entry in result.entries})
    _in_body_words(result, wording, layout, plan, (settings, scale))
    if plan is not None:
        from planeval.cycle.with_plan import count_with_plan

        # (an earlier round by the plan as it was then: the items it ends since still its own)
        round_plan = plan if against_plan else plan.as_before()
        count_with_plan(result, round_plan, wording, scale, rows=against_plan)
        if not against_plan:  # (what its own summarize would leave out: said by compare)
            from planeval.cycle.with_plan import unjudged_rows

            result.unjudged_rows = unjudged_rows(result, round_plan, wording, scale)
    if result.numbers_apart:  # (a No. column beside the names: shown as the other forms)
        from planeval.apart_numbers import bare_numbers

        bare_numbers(result, plan)
    return settings_named(result, settings)


def summarize_workbooks(
    paths: Sequence[Path | str],
    *,
    by: GroupBy = "policy",
    scale: Scale = DEFAULT_SCALE,
    layout: Layout = DEFAULT_LAYOUT,
    limits: Limits = DEFAULT_LIMITS,
    progress: Callable[[int, int], None] | None = None,
    engine: Engine = "auto",
    jobs: int = 1,
    bodies: Bodies = None,
    percent_decimals: int = 1,
    stream: bool | None = None,
    settings: Path | None = None,
    wording: Wording = DEFAULT_WORDING,
    roster: Sequence[Listed] = (),
    plan: Plan | None = None,
    fiscal_year: int | None = None,
) -> tuple[Summary, ReadResult]:
    """``summarize(read_workbooks(...).entries, labels=….level_labels, marks=….marks)`` (each group
    numbered as its body typed it, the rows a column marks counted under it) and the read's
    problems, in memory that does not grow with the rows when the workbooks are large: each
    file is combined and tallied where it is read and its rows let go (files that share a
    project are read again and combined together; see rollup.py). ``stream``: None streams from
    4 MB of workbooks (never with a ``plan``: the rows tell who returned what), True always,
    False never; when streamed, the result's ``entries`` are empty. ``settings``, ``wording``,
    ``roster``, ``fiscal_year`` (a workbook whose title states another year left out) and
    ``plan`` as read_workbooks' (its rows in error left out, the tally made again)."""
    from planeval.rollup import count_workbooks

    tally, marked, result = count_workbooks(
        paths,
        by=by,
        options=ReadOptions(scale, layout, limits, engine, twins_of(roster)),
        progress=progress,
        jobs=jobs,
        bodies=bodies,
        stream=stream,
        settings=settings,
        roster=roster,
        plan=plan,
        fiscal_year=fiscal_year,
        wording=wording,
    )
    _in_body_words(result, wording, layout, plan, (settings, scale))
    if plan is not None:
        from planeval.cycle.with_plan import count_with_plan

        if count_with_plan(result, plan, wording, scale, rows=stream is not True):  # (again)
            tally = Tally(by).add(result.entries)
            marked = MarkedTally(by).add(result.entries, result.marks)
    summary = tally.summary(scale, percent_decimals, result.level_labels)
    summary = marked.of(summary, result.level_labels)  # (the rows a column marks: うち重点)
    summary = plan_marked(summary, result.planned_mark)  # (… as the plan marks them)
    # (a policy named apart or nowhere, bodies' own 1-1-1s in one row, 区分なし: said why)
    result.problems += summary_said(summary, result, tally.names, wording, plan=bool(plan))
    return in_body_order(summary, result.bodies), settings_named(result, settings)


def check(
    result: ReadResult,
    *,
    scale: Scale = DEFAULT_SCALE,
    texts: Sequence[Path] = (),
    level: str | None = None,
    headings: Sequence[str] = (),
    project: str = "",
    item: str = "",
    counter: str = "",
    direction: str = "",
    previous: ReadResult | None = None,
    mapping: Mapping[str, str] | None = None,
    fiscal_year: int | None = None,
) -> CheckResult:
    """The counts stated in the workbooks' paragraphs (and in report ``texts``: .txt, .md)
    compared with the counts of the rows (a paragraph in a body's workbook with that body's
    rows, when several bodies were read). ``level`` is the word the body names its top level
    with (基本方針, 施策: ``config.wording.policy``); by default 情報化政策 for the default
    scale, else the ids' own. ``headings``: more words a heading names that level with
    (``config.layout.headings``); ``project`` the body's word for a project
    (``config.wording.project``: 「3つの事業」 counts projects as 「3つの計画事業」 does), ``item``
    its word for the rated rows (``config.wording.item``: 「18の事務事業」 is a count of them),
    ``counter`` its counter (``config.wording.counter``: 「3件の事業」 counts projects too),
    ``direction`` its word for a direction (``config.wording.direction``: 「推進項目(3)「…」では」).
    ``previous``: last year's round (read_workbooks of its workbooks or export, as compare's
    first round): last year's numbers a text states (「前年度の10件から」) are compared with its
    counts, and the changes (「▲2件」「4件増加」) with this year's less its, per scope as this
    year's numbers are; a round of a known year other than the year before is a UsageError.
    Without it they are listed as not compared and fail nothing. ``mapping`` renumbers
    ``previous`` as compare's renumbers its old round (``1-1-3`` → ``1-1-4``, ``1-1-3②`` →
    ``1-1-4③``: a plan revised between the years), so a scope's rows are this year's items.
    ``fiscal_year``: the round's year (else the workbooks'): a pasted table's row (or column) of
    that year is compared, another year's listed as settled."""
    from planeval.agreement import check as check_statements
    from planeval.body_counts import compare_bodies
    from planeval.body_groups import prefecture_groups
    from planeval.body_scopes import form_rows
    from planeval.broken_rows import joined_rows
    from planeval.check_typed import with_silent_texts, with_typed_phrases
    from planeval.error_rows import rows_in_error
    from planeval.gap_wholes import gap_wholes
    from planeval.io.note_rows import report_texts
    from planeval.io.text_files import text_paragraphs
    from planeval.last_year import previous_round
    from planeval.last_year_copies import last_years_copies
    from planeval.past_errors import SENT_NOTHING, uncounted_why
    from planeval.pasted_figures import without_figures
    from planeval.stated_year import check_year
    from planeval.uncounted_rows import rows_left_out
    from planeval.unreturned_said import Unreturned

    own = report_texts(result.texts, result.entries)  # (no rows' note, 「※…」: review 185)
    lines = [cell for path in texts for cell in text_paragraphs(Path(path))]
    if any("\t" in cell.text for cell in lines):  # (a row whose name Word broke over lines)
        names = [name for e in result.entries for name in (e.item_name, e.project_name) if name]
        # (the 集計 table's too, broken between their phrases: review 138 #5)
        names += [*result.policy_names.values(), *result.direction_names.values()]
        lines = joined_rows(lines, names)
    cells = [*own, *lines]
    cells = without_figures(cells, result.entries, result.values)  # (a pasted 現状値 is no count)
    bodies = result.file_bodies  # (a body's paragraph against its rows: several bodies read)
    incomplete = {problem.location.file for problem in result.input_errors()}
    # (another year's workbook's rows left out, not last year's copy beside a reply: 198 #2)
    incomplete |= {e.location.file for e in result.other_year_rows} - last_years_copies(result)
    # (a body of another scale the list of bodies marks so: its notices, its rows aside)
    incomplete |= {entry.location.file for entry in result.other_scale_rows}
    if result.recorded_errors:  # (an export's rows left out past errors: as their files')
        recorded = {place.file: place.body for place in result.recorded_errors}
        incomplete |= recorded.keys()
        bodies = {**{file: body for file, body in recorded.items() if body}, **bodies}
    # (a file not read at all of a department the plan names: its items not returned, not rows
    # of any scope — review 184 #1: an .xls held back every number, a wrong 9 of them)
    incomplete -= result.unread_leads.keys()
    rows_out = rows_left_out(result, scale)  # (and the files not read at all: a PDF reply)
    unread = {f: result.unread_bodies.get(f, "") for f in result.left_out if f not in rows_out}
    checked = check_statements(
        cells,
        result.entries,
        left_out=rows_out,
        unread_files=unread,
        marks=result.marks,
        labels=result.level_labels,
        scale=scale,
        level=level,
        headings=headings,
        bodies=bodies,
        incomplete=incomplete,
        project=project,
        item=item,
        counter=counter,
        direction=direction,
        unreturned_items=Unreturned.of(result),
        unreturned_rows=result.unreturned_rows,
        error_rows=result.error_rows,
        unanswered=[body for body, why in uncounted_why(result).items() if why in SENT_NOTHING],
        previous=(
            None
            if previous is None
            else previous_round(previous, result, mapping, fiscal_year, scale=scale, item=item)
        ),
        year=check_year(result, fiscal_year),
        forms=form_rows(result.read, result.entries),  # (a 合計 row: its form's own rows)
        # (a caption's 「ほかに未集計（エラー） 1」; an export's rows in error are not in its tables)
        in_error=None if result.recorded_errors else rows_in_error(result),
        body_groups=prefecture_groups(result.bodies, result.prefectures),  # (北海道's rows)
    )
    # (「29市町村のうち27市町村から回答」: --bodies; 「40項目」 of a numbering gap too, review 170 #4)
    checked = compare_bodies(gap_wholes(checked, result, rows_out), result, scale)
    if previous is not None:  # (「前年度から改善した事務事業は7件」: compare's own 改善 count)
        from planeval.cycle.rounds_api import compare
        from planeval.stated_moves import compare_moves

        last, moved = previous, dict(mapping or {})
        checked = compare_moves(
            checked, lambda: compare(last, result, scale=scale, mapping=moved), scale
        )
    checked = with_typed_phrases(checked)  # (quoted as typed: 「（…）」, not NFKC's 「(…)」)
    return with_silent_texts(checked, (str(Path(path)) for path in texts))  # (one with no count)


def __getattr__(name: str) -> object:
    """``export`` and ``Exported`` (export_api.py), ``build_report``, ``counted_past`` and
    ``report_of`` (report_api.py), imported when first asked for: a run that exports nothing
    defines no Exported (a frozen dataclass compiles its methods as it is defined, ~4 M
    instructions), and one that only counts builds no report."""
    if name in ("export", "Exported"):
        from planeval import export_api

        return getattr(export_api, name)
    if name in ("build_report", "counted_past", "report_of"):
        from planeval import report_api

        return getattr(report_api, name)
    raise AttributeError(f"module 'planeval.api' has no attribute {name!r}")


def _in_body_words(
    result: ReadResult, wording: Wording, layout: Layout, plan: Plan | None, read: _Read
) -> None:
    """The read's messages in the body's words (reword; the plan's own title for its report),
    and a direction column the settings name but no table read said (both reading paths)."""
    settings, scale = read  # (Setagaya's scale: its words give way to the tables', reword)
    if any(problem.kind == FORM_WORDED for problem in result.problems):  # (前進Ｂ（一部）)
        result.problems = in_form_words(result.problems, result.status_cells)
    reword(
        result,
        wording,
        worded=layout.worded,
        status_column=layout.status_column,
        setagaya=scale.symbols == DEFAULT_SCALE.symbols,
        plan_title=plan.title if plan is not None else "",
    )
    result.problems += direction_unread(result, wording, worded=layout.worded, settings=settings)
    result.problems += level_word_unread(result, wording, worded=layout.worded, settings=settings)
    result.problems = item_word_over(result.problems, wording, worded=layout.worded)
