"""The captions of the report's tables of counts (summary_caption: what 集計, 団体別集計 and a
survey's 実施内容別集計 hold) and of its issue list (issues_caption: which rows, how many — the
lead planeval check reads back, issue_leads.py), in every format."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from planeval.issue_rows import unlisted_with_text, unrated_with_text
from planeval.legend_labels import short_label
from planeval.model import Entry
from planeval.scale import Scale
from planeval.unanswered_words import entries_counter
from planeval.unrated_words import says_unrated
from planeval.wording import DEFAULT_WORDING, Wording, grouped

if TYPE_CHECKING:
    from planeval.report.document import Report


def _symbol_named(symbol: str, scale: Scale, wording: Wording = DEFAULT_WORDING) -> str:
    """ "再掲（-）"; a symbol that is its own label ("評価対象外") just once; a label that is a
    threshold after its symbol: "A（100%またはそれ以上の達成状況）", as Nagoya writes it. In the
    brackets the body's count sentences put a symbol in (_brackets); the label as prose says
    it, no remark of the legend's: 「概ね達成（B）」, not 「B（概ね達成（80%以上100%未満））」
    (short_label, review 197 #4)."""
    label = short_label(scale, symbol).replace("{", "{{").replace("}", "}}")
    opening, closing = _brackets(wording)
    threshold = any(char.isdigit() for char in label)
    form = (
        f"{{symbol}}{opening}{label}{closing}"
        if threshold
        else f"{label}{opening}{{symbol}}{closing}"
    )
    return wording.status_named(symbol, scale, form)  # (横ばいC: its own)


def _brackets(wording: Wording) -> tuple[str, str]:
    """The brackets a symbol is put in: half-width where the body's count sentence so writes
    it (北河内市's 「効果的なもの(A)が6個」), else full-width, as Japanese public documents do —
    not (A) in the sentences over （C） in the issue list's lead (review 193 #10)."""
    return ("(", ")") if _HALF_WIDTH.search(wording.status_count) else ("（", "）")


_HALF_WIDTH = re.compile(r"\(\{(?:symbol|label)\}\)")


def summary_caption(
    scale: Scale, wording: Wording = DEFAULT_WORDING, *, per: str | None = None
) -> str:
    """What the counts hold: "情報化政策ごとの実施内容の件数と、計に対する割合（%）。計に
    再掲（-）は含みません" (the last clause only where some symbol is not counted); ``per``:
    what a row is, when not a policy (団体; a survey's items, counting its bodies: 団体数)."""
    by = f"{wording.status}別の" * scale.numbered  # (「1」…「5」 titled by no word: review 130 #2)
    what = f"{by}団体数" if per == wording.item else f"{wording.item}の{by}件数"
    caption = f"{per or wording.policy}ごとの{what}と、計に対する割合（%）"
    if scale.uncounted:
        # (a dash by its label, as its column: 「計に対象外は含みません」, review 193 #6)
        said = [scale.worded(s) or _symbol_named(s, scale, wording) for s in scale.uncounted]
        uncounted = "・".join(said)
        caption += f"。計に{uncounted}は含みません"
    return caption


def issues_caption(report: Report) -> str:
    """What the issue list holds (select_issues), and how many entries, in the body's
    counter: 「一覧は25件です」 (a report counts entries, not 行: review 92 #6)."""
    wording, scale, listed = report.wording, report.scale, {e.status for e in report.issues}
    item, issue = wording.item, wording.issue
    rows = f"一覧は{grouped(len(report.issues))}{entries_counter(wording)}です。"  # (not 行)
    if not report.issue_statuses:  # (what the list leaves out, its count: review 193 #1)
        rows = unlisted_sentence(report.entries, scale, wording) + rows
    every = _off_plan_named(scale, wording)
    texts = scale.issue_list == "status_or_text"  # (else −'s listed, review 175 #5: named)
    unrated = "・".join(
        _chosen_named(s, scale, wording) for s in unrated_with_text(scale) if s in listed
    )
    if report.with_issue and (texts or unrated):  # (a form with no issue column: 浜松市's KPI,
        every += f"、または{'' if texts else unrated + 'で'}{issue}の記載がある{item}"  # review 48)
    # (a survey's list: its rows with an issue text alone, report/survey.py)
    rows = f"のうち、{issue}の記載があるもの。{rows}" if report.issues_note else f"。{rows}"
    if not report.issue_statuses:
        return f"{every}{rows}"
    chosen = "・".join(_chosen_named(s, scale, wording) for s in report.issue_statuses)
    if all(scale.off_plan(s) for s in report.issue_statuses):
        return f"{wording.status}が{chosen}の{item}{rows}"  # (each so rated is listed)
    return f"{every}のうち、{wording.status}が{chosen}のもの{rows}"


def unlisted_sentence(entries: Iterable[Entry], scale: Scale, wording: Wording) -> str:
    """The rows with an issue text the list leaves out for their status (issue_rows.
    unlisted_with_text), said with their count, 「対象外で課題の記載がある実施内容9件は、一覧
    に含めていません。」 (a dash by its label, as its column: words58) — the lead's count and the sentences' then add up (review 193 #1:
    「一覧は102件」 beside 一部未実施59件 and 未実施34件); "" where there are none."""
    left = unlisted_with_text(entries, scale)
    if not left:
        return ""
    statuses = {entry.status for entry in left}
    said = [scale.worded(s) or _chosen_named(s, scale, wording) for s in scale.uncounted]
    named = "・".join(n for s, n in zip(scale.uncounted, said, strict=True) if s in statuses)
    counter = entries_counter(wording)
    return (
        f"{named}で{wording.issue}の記載がある{wording.item}{grouped(len(left))}{counter}は、"
        "一覧に含めていません。"
    )


def _off_plan_named(scale: Scale, wording: Wording) -> str:
    """The rows the issue list holds by their status (Scale.off_plan), as a caption names
    them: all but "as planned" (「計画どおり実施（○）以外と評価された実施内容」) where they are,
    else each (「内容を一部修正して実施（△）・未実施（×）と…」), and the only one where one is:
    「「次年度以降計画を見直す」と…」, not 「計画どおり完了以外と…」 (review 92 #6). A status
    outside the order whose label says the row was not rated is said apart, not as one of
    「A以外」: 「概ね達成（B）・未達成（C）と評価された指標、評価できない（D）とされた指標」
    (review 197 #4)."""
    off = [symbol for symbol in scale.counted if scale.off_plan(symbol)]
    apart = [s for s in off if scale.rank(s) is None and says_unrated(short_label(scale, s))]
    rated = [s for s in off if s not in apart] or off  # (none rated: each named as before)
    apart = [s for s in apart if s not in rated]
    others = [s for s in scale.counted if s != scale.as_planned]
    item = wording.item
    if scale.as_planned and len(rated) > 1 and rated == others:  # (one status named itself:
        return f"{_symbol_named(scale.as_planned, scale, wording)}以外と評価された{item}"  # 「「見直す」と」)
    named = "・".join(_chosen_named(s, scale, wording) for s in rated)
    every = f"{named}と評価された{item}" if named else f"評価された{item}"
    if apart:
        every += f"、{'・'.join(_chosen_named(s, scale, wording) for s in apart)}とされた{item}"
    return every


def _chosen_named(symbol: str, scale: Scale, wording: Wording = DEFAULT_WORDING) -> str:
    """A status in a sentence: "内容を一部修正して実施（△）"; a whole phrase in brackets."""
    named = _symbol_named(symbol, scale, wording)
    return f"「{named}」" if named == symbol and len(symbol) > 1 else named
