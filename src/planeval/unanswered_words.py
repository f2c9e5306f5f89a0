"""A policy's count sentence, and after it, where the plan holds items of the policy that no
department returned (ReadResult.unreturned_policies), the sentence that says so: the count
says what was counted, this what the plan holds beside it. It states only the items left out,
as 「…2件は…集計に含めていません」, which ``check`` reads as rows not counted (never a
count of this round that passes for the whole plan's, as 「3つの項目」 would)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from planeval.aggregate import Group
from planeval.scale import Scale
from planeval.wording import Wording, grouped, named_directions, policy_sentence


def counted_sentence(
    group: Group,
    directions: Sequence[Group],
    scale: Scale,
    wording: Wording,
    own: Collection[tuple[Group, Sequence[Group]]],
    unreturned: Mapping[str, tuple[int, int]] | None,
) -> str:
    """wording.policy_sentence of ``group`` (``own``: each body's policy and directions),
    followed by unanswered_sentence where ``unreturned`` (ReadResult.unreturned_policies)
    holds items of it."""
    bodies = [named_directions(*policy, wording) for policy in own]
    sentence = policy_sentence(group, directions, scale, wording, bodies=bodies)
    if said := (unreturned or {}).get(group.id):
        sentence += unanswered_sentence(said, wording, rows=group.rows_are_projects)
    return sentence


def unanswered_sentence(said: tuple[int, int], wording: Wording, *, rows: bool) -> str:
    """``said``: (the policy's projects in the plan with no row read, the items unreturned):
    「なお、計画にはこのほか所管部の回答が提出されていない項目があり、その指標2件は集計に含め
    ていません。」; where every project has rows, or a row is its own project (``rows``),
    「なお、このほか計画の指標2件は、所管部の回答が提出されていないため集計に含めていません。」
    (所管部: [wording] department, 所管局 where the body calls it so)."""
    unread, items = said
    counted = f"{wording.item_counted}{grouped(items)}件"
    why = f"{wording.department}の回答が提出されていない"  # (所管部, 所管局: [wording])
    if unread and not rows:
        project = wording.project_counted
        return f"なお、計画にはこのほか{why}{project}があり、その{counted}は集計に含めていません。"
    return f"なお、このほか計画の{counted}は、{why}ため集計に含めていません。"
