"""A count a report states of rows not counted (「教育委員会所管の2指標は…集計していません」,
planeval's own 「なお、このほか実施内容3件は、…ため集計に含めていません」), compared for check:
with the plan's items of the departments that returned nothing, or with the rows left out
(uncounted_rows.Bound) — for the reason its sentence gives, where it gives one."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from planeval.check_result import Disagreement, NotCompared
from planeval.model import Entry, TextCell
from planeval.stated_number import NOT_COUNTED
from planeval.statements import StatedCounts
from planeval.unanswered_words import ERRORS_SAID, OTHER_ROUND, OTHER_SCALE_SAID
from planeval.uncounted_rows import SCALE, YEAR, Bound, LeftOut, RowLeftOut
from planeval.unreturned_said import Unreturned


def stated_left_out(
    statements: Sequence[StatedCounts],
    files: Sequence[str],
    rows: Sequence[Entry],
    left_out: LeftOut,
    headings: Sequence[TextCell] = (),
    unreturned: Unreturned | None = None,
) -> tuple[list[Disagreement], list[NotCompared], int]:
    """(disagreements, not compared, how many compared) of the numbers ``statements`` say
    were not counted (「教育委員会所管の2指標は…集計していません」): as many as the plan's items
    whose department returned nothing (``unreturned``: read with the plan), of the department
    it names or of its scope — compared with them, and where no row of the scope was left out
    for an error (``files``: those whose errors left some out) a number other than theirs is
    a disagreement (review 45: 5 said of 4 passed); without the plan, no row of this scope
    left out — they are rows never read (a form not sent), listed and no failure; rows left
    out, as many as known — compared with them; else not compared (``headings`` as
    held_back's)."""
    whole = Bound(files, left_out, rows, headings) if files else None
    wrong: list[Disagreement] = []
    skipped: list[NotCompared] = []
    compared = 0
    for statement in statements:
        for number in (n for n in statement.numbers if n.what == NOT_COUNTED):
            bound, kinds = whole, frozenset[str]()
            if whole is not None and (kinds := _reasons_said(statement.text, number.phrase)):
                # (「…3件は、評価尺度が違う団体の行のため」 beside 「…5件は、…別の年度の調査票で
                # 提出されたため」: each of its own rows, not of all left out — review 84)
                chosen, kept = _of_kinds(files, left_out, kinds)
                bound = Bound(chosen, kept, rows, headings) if chosen else None
            policy, scope, place = statement.policy_id, statement.scope, statement.location
            below = bool(statement.below)
            planned = unreturned.items(number.phrase, policy, below=below) if unreturned else None
            if number.value == planned:
                compared += 1  # (「…の取組 2 件は、回答が提出されていないため…」: the plan's)
                continue
            named = bool(unreturned and unreturned.named(number.phrase))
            if planned is not None and (bound is None or named):
                compared += 1  # (the plan's items are all that was not counted: it differs)
                off = Disagreement(policy, NOT_COUNTED, number.value, planned, place, scope)
                wrong.append(replace(off, phrase=number.phrase))
                continue
            said = NotCompared(policy, scope, number.phrase, number.value, _NEVER_READ, place)
            most = None if bound is None else bound.rows(None if statement.below else policy)
            if bound is None:
                skipped.append(replace(said, settled=True))
            elif most is None:
                skipped.append(replace(said, reason=_HOW_MANY_UNKNOWN))
            elif number.value != most:
                why = _WHY.get(kinds, "エラー")  # (the reason the sentence gives, if one)
                reason = f"この範囲で{why}のため数えなかった行は {most} 行で、記載と違います"
                skipped.append(replace(said, reason=reason + _NOT_SENT))
            else:
                compared += 1
    return wrong, skipped, compared


_NEVER_READ = (
    "集計していない行の数で、読み込んだ調査票にはない行（提出のなかった調査票など）のため"
    "比べていません"
)
_HOW_MANY_UNKNOWN = (
    "この範囲にエラーで数えなかった行がありますが、何行かが分からないため比べていません"
)
# (the rows left out for one reason, as the count sentence said it: not 「エラーのため」)
_WHY = {frozenset({YEAR}): "別の年度の調査票"}
_NOT_SENT = "（提出のなかった調査票の行は planeval には分からないため、記載を確かめてください）"


def _reasons_said(text: str, phrase: str) -> frozenset[str]:
    """Why the sentence of ``phrase`` says its rows were left out, in the count sentence's own
    words (unanswered_words.py): SCALE, YEAR, "" for errors; none where it says no such word."""
    plain = unicodedata.normalize("NFKC", text)
    at = plain.find(phrase)
    if at < 0:
        return frozenset()
    stop = plain.find("。", at)
    sentence = plain[at : stop if stop >= 0 else None]
    kinds = {
        kind
        for kind, word in ((SCALE, OTHER_SCALE_SAID), (YEAR, OTHER_ROUND), ("", ERRORS_SAID))
        if word in sentence
    }
    return frozenset(kinds)


def _of_kinds(
    files: Sequence[str], left_out: LeftOut, kinds: frozenset[str]
) -> tuple[list[str], dict[str, tuple[RowLeftOut, ...]]]:
    """The files and rows left out for the reasons ``kinds`` (a file whose rows are not known
    is an error's)."""
    kept = {file: tuple(r for r in found if r.why in kinds) for file, found in left_out.items()}
    kept = {file: found for file, found in kept.items() if found}
    chosen = [file for file in files if file in kept or (file not in left_out and "" in kinds)]
    return chosen, kept
