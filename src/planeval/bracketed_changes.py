"""Changes from last year stated with no counter of their own (for ``check``): a signed number in
brackets right after a count, its unit the count's (「評価できない（D）が0指標（▲2）でした」
「4指標（+1）」「0指標（前年度比▲2）」: ▲ a fall, as public documents print one, 「▲22」), and a
change or last year's number said after a status's count with no other count between (「目標達成
（A）は4指標で、前年度から2指標増加しました」: A's change, not the total's; 「達成Aが6件で、前年度の
3件から」: A's last year). Review 85: the first passed unread where 「（▲2件）」 was compared; the
second was compared with the total (review 101: last year's number too).

Only a bracket holding a sign (▲, +, -, ±) or the words of a change (前年度比, 増減 …) before a
number and nothing after it is one: 「（令和6年度）」「（1-2）」「（33.3%）」「（2）」 are not."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from planeval.lazy_pattern import LazyPattern
from planeval.number_context import SHARE_AFTER_COUNT, SUB_COUNT
from planeval.scale import Scale
from planeval.scale_words import ScaleWords
from planeval.scope_words import WHOLE_MARKS, WHOLE_NUMBER
from planeval.stated_changes import CHANGE, FALL, PAST
from planeval.stated_number import NOT_COUNTED, SHARE_SUM, StatedNumber
from planeval.stated_ranges import summed
from planeval.stated_rows import clause

# a change in brackets, 「(▲2)」「(+1)」「(前年度比▲2)」「(増減:0)」 (after NFKC: brackets ASCII)
BRACKET = (
    r"\(\s*(?P<words>前年度比|前年比|対前年度比?|対前年比?|前年度差|前年差|増減)?\s*:?\s*"
    rf"(?P<sign>▲|\+|-|−|±)?\s*(?P<num>{WHOLE_NUMBER})\s*\)"
)
_BARE = LazyPattern(BRACKET)
_FALL_REASON = "▲（減少）の数は件数ではないので比べません"
_CHANGE_REASON = "増減の数は件数ではないので比べません"

Found = tuple[int, int, StatedNumber, bool]  # (start, end, number, strong total): stated_numbers


def bare_changes(plain: str, found: Sequence[Found]) -> list[Found]:
    """The changes written in brackets with no counter right after a count of ``found`` in
    ``plain`` (normalised), each a change of what that count counts."""
    if "(" not in plain:
        return []
    counts = {end: number for _start, end, number, _strong in found}
    taken = {start for start, *_ in found}  # (a status line's, read by status_lines.py)
    changes = []
    for match in _BARE.finditer(plain):
        if not (match["words"] or match["sign"]) or match.start() in taken:
            continue  # (「4指標（2）」: a note's number, no change)
        end = len(plain[: match.start()].rstrip())
        count = counts.get(end)
        if count is None or not _a_count(count):
            continue
        changes.append((match.start(), match.end(), change_of(count, match), False))
    return changes


def change_of(count: StatedNumber, match: re.Match[str]) -> StatedNumber:
    """The change a bracket matched by BRACKET states of what ``count`` counts."""
    value = int(match["num"].replace(",", ""))
    negative = match["sign"] in ("▲", "-", "−")
    number = StatedNumber(
        count.what,
        -value if negative else value,
        count.phrase,
        reason=_FALL_REASON if match["sign"] == "▲" else _CHANGE_REASON,
        settled=True,
    )
    return replace(number, subset=count.subset, excluding=count.excluding, when=CHANGE)


def _a_count(number: StatedNumber) -> bool:
    """Whether ``number`` is this round's count of something a change can be of."""
    return (
        bool(number.what)
        and number.what not in (NOT_COUNTED, SHARE_SUM)
        and not (number.percent or number.when or number.reason)
    )


def status_changed(
    when: str, found: Sequence[Found], plain: str, gap: str, words: ScaleWords, scale: Scale
) -> str:
    """The status a change or last year's number (``when``) is of where the count before it in
    its sentence (the last of ``found``, read in ``plain``; ``gap`` the words between) is a
    status's and nothing between names another or the whole (「Aは4指標で、前年度から2指標増加」
    「達成Aが6件で、前年度の3件から」: A); "" otherwise. A share right after that count is its
    own: 「達成Aが10指標（38.5%）で、前年度の4指標から」 is A's last year too (review 140 #4);
    so is a status's share alone: 「完了の割合は75.0%で、前年度（29項目）から7項目増えました」,
    完了's 29 and 7 (review 144 #7: 「前年度の数なので比べません」 with --previous given)."""
    if when not in (CHANGE, FALL, PAST) or not found:
        return ""
    previous = found[-1][2]
    if previous.percent and len(found) > 1 and not (count := found[-2][2]).percent:
        share = plain[found[-2][1] : found[-1][0]]
        if count.what == previous.what and SHARE_AFTER_COUNT.fullmatch(share):
            previous, gap = count, f"{share}{plain[found[-1][0] : found[-1][1]]}{gap}"
    if previous.what not in scale.symbols and not summed(previous.what):  # (「合わせて7指標」)
        return ""
    if previous.when or previous.reason or previous.points or "。" in gap:
        return ""
    if words.one.search(gap) is not None or WHOLE_MARKS.search(gap) is not None:
        return ""
    return previous.what


def marked_changed(when: str, before: str, words: ScaleWords) -> str:
    """The word of the marked rows (重点) a change is of where 「うち重点」 stands right before it,
    ``before`` its words (「6件（うち重点1件）に減少しました（うち重点▲3件）」: the 重点 rows' ▲3,
    not the 6's — review 189 #1, compared with the change of all rows); "" otherwise."""
    if when not in (CHANGE, FALL) or (sub := SUB_COUNT.search(clause(before))) is None:
        return ""
    return "" if words.named_by(sub["what"]) else sub["what"]  # (「うち中止」: a status's)


def other_scale_changed(
    when: str, previous: StatedNumber | None, gap: str, words: ScaleWords
) -> StatedNumber | None:
    """The number of another scale's status (StatedNumber.other_scale) a change or last year's
    number (``when``) right after it in its sentence is of, ``gap`` the words between —
    「完了の割合は75.0%で、前年度（29項目）から7項目増えました」 in a 達成度 check: 完了's last year
    and change, the 実施状況 config's to check (review 144 #3 of the forty-eighth session: they
    were 「どの区分の数か書かれていない」); None otherwise."""
    if when not in (CHANGE, FALL, PAST) or previous is None or not previous.other_scale:
        return None
    if "。" in gap or words.one.search(gap) is not None or WHOLE_MARKS.search(gap) is not None:
        return None
    return previous
