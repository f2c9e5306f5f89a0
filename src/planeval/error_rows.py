"""The rows a count made past errors (--keep-going) left out for an error in the row itself —
its status blank, a value of no symbol of the scale, a formula's error, a repeat listing's mark
on an item, an item two files rate apart (the row read, said at its status cell) —, as
Chapter 3 lists them: in their place in their table, its reason's words in the status cell
(past_errors.LEFT_OUT_ROWS: 「未評価」 for a rating left blank, 「未集計（記入誤り）」 else — review
186 #3), as an item whose department returned nothing is listed 「未提出」. A director reading the printed
tables sees the row is there and not counted, not a table that looks whole (review 84).

The reader notes each such row as it reads it (ReadResult.error_rows); listed here are those
still left out once the read is combined: the error still said at the row's status cell (a
blank that another file rated is none; of a form sent back blank, said once for the form, each
of its rows), no row counting its item, its file read and counted (a workbook left out whole,
another year's, has no row in the tables at all), its body one some row of which was counted
(a body none of whose rows was, left out for its scale or its every row in error, is said under
集計 as not counted, and has no tables).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from planeval.cells import COUNTED_PAST_SHEET, split_ref
from planeval.combine import tidy
from planeval.item_keys import body_item_key
from planeval.model import Entry, Location
from planeval.past_errors import BLANK_FORM, BLANK_ROW, MISWRITTEN_ROW, OTHER_SCALE
from planeval.read_records import ItemSeen, ReadResult
from planeval.repeat_marks import names_repeat


def left_out_as(row: Entry, blank: AbstractSet[Location], blank_forms: AbstractSet[str]) -> Entry:
    """``row``, left out for its error, as the tables list it: its status text its reason's
    cell, 「未評価」 where its status is blank (``blank``: those errors' places) or its form was
    sent back blank (``blank_forms``), 「未集計（記入誤り）」 else (its issue kept)."""
    blank_row = row.location in blank or row.location.file in blank_forms
    return tidy(row)._replace(
        status="", status_text=(BLANK_ROW if blank_row else MISWRITTEN_ROW).cell
    )


def blank_places(result: ReadResult) -> frozenset[Location]:
    """The places of ``result``'s errors of a blank status (「…が空です」: ReadResult.unrated)."""
    return frozenset(problem.location for problem in result.unrated)


def rows_in_error(result: ReadResult) -> list[Entry]:
    """The rows ``result``'s count left out for an error in them (left_out_as their status
    text), each item's row once; none where the read had no error (the rows noted for a blank item
    line its lower levels then rated — 8,331 of bench's independent 100,000 — are none: every
    row its count left out has an error)."""
    if not result.has_errors:
        return []
    errors = [problem for problem in result.problems if problem.is_error]
    at = {problem.location for problem in errors if problem.reason != OTHER_SCALE}
    blank_forms = {problem.location.file for problem in errors if problem.reason == BLANK_FORM}
    counted = {body_item_key(entry) for entry in result.entries}
    bodies = {entry.body for entry in result.entries}  # (one with none: no table, 集計 says)
    skipped = {*result.left_out, *result.other_years}
    listed: dict[tuple[str, str, str, str], Entry] = {}
    blank = blank_places(result)
    for row in (*result.error_rows, *_rated_apart(result, at)):
        key = body_item_key(row)
        if key in counted or key in listed or row.location.file in skipped:
            continue
        if row.body not in bodies:
            continue
        if row.location in at or row.location.file in blank_forms:
            listed[key] = left_out_as(row, blank, blank_forms)
    return list(listed.values())


def one_per_project(rows: Sequence[Entry]) -> list[Entry]:
    """Of one file's rows in error, the first of each body's project (one naming its policy,
    where one does): what a streamed count keeps of them (file_counts.count_file), for summarize to
    tell a policy, direction or project none of whose rows was counted (streamed_in_error)."""
    kept: dict[tuple[str, str, str], Entry] = {}
    for row in rows:
        key = (row.body, row.policy_id, row.project_id)
        if key not in kept or (row.policy_name and not kept[key].policy_name):
            kept[key] = row
    return list(kept.values())


def streamed_in_error(result: ReadResult) -> list[Entry]:
    """Of a streamed count's rows in error (one per project of each file: one_per_project),
    those whose error is still said at the row once every file is read (not a blank another
    file rated), of a file counted and a body some row of which was — rows_in_error's rules,
    which a streamed read, keeping no counted row, can ask only per project: a group with a
    counted row has its group anyway."""
    errors = [problem for problem in result.problems if problem.is_error]
    at = {problem.location for problem in errors if problem.reason != OTHER_SCALE}
    blank_forms = {problem.location.file for problem in errors if problem.reason == BLANK_FORM}
    skipped = {*result.left_out, *result.other_years}
    uncounted = set(result.uncounted_bodies)
    blank = blank_places(result)
    return [
        left_out_as(row, blank, blank_forms)
        for row in result.error_rows
        if (row.location in at or row.location.file in blank_forms)
        and row.location.file not in skipped
        and row.body not in uncounted
    ]


def recorded_in_error(result: ReadResult) -> list[Entry]:
    """The rows an export read back records as left out, of a policy none of whose rows it
    counted (export_past_errors.recorded_rows: only those carry their policy), as its read
    of the workbooks listed them in error: summarize shows the policy as that read did."""
    if not result.recorded_errors:  # (no export counted past errors was read)
        return []
    return [
        row._replace(status_text=MISWRITTEN_ROW.cell)  # (why not recorded: none read)
        for row in result.error_rows
        if row.policy_id and row.location.sheet == COUNTED_PAST_SHEET
    ]


def _rated_apart(result: ReadResult, at: AbstractSet[Location]) -> list[Entry]:
    """The rows read, their status read, of an item read more than once and left out by an
    error said at one of them (``at``): two files rating it apart, neither counted — not a row
    the plan does not have, which is no item of its tables."""
    errors = [row for row in result.read if row.location in at] if at else []
    near = {(row.body, row.project_id, row.item_no) for row in errors}
    if not near:
        return []
    rows = Counter(
        body_item_key(row) for row in result.read if (row.body, row.project_id, row.item_no) in near
    )
    return [row for row in errors if rows[body_item_key(row)] > 1]


def chapter3_rows(result: ReadResult, *, as_read: bool = False) -> list[Entry]:
    """Chapter 3's rows of ``result`` flat (`tables`, 進捗状況.csv): those counted, those left
    out for an error in their place (未評価, 未集計（記入誤り）) and the items of departments that sent
    nothing (未提出) after them; all in the plan's order where it was given (plan_order), each
    as published (name_numbers.shown_numbered: 「44 …」 for a 課's 「４４　…」, review 164 #6,
    as the report's rows are) — ``as_read``: its name as typed, to pair rows by."""
    listed = [*in_read_order(result.entries, rows_in_error(result)), *result.unreturned_rows]
    if result.plan_places:
        from planeval.plan_order import in_plan_order  # (a read given the plan)

        listed = in_plan_order(listed, result.plan_places)
    if as_read:
        return listed
    from planeval.name_numbers import shown_numbered

    return [*map(shown_numbered, listed)]


def in_read_order(entries: Sequence[Entry], rows: Sequence[Entry]) -> list[Entry]:
    """``entries`` with each of ``rows`` after the last entry read above it in its sheet (else
    before its sheet's first): in a table whose items are kept as read (numbered none, ア …
    none), a row in error stands where it was typed, not at its table's end."""
    if not rows:
        return list(entries)
    placed = list(entries)
    for row in rows:
        sheet, line = (row.location.file, row.location.sheet), _line(row)
        own = [
            index
            for index, entry in enumerate(placed)
            if (entry.location.file, entry.location.sheet) == sheet
        ]
        above = [index for index in own if _line(placed[index]) < line]
        at = above[-1] + 1 if above else own[0] if own else len(placed)
        placed.insert(at, row)
    return placed


def in_body_order_rows(rows: Sequence[Entry], entries: Sequence[Entry]) -> list[Entry]:
    """``rows`` (in_read_order's) with each body's together, bodies in ``entries``' order (the
    report's): a body none of whose rows in a policy was counted has its rows in error there
    in its place among the bodies, not after the last (its sheet had no entry to follow)."""
    if len({row.body for row in rows}) < 2:
        return list(rows)
    place = {body: n for n, body in enumerate(dict.fromkeys(e.body for e in entries))}
    return sorted(rows, key=lambda row: place.get(row.body, len(place)))


def _line(entry: Entry) -> int:
    """The row number of an entry's status cell (0 where it has no cell)."""
    cell = entry.location.cell
    return int(split_ref(cell)[1] or 0) if cell else 0


def typed_labels(result: ReadResult, items: Sequence[ItemSeen]) -> tuple[tuple[str, str], ...]:
    """Each of ``items`` (read, not counted: past_errors.CountedPast) with its project's number
    and its own as its body typed them — 「(3)」 and 「イ」 of 群馬県's (3)イ, whose IDs are
    2-3 and none —, from its row left out (for its error, or read and not counted: two files
    rating it apart, another year's workbook, a body of another scale's, kept aside), else its
    project's from the project's rows read; "" where not known or typed as its ID, as
    Entry.project_label is."""
    if not items:
        return ()
    own: dict[tuple[str, str, int | None, str], tuple[str, str]] = {}
    projects: dict[tuple[str, str], str] = {}
    wanted = {(item[0], item[1]) for item in items}
    # (its rows left out for an error, or read and not counted: two files rating it apart,
    # a workbook of another year, a body of another scale)
    rows = (*result.error_rows, *result.read, *result.other_year_rows, *result.other_scale_rows)
    for entry in rows:
        if (entry.body, entry.project_id) not in wanted:
            continue
        seen = (entry.body, entry.project_id, entry.item_no, entry.item_name)
        own.setdefault(seen, (entry.project_label, entry.item_label))
        if entry.project_label:
            projects.setdefault((entry.body, entry.project_id), entry.project_label)
    labels = []
    for item in items:
        project, label = own.get(item, ("", ""))
        labels.append((project or projects.get((item[0], item[1]), ""), label))
    return tuple(labels)


def project_names(result: ReadResult, items: Sequence[ItemSeen]) -> tuple[str, ...]:
    """Each of ``items``' project's name (長与町's 取組 「RPAの導入」 of its 指標 導入業務数), from
    its rows read (typed_labels' rows, then the counted ones); "" where none is known."""
    if not items:
        return ()
    wanted = {(item[0], item[1]) for item in items}
    names: dict[tuple[str, str], str] = {}
    rows = (*result.error_rows, *result.read, *result.other_year_rows, *result.other_scale_rows)
    for entry in (*rows, *result.entries):
        if entry.project_name and (entry.body, entry.project_id) in wanted:
            names.setdefault((entry.body, entry.project_id), entry.project_name)
    return tuple(names.get((item[0], item[1]), "") for item in items)


def repeat_places(result: ReadResult) -> frozenset[str]:
    """The places (``file › sheet › cell``) of the rows left out for an error that are repeat
    listings by their names (「住民票の廃止検討（再掲）」): never counted in 計, fixed or not."""
    return frozenset(
        str(e.location)
        for e in result.error_rows
        if names_repeat(e.project_name) or names_repeat(e.item_name)
    )
