"""進捗状況.csv (`tables -f csv`, export --csv): Chapter 3's rows flat, one row per entry and
one value per cell, for a clerk's Excel or Power Query."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import attrgetter

from planeval.count import mark_word
from planeval.level_labels import NO_LABELS, TYPED_TITLE, LevelLabels, typed_numbers
from planeval.model import Entry, Location
from planeval.repeated_fields import distinct_titles, repeated_fields
from planeval.report.chapter3_columns import Chapter3Columns
from planeval.report.indicator_values import NO_VALUES, Values, row_values, titles, value_keys
from planeval.report.render import TableData
from planeval.report.sub_counts import mark_cell, mark_title
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.wording import DEFAULT_WORDING, Wording

# the flat CSV's columns left out where no row has a value in them: the direction's (its name
# with its ID), the typed numbers' (政策（表記）, 事業番号（表記）)
_LEFT_OUT_EMPTY = ("方向性", f"政策{TYPED_TITLE}", f"事業番号{TYPED_TITLE}")


def chapter3_flat(
    entries: Sequence[Entry],
    wording: Wording = DEFAULT_WORDING,
    scale: Scale = DEFAULT_SCALE,
    values: Values = NO_VALUES,
    labels: LevelLabels = NO_LABELS,
    marks: Mapping[Location, tuple[str, str]] | None = None,
) -> TableData:
    """One row per entry, one value per cell: for CSV. With several bodies, each body's rows
    in turn, its name in a first column; an indicator's figures (``values``) before the
    status, in columns of their own titled as its table titles them. Each level once, in the
    body's words: the policy's and direction's IDs, each with its number as typed beside it
    (「基本目標（表記）」: ``labels``) where some was typed otherwise, then its name (基本目標名:
    a clerk filters by the ID and reads the name, review 96 #2); a project that is its
    policy on every row (a plan of two levels, 基本目標 › 施策: repeated_fields) only as the
    project, in the policy's word, its number as typed beside it; no direction's column where no row has one; the
    column marking rows (``marks``, ReadResult.marks: 川崎市's うち重点) after the item, titled
    as Chapter 3's tables title it (重点), ○ in each marked row, where the forms have one; no
    two columns titled alike (distinct_titles)."""
    from planeval.report.chapter3_rows import by_body, sort_entries

    keys = value_keys(entries, values)
    rated = Chapter3Columns(keys).after  # (another scale's rating, after the rating: 達成度)
    before, after = keys[: len(keys) - rated], keys[len(keys) - rated :]
    bodies = by_body(entries)
    named = len(bodies) > 1
    ordered = [e for own in bodies.values() for e in sort_entries(own)]

    def typed(level: str) -> Callable[[Entry], str]:
        return lambda e: typed_numbers(labels, e.body, getattr(e, level))[0]

    one_level = "project_id" in repeated_fields(ordered)
    policy, direction = wording.policy_short, wording.direction_short
    # (the project that is its policy titled in the policy's word, as the data sheet titles
    # it: 分野番号 | 分野名 where [wording] names no project — review 120 #5, 「事業番号」)
    level = policy if one_level else wording.project_short
    project = f"{level}番号"
    # (title, planeval's own title, the entry's value)
    columns: list[tuple[str, str, Callable[[Entry], str]]] = []
    if not one_level:  # (where the project is the policy, its columns are the policy's)
        columns += [
            (policy, "政策", attrgetter("policy_id")),
            (policy + TYPED_TITLE, "政策" + TYPED_TITLE, typed("policy_id")),
            (f"{policy}名", "政策名", attrgetter("policy_name")),
        ]
    columns += [
        (direction, "方向性", attrgetter("direction_id")),
        (direction + TYPED_TITLE, "方向性" + TYPED_TITLE, typed("direction_id")),
        (f"{direction}名", "方向性名", attrgetter("direction_name")),
        (project, "事業番号", lambda e: e.project_label or e.project_id),
        *[(project + TYPED_TITLE, "事業番号" + TYPED_TITLE, typed("policy_id"))] * one_level,
        (f"{level}名", "事業名", attrgetter("project_name")),
        ("番号", "番号", attrgetter("item_label")),
        (wording.item_column, "実施内容", attrgetter("item_name")),
        (wording.sub_item, "細目", lambda e: e.sub_item or ""),
    ]
    found = marks or {}
    if marked := mark_word(mark_title(found, ordered)):  # (重点: ○ where the column marks it)
        columns.append((marked, marked, lambda e: mark_cell(found, e)))

    # (a level no row has, a plan's without directions, left out, and a typed number's column
    # where every number is typed as its ID; the item's number and 細目 kept, filled or not: a
    # prefecture pastes its bodies' files one under another, Power Query names the columns)
    def kept(plain: str, value: Callable[[Entry], str]) -> bool:
        if plain == "方向性名":  # (beside its ID, named or not)
            value = attrgetter("direction_id")
        return not plain.startswith(_LEFT_OUT_EMPTY) or any(value(e) for e in ordered)

    shown = [(title, plain, value) for title, plain, value in columns if kept(plain, value)]
    headers = distinct_titles(
        [
            *(title for title, _plain, _value in shown),
            *titles(before),
            wording.status,
            *titles(after),
            wording.issue,
            wording.department,
        ],
        [
            *(plain for _title, plain, _value in shown),
            *titles(before),
            DEFAULT_WORDING.status,
            *titles(after),
            DEFAULT_WORDING.issue,
            DEFAULT_WORDING.department,
        ],
    )
    rows = [
        [
            *([e.body] if named else []),
            *(value(e) for _title, _plain, value in shown),
            *row_values(e, values, before),
            wording.status_shown(e.status, scale) if e.status else e.status_text,  # (未提出)
            *row_values(e, values, after),
            e.issue,
            e.department,
        ]
        for e in ordered
    ]
    return TableData("", ("団体", *headers) if named else tuple(headers), rows)
