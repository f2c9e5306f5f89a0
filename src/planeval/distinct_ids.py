"""An ID in a flat list — one with no policy column and no policy heading over its rows: rounds'
and compare's items, the issue list, summarize --by project. A body that numbers its groups
anew under each policy (長与町's KPI: 基本目標1's 「(1) 行政手続のオンライン化」, 基本目標2's
「(1) ICTを活用した教育の推進」) shows one ID, 「(1)ア」, for items of different policies; there, and
only in a body whose listed IDs do so, every ID the list shows of that body is led by its
policy's number as a reader sees it (typed, level_labels.shown_number): 「1-(1)ア」,
「2-(1)ア」 — the policy first, as Japanese plans write a full number (1-(1)-ア, 1(1)ア), the
hyphen as planeval joins the levels elsewhere (1-1-1). Every ID of that body, not only those
shared: a list reading 「3-(1)ア … (2)ウ」 would say (2)ウ is numbered otherwise. A list whose IDs
are each one item's (Setagaya's 1-1-1①, one policy's (1)) shows them as they were; a section
under its policy's heading (tables) never needs it. The IDs of JSON, CSV and the data sheet
(policy_id, project_id) are untouched."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from planeval.level_labels import NO_LABELS, LevelLabels, shown_number
from planeval.model import Entry

# (body, policy ID, the ID as shown): one row of a flat list
Listed = tuple[str, str, str]


def restarting(listed: Iterable[Listed]) -> frozenset[str]:
    """The bodies ("" where none is named) of which the list shows one ID for rows of two
    policies."""
    policies: dict[tuple[str, str], str] = {}
    found: set[str] = set()
    for body, policy, shown in listed:
        if policies.setdefault((body, shown), policy) != policy:
            found.add(body)
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class ListedIds:
    """How a flat list shows an ID: led by its policy's number in the ``bodies`` whose
    numbering restarts under each policy (``restarting``), as it is elsewhere."""

    bodies: frozenset[str] = frozenset()
    # the policies' numbers as typed (ReadResult.level_labels)
    labels: LevelLabels = field(default_factory=lambda: NO_LABELS)

    def __call__(self, entry: Entry) -> str:
        """The entry's ID in the list (Entry.shown_id, or 「1-(1)ア」)."""
        return self.shown(entry.body, entry.policy_id, entry.shown_id)

    def shown(self, body: str, policy: str, shown: str) -> str:
        if body not in self.bodies or not policy:
            return shown
        return f"{shown_number(self.labels, policy, body)}-{shown}"


AS_SHOWN = ListedIds()  # (every ID as Entry.shown_id gives it)


def listed_ids(entries: Iterable[Entry], labels: LevelLabels = NO_LABELS) -> ListedIds:
    """How a flat list of ``entries`` (every row it lists) shows their IDs; ``labels``: the
    policies' numbers as typed (ReadResult.level_labels), which lead them where needed."""
    return ListedIds(restarting((e.body, e.policy_id, e.shown_id) for e in entries), labels)
