"""planeval's own 「うち重点」 line (report/sub_counts.py) in a table of counts pasted into a
report: under a group's row, the counts of that group's rows a column marks (ReadResult.marks),
compared with them cell by cell as table_counts.py compares the group's row; where no column
marks the rows (or some of the group's stand in a table without one), listed as a sub-count no
column marks is (subsets.unmarked), settled."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from planeval.aggregate import GroupBy, summarize
from planeval.count import Count, SubCounts, mark_word
from planeval.level_labels import LevelLabels
from planeval.marked_counts import Marks, with_marked
from planeval.model import Entry
from planeval.scale import Scale
from planeval.scale_words import normalised

if TYPE_CHECKING:
    from planeval.table_counts import Placed, TableRows

_LONGEST = 12  # characters of a うち line's label: 「うち重点事業」, not a sentence


def sub_word(labels: Sequence[str]) -> str | None:
    """The word of a 「うち重点」 line (its one label, うち and a word: 重点; after its group's
    number where the web page's row header says it, 「政策1-1　うち重点」), None for any other
    row of a table."""
    texts = [normalised(label).strip() for label in labels if label.strip()]
    group, _, text = texts[0].rpartition(" ") if len(texts) == 1 else ("", "", "")
    if text.startswith("うち") and 2 < len(text) <= _LONGEST and len(group) <= _LONGEST:
        return mark_word(text)
    return None


class MarkedGroups:
    """The marked rows' counts of each group of ``rows`` at each level (count.SubCounts)."""

    def __init__(
        self, rows: Sequence[Entry], marks: Marks, scale: Scale, labels: LevelLabels
    ) -> None:
        self.rows, self.marks, self.scale, self.labels = rows, marks, scale, labels
        self._levels: dict[GroupBy, SubCounts | None] = {}

    def count(self, level: GroupBy, key: tuple[str, str] | None, word: str) -> Count | None:
        """The marked rows of the group ``key`` (None: all), where a column titled ``word``
        (重点, as the line's label says it) marks every row of it; else None."""
        if not self.marks:
            return None
        if level not in self._levels:
            summary = summarize(self.rows, by=level, scale=self.scale, labels=self.labels)
            self._levels[level] = with_marked(summary, self.rows, self.marks, self.labels).marked
        marked = self._levels[level]
        if marked is None or mark_word(marked.title) != word:
            return None
        return marked.total if key is None else marked.groups.get(key)


def place_rows(
    rows: TableRows, labels: Sequence[Sequence[str]], level: GroupBy
) -> list[Placed | None]:
    """The rows each of a table's rows is of, read at ``level`` (TableRows.place); a うち line
    the marked ones of the group of the row above it, None where not known."""
    placed: list[Placed | None] = []
    for cells in labels:
        word = sub_word(cells)
        above = placed[-1] if placed else None
        if word is None:
            placed.append(rows.place(cells, level))
        elif above is None or (count := rows.marked.count(above.level, above.key, word)) is None:
            placed.append(None)
        else:
            placed.append(replace(above, count=count, scope=f"{above.scope} うち{word}"))
    return placed
