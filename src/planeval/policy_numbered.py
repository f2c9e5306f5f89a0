"""Items numbered through each policy, anew under the next: 名東区's form numbers its 取組み
「No.」 1–19 through 柱1 (1-1's ①–⑦, 1-2's ⑧–⑬), from ① again under 柱2, and writes
「（1-2-4）」 in each name. Joined to its project's number, 「1-2⑪」, such a No. reads as the
eleventh of 1-2, a number the body writes nowhere (review 152 #5): a flat list shows the No.
itself, led by its policy's where two policies share it (distinct_ids.own_id, listed_ids_of:
「1-⑪」). Not a number restarting under each project (世田谷区's 1-1-1①, 1-1-2①), nor a running
No. down a compiled sheet (「1.1 No.1」: ids.RUNNING), nor one through the whole plan
(distinct_ids.numbered_through)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from planeval.id_order import id_order
from planeval.ids import RUNNING, policy_joined
from planeval.model import Entry


def numbered_in_policy(entries: Iterable[Entry]) -> frozenset[str]:
    """The bodies numbering their items through each policy, rising from project to project, in
    some policy of two (名東区's 柱1: 1-1's ①–⑦, 1-2's ⑧–⑬; 柱2 from ① again)."""
    numbers: dict[tuple[str, str], dict[str, list[int]]] = {}  # (body, policy) → project → Nos.
    for entry in entries:
        label = entry.item_label  # (not a running No. down a sheet: 「1.1 No.1」, ids.RUNNING)
        if entry.item_no is None or not label or label.startswith(RUNNING) or policy_joined(entry):
            continue
        under = numbers.setdefault((entry.body, entry.policy_id), {})
        under.setdefault(entry.project_id, []).append(entry.item_no)
    several, within = set(), set()
    for (body, _policy), under in numbers.items():
        several.update([body] * (len(under) > 1))
        spans = pairwise(under[project] for project in sorted(under, key=id_order))
        if any(max(one) >= min(next_) for one, next_ in spans):
            within.add(body)  # (1-1-1(2) and 1-2-1(1): anew under each project)
    return frozenset(several - within)
