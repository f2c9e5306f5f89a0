"""What a count says of its groups' names: a policy the bodies name apart and items of
bodies' own plans added under one row (apart_names.py), and, read with the plan, no policy
named anywhere — no heading row 「（1）情報化政策1 …」 in the plan nor in the forms —, which
left the 集計 table without its 名称 column, the chart's axis 「1 2 3」 and each heading a
number, with no word why (review 178 #8)."""

from __future__ import annotations

from collections.abc import Mapping

from planeval.aggregate import Summary
from planeval.apart_names import items_apart, names_apart
from planeval.message_words import in_body_words
from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult
from planeval.wording import Wording


def names_said(
    summary: Summary,
    result: ReadResult,
    items: Mapping[tuple[str, str], str],
    wording: Wording,
    *,
    plan: bool,
) -> list[Problem]:
    """What to say of ``summary``'s groups' names, in the body's words (``items``:
    Tally.names; ``plan``: whether a plan was read with the forms), at the whole read's place."""
    from planeval.io.level_names import place_read

    where = place_read(result.files)
    said = names_apart(summary, result.policy_names, result.bodies, where)
    if nameless := _nameless(summary, result, wording, where, plan=plan):
        said.append(nameless)
    return in_body_words([*said, *items_apart(summary, items, where)], wording)


def _nameless(
    summary: Summary, result: ReadResult, wording: Wording, where: str, *, plan: bool
) -> Problem | None:
    """One notice where no policy of a read with its plan has a name (none where any has: a
    policy of its own name's missing is no pattern of the whole read). (Without the plan, not
    said: the plan is where a body's policies are named, and forms alone often name none.)"""
    policies = [group for group in summary.groups if group.id]
    if not plan or summary.by != "policy" or not policies or any(result.policy_names.values()):
        return None
    if any(group.name for group in policies):  # (an export read back: names in its rows)
        return None
    heading = wording.heading(policies[0].shown_id, "名前")
    return Problem(
        Location(where),
        Severity.NOTICE,
        f"情報化政策の名前が見つからないため、表・グラフ・見出しには情報化政策の番号だけを載せて"
        f"います（計画の一覧にも調査票にも「{heading}」のような情報化政策の見出しの行がありません）",
        "名前を載せるなら、計画の一覧（--plan）か調査票の表の上に、情報化政策ごとに"
        f"「{heading}」の形の見出しの行を入れてください",
    )
