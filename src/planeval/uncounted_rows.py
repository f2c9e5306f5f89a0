"""How many rows a count made past errors (--keep-going) left out, where that is known: for
``check``, which holds back a stated number that differs from the rows only while the rows
left out could make up the difference (held_back.py) (「計画どおり実施395件」 against 393 counted, with one
row left out, is wrong whatever that row says).

A row is known to be left out on its own when its error is its status: blank (達成状況が空です)
or no symbol of the scale ('Ｘ' はこの評価尺度の記号ではありません), its value and its issue's swapped — one error, one row; so is each
row of a form sent back blank (one error for all its rows, each read with no status under its
own policy: review 117), and a row of no item of the plan (計画にない実施内容です: its own
reason, OUTSIDE, as the count sentence says 「計画にない行1件」 apart — review 118 #3). Any other error (a file or a table not read; an item two files rate
differently) leaves out rows nobody counted, and its file has no bound.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from planeval.cells import split_ref
from planeval.direction_headings import name_key, number_key
from planeval.left_out_items import said_policy
from planeval.model import Entry, Location, TextCell
from planeval.past_errors import BLANK_FORM, NOT_IN_PLAN, OTHER_SCALE, other_year_files
from planeval.read_records import ReadResult
from planeval.repeat_marks import names_repeat
from planeval.scale import NOT_A_SYMBOL, SWAPPED_COLUMNS, UNKNOWN_STATUS, Scale
from planeval.statusless import statusless_places
from planeval.text import comparable_name
from planeval.text_cells import RowKey, row_key, rows_of


class RowLeftOut(NamedTuple):
    """A row left out: its status cell's place (an item of a body left out for its scale: its
    file), and its policy where the row itself names it (its project's ID, read on a row
    whose status is blank: 2-1-1 is policy 2's); "" else."""

    place: Location
    policy_id: str = ""
    # YEAR, SCALE, OUTSIDE, OTHER_BODY: another year's workbook, another scale's body, no plan's,
    # another body's form (団体名 another's than its file's name: io/misfiled.py); BLANK an
    # error's of its rating left blank (or its form's), said apart (past_errors.BLANK_ROW)
    why: str = ""
    # False: a row holding no status (its status blank, a 再掲 naming no 再掲元: statusless.py),
    # which no status's count can have held — only a total's
    rated: bool = True


YEAR, SCALE, OUTSIDE, OTHER_BODY, BLANK = "year", "scale", "outside", "other body", "blank"
ERRORS = ("", BLANK)  # (the rows' own errors: an error's, said 「エラー」 to the clerk)
LeftOut = Mapping[str, Sequence[RowLeftOut]]  # file → its rows left out, one each


def rows_left_out(
    result: ReadResult, scale: Scale | None = None
) -> dict[str, tuple[RowLeftOut, ...]]:
    """Each file with errors whose every error is one row's status (blank, or no symbol of
    the scale) → those rows; a file with any other error is not there (no bound). A body left
    out whole for its scale is its items, each under its policy, as its count sentence
    counts them (left_out_items.counted_past: 東御市's 「－」 is of its project's policy, not of any
    — review 84). Under ``scale``, a row holding no status of it is marked so (RowLeftOut.rated:
    statusless.py; a 再掲 naming no 再掲元 a row of its own too)."""
    rows: dict[str, list[RowLeftOut]] = {}
    bare = statusless_places(result, scale) if scale is not None else frozenset()
    unknown: set[str] = set(result.left_out)
    projects = {(e.body, e.project_id): e.policy_id for e in result.entries}
    scaled = _scaled_items(result)
    rows.update(scaled)
    # (a workbook of another year: every row of it read, as read — but last year's copy beside
    # its body's reply counted whole leaves no row of the round out: review 198 #2)
    copies: set[str] = set()
    if result.other_year_rows:  # (imported for it alone)
        from planeval.last_year_copies import last_years_copies

        copies = last_years_copies(result)
    for entry in result.other_year_rows:
        found = rows.setdefault(entry.location.file, [])  # (a copy's: its file, no row)
        if entry.location.file not in copies:
            found.append(RowLeftOut(entry.location, entry.policy_id, YEAR))
    for entry in result.misfiled_rows:  # (another body's form: every row of it, as read)
        rows.setdefault(entry.location.file, []).append(
            RowLeftOut(entry.location, entry.policy_id, OTHER_BODY)
        )
    dated = other_year_files(result)
    misfiled = {entry.location.file for entry in result.misfiled_rows}
    outside: dict[RowKey | None, tuple[Location, str]] | None = None
    placed: dict[Location, str] | None = None
    for problem in result.input_errors():
        where = problem.location
        if where.file in dated or (where.cell is None and where.file in misfiled):
            continue  # (another year's or body's workbook: the whole file's error, rows above)
        one_row = where.cell is not None and (
            problem in result.unrated
            or where in bare
            or f" {NOT_A_SYMBOL}" in problem.message
            or problem.kind in (SWAPPED_COLUMNS, UNKNOWN_STATUS)
        )
        if where.file in scaled and (where.cell is not None or problem.reason == OTHER_SCALE):
            # (its item among its body's, above: a value of its scale, or a row's other error
            # — 北山市's 「-」 naming no 再掲元 — whose row is read all the same: review 93; and
            # a legend of that scale's meanings, the file's every row above — review 150 #2)
            continue
        if one_row:
            body, project, *_item = result.unrated.get(problem, ("", "", "", ""))
            own = projects.get((body, project), "") if project else ""
            if not own:  # (a value of no symbol: its policy as its row was read, error_rows)
                if placed is None:
                    placed = {entry.location: entry.policy_id for entry in result.error_rows}
                own = placed.get(where, "")
            why = SCALE if problem.reason == OTHER_SCALE else ""
            why = BLANK if not why and problem in result.unrated else why
            rows.setdefault(where.file, []).append(RowLeftOut(where, own, why, where not in bare))
        elif problem.reason == BLANK_FORM and (blank := _blank_form(result, where.file)):
            rows.setdefault(where.file, []).extend(blank)
        elif problem.reason == NOT_IN_PLAN and where.cell is not None:
            if outside is None:  # (the rows of no item of the plan, read once: rare)
                outside = _outside(result)
            place, own = outside.get(row_key(where), (where, ""))  # (its status cell)
            rows.setdefault(where.file, []).append(RowLeftOut(place, own, OUTSIDE))
        else:
            unknown.add(where.file)
    unknown -= dated | misfiled
    return {file: tuple(found) for file, found in rows.items() if file not in unknown}


def _outside(result: ReadResult) -> dict[RowKey | None, tuple[Location, str]]:
    """Each row of no item of the plan (its error's row: said at its name) → its status
    cell and its policy, as read."""
    spots = rows_of(result.problems, NOT_IN_PLAN)
    return {
        key: (e.location, e.policy_id) for e in result.read if (key := row_key(e.location)) in spots
    }


def _blank_form(result: ReadResult, file: str) -> list[RowLeftOut]:
    """The rows of a form sent back blank (one error for all its rows), each under its own
    policy as read with no status: a figure of another policy is no concern of theirs (review
    117: 教育総務課's blank form of 基本方針2 held back 基本方針1's 「Aが4指標」)."""
    return [
        RowLeftOut(entry.location, entry.policy_id, BLANK, rated=False)
        for entry in result.error_rows
        if entry.location.file == file
    ]


def _scaled_items(result: ReadResult) -> dict[str, list[RowLeftOut]]:
    """The files of the bodies left out whole for their scale → the items of each body (on
    its first file), each under its policy: every item read of it, its values of the other
    scale and its A, B, C alike (no 再掲), as left_out_items.counted_past counts them."""
    owner = result.file_bodies
    files: dict[str, list[str]] = {}
    for file in {e.location.file for e in result.other_scale_rows} | {
        p.location.file for p in result.problems if p.reason == OTHER_SCALE
    }:
        files.setdefault(owner.get(file, ""), []).append(file)
    if not files:
        return {}
    found: dict[str, list[RowLeftOut]] = {file: [] for named in files.values() for file in named}
    seen: set[tuple[str, str, int | None, str]] = set()
    for body, project, number, name in result.items_seen:
        key = (body, project, number, comparable_name(name))
        if body in files and key not in seen and not names_repeat(name):
            seen.add(key)
            first = min(files[body])
            own = said_policy(result, {}, body, project)
            found[first].append(RowLeftOut(Location(first), own, SCALE))
    return found


class Bound:
    """The rows of some files left out, by the policy each stands in: the one its own row
    names (its project's ID, RowLeftOut.policy_id); else the one of the counted rows on both
    sides of it in its sheet, where they agree; where they do not, the second's if it stands
    below that policy's heading (``headings``: text cells naming it by number or name,
    「2　情報システムの標準化」), the first's if above it, else either of the two (a row
    between policies 1 and 2 is of neither 3 nor 4); any policy at a sheet's first or last
    rows with no counted row past it."""

    def __init__(
        self,
        files: Sequence[str],
        left_out: LeftOut,
        rows: Sequence[Entry],
        headings: Sequence[TextCell] = (),
    ) -> None:
        self.known = all(file in left_out for file in files)
        places = [row.place for file in files for row in left_out.get(file, ())]
        sheets: dict[tuple[str, str | None], list[_Rated]] = {}
        wanted = {(place.file, place.sheet) for place in places}
        for entry in rows:
            where = (entry.location.file, entry.location.sheet)
            if where in wanted:
                one = (_row(entry.location.cell), entry.policy_id, entry.policy_name)
                sheets.setdefault(where, []).append(one)
        for rated in sheets.values():
            rated.sort()
        between: dict[tuple[str, str | None], list[tuple[int, str]]] = {}
        for text in headings:
            where = (text.location.file, text.location.sheet)
            if where in wanted and text.location.cell:
                between.setdefault(where, []).append((_row(text.location.cell), text.text))
        self.all = len(places)
        self.policies = {
            file: [
                frozenset({own})
                if own
                else _policy_at(
                    place,
                    sheets.get((place.file, place.sheet), []),
                    between.get((place.file, place.sheet), []),
                )
                for place, own, *_why in left_out[file]
            ]
            for file in files
            if file in left_out
        }
        self.files, self.left_out = files, left_out

    def rows(self, policy_id: str | None) -> int | None:
        """How many rows left out may be of ``policy_id`` (None: the whole plan); None when
        it is not known (an error that leaves out rows uncounted)."""
        if not self.known:
            return None
        if policy_id is None:
            return self.all
        return sum(1 for found in self.policies.values() for at in found if _may_be(at, policy_id))

    def kinds(self, policy_id: str | None) -> dict[str, int]:
        """How many rows left out may be of ``policy_id`` (None: the whole plan), by why each
        was (RowLeftOut.why: "" an error's, YEAR another year's workbook's…)."""
        found: dict[str, int] = {}
        for file, policies in self.policies.items():
            for (_place, _own, why, _rated), at in zip(self.left_out[file], policies, strict=True):
                if policy_id is None or _may_be(at, policy_id):
                    found[why] = found.get(why, 0) + 1
        return found

    def statusless(self, policy_id: str | None) -> int:
        """How many rows left out holding no status (RowLeftOut.rated) may be of ``policy_id``
        (None: the whole plan)."""
        return sum(
            1
            for file, policies in self.policies.items()
            for row, at in zip(self.left_out[file], policies, strict=True)
            if not row.rated and (policy_id is None or _may_be(at, policy_id))
        )

    def unrated(self, policy_id: str | None) -> tuple[RowLeftOut, ...]:
        """The rows left out with their rating blank (BLANK, holding no status) that may be of
        ``policy_id`` (None: the whole plan): rows a clerk may yet rate."""
        return tuple(
            row
            for file, policies in self.policies.items()
            for row, at in zip(self.left_out[file], policies, strict=True)
            if row.why == BLANK and not row.rated and (policy_id is None or _may_be(at, policy_id))
        )

    def fewest(self, policy_id: str | None) -> int | None:
        """How many rows left out are surely of ``policy_id`` (rows() where no row may be of
        another policy too: one between two policies, or at a sheet's edge)."""
        if not self.known:
            return None
        if policy_id is None:
            return self.all
        return sum(1 for found in self.policies.values() for at in found if at == {policy_id})

    def files_of(self, policy_id: str | None) -> int:
        """How many of the files may have left out rows of ``policy_id``: those of its rows
        left out, and those whose rows left out are not known (all, if none is)."""
        found = [
            file
            for file in self.files
            if policy_id is None
            or file not in self.policies
            or any(_may_be(at, policy_id) for at in self.policies[file])
        ]
        return len(found) or len(self.files)


def _may_be(policies: frozenset[str], policy_id: str) -> bool:
    """Whether a row left out whose policy is one of ``policies`` (none: any) may be of
    ``policy_id``."""
    return not policies or policy_id in policies


def _row(cell: str | None) -> int:
    digits = split_ref(cell or "")[1]
    return int(digits) if digits else 0


_Rated = tuple[int, str, str]  # a counted row's row number, policy and the policy's name


def _policy_at(
    place: Location, rated: list[_Rated], headings: list[tuple[int, str]]
) -> frozenset[str]:
    """The policies a row left out at ``place`` may be of (none: any)."""
    row = _row(place.cell)
    keys = [number for number, *_policy in rated]
    above, below = bisect_left(keys, row), bisect_right(keys, row)
    if above == 0 or below == len(rated):
        return frozenset()
    before, after = rated[above - 1], rated[below]
    if before[1] == after[1]:
        return frozenset({after[1]})
    # (the first rows of the next policy: past its heading, 「2　情報システムの標準化」, its own)
    lines = [line for line, text in headings if before[0] < line < after[0] and _names(text, after)]
    if lines and all(line < row for line in lines):
        return frozenset({after[1]})
    if lines and all(line > row for line in lines):
        return frozenset({before[1]})
    return frozenset({before[1], after[1]})  # (the last row of one, or the first of the next)


def _names(heading: str, policy: _Rated) -> bool:
    """Whether a heading names the policy: its number first (「2　…」「2.」), or its name."""
    plain = number_key(heading)
    _row, number, name = policy
    if re.match(rf"{re.escape(number_key(number))}(?![\d-])", plain):
        return True
    return bool(name_key(name)) and name_key(name) in name_key(heading)
