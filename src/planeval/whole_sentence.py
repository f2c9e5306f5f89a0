"""The whole plan's count sentence, said before each policy's (count_sentence.policy_sentence):
「計画全体では、38の施策を評価しました。施策ごとの評価は、効果的（A）21件、おおむね効果的（B）
10件、…（ほかに評価対象外2件）でした。」 — the figures a city publishes first (北河内市's 「効果的な
もの(A)が21個、…」), in the body's own sentence and `status_count` with its policy named as the
whole plan, and read by ``check`` as the whole plan's counts (review 148 #7). Said under 集計 in
every export, after the whole count of a plan listing items again (repeat_total), and first in
``summarize --narrative``. Its counts say the rows a column marks among them, as each policy's do
(「目標を上回って達成11件（うち重点8件）」)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from planeval.aggregate import Group
from planeval.count_sentence import policy_sentence
from planeval.lazy_pattern import LazyPattern
from planeval.marked_counts import marked_whole
from planeval.wording import DEFAULT_WORDING, Wording

if TYPE_CHECKING:
    from planeval.aggregate import Summary

WHOLE = "計画全体では、"
# a sentence that names its policy otherwise than at its start: this, its counts as the body's
_PLAIN = "{item}ごとの{status}は、{counts}でした。"
_PLAIN_SENTENCE = WHOLE + "{items}を評価しました。" + _PLAIN
# how a body's sentence names the policy it is of, first: 「{directions}として、」, 「{policy}{id}
# 「{policy_name}」では、」
_OPENER = LazyPattern(
    r"^(?:\{directions\}|\{policy\}\{id\}(?:「?\{(?:policy_name|name)\}」?)?)(?:として|では)、"
)
_OF_A_POLICY = ("{directions}", "{policy}", "{id}", "{policy_name}", "{name}")


def whole_sentence(
    summary: Summary,
    wording: Wording = DEFAULT_WORDING,
    bodies: Sequence[str] = (),
    *,
    levels_differ: bool = False,
) -> str:
    """The count sentence of ``summary``'s whole (its counts per policy), in ``wording``'s
    sentence with its opener said as 「計画全体では、」 (a sentence naming its policy elsewhere:
    _PLAIN_SENTENCE's); ``bodies``: the bodies whose rows are counted, several summed as
    policy_sentence sums them (「延べ144の取組」), by their rated rows where their tables have
    other levels (``levels_differ``, as each policy's: review 150 #9). "" where it would repeat the one policy's
    sentence, or where nothing was counted."""
    groups = [g for g in summary.groups if g.count.total or any(g.count.uncounted.values())]
    if len(groups) < 2 or not summary.total.total:
        return ""
    template, said = _OPENER.subn(WHOLE, wording.sentence)
    if not said or any(key in template for key in _OF_A_POLICY):
        template = _PLAIN_SENTENCE
    rated = [g.rated for g in groups]
    whole = Group(
        id="",
        name="",
        count=summary.total,
        projects=sum(g.projects for g in groups),
        rows_are_projects=all(g.rows_are_projects for g in groups),
        rated=None if None in rated else sum(r for r in rated if r is not None),
    )
    several = tuple(dict.fromkeys(bodies)) if len(set(bodies)) > 1 else ()
    return policy_sentence(
        whole,
        (),
        summary.scale,
        replace(wording, sentence=template),
        bodies=several,
        levels_differ=levels_differ,
        marked=marked_whole(summary),  # (「（うち重点8件）」, as each policy's: review 147 #6)
    )
