"""A policy none of whose rows was counted, as a count per policy shows it: a group of no
counts, named and numbered as its rows are — the export's 集計 (report/uncounted_policies.py)
and summarize's table and JSON alike, a row 「3（未集計）」 with its counts blank (北浜市's
基本目標3, its every status typed 「E」: summarize dropped it, saying nothing — review 90); and
so a direction or project none of whose rows was counted, by those levels (summarize --by).
Imported by a JSON summary too: no table code here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from operator import attrgetter

from planeval.aggregate import Group, Summary
from planeval.count import Count
from planeval.distinct_ids import ListedIds
from planeval.id_order import id_order
from planeval.level_labels import LevelLabels, shown_number
from planeval.model import Entry
from planeval.past_errors import IN_ERROR_WHY
from planeval.read_records import ReadResult

NOT_COUNTED_MARK = "（未集計）"  # after its number in 集計, where the table is read
IN_ERROR = IN_ERROR_WHY  # why, in summarize's JSON (as a body's 「not_counted」 says it)


def uncounted_groups(
    summary: Summary, listed: Sequence[Entry], labels: LevelLabels
) -> tuple[Group, ...]:
    """The groups of ``listed`` (the rows Chapter 3 lists uncounted: error_rows.rows_in_error,
    ReadResult.unreturned_rows) that ``summary`` (by policy, direction or project) has none
    of, each a group of no counts, named and numbered as its rows are; in ID order."""
    counted = {group.id for group in summary.groups}
    found: dict[str, Group] = {}
    scale = summary.scale
    level, named = _LEVEL_FIELDS[summary.by]
    for row in listed:
        identifier, name = getattr(row, level), getattr(row, named)
        if not identifier or identifier in counted:
            continue
        if identifier in found:
            if not found[identifier].name and name:
                found[identifier] = replace(found[identifier], name=name)
            continue
        number = (
            row.project_label or identifier
            if summary.by == "project"
            else shown_number(labels, identifier, row.body)
        )
        if row.body in summary.policy_led and row.policy_id:  # (Ⅳ-3 beside Ⅰ-3: review 114)
            number = ListedIds(summary.policy_led, labels).shown(row.body, row.policy_id, number)
        found[identifier] = Group(
            identifier,
            name,
            Count(
                dict.fromkeys(scale.counted, 0),
                dict.fromkeys(scale.uncounted, 0),
                scale.rounding,
                scale.ties,
            ),
            0,
            label="" if number == identifier else number,
        )
    groups = tuple(sorted(found.values(), key=lambda group: id_order(group.id)))
    return _as_listed(summary.groups, groups, labels) if summary.by == "direction" else groups


def _as_listed(
    counted: tuple[Group, ...], groups: tuple[Group, ...], labels: LevelLabels
) -> tuple[Group, ...]:
    """Directions none of whose rows was counted (``groups``) numbered as the ``counted`` are
    listed (distinct_ids.listed_directions): 東山市's 推進項目 「2-(2)」 beside 「1-(2)」 and
    「3-(2)」, not 「(2)」 alone, which three of them are (review 174 #4)."""
    from planeval.distinct_ids import listed_directions, under_policy

    together = listed_directions((*under_policy(counted, labels), *groups), labels)
    return together[len(counted) :]


def partly_counted_groups(summary: Summary, listed: Sequence[Entry]) -> frozenset[str]:
    """The groups of ``summary`` (by policy, direction or project) some of whose items are
    among ``listed`` (rows not counted: 未提出, in error), counted in part: 施策 3.3's 計 4 with
    5 of its 9 items owed by a 課 that returned nothing (review 209 #3)."""
    if summary.by not in _LEVEL_FIELDS:
        return frozenset()
    of = attrgetter(_LEVEL_FIELDS[summary.by][0])
    return frozenset(of(row) for row in listed) & {group.id for group in summary.groups} - {""}


# the levels a group none of whose rows was counted is shown of, by the entry's fields
_LEVEL_FIELDS = {
    "policy": ("policy_id", "policy_name"),
    "direction": ("direction_id", "direction_name"),
    "project": ("project_id", "project_name"),
}


def summary_uncounted(summary: Summary, result: ReadResult) -> tuple[tuple[Group, str], ...]:
    """summarize's: each policy (direction, project: ``summary.by``) ``result`` read rows of
    and counted none of, with why (its rows in error, IN_ERROR, or owed by a department that
    returned nothing, 未提出 — its rows' label), as the export's 集計 has it: of a read that
    kept its rows, the rows Chapter 3 lists in error (error_rows.rows_in_error); of a streamed
    count, which kept one row in error per project of each file, those still in error
    (error_rows.streamed_in_error); of an export read back, the rows it records of such a
    policy (error_rows.recorded_in_error). None by item or body, or of each body's own groups
    (a table of bodies' rows)."""
    if summary.by not in _LEVEL_FIELDS or summary.of_bodies or not summary.groups:
        return ()
    if not (result.error_rows or result.unreturned_rows):
        return ()
    from planeval.error_rows import recorded_in_error, rows_in_error, streamed_in_error

    in_error = rows_in_error(result) if result.entries else streamed_in_error(result)
    in_error += recorded_in_error(result)  # (an export read back: as its source's read)
    of = attrgetter(_LEVEL_FIELDS[summary.by][0])
    why = {of(row): IN_ERROR for row in in_error}
    for row in result.unreturned_rows:
        why.setdefault(of(row), row.status_text)
    groups = uncounted_groups(summary, [*in_error, *result.unreturned_rows], result.level_labels)
    return tuple((group, why[group.id]) for group in groups)


def with_blank_groups(
    data: dict[str, object], none_counted: Sequence[tuple[Group, str]]
) -> dict[str, object]:
    """summarize's JSON (Summary.as_dict) with a group for each of ``none_counted`` in its
    place by ID: its counts, the symbols not counted and the shares empty, as the export's
    JSON gives its 「percentages」 ({}: none, not 0 each), its total and projects null (blank,
    not 0: nothing was counted), and why in 「not_counted」, as a body's blank group says it."""
    if not none_counted:
        return data
    groups: list[dict[str, object]] = list(data["groups"])  # type: ignore[call-overload]
    marked = {"marked": None} if "marked_label" in data else {}
    for group, why in none_counted:
        blank: dict[str, object] = {
            "id": group.id,
            "label": group.label,
            "name": group.name,
            "counts": {},
            "uncounted": {},
            "total": None,
            "percent": {},
            "projects": None,
            **marked,
            "not_counted": why,
        }
        later = id_order(group.id)
        at = next(  # (before the first numbered after it, else before 区分なし)
            (n for n, g in enumerate(groups) if not g["id"] or id_order(str(g["id"])) > later),
            len(groups),
        )
        groups.insert(at, blank)
    return data | {"groups": groups}
