"""The issue list's rows, computed once: which entries it holds (select_issues) and the
columns some row uses (``IssueTable``), its sources named as a printed page names them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.distinct_ids import AS_SHOWN, ListedIds
from planeval.issue_parts import spread
from planeval.issue_rows import (
    issue_rows,
    off_plan_statuses,
    unlisted_statuses,
    unrated_with_text,
    with_text,
)
from planeval.model import Entry, Location
from planeval.name_numbers import shown_numbered
from planeval.plan_order import PlanPlaces, in_plan_order
from planeval.report.chapter3_rows import as_symbol, sort_entries
from planeval.report.indicator_values import OtherRating, Values
from planeval.report.issue_figures import issue_figures
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.wording import DEFAULT_WORDING, INDICATORS, Wording

if TYPE_CHECKING:
    from planeval.report.document import Report

# 細目, 課題等 and 所管部 (_OPTIONAL_ROLES): left out of an issue list where no row uses them
SOURCE_COLUMN = 6
_SUB_COLUMN = 2  # (細目: before the status, whatever columns follow it)
ISSUE_COLUMN = 4  # (課題等, the issue text: a column per part where several were read together)


def select_issues(
    entries: Sequence[Entry],
    scale: Scale,
    *,
    statuses: Sequence[str] = (),
    plan_places: PlanPlaces | None = None,
) -> list[Entry]:
    """The issue list: every entry rated off plan (Scale.off_plan: a status that needs an
    issue text, where the scale marks any; else any other than "as planned"), or with an issue
    text — unless the scale's issue_list is "status": its issue texts are on every row.

    Uncounted entries are left out unless their status asks for an issue text and they carry
    one (長与町's − 評価できない, its reason: review 175 #5): they are not rated here — a 対象外's
    「対象となる取組なし」 is no issue (review 193 #1), a repeat listing's item is listed where it
    is rated (issue_rows.unlisted_statuses). ``statuses`` keeps only those symbols.
    ``plan_places`` (ReadResult.plan_places): in the plan's order.
    """
    rated, texts, unlisted = off_plan_statuses(scale), with_text(scale), unlisted_statuses(scale)
    unrated = unrated_with_text(scale)
    chosen = issue_rows(
        entries, rated, texts=texts, chosen=statuses, unlisted=unlisted, unrated=unrated
    )
    return sort_entries(in_plan_order(chosen, plan_places or {}))


def issue_values(
    entry: Entry,
    *,
    files: Mapping[str, str] | None = None,
    shown: Callable[[str], str] = as_symbol,
    ids: ListedIds = AS_SHOWN,
    wording: Wording = DEFAULT_WORDING,
    cells: Mapping[Location, Location] | None = None,
) -> list[str]:
    """ID (as ``ids`` shows it: distinct_ids, 「1-(1)ア」), item (item_said), sub-item, status (as
    ``shown`` writes it: Wording.status_shown), issue, department, source (its path as read, or
    as ``files`` shows it: short_files). Where each ID shown is its project's (the column
    titled by the project's word: ListedIds.header), the project as the tables name it, number
    and name, 「1.1 市営住宅の見直し」, and the item its description, none where it is the
    project's name again (review 98: 「取組項目 1.1」 over the 取組内容's text named no 取組項目).
    ``cells`` (text_cells.issue_cells): the issue's own cell, the source given where it has one."""
    location = (cells or {}).get(entry.location, entry.location)
    if files is not None:
        location = location._replace(file=files.get(location.file, location.file))
    listed, item = named_row(ids(entry), entry, wording, projects=ids.projects_only)
    return [
        listed,
        item,
        entry.sub_item or "",
        shown(entry.status),
        entry.issue,
        entry.department,
        str(location),
    ]


def named_row(listed: str, entry: Entry, wording: Wording, *, projects: bool) -> tuple[str, str]:
    """A flat list's ID cell and item cell of ``entry``, its ID shown ``listed``: where each ID
    is its project's (``projects``: ListedIds.projects_only), the project's name beside its
    number, 「1.1.1 遊休地の集約化」, and the item its description, none where it is the project's
    name again — the issue list's, compare's and rounds' one rule (review 116: compare named
    the row 「1.1.1 | 遊休地の集約化について検討し、実施する。」)."""
    entry = shown_numbered(entry)  # (「44 …」 as published: review 164 #6)
    item = item_said(entry, wording)
    # (not where the item's cell names the project already: an indicator's, 「…：対応窓口数」)
    if projects and (project := entry.project_name) and item == entry.item_name:
        return f"{listed} {project}".strip(), "" if item == project else item
    return listed, item


def item_said(entry: Entry, wording: Wording) -> str:
    """The item as the issue list names it: its name; an indicator with no number of its own
    under a named project (愛知県's KPI, one a 取組: the ID is the project's) with the project's
    name before it, 「県税のキャッシュレス納付：キャッシュレス対応税目数」 (review 36: the KPI
    alone did not say which 取組 it was)."""
    project = entry.project_name
    if (
        entry.item_label
        or {wording.item, wording.item_counted}.isdisjoint(INDICATORS)
        or entry.project_id == entry.policy_id
        or project in entry.item_name
    ):
        return entry.item_name
    return f"{project}：{entry.item_name}"


def short_files(entries: Sequence[Entry]) -> dict[str, str]:
    """Each file the entries were read from as a printed page names it: its name, or where
    two folders hold files of one name, its path below the folder the inputs share (never the
    clerk's whole path: 「/home/…/回答/総務部.xlsx」 is 「総務部.xlsx」)."""
    import os

    files = list(dict.fromkeys(entry.location.file for entry in entries))
    names = [Path(file).name for file in files]
    if len(set(names)) == len(names):
        return dict(zip(files, names, strict=True))
    try:
        common = os.path.commonpath([os.path.abspath(file) for file in files])
    except ValueError:  # (two drives on Windows)
        return {file: file for file in files}
    return {file: os.path.relpath(os.path.abspath(file), common) for file in files}


def listed_rows(
    entries: Sequence[Entry],
    wording: Wording = DEFAULT_WORDING,
    scale: Scale = DEFAULT_SCALE,
    ids: ListedIds = AS_SHOWN,
    cells: Mapping[Location, Location] | None = None,
) -> list[list[str]]:
    """ID (as ``ids`` shows it: distinct_ids, 「1-(1)ア」), item, sub-item, status (as the body
    writes it), issue, department, source (the file's name, or its path below the folder the
    inputs share where two files have one name: the issue's own cell where ``cells`` has it)."""
    files = short_files(entries)
    shown = wording.statuses_shown(scale)
    return [
        issue_values(e, files=files, shown=shown, ids=ids, wording=wording, cells=cells)
        for e in entries
    ]


def issue_headers(wording: Wording, ids: ListedIds = AS_SHOWN) -> tuple[str, ...]:
    """Wording.issue_headers, the ID column titled as ``ids`` says (ListedIds.header: 「施策」
    where every ID shown is its project's), in every format the issue list is written in."""
    return (ids.header(wording), *wording.issue_headers[1:])


@dataclass(frozen=True, slots=True)
class IssueTable:
    """The issue list with only the columns to show: 団体 where several bodies were read (two
    bodies' 1-1-1 are two projects), 細目 and 所管部 where some row has one, 出典 (file › sheet ›
    cell) only where asked for. ``roles``: what each column is (body, id, item, sub_item,
    status, issue, department, source), whatever the body calls it."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    entries: tuple[Entry, ...]
    roles: tuple[str, ...] = ()


def keeps_sub_items(rows: Iterable[Entry]) -> bool:
    """Whether some row read — counted or not: a 未提出 item's row of the plan too — is a 細目's:
    the issue list keeps its 細目 column then, empty or not, as the year its 細目 were listed
    (review 184 #7: it vanished the year the department rating them was not counted) — the
    export's (Report.has_sub_items) and the `issues` command's table alike."""
    return any(entry.sub_item for entry in rows)


ISSUE_ROLES = ("id", "item", "sub_item", "status", "issue", "department", "source")
BESIDE = "beside"  # (another scale's rating, after the status: issue_table's ``values``)
_OPTIONAL_ROLES = ("sub_item", "issue", "department")
BODY_HEADER = "団体"


def issue_table(
    entries: Sequence[Entry],
    *,
    with_sources: bool,
    wording: Wording = DEFAULT_WORDING,
    bodies: bool = False,
    shown: Callable[[str], str] = as_symbol,
    ids: ListedIds = AS_SHOWN,
    values: Values | None = None,
    parts: Sequence[str] = (),
    cells: Mapping[Location, Location] | None = None,
    sub_items: bool = False,
) -> IssueTable:
    """The issue list of ``entries``; ``bodies``: several bodies were read, so each row says
    whose it is; ``shown`` writes each status, ``ids`` each ID (Report.listed); ``values``
    (Report.values): another scale's rating of each row (OtherRating: a 大綱's 達成度) in a
    column after the status, as Chapter 3's tables have it (review 151 #6: 「完了」 beside
    「…他の窓口への拡大は次年度」 with its 一部達成 unsaid); ``parts`` (Report.issue_parts): the
    titles of the issue columns read together, a column each (review 148 #1); ``cells``: each
    issue's own cell, its source (text_cells.issue_cells); ``sub_items``: the read has 細目
    rows (Report.has_sub_items), so the 細目 column stays, filled or not."""
    files = short_files(entries)
    full = [
        issue_values(e, files=files, shown=shown, ids=ids, wording=wording, cells=cells)
        for e in entries
    ]
    headers = issue_headers(wording, ids)
    roles: tuple[str, ...] = ISSUE_ROLES
    full, headers, others = beside_status(entries, full, headers, values)
    at = ISSUE_ROLES.index("status") + 1
    roles = (*ISSUE_ROLES[:at], *(BESIDE,) * others, *ISSUE_ROLES[at:])
    if len(parts) > 1:  # (評価の理由 | 今後の方向性, each titled as the forms title it)
        at = roles.index("issue")
        headers, full = spread(headers, full, at, parts)
        roles = (*roles[:at], *("issue",) * len(parts), *roles[at + 1 :])
    kept_roles = {"sub_item"} if sub_items else set()
    optional = {
        c for c, role in enumerate(roles) if role in _OPTIONAL_ROLES and role not in kept_roles
    }
    source = roles.index("source")
    keep = [
        column
        for column in range(len(headers))
        if (column != source or with_sources)
        and (column not in optional or any(row[c] for row in full for c in _kin(roles, column)))
    ]
    kept = [[row[c] for c in keep] for row in full]
    headers, roles = tuple(headers[c] for c in keep), tuple(roles[c] for c in keep)
    # (an indicator's project and figures: review 172 #4)
    figures = issue_figures(entries, kept, values, wording, ids)
    places = {"item_at": roles.index("item"), "status_at": roles.index("status")}
    headers, kept = figures.put(headers, kept, **places)
    roles = tuple(figures.placed(roles, figures.roles(), **places))
    body = (BODY_HEADER,) if bodies else ()
    return IssueTable(
        (*body, *headers),
        tuple(
            ((entry.body,) if bodies else ()) + tuple(row)
            for entry, row in zip(entries, kept, strict=True)
        ),
        tuple(entries),
        (*(("body",) if bodies else ()), *roles),
    )


def _kin(roles: Sequence[str], column: int) -> list[int]:
    """The columns kept or left out with ``column``: every issue column for one (either filled
    keeps both), else itself."""
    if roles[column] != "issue":
        return [column]
    return [at for at, role in enumerate(roles) if role == "issue"]


def beside_status(
    entries: Sequence[Entry],
    rows: Sequence[list[str]],
    headers: tuple[str, ...],
    values: Values | None,
) -> tuple[list[list[str]], tuple[str, ...], int]:
    """``rows`` and ``headers`` (issue_values' and issue_headers', whose status comes before
    the source's column) with another scale's rating of each entry after its status (OtherRating:
    a 大綱's 達成度), and how many such columns: every format's issue list and 課題一覧.csv,
    which left it out though the xlsx showed it (review 151 #6)."""
    others = _other_ratings(entries, values or {})
    if not others or not values:
        return [list(row) for row in rows], headers, 0
    at = ISSUE_ROLES.index("status") + 1
    rated = [dict(values.get(e.location, ())) for e in entries]
    beside = [
        [*row[:at], *(own.get(t, "") for t in others), *row[at:]]
        for row, own in zip(rows, rated, strict=True)
    ]
    return beside, (*headers[:at], *others, *headers[at:]), len(others)


def _other_ratings(entries: Sequence[Entry], values: Values) -> tuple[str, ...]:
    """The titles of another scale's ratings among ``entries``' values (OtherRating)."""
    titles = (t for e in entries for t, _value in values.get(e.location, ()))
    return tuple(dict.fromkeys(t for t in titles if isinstance(t, OtherRating)))


def csv_issues(report: Report, *, with_sources: bool) -> tuple[tuple[str, ...], list[list[str]]]:
    """課題一覧.csv's headers and rows: every column (細目 and 所管部 where some row has one),
    the source (file › sheet › cell) only
    ``with_sources``, each issue part a column, another scale's rating beside the status, and
    whose each row is where several bodies were read."""
    shown = report.wording.statuses_shown(report.scale)
    wording, ids = report.wording, report.listed
    cells = report.issue_cells  # (each issue's own cell, its source)
    rows = [
        issue_values(e, shown=shown, ids=ids, wording=wording, cells=cells) for e in report.issues
    ]
    headers = issue_headers(wording, ids)
    if not with_sources:
        headers = (*headers[:SOURCE_COLUMN], *headers[SOURCE_COLUMN + 1 :])
        rows = [[*row[:SOURCE_COLUMN], *row[SOURCE_COLUMN + 1 :]] for row in rows]
    # (評価の理由 | 今後の方向性 read together: a column each, review 148 #1)
    headers, rows = spread(headers, rows, ISSUE_COLUMN, report.issue_parts)
    # (another scale's rating beside the status, as the xlsx's 課題一覧: review 151 #6)
    rows, headers, _ = beside_status(report.issues, rows, headers, report.values)
    # (細目 and 所管部 only where some row fills them, as the other formats: review 151 #7)
    department = len(headers) - 1 - with_sources  # (the last but the source)
    unused = {
        column
        for column, used in ((_SUB_COLUMN, "sub_item"), (department, "department"))
        if not any(getattr(entry, used) for entry in report.issues)
        and not (used == "sub_item" and report.has_sub_items)  # (184 #7)
    }
    headers = tuple(h for column, h in enumerate(headers) if column not in unused)
    rows = [[v for column, v in enumerate(row) if column not in unused] for row in rows]
    # (an indicator's project and figures, as the other formats: review 172 #4)
    figures = issue_figures(report.issues, rows, report.values, wording, ids)
    status_at = _SUB_COLUMN + (_SUB_COLUMN not in unused)
    headers, rows = figures.put(headers, rows, item_at=1, status_at=status_at)
    if report.by_body is not None:  # (whose each row is: two bodies' 1-1-1 are two projects)
        headers = (BODY_HEADER, *headers)
        rows = [[entry.body, *row] for entry, row in zip(report.issues, rows, strict=True)]
    return headers, rows
