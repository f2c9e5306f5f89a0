"""``check --previous``: last year's numbers and the changes a report states (「前年度の10件から」,
「完了は▲2件」, 「4件増加」: stated_changes.py) compared with the previous round's rows — last
year's number with last year's count of the same scope (the whole plan, a group, a direction
or project, a body), a change with this year's count less last year's. The previous round is
read as compare reads its first round, each body named as this round names it (compare's
pairing of a body whose file was renamed). Without it they are listed and fail nothing. Read
with several bodies, some counted in one round only, the counts of the bodies counted in both —
compare's and rounds' like for like — are said beside a number: each year's whole is the one
basis (review 189 #2), and compare's figure is a disagreement said as compare's (review 104:
▲24 of compare's 121 → 97 against 133 → 101 and nothing said why) — and so are those without
the items compare leaves out of both rounds' counts, one round not counting them (a department
whose form is missing, an item in error: review 111, 「前年度の11事業」 of compare's 11 → 19,
13 in all, 環境局 not answering this year)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from planeval.aggregate import Group, summarize
from planeval.count import Count
from planeval.cycle.uncounted import Item, item_of
from planeval.errors import UsageError
from planeval.fiscal import fiscal_year_label
from planeval.level_labels import LevelLabels
from planeval.model import Entry
from planeval.read_records import ReadResult
from planeval.scale import Scale
from planeval.stated_changes import PAST
from planeval.stated_number import GROUPS, NOT_COUNTED, PROJECTS, SHARE_SUM, StatedNumber
from planeval.statements import StatedCounts
from planeval.subsets import Marks, Subsets, unmarked

_NOT_COUNTED = "前年度の回答に数えなかった行（エラーの行）があるため、比べられません"


@dataclass(frozen=True, slots=True)
class PreviousRound:
    """Last year's rows for check: each body named as this round names it, the bodies of
    which rows were left out by errors (None among them: of the whole read), and the levels'
    numbers as the two rounds typed them, as compare counts both (compare.typed_levels: its
    bodies renamed so): a body whose policies are band rows 「基本目標１ …」 over a running
    No. counts under them last year as this year (unlevelled.py)."""

    entries: tuple[Entry, ...]
    incomplete: frozenset[str | None] = frozenset()
    labels: LevelLabels = field(default_factory=dict)
    # the items compare leaves out of both rounds' counts, one round counting nothing of them
    # (Movement.uncounted_in: uncounted.item_of, in this round's numbers), and the word for them
    uncompared: frozenset[Item] = frozenset()
    item: str = "項目"
    # the policies the rows left out by errors are of, where each row's is known (None: any;
    # review 118 #5: a policy with none, only a department's 未提出, was said to have errors)
    errors_in: frozenset[str] | None = None
    # the rows a column marks (ReadResult.marks: 重点 ○), what last year's 「うち重点」 counts
    marks: Marks = field(default_factory=dict)


def previous_round(
    before: ReadResult,
    now: ReadResult,
    mapping: Mapping[str, str] | None = None,
    fiscal_year: int | None = None,
    *,
    scale: Scale,
    item: str = "",
) -> PreviousRound:
    """``before``, the round given as last year's, paired with this round ``now`` as compare
    pairs two rounds, its projects and items renumbered by ``mapping`` as compare's old round
    (cycle/pairing.renumber: check --map). Rounds whose years are known (their templates, an
    export's record, their titles or files' names) must be a year apart: a UsageError names
    both years otherwise; this round's year is ``fiscal_year`` where given (--fiscal-year:
    review 39, a wrong round was compared when only the option said the year). The items
    compare's counts leave out (``PreviousRound.uncompared``) are compare's own, ``scale`` its
    scale; ``item`` the body's word for them ([wording] item)."""
    from planeval.cycle.coded_bodies import paired_bodies
    from planeval.cycle.compare import typed_levels
    from planeval.cycle.map_ids import by_shown_ids
    from planeval.cycle.pairing import renumber
    from planeval.cycle.renamed_bodies import as_named
    from planeval.cycle.rounds_api import compare
    from planeval.stated_year import report_year

    was, this = report_year(before, None), fiscal_year or report_year(now, None)
    if was is not None and this is not None and was != this - 1:
        raise UsageError(
            f"--previous の回答は{fiscal_year_label(was)}、今回の回答は"
            f"{fiscal_year_label(this)}のものです。前年度の数と増減は前年度の回答と比べるため、"
            f"--previous には{fiscal_year_label(this - 1)}の調査票のフォルダか、その年度に"
            "書き出した報告書を指定してください"
        )
    if mapping:  # (川崎市's 施策 6-2-3=6-2-4 as the tables show them: map_ids.by_shown_ids)
        typed = (before.level_labels, now.level_labels)
        mapping = by_shown_ids(mapping, before.entries, now.entries, labels=typed)
    compared = compare(before, now, scale=scale, mapping=dict(mapping or {}))
    # (not the rows compare leaves out as its own summarize with the plan did: review 118 #4)
    refused = {row.location for row in compared.unjudged}
    rows = [
        renumber(e, mapping)[0] if mapping else e
        for e in before.entries
        if e.location not in refused
    ]
    renamed, _said = paired_bodies(before, now, (rows, now.entries))  # (compare says them)
    entries = tuple(as_named(rows, renamed))
    files = {p.location.file for p in before.input_errors()}
    owner = {**before.unread_bodies, **before.file_bodies}  # (a file's body, read or not)
    bodies = {renamed.get(b, b) if (b := owner.get(f)) else None for f in files}
    bodies |= {renamed.get(place.body, place.body) or None for place in before.recorded_errors}
    # (the levels as typed as compare reads the two rounds: this round's typing over last's)
    labels = typed_levels([before, now], [renamed, {}])
    uncompared = {
        item_of(m.new) if m.new else item_of(m.entry, mapping or {})
        for m in compared.movements
        if m.uncounted_in
    }
    errors_in = _errors_in(before) if files and not before.recorded_errors else None
    return PreviousRound(
        entries,
        frozenset(bodies),
        labels,
        frozenset(uncompared),
        item or "項目",
        errors_in,
        before.marks,
    )


def _errors_in(before: ReadResult) -> frozenset[str] | None:
    """The policies ``before``'s rows left out by its errors may be of, where every such row is
    known (uncounted_rows.rows_left_out) and placed among its sheet's counted rows (Bound);
    None else."""
    from planeval.uncounted_rows import Bound, rows_left_out

    known = rows_left_out(before)
    files = sorted({p.location.file for p in before.input_errors()})
    if any(file not in known for file in files):
        return None
    placed = Bound(files, known, before.entries).policies.values()
    policies = [each for found in placed for each in found]
    if not all(policies):  # (a row at a sheet's edge: of any policy)
        return None
    return frozenset().union(*policies)


class Alike(NamedTuple):
    """A scope's counts this round and the last over the bodies counted in both, without the
    items one round did not count (compare's and rounds' like for like); the bodies counted in
    one round only, and the items left out (``item``, the word for them): of both, and of each
    round's rows (``items_before``, ``items_now``: none of this round's where it counted none of
    them, review 208 #8)."""

    now: Count
    before: Count
    apart: tuple[str, ...]
    items: int = 0
    item: str = "項目"
    items_before: int = 0
    items_now: int = 0


class PastCounts:
    """The previous round's counts of the rows one part of the texts speaks of (``body``'s,
    or every body's: None); ``now``, this round's rows of that part (their bodies tell which
    were counted in one round only: ``alike``)."""

    def __init__(
        self, previous: PreviousRound, body: str | None, scale: Scale, now: Sequence[Entry] = ()
    ) -> None:
        self.previous, self.now = previous, now
        self.rows = [e for e in previous.entries if body in (None, e.body)]
        self.scale, self.body = scale, body
        left_out = previous.incomplete
        self.incomplete = None in left_out or (bool(left_out) if body is None else body in left_out)
        self.labels = previous.labels  # (its own: 岡谷市's band rows, review 84)
        self.summary = summarize(self.rows, scale=scale, labels=self.labels)
        self.total = self.summary.total
        self.policies = {group.id: group for group in self.summary.groups}

    @cached_property
    def below(self) -> dict[str, Group]:
        """The directions and projects by ID, as this round's are looked up (TableRows.below)."""
        from planeval.table_counts import TableRows

        return TableRows(self.rows, self.summary, labels=self.labels).below()

    @cached_property
    def _both(self) -> tuple[PastCounts, PastCounts, tuple[str, ...], tuple[int, ...]] | None:
        """Both rounds' rows compare counts — of the bodies counted in both, without the items
        one round did not count —, the bodies of one round only and how many items were left
        out (of both rounds, last year's rows, this year's); None where compare's counts are
        each round's whole."""
        was, now = {e.body for e in self.rows}, {e.body for e in self.now}
        both = was & now
        if not both:
            return None
        every = dict.fromkeys(e.body for e in (*self.rows, *self.now))
        apart = tuple(body for body in every if body not in both)
        out = {item_of(e) for e in (*self.rows, *self.now)} & self.previous.uncompared
        if not apart and not out:
            return None

        def kept(rows: Sequence[Entry], incomplete: frozenset[str | None]) -> PastCounts:
            alike = tuple(e for e in rows if e.body in both and item_of(e) not in out)
            previous = PreviousRound(alike, incomplete, self.labels, errors_in=errors_in)
            return PastCounts(previous, self.body, self.scale)

        errors_in = self.previous.errors_in
        now_kept, was_kept = kept(self.now, frozenset()), kept(self.rows, self.previous.incomplete)
        of_each = [len({item_of(e) for e in rows} & out) for rows in (self.rows, self.now)]
        return now_kept, was_kept, apart, (len(out), *of_each)

    def alike(self, statement: StatedCounts) -> Alike | None:
        """``statement``'s scope counted like for like (Alike); None where compare's counts are
        each round's whole, or its rows do not tell."""
        if self._both is None:
            return None
        now, before = self._both[0].of(statement), self._both[1].of(statement)
        if isinstance(now, str) or isinstance(before, str):
            return None
        items, of_before, of_now = self._both[3]
        return Alike(now, before, self._both[2], items, self.previous.item, of_before, of_now)

    def _apart_from_errors(self, statement: StatedCounts) -> bool:
        """Whether ``statement``'s scope is of a policy none of last year's rows left out by
        errors is of (a department's 未提出 there is compare's like for like: Alike)."""
        errors_in, policy = self.previous.errors_in, statement.policy_id
        return (
            errors_in is not None
            and bool(policy)
            and not statement.among
            and (policy not in errors_in)
        )

    def of(self, statement: StatedCounts) -> Count | str:
        """Last year's count of ``statement``'s scope, or why there is none to compare with."""
        if self.incomplete and not self._apart_from_errors(statement):
            return _NOT_COUNTED
        if statement.below:
            group = self.below.get(statement.below)
        elif statement.among:  # (施策27から施策28まで: those groups' counts added up)
            groups = self.below if statement.lower else self.policies
            if any(gid not in groups for gid in statement.among):
                return f"前年度の回答に {statement.scope} の行がありません"
            among, lower = set(statement.among), statement.lower
            chosen = [e for e in self.rows if (e.project_id if lower else e.policy_id) in among]
            return summarize(chosen, scale=self.scale, labels=self.labels).total
        elif statement.policy_id is None:
            rows = f" {self.body} の行" if self.body else "数えた行"
            return self.total if self.rows else f"前年度の回答に{rows}がありません"
        else:
            group = self.policies.get(statement.policy_id)
        return (
            f"前年度の回答に {statement.scope} の行がありません" if group is None else group.count
        )

    def marked(self, statement: StatedCounts, word: str) -> Count | str:
        """Last year's count of the rows of ``statement``'s scope a column titled ``word`` marks
        (「前年度の7件（うち重点6件）から」: its 重点 rows, never all its 7 — review 167 #1), or
        why there is none to compare with (last year's tables without that column, …)."""
        if isinstance(whole := self.of(statement), str):
            return whole
        marks = self.previous.marks
        found = Subsets(self.rows, marks, self.scale).count(statement, word)
        if isinstance(found, str) and not marks:  # (no table of last year's with the column)
            found = unmarked(word, tuple(dict.fromkeys(e.location.file for e in self.rows)))
        return f"前年度の{found}" if isinstance(found, str) else found


def comparable(number: StatedNumber) -> bool:
    """Whether last year's rows tell ``number`` (last year's or a change): a count of a status,
    the total or the rows, last year's share or a share's change in points (share_points.py),
    last year's sub-count (「前年度の7件（うち重点4件）」: PastCounts.marked) and a sub-count's
    change (「（うち重点▲3件）」: the marked rows' of both rounds, review 189 #1); not a count of
    projects or groups, a share's change in percent, or a number whose words do not say what
    it counts."""
    return (
        bool(number.when and number.what)
        and number.what not in (PROJECTS, GROUPS, NOT_COUNTED, SHARE_SUM)
        and not (number.percent and number.when != PAST and not number.points)
        and not (number.decimals and not number.percent)
    )


def base(number: StatedNumber, now: Count, before: Count) -> Count:
    """The count a last year's number is compared with (``before``), or a change with: this
    year's less last year's, status by status."""
    if number.when == PAST:
        return before
    return Count(
        {s: n - before.counts.get(s, 0) for s, n in now.counts.items()},
        {s: now.uncounted.get(s, 0) - before.uncounted.get(s, 0) for s in _uncounted(now, before)},
    )


def _uncounted(now: Count, before: Count) -> list[str]:
    return list(dict.fromkeys([*now.uncounted, *before.uncounted]))
