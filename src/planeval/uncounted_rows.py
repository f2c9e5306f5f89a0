"""How many rows a count made past errors (--keep-going) left out, where that is known: for
``check``, which holds back a stated number that differs from the rows only while the rows
left out could make up the difference (「計画どおり実施395件」 against 393 counted, with one
row left out, is wrong whatever that row says).

A row is known to be left out on its own when its error is its status: blank (達成状況が空です)
or no symbol of the scale ('Ｘ' はこの評価尺度の記号ではありません) — one error, one row. Any other
error (a form sent back blank, said as one error for all its rows; a file or a table not read;
an item two files rate differently) leaves out rows nobody counted, and its file has no bound.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from planeval.aggregate import Summary, summarize
from planeval.cells import split_ref
from planeval.check_result import Disagreement, NotCompared
from planeval.count import Count
from planeval.direction_headings import name_key, number_key
from planeval.ids import names_repeat
from planeval.model import Entry, Location, ReadResult, TextCell
from planeval.past_errors import OTHER_SCALE, other_year_files, said_policy
from planeval.scale import NOT_A_SYMBOL
from planeval.text import comparable_name


class RowLeftOut(NamedTuple):
    """A row left out: its status cell's place (an item of a body left out for its scale: its
    file), and its policy where the row itself names it (its project's ID, read on a row
    whose status is blank: 2-1-1 is policy 2's); "" else."""

    place: Location
    policy_id: str = ""
    why: str = ""  # YEAR, SCALE: a workbook of another year's, a body of another scale's


YEAR, SCALE = "year", "scale"
LeftOut = Mapping[str, Sequence[RowLeftOut]]  # file → its rows left out, one each


def rows_left_out(result: ReadResult) -> dict[str, tuple[RowLeftOut, ...]]:
    """Each file with errors whose every error is one row's status (blank, or no symbol of
    the scale) → those rows; a file with any other error is not there (no bound). A body left
    out whole for its scale is its items, each under its policy, as its count sentence
    counts them (past_errors.counted_past: 東御市's 「－」 is of its project's policy, not of any
    — review 84)."""
    rows: dict[str, list[RowLeftOut]] = {}
    unknown: set[str] = set(result.left_out)
    projects = {(e.body, e.project_id): e.policy_id for e in result.entries}
    scaled = _scaled_items(result)
    rows.update(scaled)
    # (a workbook of another year: every row of it read, as read)
    for entry in result.other_year_rows:
        rows.setdefault(entry.location.file, []).append(
            RowLeftOut(entry.location, entry.policy_id, YEAR)
        )
    dated = other_year_files(result)
    for problem in result.input_errors():
        where = problem.location
        if where.file in dated:
            continue  # (another year's workbook: the error of the whole file, its rows above)
        one_row = where.cell is not None and (
            problem in result.unrated or f" {NOT_A_SYMBOL}" in problem.message
        )
        if where.file in scaled and where.cell is not None:
            # (its item among its body's, above: a value of its scale, or a row's other error
            # — 北山市's 「-」 naming no 再掲元 — whose row is read all the same: review 93)
            continue
        if one_row:
            body, project, *_item = result.unrated.get(problem, ("", "", "", ""))
            own = projects.get((body, project), "") if project else ""
            why = SCALE if problem.reason == OTHER_SCALE else ""
            rows.setdefault(where.file, []).append(RowLeftOut(where, own, why))
        else:
            unknown.add(where.file)
    unknown -= dated
    return {file: tuple(found) for file, found in rows.items() if file not in unknown}


def _scaled_items(result: ReadResult) -> dict[str, list[RowLeftOut]]:
    """The files of the bodies left out whole for their scale → the items of each body (on
    its first file), each under its policy: every item read of it, its values of the other
    scale and its A, B, C alike (no 再掲), as past_errors.counted_past counts them."""
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
                for place, own, _why in left_out[file]
            ]
            for file in files
            if file in left_out
        }
        self.files = files

    def rows(self, policy_id: str | None) -> int | None:
        """How many rows left out may be of ``policy_id`` (None: the whole plan); None when
        it is not known (an error that leaves out rows uncounted)."""
        if not self.known:
            return None
        if policy_id is None:
            return self.all
        return sum(1 for found in self.policies.values() for at in found if _may_be(at, policy_id))

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


def explains(wrong: Disagreement, count: Count, rows: int) -> bool:
    """Whether ``rows`` rows left out, whatever their statuses, could make the stated number
    of ``wrong`` (a count within ``rows`` above the counted; a share between the least and
    the most those rows could make of it)."""
    if wrong.stated is None:
        return False
    if not wrong.percent:
        return abs(wrong.stated - wrong.counted) <= rows
    if wrong.what not in count.counts:
        return False  # (a total's share is 100 whatever the rows)
    decimals = len(str(wrong.stated).partition(".")[2]) if isinstance(wrong.stated, float) else 0
    if wrong.counted not in (
        count.percent(decimals)[wrong.what],
        count.rounded_share(wrong.what, decimals),
    ):
        return True  # (not the count the share was compared with: 施策2-1's, of a policy's rows)
    half = 0.5 / float(10**decimals)
    share, total = count.counts[wrong.what], count.total + rows
    if not total:
        return True
    least, most = 100 * share / total - half, 100 * (share + rows) / total + half
    return least <= float(wrong.stated) <= most


def beyond(rows: int) -> str:
    """What the disagreement's counted number says when rows were left out: too few."""
    if not rows:
        return "（この範囲に数えなかった行はありません）"
    return f"（ほかに数えなかった行は {rows} 行だけ）"


def held_back(
    wrong: Sequence[Disagreement],
    files: Sequence[str],
    rows: Sequence[Entry],
    left_out: LeftOut,
    summary: Summary,
    owner: Callable[[str], str | None] = lambda file: None,
    headings: Sequence[TextCell] = (),
) -> tuple[tuple[Disagreement, ...], tuple[NotCompared, ...]]:
    """(still disagreements, held back) of ``wrong``, where ``files`` left some of the
    ``rows`` of this scope uncounted: a number those rows could make up is not compared (the
    rows would not tell); one stated below the count (rows left out could only raise it), or
    beyond what they could make up, is a disagreement, said so (``summary``: the rows' count,
    by policy; ``headings``: the text cells of the files, which tell the policy of a row left
    out at the first rows of a policy). A body's row of a table (団体別集計, 団体 | ID) is
    bounded by its own files' rows left out (``owner``: a file's body)."""
    kept: list[Disagreement] = []
    held: list[NotCompared] = []
    for body, theirs in _by_body(wrong).items():
        own = [file for file in files if body is None or owner(file) == body]
        mine = rows if body is None else [entry for entry in rows if entry.body == body]
        bound, affected = Bound(own, left_out, mine, headings), _policies_of(own, mine)
        counted = summary if body is None else summarize(mine, scale=summary.scale)
        for d in theirs:
            others = affected is not None and d.policy_id not in (None, *affected)
            if not own or _too_few(d) or others:
                kept.append(d)  # (no row of its body, or of its policy, left out)
            elif (most := bound.rows(d.policy_id)) is None or explains(d, _count(d, counted), most):
                held.append(_not_counted(d, bound.files_of(d.policy_id), most))
            else:
                kept.append(replace(d, note=beyond(most)))
    return tuple(kept), tuple(held)


def _by_body(wrong: Sequence[Disagreement]) -> dict[str | None, list[Disagreement]]:
    """The disagreements by the body whose row of a table each is (None: not a body's)."""
    found: dict[str | None, list[Disagreement]] = {}
    for d in wrong:
        found.setdefault(d.body or None, []).append(d)
    return found


def _count(wrong: Disagreement, summary: Summary) -> Count:
    """The count ``wrong`` was compared with: its policy's in ``summary`` (None: the total)."""
    if wrong.policy_id is None:
        return summary.total
    found = [group.count for group in summary.groups if group.id == wrong.policy_id]
    return found[0] if found else summary.total


def _not_counted(wrong: Disagreement, files: int, rows: int | None = None) -> NotCompared:
    """A number that differs from rows some of which were not counted: not a disagreement
    (``rows``: how many, where known — 「（エラー、1 ファイル）」 of one blank rating said no
    row: review 81)."""
    left = f"エラーの {rows} 行、" if rows else "エラー、"
    reason = f"この範囲に数えなかった行（{left}{files} ファイル）があるため比べていません"
    stated = wrong.stated if wrong.stated is not None else 0
    return NotCompared(wrong.policy_id, wrong.scope, wrong.phrase, stated, reason, wrong.location)


def _too_few(wrong: Disagreement) -> bool:
    """A count stated below the rows' (or left out of a paragraph of the rows' statuses): rows
    not counted could only have made the count larger, so they cannot excuse it."""
    return not wrong.percent and (wrong.stated is None or wrong.stated < wrong.counted)


def _policies_of(files: Collection[str], rows: Sequence[Entry]) -> set[str] | None:
    """The policies whose rows may be among those ``files`` did not count: the policies of
    their counted rows (a row left out stands among its file's others); None, any policy,
    when one of them counted none."""
    policies: dict[str, set[str]] = {file: set() for file in files}
    for entry in rows:
        if (found := policies.get(entry.location.file)) is not None:
            found.add(entry.policy_id)
    if not all(policies.values()):
        return None
    return set().union(*policies.values())
