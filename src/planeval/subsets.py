"""A sub-count a report states of a subset of the rows (「「2 目標を上回って達成」が3事業（うち
重点3事業）」): compared with the rows a column of the table marks (川崎市's 重点 ○,
ReadResult.marks) where every row of the sentence's scope stands in a table with that column;
else listed as not compared, for no row says which ones are 重点 (check does not fail on it)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planeval.aggregate import summarize
from planeval.cells import file_list
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

    def count(self, statement: StatedCounts, word: str) -> Count | str:
        """The count of the rows of ``statement``'s scope that a column titled ``word`` (重点,
        重点事業) marks; why not compared (unmarked, naming the files) when some row of it
        stands in a table with no such column."""
        word = normalised(word).strip()
        if (rest := word.removesuffix("以外")) != word:  # (「重点事業以外では」: review 192 #1)
            return f"「{word}」の件数は{rest}の印のない行の数で、{rest}の行の数だけを比べます"
        if not self.marks:
            return unmarked(word)
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
        marked, lacking = [], dict[str, None]()
        for entry in scope:
            title, marks = self.marks.get(entry.location, ("", ""))
            title = mark_word(title)  # (「うち重点」's rows are 重点's)
            if not title or not (word.startswith(title) or title.startswith(word)):
                lacking.setdefault(entry.location.file)
            elif marks:
                marked.append(entry)
        if lacking or not scope:
            return unmarked(word, tuple(lacking))
        return summarize(marked, scale=self.scale).total


def no_subset(_statement: StatedCounts, word: str) -> Count | str:
    """No rows marked: a sub-count is compared with nothing."""
    return unmarked(word)


def unmarked(subset: str, files: Sequence[str] = ()) -> str:
    """Why a sub-count no column marks is not compared: the ``files`` of its rows without it
    named (review 124), where some are known."""
    where = f"表（{file_list(files)}）" if files else "表"
    return f"「うち{subset}」の件数は内訳で、{where}に{subset}の印の列がないため比べていません"
