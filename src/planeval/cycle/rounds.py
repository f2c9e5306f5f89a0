"""A plan period's final evaluation: several rounds side by side.

Each item's status in every round (paired with the last round's items as compare pairs two
rounds: by number and name; an item renumbered shown 「旧 → 新」 as compare shows it), and per
policy the counts of every round — with several bodies, of the bodies counted in every round,
like for like as compare's: a town that left the survey (or joined it) makes no round's totals
fall (or rise); it is said in one line with its own counts (bodies_apart.py). An item one round
counted nothing of is in no round's counts, as in compare (uncounted.like_for_like).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from planeval.aggregate import Summary, summarize
from planeval.cycle.answered import NoWorkbook
from planeval.cycle.bodies_apart import BodyApart
from planeval.cycle.compare import status_trend
from planeval.cycle.ended import NONE_ENDED, Ended, ended_as
from planeval.cycle.pairing import body_ranks, moved, pair
from planeval.cycle.renumbered_projects import FORMER, projects_renumbered
from planeval.cycle.trend_words import trend_line
from planeval.cycle.uncounted import Uncounted, like_for_like
from planeval.cycle.unpaired_map import Paired, unpaired_mapping
from planeval.distinct_ids import AS_SHOWN, ListedIds, listed_apart
from planeval.errors import UsageError
from planeval.id_order import id_order
from planeval.item_keys import EntryKey, entry_key
from planeval.level_labels import NO_LABELS, LevelLabels
from planeval.marked_counts import Marks
from planeval.model import Entry, Problem
from planeval.scale import Scale
from planeval.text import comparable_name
from planeval.wording import DEFAULT_WORDING, Wording

UNSENT = "未集計"
BEFORE_JOINING = "参加前"  # (a round before its body joined the survey: nothing asked of it)
UNLISTED = "団体一覧になし"  # (a later round whose list of bodies names not its body: merged)


@dataclass(frozen=True, slots=True)
class RoundRow:
    """One item across the rounds: as the latest round that has it names it, and its status
    in each round ("" where that round does not have it); ``unsent``: the rounds in which
    its body or department sent no workbook (cycle/answered.py), ``in_error``: those that
    read it and counted no row of it (cycle/uncounted.py), 「未集計」 where it has none;
    ``former``: the numbers earlier rounds rated it under where they differ (pairing.moved),
    oldest first; ``ended``: the last round's plan marks it 終了 (cycle/ended.py), its cell
    there 「計画で終了」 — no status was asked of it, and the earlier rounds' counts keep it;
    ``joined``: the round its body joined the survey in (BodyApart.joined), the rounds before
    it 「参加前」 — not 「未集計」: nothing was asked of it there (review 100 #7); ``unlisted``:
    the rounds whose list of bodies does not name its body (BodyApart.unlisted), 「団体一覧になし」
    there (review 104 #7); ``unreturned``: those whose plan names it and its department sent
    nothing, no round rating it, its plan label (未提出) there (review 164 #7)."""

    entry: Entry
    statuses: tuple[str, ...]
    unsent: frozenset[int] = frozenset()
    in_error: frozenset[int] = frozenset()
    former: tuple[str, ...] = ()
    # its ID as the flat list shows it, where not as Entry.shown_id (distinct_ids.py: 1-(1)ア)
    listed: str = ""
    ended: str = ""  # (its 区分's word, 終了 or 廃止…, said by cycle/ended.ended_as; "" where not)
    # of ``in_error``, those left out as of another year's workbook (Uncounted.of_other_year)
    dated: frozenset[int] = frozenset()
    joined: int = 0
    unlisted: frozenset[int] = frozenset()
    unreturned: frozenset[int] = frozenset()  # (「未提出」 there: unreturned_rounds.py)

    @property
    def uncounted(self) -> frozenset[int]:
        """The rounds that counted nothing of it (「未集計」 there): it is then in no round's
        counts per policy (uncounted.like_for_like)."""
        return frozenset(i for i in self.unsent | self.in_error if not self.statuses[i])

    @property
    def shown(self) -> tuple[str, ...]:
        uncounted = self.uncounted
        shown = [
            BEFORE_JOINING
            if index < self.joined
            else UNLISTED
            if index in self.unlisted
            else UNSENT
            if index in uncounted
            else self.entry.status_text
            if index in self.unreturned
            else status
            for index, status in enumerate(self.statuses)
        ]
        if self.ended and not shown[-1]:
            shown[-1] = ended_as(self.ended)
        return tuple(shown)

    @property
    def id(self) -> str:
        return self.listed or self.entry.shown_id

    @property
    def label(self) -> str:
        """ "2(1)イ" or, renumbered, "2(1)ウ → 2(1)イ" (as compare's Movement.label)."""
        return " → ".join(dict.fromkeys((*self.former, self.id)))


@dataclass(frozen=True, slots=True)
class Rounds:
    labels: tuple[str, ...]
    rows: tuple[RoundRow, ...]
    summaries: tuple[Summary, ...]
    scale: Scale
    notices: tuple[Problem, ...] = ()  # compare.in_order's of the years, unpaired_map's of --map
    wording: Wording = DEFAULT_WORDING  # the body's words in the tables (its [wording])
    years: tuple[int | None, ...] = ()  # each round's fiscal year, where it records or states it
    # per round, the (body, department) that sent no workbook in it (answered.py)
    unsent: tuple[tuple[tuple[str, str], ...], ...] = ()
    unread: tuple[frozenset[str], ...] = ()  # (… its departments that sent only an .xls)
    # the bodies with no counted row in some rounds, their counts per round (bodies_apart.py)
    apart: tuple[BodyApart, ...] = ()
    # with several bodies, those the counts per policy are of: counted in every round
    bodies: tuple[str, ...] = ()
    # per round, its rows that its own summarize with the plan leaves out as errors, left out
    # of its counts too (ReadResult.unjudged_rows: an earlier round's; not those --map
    # renumbers, nor one paired with the last round's), as compare's
    unjudged: tuple[tuple[Entry, ...], ...] = ()
    # the items' IDs as the list shows them (distinct_ids.py), its ID column's title too
    listed: ListedIds = AS_SHOWN
    # each round's 計 over every row it counted, which the counts per policy leave out rows of
    # where some round could not count an item (like_for_like), as compare's Comparison.counted
    counted: tuple[int, ...] = ()
    # … and, where so, each round's own counts (its published figures: review 158 #4)
    own: tuple[Summary, ...] = ()

    def shown_id(self, policy: str) -> str:
        """A policy's number as the latest round that has it typed it (Group.shown_id)."""
        for summary in reversed(self.summaries):
            for group in summary.groups:
                if group.id == policy:
                    return group.shown_id
        return policy

    def trends(self) -> list[tuple[int, int, tuple[tuple[str, str], ...]]]:
        """Per round after the first, how many items improved and fell since the round before,
        and the moves (before, after) neither (to or from −, 変更・中止: outside the scale's
        order), by compare's rule (Comparison.trend): an item rated in both."""
        steps = []
        for now in range(1, len(self.labels)):
            moves = [
                (status_trend(self.scale, before, after), (before, after))
                for row in self.rows
                if (before := row.statuses[now - 1]) and (after := row.statuses[now])
                and before != after
            ]  # fmt: skip
            trends = Counter(trend for trend, _move in moves)
            others = tuple(move for trend, move in moves if not trend)
            steps.append((trends["改善"], trends["後退"], others))
        return steps

    def trend_line(self) -> str:
        """「令和7年度は前の回から改善 6件・後退 2件（ほかに評価できないに変化 2件）」 (compare's
        trend_counts at each round, trend_words.trend_line); "" where none moved."""
        return trend_line(self.scale, self.wording.item, self.labels[1:], self.trends())

    def policy_counts(self, own: bool = False) -> list[tuple[str, str, list[list[int]]]]:
        """Per policy, then 合計: (ID, name, per round [count per counted symbol…, 計, count
        per symbol shown and not counted…] — summarize's columns: 再掲, 評価対象外 are items
        too, and no round's table loses them); ``own``: of each round's own counts (Rounds.own)."""
        ids: dict[str, str] = {}
        summaries = self.own if own else self.summaries
        for summary in summaries:
            for group in summary.groups:
                if not ids.get(group.id):  # (a round that names it: one may name none)
                    ids[group.id] = group.name
        found = []
        for policy in sorted(ids, key=id_order):
            per_round = []
            for summary in summaries:
                found_group = next((g for g in summary.groups if g.id == policy), None)
                count = found_group.count if found_group else None
                counts = [count.counts[s] if count else 0 for s in self.scale.counted]
                uncounted = [count.uncounted[s] if count else 0 for s in self.scale.uncounted]
                per_round.append([*counts, sum(counts), *uncounted])
            found.append((policy, ids[policy], per_round))
        columns = len(self.scale.counted) + 1 + len(self.scale.uncounted)
        totals = [
            [sum(row[2][r][i] for row in found) for i in range(columns)]
            for r in range(len(self.labels))
        ]
        found.append(("合計", "", totals))
        return found


def side_by_side(
    rounds: Sequence[Sequence[Entry]],
    *,
    labels: Sequence[str],
    scale: Scale,
    mapping: Mapping[str, str] | None = None,
    bodies: Sequence[str] = (),
    unsent: Sequence[NoWorkbook] = (),
    uncounted: Sequence[Uncounted] = (),
    levels: LevelLabels = NO_LABELS,
    apart: Sequence[BodyApart] = (),
    ended: Ended = NONE_ENDED,
    unjudged: Sequence[Sequence[Entry]] = (),
    marks: Sequence[Marks] = (),
) -> Rounds:
    """Each item's status per round (``bodies``: the order its rows list bodies in;
    ``unsent``: per round, what of the bodies or departments that sent none in it the other
    rounds have (answered.NoWorkbook: their files, their items by the plan);
    ``uncounted``: what each round read and could not count, in the last round's numbers;
    ``levels``: the policies' numbers as typed, compare.typed_levels; ``apart``: the bodies
    with no counted row in some rounds, bodies_apart: their items 「未集計」 there; ``ended``:
    the items the last round's plan marks 終了, 「計画で終了」 there, not 「未集計」; ``unjudged``:
    per round, its rows the plan would refuse, ReadResult.unjudged_rows — one paired with none
    of the last round's in no count of its round, as compare's 前回: Comparison.unjudged);
    ``marks``: each round's rows a column marks, counted as compare's (Summary.marked: うち重点)."""
    if len(rounds) < 2 or len(labels) != len(rounds):
        raise UsageError("比べる回（ファイルまたはフォルダ）を 2 つ以上指定してください")
    last = len(rounds) - 1
    # (each row's entry in every round, None where that round has none of it)
    found: dict[int, list[Entry | None]] = {id(e): [None] * len(rounds) for e in rounds[last]}
    rows: dict[int, Entry] = {id(e): e for e in rounds[last]}
    # items no longer in the last round, by body and name (two bodies' 1-1-1 are two items)
    gone: dict[tuple[str, str, str, str], int] = {}
    former: dict[int, list[str]] = {}  # (an item of the last round: its earlier numbers)
    # (the IDs as the list shows them: 1-(1)ア where a body numbers (1) anew under each policy)
    listed = listed_apart(rounds, levels)  # (each round's numbering its own: review 121 #5)
    paired: list[Paired] = []  # (each earlier round's pairs, for unpaired_mapping)
    kept: set[EntryKey] = set()  # (the earlier rounds' rows paired with the last round's)
    for index in range(last - 1, -1, -1):
        paired.insert(0, (labels[index], pair(rounds[index], rounds[last], mapping)))
        for old, new in paired[0][1]:
            if new is not None and old is not None:
                found[id(new)][index] = old
                kept.add(entry_key(old))
                if moved(old, new, mapping):
                    former.setdefault(id(new), []).insert(0, listed(old))
            elif old is not None:
                name = (
                    old.body,
                    old.project_id,
                    comparable_name(old.item_name),
                    old.sub_item or "",
                )
                if name not in gone:
                    gone[name] = id(old)
                    rows[id(old)] = old
                    found[id(old)] = [None] * len(rounds)
                found[gone[name]][index] = old
    for entry in rounds[last]:
        found[id(entry)][last] = entry
    # (an item the last round has not, in its numbers: its project renumbered, as paired)
    earlier = (two for _label, of_round in paired for two in of_round)
    numbers_now = {**projects_renumbered(earlier), **(mapping or {})}
    statuses = {key: tuple(e.status if e else "" for e in of) for key, of in found.items()}
    latest = {id(e) for e in rounds[last]}
    rank = body_ranks(*reversed(rounds), named=bodies)  # (each body's rows in turn)
    ordered = sorted(
        rows.items(),
        key=lambda item: (
            rank.get(item[1].body, len(rank)),
            id_order(_project_now(item[1], numbers_now, item[0] in latest)),
            item[1].item_no or 0,
            item[1].sub_item or "",
            item[0] not in latest,
        ),
    )

    def in_error(key: int, entry: Entry) -> frozenset[int]:
        renumbered = {} if key in latest else numbers_now
        return frozenset(
            index
            for index, found in enumerate(uncounted)
            if not statuses[key][index] and found.holds(entry, renumbered)
        )

    def dated(key: int, entry: Entry, rounds: frozenset[int]) -> frozenset[int]:
        renumbered = {} if key in latest else numbers_now
        return frozenset(i for i in rounds if uncounted[i].of_other_year(entry, renumbered))

    missing = {body.body: frozenset(body.missing) for body in apart}
    joined = {body.body: body.joined for body in apart if body.joined}
    unlisted = {body.body: frozenset(body.unlisted) for body in apart if body.unlisted}

    def sent_none(entry: Entry, renumbered: Mapping[str, str]) -> frozenset[int]:
        return frozenset(at for at, held in enumerate(unsent) if held.holds(entry, renumbered))

    def row(key: int, entry: Entry) -> RoundRow:
        renumbered = {} if key in latest else numbers_now
        gone_by_plan = "" if key in latest else ended.word(entry, renumbered)  # (plan ended it)
        ends = frozenset({last} if gone_by_plan else ())
        ends |= frozenset(range(joined.get(entry.body, 0)))  # (before its body joined: 参加前)
        ends |= unlisted.get(entry.body, frozenset())  # (nor one its body was gone in)
        erring = frozenset() if entry_key(entry) in out else in_error(key, entry) - ends
        return RoundRow(
            entry,
            statuses[key],
            (sent_none(entry, renumbered) | missing.get(entry.body, frozenset())) - ends,
            erring,
            tuple(former.get(key, ())),
            # (its project renumbered since: 「（旧）3-2-2」, not one of the new 3-2-2's)
            f"{FORMER}{listed(entry)}" if renumbered.get(entry.project_id) else listed(entry),
            gone_by_plan,
            dated(key, entry, erring) if erring else frozenset(),
            joined.get(entry.body, 0),
            unlisted.get(entry.body, frozenset()),
        )

    refused = tuple(tuple(e for e in rows if entry_key(e) not in kept) for rows in unjudged)
    out = {entry_key(e) for rows in refused for e in rows}  # (no 未集計 of theirs: 184 #2)
    shown = {key: row(key, entry) for key, entry in ordered}
    # (like for like, as compare's: of the bodies counted in all, the items every round counted)
    whole = [[e for e in entries if entry_key(e) not in out] for entries in rounds]
    compared = like_for_like(
        [[e for e in entries if e.body not in missing] for entries in whole],
        (found[key] for key, row in shown.items() if row.uncounted),
    )
    marked = marks or [{}] * len(compared)  # (うち重点 under each policy's: review 147 #6)
    summaries = tuple(
        summarize(entries, scale=scale, labels=levels, marks=mine)
        for entries, mine in zip(compared, marked, strict=True)
    )
    # (each round's own counts too, where the compared leave some round's rows out: review 158 #4)
    apart_rows = any(len(some) != len(every) for some, every in zip(compared, whole, strict=True))
    own = tuple(
        summarize(every, scale=scale, labels=levels, marks=mine)
        for every, mine in zip(whole, marked, strict=True)
        if apart_rows
    )
    return Rounds(
        labels=tuple(labels),
        rows=tuple(shown.values()),
        summaries=summaries,
        counted=tuple(summary.total.total for summary in own or summaries),
        own=own,
        bodies=tuple(dict.fromkeys(e.body for entries in compared for e in entries if e.body)),
        scale=scale,
        apart=tuple(apart),
        listed=listed,
        notices=tuple(unpaired_mapping(mapping or {}, paired, listed=listed, later=labels[last])),
        unjudged=refused,
    )


def _project_now(entry: Entry, numbers_now: Mapping[str, str], latest: bool) -> str:
    """The entry's project as the last round numbers it (an item that round has not, of a
    project renumbered since: renumbered_projects.projects_renumbered)."""
    return entry.project_id if latest else numbers_now.get(entry.project_id, entry.project_id)
