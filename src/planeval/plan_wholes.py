"""A stated whole of the plan judged by how many items the plan holds, where a read with the
plan knows it: the rows counted, the plan's items read and left out for an error (a rating
left blank …) and those no department returned — never a row of no item of the plan. Review
205 #1: 名東南区's plan of 63 事業, 50 counted, 12 未提出, No.28's rating blank and a row 64 not
in the plan; 「全62の事業」 agreed as 50＋12 and 「全64の事業」 as 50＋the two rows left out＋12,
while only 全63 is right. A total only the items not returned could make up (more than every
row read) says the plan's whole: it agrees as it (held_back's wholes) or differs from it, said
with what makes the plan's count. Read without the plan, no item is known not returned and
nothing here applies (held_back holds such a total back)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from planeval.check_result import Disagreement
from planeval.model import Entry, TextCell
from planeval.scope_words import typed
from planeval.stated_number import ROWS, TOTAL
from planeval.uncounted_rows import BLANK, OTHER_BODY, OUTSIDE, YEAR, Bound, LeftOut
from planeval.unreturned_said import Unreturned, errors_taken_out
from planeval.unsent_reasons import Told
from planeval.wording import grouped

# the plan's items read and left out, by why (RowLeftOut.why), as the plan's count names them
_READ = {BLANK: "評価が空欄", YEAR: "別の年度の調査票", OTHER_BODY: "別の団体のブック"}


def plan_apart(
    files: Sequence[str], left_out: LeftOut, rows: Sequence[Entry], headings: Sequence[TextCell]
) -> Callable[[Disagreement], bool]:
    """Whether a total of the plan's part may lack the plan's items read and left out of its
    scope (its files' rows left out, ``left_out``, none of no item of the plan): not the
    counted and the items not returned alone (Unreturned.whole), held_back judges it with
    those rows (「全62」 of 50 counted, 12 未提出 and a blank rating: no whole) — unless its
    words take the errors' rows out (「記入に不備のあった1件を除く7件」: errors_taken_out)."""
    if not files:
        return lambda wrong: False
    bound = Bound(files, left_out, rows, headings)

    def apart(wrong: Disagreement) -> bool:
        if wrong.what not in (TOTAL, ROWS) or errors_taken_out(wrong):  # (「…を除く7件」)
            return False
        kinds = bound.kinds(wrong.policy_id)
        return sum(kinds.values()) > kinds.get(OUTSIDE, 0)

    return apart


def told_apart(unreturned: Unreturned, wrong: Disagreement, late: int) -> Told:
    """The ``late`` items not returned of ``wrong``'s scope, each reason with its count as
    Chapter 3 labels its rows (「未提出（読めないファイルのみ）の 4 件」); where they do not add
    up, 未提出 alone."""
    told = unreturned.reasons(wrong) if late else ()
    if sum(n for _, n in told) != late:
        told = (("未提出", late),) if late else ()
    return told


def said_whole(wrong: Disagreement) -> bool:
    """Whether ``wrong``'s words say it is a whole: 「全63の事業」, 「63事業のうち」."""
    number = rf"(?<![\d.,]){typed(wrong.stated or 0)}(?![\d.])"
    return re.search(rf"全\s*{number}|{number}\D*のうち", wrong.phrase) is not None


def off_the_plan(
    wrong: Disagreement,
    read: Mapping[str, int],
    outside: int,
    told: Told,
    unreturned: Unreturned,
) -> Disagreement | None:
    """``wrong``, a total said as a whole (said_whole) or more than every row of its scope read
    (the counted, the plan's items ``read`` and left out by why, and ``outside`` rows of no item
    of the plan) — the plan's whole, for only the items not returned (``told``) could make it up
    — as a disagreement with the plan's count, said with what makes it: 「（計画の件数: 集計 50
    件＋未提出 12 件＋評価が空欄 1 件。計画にない行 1 件は含みません）」. None where the rows read
    could make it up, or where it is the plan's count with the items its 区分 ends, or with the
    items not returned each once where some are rated in 細目 (Unreturned.items_apart: either
    may be meant, held back as before)."""
    apart = sum(read.values())
    if wrong.stated is None or (
        wrong.stated <= wrong.counted + apart + outside and not said_whole(wrong)
    ):
        return None
    plan = wrong.counted + apart + int(sum(n for _, n in told))
    ended = unreturned.ended_in(wrong.policy_id, apart=True)
    once = unreturned.items_apart(wrong.phrase, wrong.policy_id)
    if wrong.stated in ((plan + ended) if ended else -1, (wrong.counted + apart + once) if once >= 0 else -1):  # fmt: skip
        return None
    parts = [f"集計 {grouped(wrong.counted)} 件"]
    parts += [f"{label} {grouped(n)} 件" for label, n in told]
    parts += [f"{_READ.get(why, 'エラー')} {grouped(n)} 件" for why, n in sorted(read.items()) if n]
    off = f"。計画にない行 {grouped(outside)} 件は含みません" if outside else ""
    return replace(wrong, counted=plan, note=f"（計画の件数: {'＋'.join(parts)}{off}）")
