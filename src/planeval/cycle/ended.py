"""The items the last round's plan ends: those its 計画事業一覧 marks 終了 in its 区分 column
(新規/拡大/継続/終了). The round's forms ask no status of them (template leaves them out), so an
earlier round's row of one has no counterpart because the plan ended it — 「計画で終了」 in
compare and in rounds' last round, never 削除 or a blank cell unexplained (review 83a: 令和5's
plan ending 1-1-2④ and 1-1-4②, the seed's 「※令和3年度で終了」). The earlier round rated it,
and its counts keep it: it is no item that round could not count (uncounted.like_for_like).

Items are known by project (in the last round's numbers) and name, as compare pairs them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from planeval.cycle.uncounted import NO_NAMES
from planeval.model import Entry, ItemSeen, ReadResult
from planeval.text import comparable_name

ENDED = "計画で終了"


@dataclass(frozen=True, slots=True)
class Ended:
    """The items the last round's plan marks 終了: (project, comparable name)."""

    items: frozenset[tuple[str, str]] = frozenset()

    @classmethod
    def of(cls, result: ReadResult) -> Ended:
        """Those of the last round's read (ReadResult.plan_ended: read with the plan)."""
        return cls.of_items(result.plan_ended)

    @classmethod
    def of_items(cls, items: Iterable[ItemSeen]) -> Ended:
        """Those ``items`` (with_plan.ended_items: the plan's, numbered as the rows are)."""
        return cls(frozenset((project, comparable_name(name)) for _, project, _, name in items))

    def holds(self, entry: Entry, mapping: Mapping[str, str] = NO_NAMES) -> bool:
        """Whether ``entry`` (of an earlier round, ``mapping``: its projects' numbers in the
        last round) is an item the plan ended."""
        if not self.items:
            return False
        project = mapping.get(entry.project_id, entry.project_id)
        return (project, comparable_name(entry.item_name)) in self.items


NONE_ENDED = Ended()  # (read without a plan, or a plan ending nothing)
