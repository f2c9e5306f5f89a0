"""Counting the rows a column marks (川崎市's うち重点 ○, ReadResult.marks) per group, as a
second count under each group's: 「うち重点」 beside each status, as the body publishes it.
Counted from the rows as tally.Tally counts them all (mergeable, so a large read counted
file by file gives the same), and given to the summary as its ``marked`` (count.SubCounts) only
where the read has such a column: a read without one is summarised as before."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace

from planeval.aggregate import Group, GroupBy, Summary
from planeval.count import Count, SubCounts
from planeval.level_labels import NO_LABELS, LevelLabels
from planeval.model import Entry, Location
from planeval.tally import Tally

Marks = Mapping[Location, tuple[str, str]]  # a rated row's status cell → (column, its mark or "")


class MarkedTally:
    """The rows in a table with a mark column (``covered``) and those it marks (``marked``),
    tallied per group; ``titles`` the columns' titles in the order met."""

    __slots__ = ("covered", "marked", "titles", "unmarked")

    def __init__(self, by: GroupBy = "policy") -> None:
        self.covered, self.marked = Tally(by), Tally(by)
        self.titles: dict[str, None] = {}
        self.unmarked: dict[str, None] = {}  # (the files of rows in a table without it)

    def add(self, entries: Iterable[Entry], marks: Marks) -> MarkedTally:
        if not marks:  # (no table of these rows has the column: nothing to tally)
            return self
        covered, marked = [], []
        for entry in entries:
            found = marks.get(entry.location)
            if found is None:
                self.unmarked.setdefault(entry.location.file)
                continue
            self.titles.setdefault(found[0])
            covered.append(entry)
            if found[1]:
                marked.append(entry)
        self.covered.add(covered)
        self.marked.add(marked)
        return self

    def merge(self, other: MarkedTally) -> None:
        self.covered.merge(other.covered)
        self.marked.merge(other.marked)
        self.titles.update(other.titles)
        self.unmarked.update(other.unmarked)

    def drop_bodies(self, bodies: Collection[str]) -> None:
        self.covered.drop_bodies(bodies)
        self.marked.drop_bodies(bodies)

    def of(self, summary: Summary, labels: LevelLabels = NO_LABELS) -> Summary:
        """``summary`` (of the same rows, grouped alike) with the marked rows' counts under
        each group, where a column marked rows; a group some of whose rows stand in a table
        without the column has none (None: not known), nor then has the whole."""
        if not self.titles:
            return summary
        scale, places = summary.scale, summary.percent_decimals
        covered = self.covered.summary(scale, places, labels)
        marked = self.marked.summary(scale, places, labels)
        zero = Tally(summary.by).summary(scale).total
        # (paired by Group.key: by item an item's place, its shown ID decided over each read)
        rows = {group.key: _rows(group.count) for group in covered.groups}
        counts = {group.key: group.count for group in marked.groups}
        groups = {
            group.key: counts.get(group.key, zero)
            if rows.get(group.key) == _rows(group.count)
            else None
            for group in summary.groups
        }
        total = marked.total if _rows(covered.total) == _rows(summary.total) else None
        title = next(iter(self.titles))  # (one body's forms title it alike)
        unknown = tuple(self.unmarked) if total is None else ()  # (named under the table)
        return replace(summary, marked=SubCounts(title, groups, total, unknown))


def _rows(count: Count) -> int:
    """The rows a count is of, counted or not."""
    return count.total + sum(count.uncounted.values())


def marked_of(summary: Summary, group: Group) -> tuple[str, Count] | None:
    """``group``'s marked rows as its count sentence says them (count_sentence.policy_sentence's
    ``marked``): the line's label, 「うち重点」, and their count; None where the read has no mark
    column or which of its rows are marked is not known."""
    marked = summary.marked
    count = marked.groups.get(group.key) if marked else None
    return (marked.label, count) if marked and count is not None else None


def marked_whole(summary: Summary) -> tuple[str, Count] | None:
    """The whole's marked rows as the whole plan's count sentence says them (marked_of's, of
    the total: review 147 #6); None where not known."""
    marked = summary.marked
    return (marked.label, marked.total) if marked and marked.total is not None else None


def plan_marked(summary: Summary, planned: str) -> Summary:
    """``summary`` whose marked rows are those the plan marks ``planned`` (ReadResult.planned_mark:
    the plan's column decided, cycle/plan_marks.py), for the note under its table to say so
    (review 173 #6); as it is where ``planned`` is "" or it has no marked rows' counts."""
    if not planned or summary.marked is None:
        return summary
    return replace(summary, marked=summary.marked._replace(planned=planned))


def with_marked(
    summary: Summary, entries: Iterable[Entry], marks: Marks, labels: LevelLabels = NO_LABELS
) -> Summary:
    """``summary`` of ``entries`` with the counts of the rows ``marks`` marks (MarkedTally.of)."""
    return MarkedTally(summary.by).add(entries, marks).of(summary, labels)
