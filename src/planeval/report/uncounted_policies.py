"""A policy none of whose rows was counted — every one of its items in error (a count made past
errors, --keep-going), or owed by a department that returned nothing (未提出, read with the
plan) — kept in the report: its Chapter 3 section under its heading, its rows listed in their
place (「未集計（エラー）」, 「未提出」) with a sentence saying none was counted and why
(unanswered_words.counted_sentence), and its row in 集計 with no numbers (blank, not 0:
nothing was counted), as a body no row was counted of has its row in 団体別集計. Its policy
was in no count, so it had no group: the section and the row were missing, and a director
reading the printed report could not tell the policy was in the plan (review 88)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from planeval.aggregate import Group, Summary
from planeval.id_order import id_order
from planeval.past_errors import PARTLY_MARK
from planeval.report.count_rows import CountRow
from planeval.report.reason_lists import Note
from planeval.report.tables import CountTable, count_table
from planeval.report.uncounted_summary import NOT_COUNTED_MARK, uncounted_groups

__all__ = [
    "NOT_COUNTED_MARK",
    "in_id_order",
    "none_counted",
    "policy_table",
    "uncounted_groups",
    "with_blank_rows",
]


def none_counted(group: Group) -> bool:
    """Whether no row of ``group`` was counted, nor read as a status not counted (再掲): no
    shares to give (its JSON's 「percentages」 empty, not 0.0 each)."""
    return not group.count.total and not any(group.count.uncounted.values())


def in_id_order(groups: Sequence[Group], more: Sequence[Group]) -> tuple[Group, ...]:
    """``groups`` (a summary's, in its order) with each of ``more`` before the first of them
    numbered after it (区分なし, no number, stays last)."""
    placed = list(groups)
    for group in more:
        later = id_order(group.id)
        after = [n for n, other in enumerate(placed) if other.id and id_order(other.id) > later]
        placed.insert(after[0] if after else _before_unnumbered(placed), group)
    return tuple(placed)


def policy_table(
    summary: Summary,
    none_counted: Sequence[Group],
    *,
    id_headers: tuple[str, str],
    remarks: tuple[Note, ...],
    word: str = "",
    partly: Collection[str] = (),
) -> CountTable:
    """集計: ``summary``'s counts per policy with ``remarks`` under them (the bodies not
    counted said there too: a director reads its totals first), and a row of no numbers for
    each of ``none_counted``, in its place by ID (before 合計), marked 「（未集計）」 after its
    number where the table is read (its data keeps the number alone: CountRow.own_mark); no
    政策名 column where no policy has a name (a roll-up's bodies name theirs each their own
    way — review 87; compare's and rounds' named_policies alike); a status of digits titled
    with its ``word``, 「達成度1」 (count_headers.status_titles); each group of ``partly``
    (uncounted_summary.partly_counted_groups) marked 「3.3（一部未集計）」, as a body counted in
    part is (past_errors.PARTLY_MARK): its 計 not all its items (review 209 #3)."""
    table = count_table(summary, shares=True, id_headers=id_headers, word=word)
    marked = [
        replace(row, mark=PARTLY_MARK) if row.id in partly and not row.sub else row
        for row in table.rows
    ]
    table = replace(table, rows=tuple(marked))
    table = with_blank_rows(table, none_counted)
    named = any(group.name for group in (*summary.groups, *none_counted))
    return replace(table, nameless=not named, remarks=remarks)


def with_blank_rows(table: CountTable, none_counted: Sequence[Group]) -> CountTable:
    """``table`` (a count per policy) with a row of no numbers for each of ``none_counted``,
    in its place by ID (before 合計), marked 「（未集計）」 after its number where the table is
    read: the export's 集計 and summarize's table alike."""
    if not none_counted:
        return table
    rows = list(table.rows)
    total = next(n for n, row in enumerate(rows) if row.id == "合計" and not row.name)
    for group in none_counted:
        blank = CountRow(
            group.id, group.name, (), 0, (), (), True, label=group.label, mark=NOT_COUNTED_MARK
        )
        at = next(
            (
                n
                for n, row in enumerate(rows[:total])
                if row.id and not row.sub and id_order(row.id) > id_order(group.id)
            ),
            total,
        )
        rows.insert(at, blank)
        total += 1
    return replace(table, rows=tuple(rows))


def _before_unnumbered(groups: Sequence[Group]) -> int:
    """Where a group goes that no numbered one follows: before 区分なし, else last."""
    return next((n for n, group in enumerate(groups) if not group.id), len(groups))
