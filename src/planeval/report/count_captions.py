"""The captions of the report's tables of counts (summary_caption: what 集計, 団体別集計 and a
survey's 実施内容別集計 hold) and of its issue list (issues_caption: which rows, how many — the
lead planeval check reads back, issue_leads.py), in every format."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planeval.issue_rows import unrated_with_text
from planeval.scale import Scale
from planeval.wording import DEFAULT_WORDING, Wording, grouped

if TYPE_CHECKING:
    from planeval.report.document import Report


def _symbol_named(symbol: str, scale: Scale) -> str:
    """ "再掲（-）"; a symbol that is its own label ("評価対象外") just once; a label that is a
    threshold after its symbol: "A（100%またはそれ以上の達成状況）", as Nagoya writes it."""
    threshold = any(char.isdigit() for char in scale.label(symbol))
    return scale.named(symbol, "{symbol}（{label}）" if threshold else "{label}（{symbol}）")


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
        uncounted = "・".join(_symbol_named(s, scale) for s in scale.uncounted)
        caption += f"。計に{uncounted}は含みません"
    return caption


def issues_caption(report: Report) -> str:
    """What the issue list holds (select_issues), and how many entries, in the body's
    counter: 「一覧は25件です」 (a report counts entries, not 行: review 92 #6)."""
    wording, scale, listed = report.wording, report.scale, {e.status for e in report.issues}
    item, issue = wording.item, wording.issue
    rows = f"一覧は{grouped(len(report.issues))}{_entries_counter(wording)}です。"  # (not 行)
    every = f"{_off_plan_named(scale)}評価された{item}"
    texts = scale.issue_list == "status_or_text"  # (else −'s listed, review 175 #5: named)
    unrated = "・".join(_chosen_named(s, scale) for s in unrated_with_text(scale) if s in listed)
    if report.with_issue and (texts or unrated):  # (a form with no issue column: 浜松市's KPI,
        every += f"、または{'' if texts else unrated + 'で'}{issue}の記載がある{item}"  # review 48)
    # (a survey's list: its rows with an issue text alone, report/survey.py)
    rows = f"のうち、{issue}の記載があるもの。{rows}" if report.issues_note else f"。{rows}"
    if not report.issue_statuses:
        return f"{every}{rows}"
    chosen = "・".join(_chosen_named(symbol, scale) for symbol in report.issue_statuses)
    if all(scale.off_plan(s) for s in report.issue_statuses):
        return f"{wording.status}が{chosen}の{item}{rows}"  # (each so rated is listed)
    return f"{every}のうち、{wording.status}が{chosen}のもの{rows}"


def _off_plan_named(scale: Scale) -> str:
    """The statuses that put an entry in the issue list (Scale.off_plan), as a caption names
    them: all but "as planned" (「計画どおり実施（○）以外と」) where they are, else each
    (「内容を一部修正して実施（△）・未実施（×）と」), and the only one where one is:
    「「次年度以降計画を見直す」と」, not 「計画どおり完了以外と」 (review 92 #6)."""
    off = [symbol for symbol in scale.counted if scale.off_plan(symbol)]
    others = [s for s in scale.counted if s != scale.as_planned]
    if scale.as_planned and len(off) > 1 and off == others:  # (one status named itself:
        return f"{_symbol_named(scale.as_planned, scale)}以外と"  # 「「見直す」と」, review 92)
    return "・".join(_chosen_named(symbol, scale) for symbol in off) + "と" if off else ""


def _entries_counter(wording: Wording) -> str:
    """The counter the issue list's entries are counted in: the body's own (件, 事業), 件
    for Setagaya's つ (「25つ」 is no Japanese) or a thing's name not the entries' (施策 of
    事業 listed)."""
    counter = wording.counter
    if counter in ("", "つ") or (counter in _THINGS and counter != wording.item):
        return "件"
    return counter


_THINGS = frozenset({"事業", "施策", "指標"})  # (counters that name a thing: wording.counted)


def _chosen_named(symbol: str, scale: Scale) -> str:
    """A status in a sentence: "内容を一部修正して実施（△）"; a whole phrase in brackets."""
    named = _symbol_named(symbol, scale)
    return f"「{named}」" if named == symbol and len(symbol) > 1 else named
