"""The three reports as plain data: the summary, the Chapter 3 tables and the issue list.

Each view gives TableData for the text formats and a dict for JSON; the renderers in
render.py write them. Nothing here prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from pathlib import Path

from planeval.aggregate import GROUP_LEVELS, Count, Summary, id_order
from planeval.model import Entry, Problem, entry_record
from planeval.report.render import TableData
from planeval.scale import Scale

LEVEL_TITLES = {
    "policy": "情報化政策",
    "direction": "取り組みの方向性",
    "project": "情報化計画事業",
}
CHAPTER3_HEADERS = ("情報化計画事業の体系", "実施内容", "達成状況", "課題等")
ISSUE_HEADERS = ("ID", "実施内容", "細目", "達成状況", "課題等", "所管部", "出典")


def summary_table(summary: Summary) -> TableData:
    scale = summary.scale
    headers = [
        "ID",
        "名称",
        *scale.counted,
        "計",
        *(f"{symbol}（{scale.label(symbol)}）" for symbol in scale.uncounted),
    ]
    rows = [[group.id, group.name, *_count_cells(group.count, scale)] for group in summary.groups]
    rows.append(["合計", "", *_count_cells(summary.total, scale)])
    numeric = frozenset(range(2, len(headers)))
    assert summary.by in GROUP_LEVELS
    return TableData(f"{LEVEL_TITLES[summary.by]}別の達成状況", headers, rows, numeric)


def _count_cells(count: Count, scale: Scale) -> list[str]:
    return [
        *(str(count.counts[symbol]) for symbol in scale.counted),
        str(count.total),
        *(str(count.uncounted[symbol]) for symbol in scale.uncounted),
    ]


def legend(scale: Scale) -> str:
    """Which symbol means what, under a summary: "◎ 計画を上回る実施 ／ ○ …"."""
    parts = [f"{s.symbol} {s.label}" for s in scale.statuses]
    return (
        "凡例: "
        + " ／ ".join(parts)
        + "。計は対象外（"
        + "・".join(scale.uncounted)
        + "）を除く件数"
    )


def problem_dict(problem: Problem) -> dict[str, object]:
    return {
        "file": problem.location.file,
        "sheet": problem.location.sheet,
        "cell": problem.location.cell,
        "severity": problem.severity.value,
        "message": problem.message,
        "hint": problem.hint,
    }


def status_cell(entry: Entry) -> str:
    """The status as Chapter 3 prints it: "電子申請 ◎" for a sub-item, "◎" otherwise."""
    return f"{entry.sub_item} {entry.status}" if entry.sub_item else entry.status


def _sorted(entries: Sequence[Entry]) -> list[Entry]:
    # stable: within a project, rows keep the order they were read in
    return sorted(entries, key=lambda entry: id_order(entry.project_id))


def chapter3_rows(entries: Sequence[Entry]) -> list[list[str]]:
    """A direction's table rows as the report prints them: the project and the item on their
    first row only, sub-items ("電子申請 ◎") under their item."""
    rows: list[list[str]] = []
    shown_project = shown_item = None
    for entry in entries:
        project = f"{entry.project_id} {entry.project_name}".strip()
        item = f"{entry.item_label} {entry.item_name}".strip()
        new_project = project != shown_project
        new_item = new_project or item != shown_item
        rows.append(
            [
                project if new_project else "",
                item if new_item else "",
                status_cell(entry),
                entry.issue,
            ]
        )
        shown_project, shown_item = project, item
    return rows


def chapter3_tables(entries: Sequence[Entry]) -> list[TableData]:
    """One table per direction, titled with the direction (and the policy above its first)."""
    tables = []
    previous_policy = None
    for direction_id, members in groupby(_sorted(entries), key=lambda e: e.direction_id):
        direction_entries = list(members)
        first = direction_entries[0]
        title = f"{direction_id} {first.direction_name}".strip()
        if first.policy_id != previous_policy:
            policy = f"情報化政策{first.policy_id} {first.policy_name}".strip()
            title = f"{policy}\n{title}"
            previous_policy = first.policy_id
        tables.append(TableData(title, CHAPTER3_HEADERS, chapter3_rows(direction_entries)))
    return tables


def chapter3_flat(entries: Sequence[Entry]) -> TableData:
    """One row per entry, one value per cell: for CSV."""
    headers = (
        "政策",
        "方向性",
        "事業番号",
        "事業名",
        "番号",
        "実施内容",
        "細目",
        "達成状況",
        "課題等",
    )
    rows = [
        [
            e.policy_id,
            e.direction_id,
            e.project_id,
            e.project_name,
            e.item_label,
            e.item_name,
            e.sub_item or "",
            e.status,
            e.issue,
        ]
        for e in _sorted(entries)
    ]
    return TableData("", headers, rows)


def chapter3_json(entries: Sequence[Entry]) -> dict[str, object]:
    policies: list[dict[str, object]] = []
    for policy_id, in_policy in groupby(_sorted(entries), key=lambda e: e.policy_id):
        in_policy_list = list(in_policy)
        directions = []
        for direction_id, in_direction in groupby(in_policy_list, key=lambda e: e.direction_id):
            rows = list(in_direction)
            directions.append(
                {
                    "id": direction_id,
                    "name": rows[0].direction_name,
                    "entries": [entry_record(entry) for entry in rows],
                }
            )
        policies.append(
            {"id": policy_id, "name": in_policy_list[0].policy_name, "directions": directions}
        )
    return {"policies": policies}


def select_issues(
    entries: Sequence[Entry], scale: Scale, *, statuses: Sequence[str] = ()
) -> list[Entry]:
    """The issue list: every entry with an issue text, or rated other than "as planned".

    Repeat listings and other uncounted entries are left out unless they carry an issue
    text: they are not rated here. ``statuses`` keeps only those symbols.
    """
    chosen = []
    for entry in entries:
        rated_off_plan = entry.status in scale.counted and entry.status != scale.as_planned
        if not (entry.issue or rated_off_plan):
            continue
        if statuses and entry.status not in statuses:
            continue
        chosen.append(entry)
    return _sorted(chosen)


def issue_rows(entries: Sequence[Entry], *, full_source: bool = False) -> list[list[str]]:
    """ID, item, sub-item, status, issue, department, source (the file's name, or its path)."""
    rows = []
    for e in entries:
        location = (
            e.location if full_source else e.location._replace(file=Path(e.location.file).name)
        )
        rows.append(
            [
                f"{e.project_id}{e.item_label}",
                e.item_name,
                e.sub_item or "",
                e.status,
                e.issue,
                e.department,
                str(location),
            ]
        )
    return rows


def issue_table(entries: Sequence[Entry]) -> TableData:
    return TableData("課題一覧", ISSUE_HEADERS, issue_rows(entries))
