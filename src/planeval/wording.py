"""The body's words in the outputs: the Chapter 3 count sentence, written from counts.

The sentence in the seed's own wording (line 564):

    「1-1 …」「1-2 …」として、5つの計画事業に取り組みました。個別の実施内容ごとの達成状況は、
    計画を上回る実施4件、計画どおり実施12件、内容を一部修正して実施6件でした。
"""

from __future__ import annotations

from collections.abc import Sequence

from planeval.aggregate import Group
from planeval.scale import Scale


def policy_sentence(policy: Group, directions: Sequence[Group], scale: Scale) -> str:
    """The count sentence of one policy, its directions named in ID order."""
    quoted = "".join(f"「{f'{d.id} {d.name}'.strip()}」" for d in directions)
    said = [
        f"{scale.label(symbol)}{count}件"
        for symbol, count in policy.count.counts.items()
        if count or scale.status(symbol).in_narrative == "always"
    ]
    return (
        f"{quoted}として、{policy.projects}つの計画事業に取り組みました。"
        f"個別の実施内容ごとの達成状況は、{'、'.join(said)}でした。"
    )
