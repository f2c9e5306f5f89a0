"""The whole plan's count sentence, said before each policy's (count_sentence.policy_sentence):
「計画全体では、38の施策を評価しました。施策ごとの評価は、効果的（A）21件、おおむね効果的（B）
10件、…（ほかに評価対象外2件）でした。」 — the figures a city publishes first (北河内市's 「効果的な
もの(A)が21個、…」), in the body's own sentence and `status_count` with its policy named as the
whole plan, and read by ``check`` as the whole plan's counts (review 148 #7). Said under 集計 in
every export, after the whole count of a plan listing items again (repeat_total), and first in
``summarize --narrative``. Its counts say the rows a column marks among them, as each policy's do
(「目標を上回って達成11件（うち重点8件）」). Where it counts projects and some hold more than one
item, a sentence after the first says why its counts add up to more (items_told); where some
department returned nothing, its first number is said as a part of the plan's (unreturned_told)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from planeval.aggregate import Group
from planeval.count_sentence import counter_of, policy_sentence
from planeval.lazy_pattern import LazyPattern
from planeval.marked_counts import marked_whole
from planeval.model import Entry
from planeval.past_errors import CountedPast
from planeval.unanswered_words import (
    ANSWERED,
    evaluated,
    left_out_sentences,
    one_sentence,
    part_told,
    said_after,
)
from planeval.wording import DEFAULT_WORDING, Wording, counted, grouped

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
    sub_items: bool = False,
    unreturned: int = 0,
    not_counted: CountedPast | None = None,
    unreturned_projects: int = 0,
    gapped: bool = False,
    each_several: bool = False,
) -> str:
    """The count sentence of ``summary``'s whole (its counts per policy), in ``wording``'s
    sentence with its opener said as 「計画全体では、」 (a sentence naming its policy elsewhere:
    _PLAIN_SENTENCE's); ``bodies``: the bodies whose rows are counted, several summed as
    policy_sentence sums them (「延べ144の取組」), by their rated rows where their tables have
    other levels (``levels_differ``, as each policy's: review 150 #9); ``sub_items``: some item
    is rated in 細目, its rows not its items (items_told); ``unreturned``: the items of the
    departments that returned nothing (unreturned_told), ``unreturned_projects`` the projects
    only they hold; ``gapped``: a numbering gap says items no file holds (gaps.gap_line) — the
    plan is more than was answered, said so (review 170 #7: 「7つの改革項目に取り組みました」 of
    a plan of 8, one 部 silent); ``not_counted``: the items the count left out (an error …),
    said after it as after each policy's (review 175 #4, review 170 #7's 34 under 達成度 beside
    実施状況's 35: unanswered_words.left_out_sentences); ``each_several``: every project holds
    more than one item (holds_several), its items' total said as a plain fact (items_told). "" where it would repeat the one
    policy's sentence, or where nothing was counted."""
    groups = [g for g in summary.groups if g.count.total or any(g.count.uncounted.values())]
    if len(groups) < 2 or not summary.total.total:
        return ""
    several = tuple(dict.fromkeys(bodies)) if len(set(bodies)) > 1 else ()
    # (a survey's whole is its bodies', not a plan's: 「290団体全体では、延べ3,480の取組項目を
    # 集計しました」 beside each 分野's 「290団体の分野1「…」では、…」 — review 204 #5)
    opener = f"{grouped(len(several))}団体全体では、" if several else WHOLE
    template, said = _OPENER.subn(opener, wording.sentence)
    if not said or any(key in template for key in _OF_A_POLICY):
        template = _PLAIN_SENTENCE.replace(WHOLE, opener)
    rated = [g.rated for g in groups]
    whole = Group(
        id="",
        name="",
        count=summary.total,
        projects=sum(g.projects for g in groups),
        rows_are_projects=all(g.rows_are_projects for g in groups),
        rated=None if None in rated else sum(r for r in rated if r is not None),
    )
    sentence = policy_sentence(
        whole,
        (),
        summary.scale,
        replace(wording, sentence=template),
        bodies=several,
        levels_differ=levels_differ,
        marked=marked_whole(summary),  # (「（うち重点8件）」, as each policy's: review 147 #6)
    )
    answered = bool(unreturned or gapped) and not several
    if answered:
        # (its rows not counted besides, 評価対象外, are the plan's too: 「全16の施策のうち
        # 13の施策…（ほかに評価対象外1件）」, not 全15 — review 174 #3, 182 #4)
        aside = sum(n for s, n in whole.count.uncounted.items() if s != summary.scale.repeat_symbol)
        # (and the plan's items read and left out, its rating blank: 「全63の事業」 of 50 counted,
        # 12 未提出 and No.28 blank, not 全62 — review 203 #1)
        left = plan_left_out(not_counted)
        sentence = unreturned_told(
            sentence,
            (whole.count.total, whole.projects),
            (unreturned, unreturned_projects),
            wording,
            aside=aside,
            left=(left, left if whole.rows_are_projects else 0),
        )
    if not (several or whole.rows_are_projects or "{items}" in template):
        sentence = items_told(
            sentence, whole.projects, whole.count.total, wording, sub_items=sub_items,
            answered=answered, each=each_several,
        )  # fmt: skip
    return said_after(sentence, one_sentence(left_out_sentences(not_counted, None, wording)))


def unreturned_told(
    sentence: str,
    total: tuple[int, int],
    unreturned: tuple[int, int],
    wording: Wording,
    *,
    aside: int = 0,
    left: tuple[int, int] = (0, 0),
) -> str:
    """``sentence`` whose first number counts the ``total`` rows (or projects) counted said as
    a part of the plan's, where departments returned nothing (their ``unreturned`` items, and
    the projects only those hold): 「計画全体では、全86取組のうち回答のあった83取組について評価しま
    した。」 (part_told, evaluated: review 189 #6),
    not 「83取組を進めました」 of a plan of 86 (review 161 #11), nor 「7つの改革項目に取り組みました」
    of 8 (review 170 #7) — read back by ``check`` as the counted and the plan's (集計＋未提出);
    where the plan's number is not known (a numbering gap read without it, or no project
    missing whole), 「回答のあった7つの改革項目」. ``aside``: the rows read and not counted that
    the sentence says after its counts (「ほかに評価対象外1件」), the plan's items too: in 全
    (review 174 #3: 「全15」 of a plan of 16) — and then not 「回答のあった」 before the rated alone:
    those answered are more (review 182 #4). ``left``: the plan's items (and projects) read and
    left out, an error's (plan_left_out), in 全 too: 「全63の事業のうち回答のあった50の事業」 of
    50 counted, 12 未提出 and one blank, not 全62 (review 203 #1)."""
    rest = sentence.removeprefix(WHOLE)
    if rest == sentence:
        return sentence
    # (the rated rows' word first: where they are the projects, 「3つの施策」 counts the rows)
    words = {wording.project_counted: 1, wording.item_counted: 0}
    for word, part in words.items():
        said = counted(total[part], word, counter_of(word, wording))
        if rest.startswith(said):
            extra = aside if word == wording.item_counted else 0  # (rows: 評価対象外's too)
            # (「回答のあった13」 only where 13 answered: 評価対象外 answered too, so the rated
            # are said as the plan's part alone, 「全16の施策のうち13の施策を評価しました」 —
            # review 182 #4)
            answered = "" if extra else ANSWERED
            whole = (
                total[part] + extra + left[part] + unreturned[part] if unreturned[part] else None
            )
            told = part_told(total[part], whole, word, wording, answered=answered)
            return f"{WHOLE}{told}{evaluated(rest.removeprefix(said))}"
    return sentence


def plan_left_out(not_counted: CountedPast | None) -> int:
    """How many of the plan's items a count left out for an error (its rating blank or miswritten,
    another year's form…), each once, or no file holds though its department replied
    (CountedPast.missing): those it read apart from the rows of no item of the plan (outside)."""
    if not_counted is None:
        return 0
    past = not_counted
    read = sum(n for _, n in past.policies) - sum(n for _, n in past.outside)
    return read + sum(n for _, n in past.missing)


def items_told(
    sentence: str,
    projects: int,
    items: int,
    wording: Wording,
    *,
    sub_items: bool = False,
    answered: bool = False,
    each: bool = False,
) -> str:
    """``sentence`` with why its counts add up to more than its projects said after its first
    sentence, where some project holds more than one item: 「計画全体では、63の改革項目に取り
    組みました。改革項目には複数の取組内容を持つものがあるため、取組内容は計64件です。個別の…」
    (review 157 #3: 63 over a table's 計 64, its counts adding to 64, nothing saying why). 件:
    not the items' counter, 「実施内容は計8事業」 read back as projects; 「計」: ``check`` reads
    it as the total under any scale (「（実施内容7件）」 it did not under nagayo's). With
    ``sub_items`` the rows are not the items: 「…複数の実施内容や細目を持つものがあるため、評価した
    実施内容と細目は計50件です。」, as the captions count them (review 162 #6). ``answered``:
    some of the plan's items sent nothing, 「回答のあった取組項目は計35件です」 (review 170 #7).
    ``each``: every project holds several items, which 「…を持つものがあるため」 said oddly
    (西羽根市's 8 施策 of 60 事業, review 196 #7): the total said as a plain fact, 「施策を構成する
    事業は計60件です。」 (「…事業のうち、回答のあった事業は計53件です。」); not of 細目's rows."""
    if projects >= items:
        return sentence
    from planeval.report.repeat_total import rated_rows

    held = f"{wording.item_counted}や{wording.sub_item}" if sub_items else wording.item_counted
    subject = rated_rows(wording) if sub_items else wording.item_counted
    told = (
        f"{wording.project_counted}には複数の{held}を持つものがあるため、"
        f"{ANSWERED if answered else ''}{subject}は計{grouped(items)}件です。"
    )
    if each and not sub_items:
        told = f"{wording.project_counted}を構成する{subject}" + (
            f"のうち、{ANSWERED}{subject}" if answered else ""
        ) + f"は計{grouped(items)}件です。"  # fmt: skip
    cut = sentence.find("。") + 1 or len(sentence)
    return sentence[:cut] + told + sentence[cut:]


def holds_several(entries: Iterable[Entry]) -> bool:
    """Whether every project of ``entries`` holds more than one of them (whole_sentence's
    ``each_several``)."""
    held = Counter(entry.project_id for entry in entries)
    return bool(held) and min(held.values()) > 1
