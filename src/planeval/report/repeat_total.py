"""The whole count of a plan that lists items again (再掲), as the body publishes it first: 「取組
項目は全52項目（3項目再掲のため実質49項目）です。」 — its rows, the repeats among them subtracted
(a city's 集中改革プラン 「110件（3項目再掲のため実質107件）」, Setagaya's - 再掲 alike: review
141 #7, the exports saying only 「※再掲は件数に含めません」), and the items a plan revised
mid-term ends (its 区分 廃止, 完了…: ReadResult.plan_ended), which no row counts either — 「全52項目
で、再掲の3項目と廃止の1項目を除く48項目を集計しました」 (review 144 #5: 「全51項目」, the 廃止 item
said nowhere). Counted from the rows and the plan; nothing where neither
leaves one out. Said under 集計 in every export and first in summarize --narrative."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from planeval.past_errors import IN_ERROR_SAID
from planeval.unanswered_words import ANSWERED
from planeval.wording import DEFAULT_WORDING, Wording, grouped

if TYPE_CHECKING:
    from planeval.aggregate import Summary

# the counters a body counts its rows in, its word's own ending (取組項目: 項目, 事務事業: 事業)
_COUNTERS = ("項目", "事業", "指標", "施策")


def rows_word(item: str) -> str:
    """The counter of ``item`` (the body's word for its rated rows): the word itself or its
    ending where that is a counter (指標, 取組項目 → 項目, 事務事業 → 事業), else 件 (実施内容)."""
    return next((counter for counter in _COUNTERS if item.endswith(counter)), "件")


def rows_counter(wording: Wording) -> str:
    """What the body counts its rated rows in: its `[wording] counter` where it wrote one that
    names no thing (件, 個: 南川崎市's 「取組項目は全110件（3件再掲のため実質107件）」, review 195
    #5), else its word's (rows_word: 川辺市's 「全52項目（3項目再掲のため実質49項目）」)."""
    if wording.rows_counter not in ("", "つ", *_COUNTERS):
        return wording.rows_counter
    return rows_word(wording.item_counted or wording.item)


def counted_in(word: str, count: int) -> str:
    """A caption's count with its counter, as the count sentences count (review 172 #2: 「項目
    2」 read as 項目 No. 2): the number before a word that is its own counter, 「2項目」
    「18事務事業」, else 「実施内容 12件」."""
    if rows_word(word) == "件":
        return f"{word} {grouped(count)}件"
    return f"{grouped(count)}{word}"


def repeat_total(
    summary: Summary,
    wording: Wording = DEFAULT_WORDING,
    ended: Iterable[str] = (),
    in_error: int = 0,
    *,
    sub_items: bool = False,
    unreturned: int = 0,
) -> str:
    """「取組項目は全52項目（3項目再掲のため実質49項目）です。」 of ``summary``'s rows,
    every row read (counted or not, and the ``in_error`` items whose rows the count left out:
    the plan's size, not the count's — 全51 under a 達成度 table one blank cell short, 全52 under
    実施状況's, review 151 #2; the note under the table says what was left out, and so does the
    sentence, which counts the table's rows: 「全67件で、再掲の2件と記入に不備のあった1件を除く64件を集計しました」,
    review 154 #1), its repeat listings, and ``ended``: the 区分's word of each item the plan ends (ReadResult.plan_ended's,
    廃止 or 完了…), in no row — then 「取組項目は全52項目で、再掲の3項目と廃止の1項目を除く48項目を
    集計しました。」; "" where there is neither. ``sub_items``: some item is rated in 細目, so its
    rows are not the items: said as the tables' captions say them, 「評価した実施内容と細目は全51件
    （1件再掲のため実質50件）です。」 (review 162 #6: 「実施内容は全51件」 of 48 実施内容).
    ``unreturned``: the plan's items no reply holds (未提出, as whole_sentence's unreturned_told
    counts them), part of 全 too: 「全49件で、再掲の1件と記入に不備のあった1件を除く47件のうち、回答のあった46件」, not
    「全48件」 shrunk by who answered (review 163 #4)."""
    repeat = summary.scale.repeat_symbol
    repeats = summary.total.uncounted.get(repeat, 0) if repeat is not None else 0
    ended = tuple(ended)
    if not repeats and not ended:
        return ""
    listed = summary.total.total + sum(summary.total.uncounted.values()) + in_error
    word = rows_counter(wording)
    subject = rated_rows(wording) if sub_items else wording.item
    if not ended and not in_error and not unreturned:
        return (
            f"{subject}は全{grouped(listed)}{word}（{grouped(repeats)}{word}再掲のため"
            f"実質{grouped(listed - repeats)}{word}）です。"
        )
    # (the plan's items ended said as check reads them, 「Nを除くM」: 「1項目廃止のため」 is no
    # count it knows — review 144 #3 —, and the report must pass check; so are the rows left
    # out for their errors, the count the table's: 「実質65件」 beside a table of 64 counted the
    # row in error as counted — review 154 #1)
    left = [f"再掲の{grouped(repeats)}{word}"] if repeats else []
    left += [ended_part(ended, word)] if ended else []
    left += [f"{IN_ERROR_SAID}{grouped(in_error)}{word}"] if in_error else []
    rest = listed - repeats - in_error
    # (the 未提出 items as the whole sentence says them, 「全86取組のうち回答のあった83取組」, and
    # as check reads them: 集計＋未提出 — review 163 #4)
    answered = f"{grouped(rest + unreturned)}{word}のうち、{ANSWERED}" if unreturned else ""
    return (
        f"{subject}は全{grouped(listed + len(ended) + unreturned)}{word}で、{'と'.join(left)}を除く"
        f"{answered}{grouped(rest)}{word}を集計しました。"
    )


def total_told_once(summary: Summary, wording: Wording, sentence: str, *, sub_items: bool) -> str:
    """``sentence`` (whole_sentence's) with its count of the rows, items_told's 「評価した実施内容と
    細目は計49件です。」, saying the whole with its repeat listings, 「…は全51件で、再掲の2件を除く
    49件を集計しました。」 — the total said once, in the words repeat_total says it where items
    end or err (check reads them), not 「実質」 (review 172 #7); "" where it holds no such count
    or nothing is listed twice (repeat_total's sentence then stands alone)."""
    repeat = summary.scale.repeat_symbol
    repeats = summary.total.uncounted.get(repeat, 0) if repeat is not None else 0
    subject = rated_rows(wording) if sub_items else wording.item_counted
    rest = summary.total.total + sum(summary.total.uncounted.values()) - repeats
    told = f"{subject}は計{grouped(rest)}件です。"
    if not repeats or told not in sentence:
        return ""
    word = rows_counter(wording)
    whole = f"全{grouped(rest + repeats)}{word}で、再掲の{grouped(repeats)}{word}を除く"
    return sentence.replace(told, f"{subject}は{whole}{grouped(rest)}{word}を集計しました。", 1)


def rated_rows(wording: Wording) -> str:
    """What a count of rows rated in 細目 counts, as a direction's caption says it: 「評価した
    実施内容と細目」 (report/text_export.direction_caption, review 152 #12)."""
    return f"評価した{wording.item_counted or wording.item}と{wording.sub_item}"


def ended_part(ended: Sequence[str], word: str, before: str = "") -> str:
    """The items the plan ends said by the 区分's words and counted together in ``word`` (the
    body's counter), led by ``before``: 「廃止の1項目」, 「計画で廃止・終了の2件」 — as check reads
    them (「完了・廃止の2取組」: one count of them all, stated_ended); "" for none."""
    words = dict.fromkeys(ended_word(said) for said in ended)
    return f"{before}{'・'.join(words)}の{grouped(len(ended))}{word}" if words else ""


def ended_word(word: str) -> str:
    """How the whole count says an item the plan's 区分 ``word`` ended: 廃止, 休止, 中止 as the
    plan says them, 終了 for 終了 and 完了 (a 完了 beside the counted 完了 would read as one of
    them) — as compare's 「計画で…」 (cycle/ended.ended_as)."""
    from planeval.cycle.ended import ended_as

    return ended_as(word).removeprefix("計画で")
