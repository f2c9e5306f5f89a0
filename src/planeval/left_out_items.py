"""Finding, in a read, what a count made past errors (--keep-going) left out
(past_errors.CountedPast): the places of its errors, the items read of which no row was
counted, and per policy how many of those there are and why (a body of another scale, a
workbook of another year, a row of no item of the plan). Apart from past_errors.py, which
holds the record, its sheet's layout, how it is said and why a body was not counted: this is
the one pass over a read's rows that fills the record in.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from planeval.past_errors import (
    BLANK_FORM,
    IDLE_REPLY,
    NOT_IN_PLAN,
    OTHER_SCALE,
    OTHER_YEAR,
    TABLELESS,
    CountedPast,
    other_year_files,
)
from planeval.read_records import ErrorPlace, ItemSeen, ReadResult
from planeval.repeat_marks import names_repeat
from planeval.text import comparable_name
from planeval.text_cells import row_key, rows_of


def counted_past(result: ReadResult) -> CountedPast:
    """What ``result``'s count left out: its errors' places (with their body, their message
    and whether their file was left out whole) and those an export it read recorded; the
    items it read and counted no row of (each by its body, project, number and name: 北山市's
    No. 1 and 3, one name, are two items). Nothing when the read had no error: what it counted
    is the whole count. Of a read that keeps its rows (read_workbooks), not a streamed one."""
    # (a body the list of bodies marks as of another scale, said in one notice — io/
    # scale_bodies.marked_apart, review 150 #6, 165 #9 —: the prefecture's decision, said once as its
    # mark, 「高森町（評価尺度が違うため）」 among the bodies not counted, as a body marked 未回答 is;
    # not its items and cells as rows left out with fixes, nothing to fix — review 153 B1)
    marked = result.marked_apart
    if not result.recorded_errors and not result.has_errors:
        return CountedPast()
    counted = {_item(e.body, e.project_id, e.item_no, e.item_name) for e in result.entries}
    # (a row of an item the plan ends, blank or typed 「廃止」 as the plan says: no error, never
    # 「エラーがあったため」 — review 138 #3, cycle/ended_rows.py)
    ended = {(project, name) for _, project, name in result.plan_ended}
    items: dict[ItemKey, ItemSeen] = {}
    for seen in result.items_seen:
        key = _item(*seen)
        if key not in counted and (seen[1], seen[3]) not in ended and seen[0] not in marked:
            items.setdefault(key, seen)
    # (a file not read, an .xls or .csv, by the body it is of: review 49's blank 団体)
    left_out, bodies = set(result.left_out), {**result.unread_bodies, **result.file_bodies}
    dated = other_year_files(result)
    places = [  # (the roster's 「未回答」 line is none: its body is said as not counted)
        ErrorPlace(
            bodies.get(problem.location.file, ""),
            str(problem.location),
            problem.message,
            problem.location.file in left_out,
            problem.hint,
            OTHER_SCALE
            if problem.reason == OTHER_SCALE
            else OTHER_YEAR
            if problem.location.file in dated
            else TABLELESS
            if problem.kind == TABLELESS
            else "",
            problem.year,
        )
        for problem in result.input_errors()
    ]
    other = {bodies.get(p.location.file, "") for p in result.problems if p.reason == OTHER_SCALE}
    other -= marked
    policies, scales, years, year_bodies, outside, blanks = _by_policy(
        result, items.values(), other
    )
    stale = {_item(e.body, e.project_id, e.item_no, e.item_name) for e in result.other_year_rows}
    sheets = {  # (a sheet of another year's title: an error's rows, fix176a)
        _item(e.body, e.project_id, e.item_no, e.item_name)
        for e in result.other_year_rows
        if e.location.file not in dated
    }
    from planeval.error_rows import (  # (only when some was left out)
        project_names,
        repeat_places,
        typed_labels,
    )

    return CountedPast(
        tuple(items.values()),
        (*places, *result.recorded_errors),
        policies,
        tuple(result.plan_missing.items()),
        scales=scales,
        years=years,
        year_bodies=year_bodies,
        outside=outside,
        blanks=blanks,
        dated=tuple(seen for key, seen in items.items() if key in stale),
        sheet_dated=tuple(seen for key, seen in items.items() if key in sheets),
        labels=typed_labels(result, list(items.values())),
        names=project_names(result, list(items.values())),
        repeats=repeat_places(result),
        idle=idle_places(result),
    )


def idle_places(result: ReadResult) -> tuple[tuple[str, str], ...]:
    """The places of the replies not read of a department leading no item of the plan, each
    with that department (cycle/idle_replies.py): CountedPast.idle."""
    return tuple(
        (str(p.location), p.value) for p in result.input_errors() if p.reason == IDLE_REPLY
    )


def _by_policy(
    result: ReadResult, items: Iterable[ItemSeen], other: Collection[str]
) -> tuple[
    tuple[tuple[str, int], ...],
    tuple[tuple[str, int], ...],
    tuple[tuple[str, int], ...],
    tuple[tuple[str, tuple[str, ...]], ...],
    tuple[tuple[str, int], ...],
    tuple[tuple[str, int], ...],
]:
    """How many of ``items`` (read, not counted) each policy holds: by the policy of its
    project's counted rows, else of its table's levels, else of its 1-1-1 number (a project
    no row of which counted); those of an unreturned department (said as such) and 再掲 rows
    (never counted) left out — and how many of them are of the bodies ``other`` (left out
    for their scale), and of a workbook of another year (ReadResult.other_year_rows), with
    the bodies of those (in a roll-up: its sentence names them, not 所管部), and of a row of
    no item of the plan (NOT_IN_PLAN), and of an item whose rating was left blank (BLANK_ROW:
    _blank_items)."""
    policy = {(e.body, e.project_id): e.policy_id for e in result.entries}
    apart = {_item(*seen) for led in result.unreturned_items.values() for seen in led}
    apart |= {  # (a 再掲 row marked in its project's name: 「住民票の廃止検討（再掲）」)
        _item(e.body, e.project_id, e.item_no, e.item_name)
        for e in result.error_rows
        if names_repeat(e.project_name)
    }
    found: dict[str, int] = {}
    scaled: dict[str, int] = {}
    dated: dict[str, int] = {}  # (of a workbook of another year, left out)
    dated_bodies: dict[str, dict[str, None]] = {}
    stale = {_item(e.body, e.project_id, e.item_no, e.item_name) for e in result.other_year_rows}
    spots = rows_of(result.problems, NOT_IN_PLAN)  # (said at its name: review 167 #7)
    off = {
        _item(e.body, e.project_id, e.item_no, e.item_name)
        for e in result.read
        if row_key(e.location) in spots
    }
    outside: dict[str, int] = {}
    blank, blanks = _blank_items(result), dict[str, int]()
    for body, project, number, name in items:
        if _item(body, project, number, name) in apart or names_repeat(name):
            continue
        if own := said_policy(result, policy, body, project):
            found[own] = found.get(own, 0) + 1
            if body in other:
                scaled[own] = scaled.get(own, 0) + 1
            elif _item(body, project, number, name) in stale:
                dated[own] = dated.get(own, 0) + 1
                if body:
                    dated_bodies.setdefault(own, {})[body] = None
            elif _item(body, project, number, name) in off:
                outside[own] = outside.get(own, 0) + 1
            elif _item(body, project, number, name) in blank:
                blanks[own] = blanks.get(own, 0) + 1
    return (
        tuple(found.items()),
        tuple(scaled.items()),
        tuple(dated.items()),
        tuple((own, _in_order(bodies, result.bodies)) for own, bodies in dated_bodies.items()),
        tuple(outside.items()),
        tuple(blanks.items()),
    )


def _blank_items(result: ReadResult) -> set[ItemKey]:
    """The items every row of which left out for an error was left out for its rating blank
    (its status cell, or its form sent back blank): 「未評価」 in the tables (error_rows.left_out_as),
    「評価が記入されていないため」 in the count sentence (review 186 #3)."""
    from planeval.error_rows import blank_places

    blank = blank_places(result)
    forms = {p.location.file for p in result.problems if p.is_error and p.reason == BLANK_FORM}
    kinds: dict[ItemKey, set[bool]] = {}
    for e in result.error_rows:
        said = e.location in blank or e.location.file in forms
        kinds.setdefault(_item(e.body, e.project_id, e.item_no, e.item_name), set()).add(said)
    return {key for key, said in kinds.items() if said == {True}}


def said_policy(
    result: ReadResult, counted: Mapping[tuple[str, str], str], body: str, project: str
) -> str:
    """The policy an item read and not counted is said under: that of its project's counted
    rows (``counted``: (body, project) → policy), else of its table's levels, else of its
    1-1-1 number ("" where none tells)."""
    return (
        counted.get((body, project))
        or result.project_policies.get((body, project))
        or numbered_policy(project)
    )


def _in_order(bodies: Iterable[str], order: Sequence[str]) -> tuple[str, ...]:
    """``bodies`` in the read's order of bodies (ReadResult.bodies: the roster's)."""
    place = {body: n for n, body in enumerate(order)}
    return tuple(sorted(bodies, key=lambda body: place.get(body, len(place))))


def numbered_policy(project: str) -> str:
    """The policy of a project numbered 1-1-1 (its first number), as a 1-1-1 table reads it."""
    parts = project.split("-")
    return parts[0] if len(parts) == 3 and all(part.isdigit() for part in parts) else ""


ItemKey = tuple[str, str, int | None, str]


def _item(body: str, project: str, number: int | None, name: str) -> ItemKey:
    """An item read, as its body numbered and named it: two items of one project with one
    name and two numbers (北山市's No. 1 and 3) are two items, each left out or counted."""
    return body, project, number, comparable_name(name)
