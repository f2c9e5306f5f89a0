"""The three reports as plain data: the summary, the Chapter 3 tables and the issue list. Each
view gives TableData for the text formats and a dict for JSON (render.py writes them)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from itertools import groupby
from typing import TYPE_CHECKING

from planeval.aggregate import GROUP_LEVELS, Group, Summary
from planeval.distinct_ids import AS_SHOWN, ListedIds
from planeval.errors import UsageError
from planeval.level_labels import NO_LABELS, LevelLabels, shown_number, typed_numbers
from planeval.model import Entry, Location, Problem
from planeval.report.indicator_values import NO_VALUES, Values, value_keys, with_figures
from planeval.report.render import SHARE_HEADER, TableData
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.wording import DEFAULT_WORDING, ID_TITLE, Wording

# report.tables and report.chapter3_rows (the rows of every table) are imported by the
# functions that make a table, not here: a JSON summary makes none, and importing them was a
# tenth of that command's start-up.
if TYPE_CHECKING:
    from planeval.report.chapter3_rows import CHAPTER3_HEADERS, status_cell
    from planeval.report.issue_list import select_issues
    from planeval.report.sub_counts import Marks
    from planeval.report.table_notes import uncounted_line
    from planeval.report.tables import ISSUE_HEADERS

__all__ = ["CHAPTER3_HEADERS", "ISSUE_HEADERS", "select_issues", "status_cell", "uncounted_line"]


def __getattr__(name: str) -> object:
    """The names above, from the module that makes them, when first asked for (PEP 562)."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from planeval.report import chapter3_rows, issue_list, table_notes, tables

    home = {
        "uncounted_line": table_notes,
        "select_issues": issue_list,
        "CHAPTER3_HEADERS": chapter3_rows,
        "status_cell": chapter3_rows,
    }
    return getattr(home.get(name, tables), name)


NO_MARKS: Mapping[Location, tuple[str, str]] = {}  # (ReadResult.marks: none)

# Setagaya's names of the levels (the default Wording's): Wording.level gives a body's own
LEVEL_TITLES = {level: DEFAULT_WORDING.level(level) for level in GROUP_LEVELS}


def summary_table(
    summary: Summary,
    wording: Wording = DEFAULT_WORDING,
    *,
    percent: bool = False,
    uncounted_bodies: Sequence[str] | Mapping[str, str] = (),
    bodies: Sequence[str] = (),
    separated: bool = True,
    shares_beside: bool = False,
    partly: Collection[str] = (),
    none_counted: Sequence[Group] = (),
    codes: Mapping[str, str] = {},
    prefectures: Mapping[str, str] = {},
) -> TableData:
    """The counts per group for the terminal and the text formats (the rows: report.tables),
    titled "情報化政策別の達成状況" in the body's words; with ``percent`` one more column per
    counted symbol, "◎ 割合（%）", at the summary's places — with ``shares_beside`` (a terminal's
    box) each beside its count, headed 「割合」 (the note under the table gives the unit):
    羽村市's statuses, whole phrases, were six lines tall over one-digit counts, and again in each
    share's header. By body, each of ``uncounted_bodies`` (ReadResult's: no row counted) has a row
    too, its counts left empty (not 0: nothing was counted), in its place among ``bodies``
    (ReadResult's) — of each body's groups (body-policy) one row, its ID and name empty —, and
    each of ``partly`` (past_errors.partly_counted) is marked 「川辺町（一部未集計）」 (by
    body-policy, its body column in each of its rows). Counts thousands separated (9,332) and
    groups numbered as their bodies typed them (Group.label) unless not ``separated`` (a CSV's
    data: 9332, the groups' IDs, and a body's name alone with its state in a column 集計の状況 of
    its own, last: tables.STATE_HEADER). Each policy of ``none_counted``
    (uncounted_summary.summary_uncounted) has a row of no numbers in its place, 「3（未集計）」
    where read, 3 in a CSV, as the export's 集計 has it. By body, each body's 団体コード (a CSV's:
    roster.body_codes) and 都道府県 (the list's, in every format) before its name, where known:
    what a ministry joins on, a prefecture filters on (reviews 120 #4, 179 #4)."""
    from planeval.report.coded_bodies import body_keys, with_codes
    from planeval.report.count_headers import short_titles
    from planeval.report.count_rows import typed_beside
    from planeval.report.tables import count_table
    from planeval.report.uncounted_policies import NOT_COUNTED_MARK, with_blank_rows

    blank = uncounted_bodies if summary.by == "body" or summary.of_bodies else ()
    ids = ("団体", "") if summary.by == "body" else (ID_TITLE, "名称")
    table = count_table(
        summary, shares=percent, blank=blank, bodies=bodies, id_headers=ids, partly=partly
    )
    table = with_blank_rows(table, none_counted)  # (a policy none of whose rows was counted)
    # (a CSV's data: each body by its name alone, its state in a column of its own, last)
    headers = table.headers if separated else table.data_headers
    rows = table.text_rows(separated=separated)
    leading = 2  # (the group's ID and name)
    level = wording.level("policy" if summary.by == "body-policy" else summary.by)
    # each group's row without the level (not its うち重点 line under it: report/sub_counts.py,
    # nor a policy none counted, nor a body none counted: its row's own, blank — they were
    # zipped with the groups, so each row after a 未回答 body's took the label of the row
    # before it: 松原市's blank, 高森町's 「3-2 （方向性の段なし）」, review 150 #8)
    for line, row in zip(table.rows, rows, strict=True):
        if line.sub or line.blank or line.mark == NOT_COUNTED_MARK or summary.by == "body":
            continue
        if not (line.id or line.name):  # (a table without the level)
            row[1] = f"（{level}の段なし）"  # (基本目標の, not 団体・基本目標の: review 40)
    if summary.by == "body":  # a body is its name: one column, titled as what it is
        headers, rows, leading = ("団体", *headers[2:]), [[row[0], *row[2:]] for row in rows], 1
        # (as they are where no body's code or prefecture is known)
        coded = with_codes(headers, rows, codes, keys=body_keys(table), prefectures=prefectures)
        leading, (headers, rows) = len(coded[0]) - len(headers) + 1, coded
    elif summary.of_bodies:  # each body's own groups: the body in a column of its own
        headers, leading = ("団体", *headers), 3  # (marked as in a table by body: CountRow)
        bodies_of = [line.shown_body if separated else line.body for line in table.rows]
        rows = [[body, *row] for body, row in zip(bodies_of, rows, strict=True)]
        rows[-1 - bool(summary.marked)][:3] = ["合計", "", ""]
    if not separated and summary.by != "body":  # (data: each group by its ID, and as typed)
        widened = len(headers)
        headers, rows = typed_beside(table.rows, headers, rows, leading - 2)
        leading += len(headers) - widened
    if percent and shares_beside:
        headers, rows = _shares_beside(headers, rows, leading, len(table.counted))
    state = table.states and not separated  # (集計の状況, last: a text)
    numeric = frozenset(range(leading, len(headers) - state))
    assert summary.by in GROUP_LEVELS
    if summary.of_bodies:
        level = f"団体・{level}"  # (as body-policy's title says it)
    title = wording.by(level)
    # (a level numbered after its word, as its headings: 「柱1」 in a terminal's narrow blocks)
    word = {"policy": wording.policy, "direction": wording.direction_word}.get(summary.by, "")
    short = short_titles(headers, summary.scale)
    return TableData(title, headers, rows, numeric, short, word, status_word=wording.status)


def _shares_beside(
    headers: Sequence[str], rows: list[list[str]], leading: int, counted: int
) -> tuple[tuple[str, ...], list[list[str]]]:
    """The columns ``leading`` IDs, counts, 計, uncounted symbols, shares reordered as IDs,
    each count with its share (headed 割合), 計, uncounted symbols."""
    shares = len(headers) - counted
    order = [
        *range(leading),
        *(column for n in range(counted) for column in (leading + n, shares + n)),
        *range(leading + counted, shares),
    ]
    shown = tuple(SHARE_HEADER if column >= shares else headers[column] for column in order)
    return shown, [[row[column] for column in order] for row in rows]


def require_level(summary: Summary, wording: Wording, files: Sequence[str]) -> None:
    """A usage error when a summary by direction or project has only the row of entries
    without that level — the tables have no such level (川崎市's 政策 › 施策, 羽村市's 施策 over
    its 事業 rows): one row 「（取り組みの方向性の段なし）」 under a title in another body's words
    told the clerk nothing (reviews 16 and 20). By project, too, where every group's rows are
    its projects (a 行政改革大綱's 改革の柱 › 取組項目, the 取組項目 rated right under the 柱):
    the policies' table again under 「事業別」 (review 79a #8). It names the levels the tables
    have, in the body's words, and what to count by instead."""
    if summary.by not in ("direction", "project") or not summary.groups or not files:
        return
    rows_only = all(group.rows_are_projects for group in summary.groups)
    levelled = any(group.id or group.name for group in summary.groups)
    if levelled and not (summary.by == "project" and rows_only):
        return
    policy = wording.policy
    if rows_only:
        below, options = wording.item, f"--by policy（{policy}ごと）"
        if summary.by == "project":  # (each rated row its own: --by item lists them)
            options += f"か --by item（{below}ごと）"
    else:
        below = wording.project
        options = f"--by policy（{policy}ごと）か --by project（{below}ごと）"
    between = rows_only or summary.by == "direction"
    asked = f"{policy}と{below}の間の段" if between else f"{below}の段"
    others = f"（ほか {len(files) - 1} ファイル）" if len(files) > 1 else ""
    raise UsageError(
        f"{files[0]}{others}: --by {summary.by} は{asked}ごとに数えますが、読み込んだ表には"
        f"その段がありません（表の段は {policy} › {below}）。{options}を指定してください"
    )


def problem_dict(problem: Problem) -> dict[str, object]:
    return {
        "file": problem.location.file,
        "sheet": problem.location.sheet,
        "cell": problem.location.cell,
        "severity": problem.severity.value,
        "message": problem.message,
        "hint": problem.hint,
        **({"settings": problem.settings} if problem.settings else {}),
    }


def chapter3_tables(
    entries: Sequence[Entry],
    wording: Wording = DEFAULT_WORDING,
    scale: Scale = DEFAULT_SCALE,
    labels: LevelLabels = NO_LABELS,
    values: Values = NO_VALUES,
    without_issue: Collection[tuple[str, str]] = (),
    marks: Marks = NO_MARKS,
    headed: Mapping[Location, str] | None = None,
    departments: Collection[tuple[str, str]] = (),
) -> list[TableData]:
    """One table per direction, titled with the direction (and the policy above its first);
    with several bodies, each body's tables apart, the body named above its first. Statuses
    as the body writes them, levels numbered as typed (``labels``), each body's columns from
    its own rows (chapter3_columns.columns_of): an indicator's figures (``values``) before its
    rating, the marking column (``marks``: 重点 ○) after the item, 課題等 and 担当課 as
    has_issues and has_departments (``departments``) say of every body's rows (review 193 #5);
    a line typed above a table heading its rows (``headed``): a heading row (TableData.headings)."""
    from planeval.report.chapter3_columns import has_departments, written_issues
    from planeval.report.chapter3_rows import by_body

    bodies, written = by_body(entries), (values, marks, value_keys(entries, values), headed or {})
    issues = (without_issue, written_issues(entries), has_departments(entries, departments))
    if len(bodies) < 2:
        return _chapter3_tables(entries, wording, scale, labels, written, issues)
    tables = []
    for body, own in bodies.items():
        first, *rest = _chapter3_tables(own, wording, scale, labels, written, issues)
        tables += [first._replace(title=f"団体：{body}\n{first.title}"), *rest]
    return tables


def _chapter3_tables(
    entries: Sequence[Entry],
    wording: Wording,
    scale: Scale,
    labels: LevelLabels,
    written: tuple[Values, Marks, tuple[tuple[str, int], ...], Mapping[Location, str]],
    issues: tuple[Collection[tuple[str, str]], bool, bool],
) -> list[TableData]:
    from planeval.report import chapter3_rows as rows_of
    from planeval.report.chapter3_columns import columns_of

    tables = []
    previous_policy = None
    values, marks, every, headed = written  # (every body's value columns: titled over all)
    without, texts, named = issues
    columns = columns_of(
        entries, values, marks, without, among=every, written=texts, with_department=named
    )
    headers = columns.headers(wording)
    statuses = wording.statuses_shown(scale)
    for direction in rows_of.direction_tables(
        entries,
        statuses,
        labels,
        values,
        columns,
        word=wording.direction_word,
        marks=marks,
        headed=headed,
    ):
        first = direction.rows[0].entry
        title = direction.title
        if first.policy_id != previous_policy:
            number = shown_number(labels, first.policy_id, first.body)
            policy = wording.heading(number, first.policy_name)  # (as the export's)
            title = f"{policy}\n{title}" if title else policy
            previous_policy = first.policy_id
        rows = [row.cells(columns) for row in direction.rows]
        headings = {index: row.heading for index, row in enumerate(direction.rows) if row.heading}
        tables.append(TableData(title, headers, rows, headings=headings))
    return tables


def chapter3_json(
    entries: Sequence[Entry], values: Values = NO_VALUES, labels: LevelLabels = NO_LABELS
) -> dict[str, object]:
    """The tables' rows as records, policy › direction › entries, each level with its
    ``"label"``, its number as typed where not as its ID (``labels``: 羽村市's Ⅰ for 1, as the
    tables and the CSV show it); an indicator's figures as its record's ``values`` (title →
    value as shown), where its table has them."""
    from planeval.report.chapter3_rows import sort_entries

    policies: list[dict[str, object]] = []
    for policy_id, in_policy in groupby(sort_entries(entries), key=lambda e: e.policy_id):
        in_policy_list = list(in_policy)
        directions = []
        for direction_id, in_direction in groupby(in_policy_list, key=lambda e: e.direction_id):
            rows = list(in_direction)
            directions.append(
                {
                    "id": direction_id,
                    "label": typed_numbers(labels, rows[0].body, direction_id)[0],
                    "name": rows[0].direction_name,
                    "entries": [with_figures(entry, values) for entry in rows],
                }
            )
        first = in_policy_list[0]
        policies.append(
            {
                "id": policy_id,
                "label": typed_numbers(labels, first.body, policy_id)[0],
                "name": first.policy_name,
                "directions": directions,
            }
        )
    return {"policies": policies}


def no_issues(scale: Scale, statuses: Sequence[str], wording: Wording = DEFAULT_WORDING) -> str:
    """What an empty issue list says: 「未実施（×）の実施内容はありません」."""
    if statuses:
        named = "・".join(f"{scale.label(s)}（{s}）" if scale.label(s) else s for s in statuses)
        if not set(statuses) & set(scale.counted):  # (再掲 rows are not rated: never listed)
            return f"{named}の行は数えない行のため、{wording.issues_title}には載りません"
        return f"{named}の{wording.item}はありません"
    return f"{wording.issues_title}に載る{wording.item}はありません"


def issue_table(
    entries: Sequence[Entry],
    wording: Wording = DEFAULT_WORDING,
    scale: Scale = DEFAULT_SCALE,
    ids: ListedIds = AS_SHOWN,
    parts: Sequence[str] = (),
    cells: Mapping[Location, Location] | None = None,
    values: Values | None = None,
    read: Sequence[Entry] = (),
) -> TableData:
    """The issue list; with several bodies, each body's rows in turn, its name first; ``ids``:
    its IDs, judged over every entry read (distinct_ids); ``parts``: the issue columns read
    together, a column each; ``cells``: each issue's cell; ``values``: figures (issue_figures);
    ``read``: every row read and listed, whose 細目 keep the 細目 column (keeps_sub_items)."""
    from planeval.issue_parts import spread
    from planeval.report.chapter3_rows import by_body
    from planeval.report.issue_figures import issue_figures
    from planeval.report.issue_list import ISSUE_COLUMN, issue_headers, keeps_sub_items, listed_rows

    bodies = by_body(entries)
    ordered = [entry for own in bodies.values() for entry in own]  # (each body's in turn)
    # (each body's sources named apart: two bodies' 調査票.xlsx are each its name)
    listed = [
        row for own in bodies.values() for row in listed_rows(own, wording, scale, ids, cells)
    ]  # (「施策」 over IDs each its project's; 評価の理由 | 今後の方向性 a column each)
    shown, rows = spread(issue_headers(wording, ids), listed, ISSUE_COLUMN, parts)
    figures = issue_figures(ordered, rows, values, wording, ids)  # (review 172 #4)
    shown, rows = figures.put(shown, rows, item_at=1, status_at=ISSUE_COLUMN - 1)
    several = len(bodies) > 1  # (a 団体 column first)
    kept = {shown.index(wording.sub_item) + several} if keeps_sub_items(read) else set()
    if several:
        rows = [[entry.body, *row] for entry, row in zip(ordered, rows, strict=True)]
    shown = ("団体", *shown) if several else shown
    return TableData(wording.issues_title, shown, rows, kept=frozenset(kept))
