"""What is said under a table of counts of the scale and the shares: which symbol means what and
which the total (計) leaves out (legend: 「凡例：◎ 計画を上回る実施 ／ …。計は-を除く件数」), and how
the percentages are rounded (share_note, CountTable.share_note's for a summary)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from planeval.aggregate import Summary
from planeval.scale import Scale
from planeval.wording import DEFAULT_WORDING, ID_TITLE, Wording

if TYPE_CHECKING:
    from planeval.report.tables import CountTable


def share_table(
    summary: Summary,
    wording: Wording = DEFAULT_WORDING,
    prefectures: Mapping[str, str] | None = None,
) -> CountTable:
    """summarize's table of the shares (views.summary_table's), its rows named in the notes by
    the level's word in the body's words (「基本目標2 は 99.9%」: review 166 #5), a body with
    its 都道府県 where ``prefectures`` (the list's) give it (「秋田県福岡市 は 99.9%」)."""
    from planeval.report.tables import count_table

    ids = ("団体", "") if summary.by == "body" else (ID_TITLE, "名称")  # (a body: its name alone)
    short = {
        "policy": wording.policy_short,
        "direction": wording.direction_short,
        "project": wording.project_short,
    }
    word = short.get(summary.by, "")
    named = prefectures if summary.by == "body" else None
    return count_table(summary, shares=True, id_headers=ids, level_word=word, prefectures=named)


def share_note(
    summary: Summary,
    wording: Wording = DEFAULT_WORDING,
    prefectures: Mapping[str, str] | None = None,
) -> str:
    """How the shares are rounded (CountTable.share_note) under summarize's table."""
    return share_table(summary, wording, prefectures).share_note


def unshown_marks(scale: Scale, shown: Collection[str]) -> frozenset[str]:
    """The marks among words (Scale.by_label: 川瀬町's 「－」 事業中止 beside 計画どおり完了) no row
    of a table holds (``shown``: its rows' statuses): the legend under it (Scale.legend's
    ``left``) does not say what they mean — 「※事業中止：－」 was printed under every 基本目標,
    most with no 事業中止, and over 集計, whose column is titled 事業中止 (review 146 #7)."""
    return frozenset(s for s in scale.counted if s not in shown and scale.by_label(s))


def count_legend(scale: Scale, wording: Wording) -> str:
    """The legend line over a table of counts (集計): none of a mark among words, which its
    columns title by the label (Scale.by_label), never by the mark (unshown_marks); a status
    as the body writes it (Wording.status_shown: 「※進捗状況：達成A、…」, review 194 #3)."""
    return scale.legend(wording.status, unshown_marks(scale, ()), wording.statuses_shown(scale))


def legend(
    scale: Scale,
    ended: str = "",
    titled: Collection[str] = (),
    wording: Wording = DEFAULT_WORDING,
) -> str:
    """Which symbol means what, under a summary: "◎ 計画を上回る実施 ／ ○ …", then which
    symbols the total leaves out (nothing about them when none is), and ``ended``, the plan's
    items its 区分 ends where some are (「計は再掲と計画で廃止の1項目を除く件数」: review 144 #9).
    None of ``titled``, the marks the table's columns title by their label (summarize's:
    count_headers.status_titles) — 「凡例：－ 事業中止」 under a column titled 事業中止 said
    what its title says (review 151/152 recheck). Each status as the body names it in a
    sentence (Wording.status_named): 「凡例：達成A ／ 前進B …」, not 「A 達成」 (review 194 #3)."""
    parts = [
        wording.status_named(symbol, scale)
        for symbol in scale.symbols
        if scale.label(symbol) != symbol and symbol not in titled
    ]
    line = "凡例：" + " ／ ".join(parts) if parts else ""  # (none for whole phrases: 未着手 …)
    left_out = ""
    if scale.uncounted:
        # (in the body's words: 「再掲（-）」, 「評価できない（−）」 — planeval's 対象外 was no
        # body's, review 79; a symbol that says it, 「評価対象外」, once)
        # (a label in brackets of its own, 「対象外（未完了）」, by its symbol alone, which the
        # line has just said: never 「対象外（未完了）（－）」, review 114 #9)
        # (a dash by its label alone, as its column: 「計は対象外を除く件数」, review 193 #6)
        worded = [said for symbol in scale.uncounted if (said := scale.worded(symbol))]
        labels = {s: scale.label(s) for s in scale.uncounted if not scale.worded(s)}
        names = "・".join(labels)
        if not labels:
            left_out = ""
        elif all(label == symbol or label.endswith("）") for symbol, label in labels.items()):
            left_out = names
        elif len(set(labels.values())) == 1:
            left_out = f"{next(iter(labels.values()))}（{names}）"
        else:
            left_out = "・".join(
                # (a status its own label, 完了, once: never 「完了（完了）」, review 138 #5)
                symbol if label.endswith("）") or label == symbol else f"{label}（{symbol}）"
                for symbol, label in labels.items()
            )
        left_out = "・".join(filter(None, (*worded, left_out)))
    if left_out or ended:
        line += (
            "。" if line else ""
        ) + f"計は{'と'.join(filter(None, (left_out, ended)))}を除く件数"
    return line
