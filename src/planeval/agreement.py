"""``check``: every number a report's text states compared with the counts of the rows, or
listed as not compared with the reason — "all agree" is said only when every number found was
compared and none differs. Here the texts are read part by part (a body's, a file's) with
their pasted tables and sheets' own tables; each statement's count is statement_counts.py's.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from planeval.aggregate import Group, Summary, summarize
from planeval.body_counts import of_bodies_counted
from planeval.body_groups import NO_GROUPS, BodyGroups
from planeval.body_scopes import Part, scope_said, scoped_parts, tables_by_part
from planeval.body_sentences import unscoped
from planeval.caption_counts import compare_captions
from planeval.cell_lines import cell_rows
from planeval.check_result import CheckResult, Disagreement, NotCompared
from planeval.count import Count
from planeval.cross_tables import cross_columns
from planeval.direction_headings import Directions
from planeval.held_back import Missing, held_back
from planeval.issue_leads import compare_leads
from planeval.last_year import PastCounts, PreviousRound
from planeval.level_labels import NO_LABELS, LevelLabels
from planeval.model import Entry, Location, TextCell
from planeval.number_rows import notes_under, unread_rows
from planeval.partial_scopes import partly_agreed
from planeval.pasted_tables import Titles, lines_of, read_tables
from planeval.plan_wholes import plan_apart
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.section_fit import fitted
from planeval.share_sums import ShareRows, compare_sums
from planeval.sheet_columns import read_lines_down
from planeval.sheet_scopes import sheet_groups, sheet_policies
from planeval.sheet_tables import read_sheet_tables
from planeval.stated_ended import stated_ended
from planeval.stated_left_out import stated_left_out
from planeval.stated_year import of_other_years, rated_years
from planeval.statement_counts import compare, projects_rated
from planeval.statements import StatedCounts, find_statements
from planeval.subsets import Marks, Subsets
from planeval.table_counts import TableRows, compare_tables
from planeval.uncounted_rows import LeftOut
from planeval.unreturned_said import Unreturned, quoted_alone, with_left_out
from planeval.year_tables import year_columns
from planeval.year_tables_past import last_year_rows


def check(
    texts: Sequence[TextCell],
    entries: Sequence[Entry],
    *,
    scale: Scale = DEFAULT_SCALE,
    level: str | None = None,
    headings: Sequence[str] = (),
    bodies: Mapping[str, str] | None = None,
    incomplete: Collection[str] = (),
    project: str = "",
    item: str = "",
    counter: str = "",
    direction: str = "",
    left_out: LeftOut | None = None,
    unread_files: Mapping[str, str] | None = None,
    marks: Marks | None = None,
    labels: LevelLabels = NO_LABELS,
    unanswered: Collection[str] = (),
    unreturned_items: Unreturned | None = None,
    unreturned_rows: Sequence[Entry] = (),
    error_rows: Sequence[Entry] = (),
    previous: PreviousRound | None = None,
    year: int | None = None,
    forms: Mapping[str, Sequence[Entry]] | None = None,
    in_error: Sequence[Entry] | None = (),
    body_groups: BodyGroups = NO_GROUPS,
) -> CheckResult:
    """The numbers stated in ``texts`` compared with the counts of ``entries`` (grouped by
    policy, the top level). ``level`` is the word the body names that level with (基本方針,
    施策); by default 情報化政策 for the default scale and the ids' own word otherwise;
    ``headings`` more words a heading names that level with ([layout] headings).
    ``bodies`` (each file's body, when several are read): a paragraph in a body's workbook
    speaks of that body, and is compared with its rows only; so does a paragraph of a report
    text naming one body, or under a heading naming one (「島北市」 until the next heading);
    any other text with all rows. ``incomplete``: the files some of whose rows were not
    counted (errors, --keep-going); a number of theirs (or of all bodies', when one of them is
    in the read) that differs is not compared, for the rows would not tell: 7事業 stated and 0
    counted of a body whose scale was not read. ``left_out`` (uncounted_rows.rows_left_out):
    those of the files whose errors each left out one row, with those rows: a number differing
    by more than they could make up is a disagreement all the same (395 stated, 393 counted,
    one row left out); ``unread_files``, each file not read at all (a PDF reply) with its
    body, whose rows a stated number of rows not counted may hold. ``marks``
    (ReadResult.marks): the rows a column marks (重点 ○), which a sub-count
    (「3事業（うち重点2事業）」) is compared with; ``labels``
    (ReadResult.level_labels): the policies' numbers as typed, which scopes are named by
    (基本方針Ⅱ). ``project``: the body's word for a project (「3つの事業」), besides 計画事業;
    ``item`` its word for the rated rows (「18の事務事業」), ``counter`` its counter ([wording]
    counter: 「3件の事業」, 「3事業」 where it is the project's word). A paragraph under a direction's
    heading (1.1 防災・減災), or leading with it (``direction``, the body's word for one:
    「推進項目(3)「…」では」), and planeval's caption of its table are that direction's;
    ``unanswered``, bodies that sent nothing: a pasted table's row of one is of no row;
    ``unreturned_items`` (read with the plan), the items of its departments that returned
    nothing, which a number said not counted (「…2件は…集計に含めていません」) is compared with,
    and ``unreturned_rows`` those items as Chapter 3 lists them (a caption's 「ほかに未提出 4」);
    a total held back for rows not counted names them and ``error_rows`` (ReadResult's).
    ``previous`` (last_year.previous_round): last year's rows, which last year's numbers and
    the changes stated are compared with (without it they are listed, settled). ``year``, the
    round's fiscal year: a pasted table's row of it is compared, another year's listed
    (past_tables.by_year). ``forms`` (body_scopes.form_rows): each file's own rows where some
    count as another file's (a co-owner's copy), which its table's 合計 row is compared with.
    ``in_error`` (error_rows.rows_in_error): the rows left out for their errors, which
    planeval's caption of their table counts (「ほかに未集計（エラー） 1」); None where not known
    (an export read back), that number not compared. ``body_groups``: a 都道府県's bodies, whose
    rows a paragraph naming it is compared with (body_groups.py)."""
    if level is None:
        level = "情報化政策" if scale.statuses == DEFAULT_SCALE.statuses else ""
    if project and project == level:
        project = ""  # (施策 over 事業 rated per row: 「3つの施策」 counts the top level's groups)
    words = (level, *headings)  # (a direction's heading: 1.1 防災・減災, 施策1-1 …)
    named = (*words, direction)  # (and the body's word for a direction: 推進項目(3) …)
    listed = [*entries, *unreturned_rows]  # (a direction all of whose items are 未提出 too)
    members = body_groups.members  # (「北海道の30団体で完了87件」: 北海道's rows, review 204 #2)
    parts = scoped_parts(texts, entries, bodies or {}, scale, Directions(listed, labels, named), members)  # fmt: skip
    # (planeval's own tables of counts pasted into a report: compared cell by cell)
    # (a table LibreOffice saved as text, a cell per line, put back into its rows, or said)
    table_lines, unread = cell_rows([t for t in texts if t.location.sheet is None], scale)
    by_years = year_columns(table_lines, scale)  # (区分 | 令和4年度 | 令和5年度 | 増減)
    by_years += cross_columns(table_lines, scale)  # (評価 | 基本方針1 | … | 全体: statuses down)
    # (and a sheet's own table of counts: a clerk's 概要, 集計 copied in; each cell said at hers)
    in_sheets = read_sheet_tables([t for t in texts if t.location.sheet], scale, entries)
    in_texts = [*read_tables(table_lines, scale), *by_years]
    read = lines_of(in_texts)  # (and 評価 | 評価の基準 | 事業数 | 割合, statuses down a column)
    down = read_lines_down([t for t in table_lines if t.location not in read], Titles(scale))
    in_sheets = replace(  # (its numbers said at their lines, its scopes by their columns)
        in_sheets,
        cells={**(in_sheets.cells or {}), **down.cells},
        scopes={**(in_sheets.scopes or {}), **down.scopes},
        share_scopes={**(in_sheets.share_scopes or {}), **down.share_scopes},
    )
    in_texts += down.tables
    tables = tables_by_part([*in_texts, *in_sheets.tables], parts)
    # (a row of numbers no reader took: said not compared, never passed over)
    unread += unread_rows(table_lines, lines_of(in_texts) | down.taken, scale)
    owner = (bodies or {}).get
    statements: list[StatedCounts] = []
    wrong: list[Disagreement] = []
    plan_wholes: list[Disagreement] = []  # (totals agreeing as the rows and 未提出 items)
    alike, partial = list[Disagreement](), list[Disagreement]()  # (CheckResult's)
    skipped: list[NotCompared] = [*unread, *in_sheets.unread, *down.unread]
    compared = 0
    rated = rated_years(cell.text for cells in parts.values() for cell in cells)  # (事業分)
    for (body, file), cells in parts.items() or [((None, None), [])]:
        of, group = members.get(body or "", {body}), body in members  # (the part's bodies)
        rows = list((forms or {}).get(file or "", ())) or [
            e for e in entries if (body is None or e.body in of) and file in (None, e.location.file)
        ]
        late = [e for e in unreturned_rows if body is None and file is None]  # (the plan's)
        summary = summarize(rows, scale=scale, labels=labels)
        own = [cell for cell in cells if cell.location not in in_sheets.taken]
        errors = in_error and [e for e in in_error if (body is None or e.body in of) and file in (None, e.location.file)]  # fmt: skip
        groups = _with_uncounted(summary, errors or (), labels)
        found = find_statements(
            own,
            scale,
            groups,
            level=level,
            headings=headings,
            project=project,
            item=item,
            counter=counter,
            directions=Directions([*rows, *late, *(errors or ())], labels, named),
            sheets=sheet_policies(rows, own),  # (a 計 at the foot of one of several sheets)
        )
        found = of_other_years(found, year, rated)  # (「なお、令和3年度は…」: that year's)
        if body is file is None:  # (「中崎町と中川市は…」: neither's rows, nor all: review 120)
            found = unscoped(found, {e.body for e in entries if e.body}, members)
        if group and body_groups.unknown:  # (a 都道府県 some of whose bodies are not known)
            found = [replace(s, unplaced=body_groups.unknown) for s in found]
        policies = {group.id: group for group in groups}
        found = fitted(  # (「また、達成度は、達成が25項目…」 after the last 柱: review 141 #2)
            found, own, policies, functools.partial(_agrees, policies, summary.total, scale)
        )
        table_rows = TableRows(
            rows, summary, labels=labels, words=words, unanswered=unanswered, marks=marks,
            level=level, placed=body_groups.placed,
        )  # fmt: skip
        # (each policy's projects as summarize counts them: a table rated per project too)
        projects = sum(group.projects for group in summary.groups)
        more_wrong, more_skipped, more_compared = compare(
            found,
            policies,
            summary.total,
            projects=projects,
            scale=scale,
            level=level,
            lower=(
                {**table_rows.below(), **sheet_groups(rows, (s.below for s in found), scale)}
                if any(s.below or s.lower for s in found)
                else {}
            ),
            subsets=Subsets(rows, marks or {}, scale).count,
            previous=_past(None if group else previous, (body, file), found, scale, rows),
            rated=projects_rated(rows, scale, labels),
        )
        alike += [d for d in more_wrong if d.whole]
        more_wrong = tuple(d for d in more_wrong if not d.whole)
        pasted = tables.get((body, file), ())
        said, off, aside, in_tables = compare_tables(pasted, table_rows, year)
        before = None if previous is None or file is not None or group else previous.entries
        past = last_year_rows(  # (a year table's 令和5年度 column: --previous, its rows)
            pasted,
            before,
            year,
            aside,
            now=summary.total,
            body=body,
            scale=scale,
            labels=labels if previous is None else previous.labels,
            words=words,
        )
        said, off, aside, in_tables = (
            [*said, *past[0]],
            [*off, *past[1]],
            past[2],
            in_tables + past[3],
        )
        said, off, aside = (
            in_sheets.at_cells(said),
            in_sheets.at_cells(off),
            in_sheets.at_cells(aside),
        )
        captioned = compare_captions(
            [s for s in found if s.caption], rows, scale, late, labels, errors
        )
        found, more_compared = [*found, *said], more_compared + in_tables + captioned[2]
        more_wrong, more_skipped = (
            (*more_wrong, *off, *captioned[0]),
            (*more_skipped, *aside, *captioned[1]),
        )
        files = set(incomplete) if body is None else {f for f in incomplete if owner(f) in of}
        if file is not None:
            files &= {file}
        unsent = None  # (the plan's items no department returned: rows not counted too)
        gone = (body is file is None and unreturned_items) or Unreturned({}, {})  # (… an .xls's)
        if unreturned_items is not None:  # (the plan's whole, its unreturned items too: said)
            broken = _broken_down(said, found, scale)  # (「Ⅱ 1 4 13 19」: 18 — review 144 #1)
            # (not where the plan's items read were left out: held_back's — review 205 #1)
            apart = plan_apart(sorted(files) if body is file is None else [], left_out or {}, rows, texts)  # fmt: skip
            taken = {d: w for d in more_wrong if not apart(d) and (w := unreturned_items.whole(d, broken))}  # fmt: skip
            plan_wholes += taken.values()
            more_wrong = tuple(d for d in more_wrong if d not in taken)
            if (unreturned_items.departments or unreturned_items.missing) and body is file is None:
                unsent = unreturned_items.late_of(found, late, scale.repeat_symbol, policies.keys())
        among = of_bodies_counted(found, rows, files, owner) if body is file is None else set()
        if files or unsent:  # (rows of this scope not counted: what differs may be only that)
            more_wrong, held, wholes = held_back(
                more_wrong, sorted(files), rows, left_out or {}, summary, {**(unread_files or {}), **(bodies or {})}.get, texts,
                unsent or (lambda wrong: 0), project or "計画事業", Missing(error_rows, late, item), gone, among,
            )  # fmt: skip
            more_skipped += held
            plan_wholes += wholes  # (a total of the rows counted and those left out: agreeing)
        off_plan, said_left_out, more = stated_left_out(  # (a caption's 未提出 N: its own)
            [s for s in found if not s.caption], sorted(files), rows, left_out or {}, texts,
            unreturned_items, unread=unread_files, owner=owner,
        )  # fmt: skip
        ended = stated_ended([s for s in found if not s.caption], unreturned_items)  # (完了・廃止)
        more_wrong = (*more_wrong, *off_plan, *ended[0])
        more_skipped, more_compared = (*more_skipped, *ended[1]), more_compared + ended[2]
        more_wrong, with_left = with_left_out(more_wrong, found)
        more_skipped = (*more_skipped, *with_left)
        more_skipped, more_compared = (*more_skipped, *said_left_out), more_compared + more
        partial += partly_agreed([s for s in found if s.location not in among], [*more_wrong, *more_skipped, *plan_wholes], policies,
                                 summary.total, scale, (files, left_out or {}, rows, texts), (body, file), gone.unread_labels)  # fmt: skip
        # (a body's own paragraph: 港川市 計画全体; a file's table total: 総務部.xlsx の表)
        statements += [replace(s, scope=scope_said(s.scope, body, file)) for s in found]
        wrong += [replace(d, scope=scope_said(d.scope, body, file)) for d in more_wrong]
        skipped += [replace(n, scope=scope_said(n.scope, body, file)) for n in more_skipped]
        compared += more_compared
    others = notes_under(table_lines, unread)  # (a rounding note under another scale's table)
    sums = compare_sums(statements, ShareRows(entries, scale, labels, marks, body_groups.placed), others)  # fmt: skip
    leads = compare_leads(texts, entries, scale)  # (「一覧は13件です」: the issue list's rows)
    return CheckResult(
        (*statements, *leads[0]),
        (*wrong, *sums[0], *leads[1]),
        (*skipped, *sums[1], *leads[2]),
        compared + sums[2] + leads[3],
        scale,
        previous is not None,
        plan_wholes=tuple(quoted_alone(plan_wholes, [*wrong, *skipped])),
        alike=tuple(alike),
        partial=tuple(partial),
    )


def _agrees(
    policies: Mapping[str, Group], total: Count, scale: Scale, statement: StatedCounts
) -> bool:
    """No number of the statement differs from the counts of its scope (section_fit.py)."""
    return not compare([statement], policies, total, scale=scale)[0]


def _past(
    previous: PreviousRound | None,
    part: Part,
    found: Sequence[StatedCounts],
    scale: Scale,
    rows: Sequence[Entry],
) -> PastCounts | None:
    """Last year's counts of the rows a part of the texts speaks of (this year's ``rows``),
    where given, the part is not a file's own (a table's 合計 row) and a number of it is last
    year's or a change."""
    body, file = part
    if previous is None or file is not None or not any(n.when for s in found for n in s.numbers):
        return None
    return PastCounts(previous, body, scale, rows)


def _broken_down(
    rows: Sequence[StatedCounts], found: Sequence[StatedCounts], scale: Scale
) -> set[Location]:
    """Where the totals stand that are given status by status, no item the plan ends among
    them: the pasted tables' rows (compare_tables' statements) with a status's count among
    their cells, and a policy's paragraph stating every counted status's count and no word of
    the plan's 区分 (「柱Ⅱは19項目で、未着手が1項目、取組中が4項目、完了が13項目」)."""
    from planeval.unknown_status import plan_words

    def given(statement: StatedCounts) -> set[str]:
        return {n.what for n in statement.numbers if not (n.percent or n.when or n.reason)}

    return {s.location for s in rows if given(s) & set(scale.symbols)} | {
        s.location
        for s in found
        if s.policy_id is not None
        and set(scale.counted) <= given(s)
        and not plan_words(scale, s.text)
    }


def _with_uncounted(
    summary: Summary, in_error: Sequence[Entry], labels: LevelLabels
) -> tuple[Group, ...]:
    """The policies of ``summary`` and those only ``in_error`` rows hold (none of their rows
    counted): planeval's caption of such a policy's table, 「…（ほかに未集計（エラー） 2）」, is
    that policy's, compared with its rows in error, not 「情報化政策2 の行がありません」."""
    if not in_error:
        return summary.groups
    from planeval.report.uncounted_summary import uncounted_groups  # (a read with errors)

    return (*summary.groups, *uncounted_groups(summary, in_error, labels))
