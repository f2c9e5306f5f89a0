"""``check --previous``: last year's numbers and the changes a report states (「前年度の10件から」,
「完了は▲2件」, 「4件増加」: stated_changes.py) compared with the previous round's rows — last
year's number with last year's count of the same scope (the whole plan, a group, a direction
or project, a body), a change with this year's count less last year's. The previous round is
read as compare reads its first round, each body named as this round names it (compare's
pairing of a body whose file was renamed). Without it they are listed and fail nothing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from planeval.aggregate import Group, summarize
from planeval.count import Count
from planeval.errors import UsageError
from planeval.fiscal import fiscal_year_label
from planeval.level_labels import LevelLabels
from planeval.model import Entry, ReadResult
from planeval.scale import Scale
from planeval.stated_changes import PAST
from planeval.stated_number import (
    GROUPS,
    NOT_COUNTED,
    PROJECTS,
    ROWS,
    SHARE_SUM,
    TOTAL,
    StatedNumber,
)
from planeval.stated_ranges import summed, summed_count
from planeval.statements import StatedCounts

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


def previous_round(
    before: ReadResult,
    now: ReadResult,
    mapping: Mapping[str, str] | None = None,
    fiscal_year: int | None = None,
) -> PreviousRound:
    """``before``, the round given as last year's, paired with this round ``now`` as compare
    pairs two rounds, its projects and items renumbered by ``mapping`` as compare's old round
    (cycle/pairing.renumber: check --map). Rounds whose years are known (their templates, an
    export's record, their titles or files' names) must be a year apart: a UsageError names
    both years otherwise; this round's year is ``fiscal_year`` where given (--fiscal-year:
    review 39, a wrong round was compared when only the option said the year)."""
    from planeval.cycle.compare import renamed_bodies, typed_levels
    from planeval.cycle.map_ids import by_shown_ids
    from planeval.cycle.pairing import renumber
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
    rows = [renumber(e, mapping)[0] for e in before.entries] if mapping else before.entries
    renamed = renamed_bodies(rows, now.entries)
    entries = tuple(e._replace(body=renamed.get(e.body, e.body)) for e in rows)
    files = {p.location.file for p in before.input_errors()}
    owner = {**before.unread_bodies, **before.file_bodies}  # (a file's body, read or not)
    bodies = {renamed.get(b, b) if (b := owner.get(f)) else None for f in files}
    bodies |= {renamed.get(place.body, place.body) or None for place in before.recorded_errors}
    # (the levels as typed as compare reads the two rounds: this round's typing over last's)
    labels = typed_levels([before, now], [renamed, {}])
    return PreviousRound(entries, frozenset(bodies), labels)


class PastCounts:
    """The previous round's counts of the rows one part of the texts speaks of (``body``'s,
    or every body's: None)."""

    def __init__(self, previous: PreviousRound, body: str | None, scale: Scale) -> None:
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

    def of(self, statement: StatedCounts) -> Count | str:
        """Last year's count of ``statement``'s scope, or why there is none to compare with."""
        if self.incomplete:
            return _NOT_COUNTED
        if statement.below:
            group = self.below.get(statement.below)
        elif statement.among:  # (施策27から施策28まで: those groups' counts added up)
            if any(gid not in self.policies for gid in statement.among):
                return f"前年度の回答に {statement.scope} の行がありません"
            chosen = [e for e in self.rows if e.policy_id in statement.among]
            return summarize(chosen, scale=self.scale, labels=self.labels).total
        elif statement.policy_id is None:
            rows = f" {self.body} の行" if self.body else "数えた行"
            return self.total if self.rows else f"前年度の回答に{rows}がありません"
        else:
            group = self.policies.get(statement.policy_id)
        return (
            f"前年度の回答に {statement.scope} の行がありません" if group is None else group.count
        )


def comparable(number: StatedNumber) -> bool:
    """Whether last year's rows tell ``number`` (last year's or a change): a count of a status,
    the total or the rows, or last year's share; not a count of projects or groups, a
    sub-count, a share's change, or a number whose words do not say what it counts."""
    return (
        bool(number.when and number.what)
        and number.what not in (PROJECTS, GROUPS, NOT_COUNTED, SHARE_SUM)
        and not number.subset
        and not (number.percent and number.when != PAST)
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


def change_note(number: StatedNumber, what: str, now: Count, before: Count | str | None) -> str:
    """Both rounds' counts a change differing from them is of, said after it: 「（前年度 6 →
    今回 8）」; "" for any other number."""
    if number.when in ("", PAST) or not isinstance(before, Count):
        return ""

    def of(count: Count) -> int:
        if among := summed(what):  # (「合わせて7指標」: A's and B's)
            return summed_count(count, among)
        if what == TOTAL:
            return count.total
        if what == ROWS:
            return count.total + sum(count.uncounted.values())
        return count.counts.get(what, count.uncounted.get(what, 0))

    return f"（前年度 {of(before)} → 今回 {of(now)}）"
