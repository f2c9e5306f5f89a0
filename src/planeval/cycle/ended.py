"""The items the last round's plan ends: those its 計画事業一覧 marks 終了 in its 区分 column
(新規/拡大/継続/終了), or 完了・廃止・休止・中止 alike (plan.ENDED_TREATMENTS). The round's forms ask
no status of them (template leaves them out), so an earlier round's row of one has no
counterpart because the plan ended it — 「計画で終了」 in compare and in rounds' last round, in
the plan's own word where it said another (「計画で廃止」: abolished is no finishing), never 削除
or a blank cell unexplained (review 83a: 令和5's plan ending 1-1-2④ and 1-1-4②, the seed's
「※令和3年度で終了」). The earlier round rated it, and its counts keep it: it is no item that
round could not count (uncounted.like_for_like).

Items are known by project (in the last round's numbers) and name, as compare pairs them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from planeval.cycle.uncounted import NO_NAMES
from planeval.model import Entry
from planeval.read_records import EndedItem, ReadResult
from planeval.text import comparable_name

# (the 区分's words said as the plan says them: none is a finishing; 終了 and 完了 are 「計画で終了」)
OWN_WORDS = frozenset({"廃止", "休止", "中止"})


def ended_as(word: str) -> str:
    """What compare and rounds say of an item the plan's 区分 ``word`` ended: 「計画で終了」 (終了,
    完了), 「計画で廃止」, 「計画で休止」, 「計画で中止」 — the one place the word is decided."""
    return f"計画で{word if word in OWN_WORDS else '終了'}"


@dataclass(frozen=True, slots=True)
class Ended:
    """The items the last round's plan ends: (project, comparable name) → its 区分's word."""

    items: Mapping[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def of(cls, result: ReadResult) -> Ended:
        """Those of the last round's read (ReadResult.plan_ended: read with the plan)."""
        return cls.of_items(result.plan_ended)

    @classmethod
    def of_items(cls, items: Iterable[EndedItem]) -> Ended:
        """Those ``items`` (with_plan.ended_items: the plan's, numbered as the rows are)."""
        return cls({(project, comparable_name(name)): word for word, project, name in items})

    def word(self, entry: Entry, mapping: Mapping[str, str] = NO_NAMES) -> str:
        """The 区分's word ending ``entry`` (of an earlier round, ``mapping``: its projects'
        numbers in the last round), 「終了」 or 「廃止」…; "" where the plan ended it not."""
        if not self.items:
            return ""
        project = mapping.get(entry.project_id, entry.project_id)
        return self.items.get((project, comparable_name(entry.item_name)), "")

    def holds(self, entry: Entry, mapping: Mapping[str, str] = NO_NAMES) -> bool:
        """Whether ``entry`` is an item the plan ended (``mapping`` as ``word``'s)."""
        return bool(self.word(entry, mapping))


NONE_ENDED = Ended()  # (read without a plan, or a plan ending nothing)
