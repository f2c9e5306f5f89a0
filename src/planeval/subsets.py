"""A sub-count a report states of a subset of the rows (「「2 目標を上回って達成」が3事業（うち
重点3事業）」): compared with the rows a column of the table marks (川崎市's 重点 ○,
ReadResult.marks) where every row of the sentence's scope stands in a table with that column;
else listed as not compared, for no row says which ones are 重点 (check does not fail on it)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planeval.aggregate import summarize
from planeval.count import Count, mark_word
from planeval.model import Entry, Location
from planeval.scale import Scale
from planeval.scale_words import normalised
from planeval.statements import StatedCounts

Marks = Mapping[Location, tuple[str, str]]  # a rated row's status cell → (column, its mark or "")


class Subsets:
    """The marked rows of ``rows`` by the scope of a statement."""

    def __init__(self, rows: Sequence[Entry], marks: Marks, scale: Scale) -> None:
        self.rows, self.marks, self.scale = rows, marks, scale

    def count(self, statement: StatedCounts, word: str) -> Count | None:
        """The count of the rows of ``statement``'s scope that a column titled ``word`` (重点,
        重点事業) marks; None when some row of it stands in a table with no such column."""
        if not self.marks:
            return None
        word = normalised(word).strip()
        below, policy = statement.below, statement.policy_id
        scope = [
            entry
            for entry in self.rows
            if (
                below in (entry.direction_id, entry.project_id)
                if below
                else (entry.project_id if statement.lower else entry.policy_id) in statement.among
                if statement.among  # (施策27から施策28まで)
                else policy in (None, entry.policy_id)
            )
        ]
        marked = []
        for entry in scope:
            title, marks = self.marks.get(entry.location, ("", ""))
            title = mark_word(title)  # (「うち重点」's rows are 重点's)
            if not title or not (word.startswith(title) or title.startswith(word)):
                return None
            if marks:
                marked.append(entry)
        return summarize(marked, scale=self.scale).total if scope else None


def no_subset(_statement: StatedCounts, _word: str) -> Count | None:
    """No rows marked: a sub-count is compared with nothing."""
    return None


def unmarked(subset: str) -> str:
    """Why a sub-count no column marks is not compared."""
    return f"「うち{subset}」の件数は内訳で、表に{subset}の印の列がないため比べていません"
