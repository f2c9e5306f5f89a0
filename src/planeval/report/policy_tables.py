"""A policy's Chapter 3 tables with their counts (report.document builds them into its
section): one per direction, or with several bodies each body's on its own."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from planeval.aggregate import Group, summarize
from planeval.distinct_ids import under_policy
from planeval.level_labels import LevelLabels
from planeval.model import Entry, Location
from planeval.report.chapter3_columns import Chapter3Columns
from planeval.report.chapter3_rows import (
    NO_HEADED,
    DirectionTable,
    by_body,
    coded_body,
    direction_tables,
)
from planeval.report.indicator_values import Values
from planeval.report.sub_counts import Marks
from planeval.scale import Scale


def each_body(
    in_policy: Sequence[Entry], scale: Scale, labels: LevelLabels, *, named: bool = False
) -> dict[str, tuple[Group, tuple[Group, ...]]]:
    """With several bodies in a policy, each one's own policy and directions with their counts
    (a body's 1-1 is its own direction, named in its own words); empty with one body, unless
    ``named`` (区分なし: its bodies named however many)."""
    bodies = by_body(in_policy)
    if len(bodies) < 2 and not named:
        return {}
    each = {}
    for body, own in bodies.items():
        [own_policy] = summarize(own, by="policy", scale=scale, labels=labels).groups
        own_directions = summarize(own, by="direction", scale=scale, labels=labels).groups
        each[body] = (own_policy, under_policy([d for d in own_directions if d.id], labels))
    return each


def policy_tables(
    in_policy: Sequence[Entry],
    policy: Group,
    directions: Mapping[str, Group],
    each_body: Mapping[str, tuple[Group, tuple[Group, ...]]],
    written: tuple[Callable[[str], str], LevelLabels, Values, Marks],
    *,
    columns: Mapping[str, Chapter3Columns],
    word: str = "",
    codes: Mapping[str, str] | None = None,
    headed: Mapping[Location, str] = NO_HEADED,
) -> tuple[DirectionTable, ...]:
    """A policy's direction tables with their counts, ``written`` with each status as the body
    writes it and each number as it typed it, after ``word`` (Wording.direction_word), each
    row's figures and mark in its body's ``columns`` (chapter3_columns.columns_of, by body).
    With several bodies (``each_body``), each body's tables on their own, named with the body
    and counted within it: two bodies' 1-1-1 are two projects, never one cell over both
    bodies' rows; a body none of whose rows here was counted (each listed 「未集計（エラー）」)
    has tables of no counts; each named with its body's code before it where ``codes`` has
    one (DirectionTable.body_heading); ``headed``: direction_tables'."""
    shown, labels, values, marks = written
    if not each_body:
        own = columns.get(in_policy[0].body, Chapter3Columns()) if in_policy else Chapter3Columns()
        return tuple(
            replace(
                table, group=directions.get(table.id) if table.id else _policy_only(policy, table)
            )
            for table in direction_tables(
                in_policy, shown, labels, values, own, word=word, marks=marks, headed=headed
            )
        )
    tables = []
    for body, own_rows in by_body(in_policy).items():
        own_policy, own_directions = each_body.get(body, (None, ()))
        named = {group.id: group for group in own_directions}
        code = (codes or {}).get(body, "")
        heading = coded_body(body, code)
        tables += [
            replace(
                table,
                name=f"{table.name}（{heading}）" if table.name else heading,
                group=named.get(table.id) if table.id else _policy_only(own_policy, table),
                body=body,
                code=code,
            )
            for table in direction_tables(
                own_rows,
                shown,
                labels,
                values,
                columns.get(body, Chapter3Columns()),
                word=word,
                marks=marks,
                headed=headed,
            )
        ]
    return tuple(tables)


def _policy_only(policy: Group | None, table: DirectionTable) -> Group | None:
    """The counts of a policy's rows that sit under no direction: the policy's own when all of
    its rated rows do (an item whose lead returned nothing, 未提出, is in no count)."""
    return (
        policy
        if policy is not None
        and sum(1 for row in table.rows if row.entry.status)
        == policy.count.total + sum(policy.count.uncounted.values())
        else None
    )
