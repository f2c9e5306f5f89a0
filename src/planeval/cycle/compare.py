"""Comparing two evaluation rounds of the same plan: which items moved, per policy how much.

Items are paired by number and name (cycle/pairing.py): an item renumbered within its project
is found by its name and shown with both numbers; a different item under a reused number is
one removed and one added, never a change. Across plan periods a mapping OLD=NEW renumbers
the old round's projects or items first. 改善/後退 follow the scale's order (Scale.rank); a
symbol outside the order (uncounted, or not ranked) is neither.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from planeval.aggregate import Summary, summarize
from planeval.cycle.answered import NoWorkbook
from planeval.cycle.bodies_apart import BodyApart
from planeval.cycle.ended import NONE_ENDED, Ended, ended_as
from planeval.cycle.merged_items import merged_into
from planeval.cycle.moved_headings import heading_move
from planeval.cycle.pairing import moved, pair, parse_mapping
from planeval.cycle.renumbered_projects import FORMER, projects_renumbered
from planeval.cycle.round_order import in_order
from planeval.cycle.trend_words import TrendWords, changed_to, trend_words
from planeval.cycle.uncounted import Uncounted, like_for_like, not_compared
from planeval.distinct_ids import AS_SHOWN, ListedIds, listed_apart
from planeval.item_keys import entry_key
from planeval.level_labels import NO_LABELS, LevelLabels
from planeval.model import Entry, Location, Problem, body_key
from planeval.read_records import ReadResult
from planeval.scale import Scale
from planeval.wording import DEFAULT_WORDING, Wording, grouped

if TYPE_CHECKING:
    from planeval.marked_counts import Marks

__all__ = [
    "KIND_LABELS",
    "UNCOUNTED_LABELS",
    "Comparison",
    "Movement",
    "compare_rounds",
    "in_order",
    "parse_mapping",
    "renumbered",
    "signed",
]

Kind = Literal["changed", "same", "added", "removed"]
KIND_LABELS: dict[str, str] = {
    "changed": "変化",
    "same": "変化なし",
    "added": "追加",
    "removed": "削除",
}


# an item with no counterpart because that round counted nothing of it (Movement.uncounted_in)
UNCOUNTED_LABELS: dict[str, str] = {"old": "前回未集計", "new": "今回未集計"}


def signed(number: int) -> str:
    """A change as Japanese documents print it: +3, ▲2, ±0, +1,204 (as summarize's counts)."""
    if number > 0:
        return f"+{grouped(number)}"
    return f"▲{grouped(-number)}" if number < 0 else "±0"


Side = Literal["", "old", "new"]


@dataclass(frozen=True, slots=True)
class Movement:
    """An item in either round or both. ``uncounted_in``: the round in which it has no
    counterpart only because that round counted nothing of it — its body has no counted row
    there (unanswered, unreadable), or the item was read there but not counted (an error) —
    so it is neither added nor removed."""

    old: Entry | None
    new: Entry | None
    uncounted_in: Side = ""
    unanswered: bool = False  # (uncounted_in because its department sent no workbook there)
    other_year: bool = False  # (… because the workbook of it there was another year's)
    rowless: bool = False  # (… because its department's reply there had no row of it)
    # (removed because the new round's plan marks it 終了: its 区分's word, 終了 or 廃止・休止・
    # 中止, said 「計画で終了」, 「計画で廃止」… by cycle/ended.ended_as; "" where not)
    ended: str = ""
    # (paired under another number: pairing.moved, given the mapping)
    moved: bool = False
    # (of the old round alone, its project renumbered since: 「（旧）3-2-2」, renumbered_projects)
    former: bool = False
    # (one of two or more old items --map puts onto one new item: 統合, each compared with it)
    merged: bool = False

    @property
    def entry(self) -> Entry:
        entry = self.new or self.old
        assert entry is not None
        return entry

    @property
    def kind(self) -> Kind:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "same" if self.old.status == self.new.status else "changed"

    @property
    def label(self) -> str:
        """ "1-1-3②" or, moved, "1-1-3② → 1-1-4③"."""
        return self.labelled(lambda entry: entry.shown_id)

    def labelled(self, shown: Callable[[Entry], str]) -> str:
        """As ``label``, each entry's ID as ``shown`` gives it (Comparison.listed)."""
        if self.moved and self.old is not None and self.new is not None:  # (施策 alone: once)
            return " → ".join(dict.fromkeys((shown(self.old), shown(self.new))))
        return f"{FORMER}{shown(self.entry)}" if self.former else shown(self.entry)


@dataclass(frozen=True, slots=True)
class Comparison:
    """The movements, and the counts per policy of each round without the items uncounted
    in the other (like for like: a body unreadable last time is no progress).
    ``not_counted``: per round ("old", "new"), the bodies with rows in the other round only
    ("" for a round of no bodies that counted nothing)."""

    movements: tuple[Movement, ...]
    old: Summary
    new: Summary
    scale: Scale
    notices: tuple[Problem, ...] = ()  # what in_order says of the two rounds' years
    wording: Wording = DEFAULT_WORDING  # the body's words in the tables (its [wording])
    not_counted: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # each round's fiscal year, recorded or stated in its titles (None where neither says)
    years: tuple[int | None, int | None] = (None, None)
    # per round, the departments with no file in it that answered the other (cycle/answered)
    unanswered: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    unread_sent: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # (… an .xls only)
    # the bodies with no workbook in one round (cycle/bodies_apart.py): one line each, their
    # items in no movement and in neither round's counts
    apart: tuple[BodyApart, ...] = ()
    # the bodies no round counted a row of (unanswered in both, say) → why, per round
    # (bodies_apart.in_no_round)
    in_no_round: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # the items' IDs as its flat list of movements shows them (distinct_ids.py: 1-(1)ア where
    # the body numbers (1) anew under each policy)
    listed: ListedIds = AS_SHOWN
    # each round's 計 over every row it counted, the items not compared too, which ``old`` and
    # ``new`` leave out (like_for_like), and the policies (as shown) some round counted rows
    # under none of which is compared (ID, shown, each round's 計 of them): no row in the counts per
    # policy (review 86: 今回's 改革項目3 missing, its 合計 10 → 10 read as this year's 14);
    # None where not known
    counted: tuple[int, int] | None = None
    uncompared: tuple[tuple[str, str, int, int], ...] = ()
    # the old round's rows that its own summarize with the plan leaves out, left out of ``old``
    # too (ReadResult.unjudged_rows; not those --map renumbers, nor one paired: the plan's item)
    unjudged: tuple[Entry, ...] = ()
    # each movement's item whose target or text changed besides its status: what (revised_items)
    revised: Mapping[tuple[Location, Location], str] = field(default_factory=dict)

    def label(self, movement: Movement) -> str:
        """The movement's ID in the list: 「(1)ア」, 「1-(1)ア」, moved 「1-(1)ウ → 1-(1)イ」."""
        return movement.labelled(self.listed)

    def trend(self, movement: Movement) -> str:
        """改善 or 後退 by the scale's order (status_trend), else ""."""
        if movement.kind != "changed" or movement.old is None or movement.new is None:
            return ""
        return status_trend(self.scale, movement.old.status, movement.new.status)

    @property
    def trend_words(self) -> TrendWords:
        """The words a movement is said with (改善/後退, or 評価が上がった/評価が下がった where
        the scale rates with one of them: gunma's 後退D, review 140 #6)."""
        return trend_words(self.scale)

    def describe(self, movement: Movement) -> str:
        """What the movement table says of it: 改善, 後退, 変化, 追加, 削除, 変化なし, 計画で終了 (an
        item the new plan ended), 番号変更 for one under another number (施策6 → 施策7: 181 #3)."""
        said = self.trend_words.shown(self.trend(movement)) or KIND_LABELS[movement.kind]
        if said == "変化" and movement.old and movement.new:
            said = changed_to(self.scale, movement.old.status, movement.new.status) or said
        if movement.uncounted_in:
            said = UNCOUNTED_LABELS[movement.uncounted_in]
        elif movement.ended:
            said = ended_as(movement.ended)
        if movement.merged:
            return f"{said}（統合）"
        return f"{said}（{heading_move(self, movement) or '番号変更'}）" if movement.moved else said


def renumbered(movement: Movement) -> bool:
    """Whether the movement pairs an item under another number: its own (Movement.moved) or
    its project's (a 施策 renumbered, its 事業 paired by their names: 施策3 → 4, the 事業's
    own 1 unchanged)."""
    old, new = movement.old, movement.new
    return (
        old is not None and new is not None and (movement.moved or old.project_id != new.project_id)
    )


def status_trend(scale: Scale, before: str, after: str) -> str:
    """改善 or 後退 from ``before`` to ``after`` by the scale's order (Scale.rank, 0 the best);
    "" where either is outside the order, or neither moved (compare's and rounds' one rule)."""
    was, now = scale.rank(before), scale.rank(after)
    if was is None or now is None or was == now:
        return ""
    return "改善" if now < was else "後退"


def compare_rounds(
    old: Sequence[Entry],
    new: Sequence[Entry],
    *,
    scale: Scale,
    mapping: Mapping[str, str] | None = None,
    uncounted: tuple[Uncounted, Uncounted] = (Uncounted(), Uncounted()),
    bodies: Sequence[str] = (),
    unanswered: tuple[NoWorkbook, NoWorkbook] = (NoWorkbook(), NoWorkbook()),
    apart: Sequence[BodyApart] = (),
    labels: LevelLabels = NO_LABELS,
    ended: Ended = NONE_ENDED,
    unjudged: Sequence[Entry] = (),
    marks: tuple[Marks, Marks] = ({}, {}),
) -> Comparison:
    """Every item's movement and the counts per policy. ``uncounted``: what each round read
    and could not count (cycle/uncounted.py, the old round's in the new round's numbers): an
    item it holds missing from a round is 前回未集計/今回未集計, not added or removed, and left
    out of both rounds' counts, as is every item of a body with no counted row in one of the
    rounds, and an item ``unanswered`` in the other holds (a department that answered one
    round only, by its files or the plan: cycle/answered.py; its Movement.unanswered). ``bodies``: the order the movements list bodies in
    (the reads'). ``apart``: the bodies with no workbook in one round, said body by body: their
    items are in no movement. ``labels``: the policies' numbers as typed (typed_levels), which
    the counts per policy show. ``ended``: the items the new round's plan marks 終了 — one the
    old round alone has is 「計画で終了」 (Movement.ended), not removed nor 今回未集計, and stays
    in the old round's counts (it rated it). ``unjudged``: the old round's rows the plan would
    refuse (ReadResult.unjudged_rows): one paired with none of the new round's is in neither
    round's counts, as its own summarize with the plan left it out (review 118 #4: a 課's row
    inserted, counted in 前回 only, read as a fall of one). ``marks``: each round's rows a column
    marks (ReadResult.marks), counted under each policy's counts (Summary.marked: うち重点)."""
    mapping = mapping or {}
    pairs = pair(old, new, mapping, bodies)
    # (the old round's items in the new round's numbers: its projects renumbered, as paired)
    numbers_now = {**projects_renumbered(pairs), **mapping}
    paired = {entry_key(a) for a, b in pairs if a is not None and b is not None}
    refused = tuple(row for row in unjudged if entry_key(row) not in paired)
    out = {entry_key(row) for row in refused}
    counted = {e.body for e in old}, {e.body for e in new}
    not_counted: dict[str, tuple[str, ...]] = {
        "old": tuple(dict.fromkeys(e.body for e in new if e.body not in counted[0])),
        "new": tuple(dict.fromkeys(e.body for e in old if e.body not in counted[1])),
    }

    def movement(before: Entry | None, after: Entry | None) -> Movement:
        """The pair, and the round that counted nothing of an item the other has, if any."""
        if before is None and after is not None:
            unsent = unanswered[1].holds(after)
            gone = unsent or after.body in not_counted["old"] or uncounted[0].holds(after)
            rowless = not gone and uncounted[0].lacks(after)
            dated = gone and uncounted[0].of_other_year(after)
            side: Side = "old" if gone or rowless else ""
            return Movement(before, after, side, unsent, other_year=dated, rowless=rowless)
        if after is None and before is not None:
            former = before.project_id in numbers_now  # (its number now another's, maybe)
            # (ended by the plan before any reason it was not answered: none was asked)
            if word := ended.word(before, numbers_now):
                return Movement(before, after, ended=word, former=former)
            if entry_key(before) in out:  # (of no item of the plan: 削除, said — review 184 #2)
                return Movement(before, after, former=former)
            unsent = unanswered[0].holds(before, numbers_now)
            gone = unsent or before.body in not_counted["new"]
            gone = gone or uncounted[1].holds(before, numbers_now)
            rowless = not gone and uncounted[1].lacks(before, numbers_now)
            dated = gone and uncounted[1].of_other_year(before, numbers_now)
            side = "new" if gone or rowless else ""
            return Movement(
                before, after, side, unsent, other_year=dated, former=former, rowless=rowless
            )
        assert before is not None and after is not None  # (pair gives one of them at least)
        joined = id(after) in into  # (two old items paired with it: --map's 統合)
        return Movement(before, after, moved=moved(before, after, mapping), merged=joined)

    into = merged_into(pairs)
    movements = tuple(movement(a, b) for a, b in pairs)
    old = [entry for entry in old if entry_key(entry) not in out]
    old = under_new_policies(old, movements)
    # (like for like: neither round's counts hold an item the other could not count)
    left_out = ((m.old, m.new) for m in movements if m.uncounted_in)
    kept_old, kept_new = like_for_like([old, new], left_out)
    said_apart = {body.body for body in apart}
    movements = tuple(m for m in movements if m.entry.body not in said_apart)
    compared = [
        summarize(kept, scale=scale, labels=labels, marks=own)  # (うち重点: review 147 #6)
        for kept, own in zip((kept_old, kept_new), marks, strict=True)
    ]
    whole = [summarize(rows, scale=scale, labels=labels) for rows in (old, new)]
    return Comparison(
        movements=movements,
        old=compared[0],
        new=compared[1],
        scale=scale,
        not_counted={side: found for side, found in not_counted.items() if found},
        apart=tuple(apart),
        listed=listed_apart(
            [[m.old for m in movements if m.old], [m.new for m in movements if m.new]], labels
        ),
        counted=(whole[0].total.total, whole[1].total.total),
        uncompared=not_compared(whole, compared),
        unjudged=refused,
    )


def under_new_policies(old: Sequence[Entry], movements: Sequence[Movement]) -> Sequence[Entry]:
    """The old round's entries, each of a project read as its own policy (a form with no
    policy above its 施策: 枚方市's 施策10 「人権・平和」) paired with an item the new round has
    under another policy (施策11 there, a 施策 inserted before it) counted under the new one's:
    the counts per policy pair such a policy by its items, as the movements do, not by a
    number that now names another 施策 (review 121 #3: 「12 市民活動 A 2 → 0 B 0 → 2」)."""
    placed = {
        id(m.old): m.new
        for m in movements
        if m.old is not None
        and m.new is not None
        and m.old.policy_id == m.old.project_id
        and m.old.policy_id != m.new.policy_id
    }
    if not placed:
        return old
    return [
        e._replace(policy_id=now.policy_id, policy_name=now.policy_name)
        if (now := placed.get(id(e))) is not None
        else e
        for e in old
    ]


def typed_levels(
    results: Sequence[ReadResult], renames: Sequence[Mapping[str, str]]
) -> dict[str, str]:
    """The levels' numbers as the rounds typed them (ReadResult.level_labels: 基本方針Ⅰ, 1.1),
    each round's bodies renamed as paired (``renames``, one per round), a later round's typing
    over an earlier one's: what compare's and rounds' counts per policy show."""
    typed: dict[str, str] = {}
    for result, renamed in zip(results, renames, strict=True):
        for key, number in result.level_labels.items():
            body, _, identifier = key.rpartition("\x1f")
            typed[body_key(renamed.get(body, body), identifier)] = number
    return typed
