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
from planeval.past_errors import OTHER_SCALE, OTHER_YEAR
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
    out, as many as known — for the reason it gives — compared with them: a body's of
    another scale, a workbook's of another year, read whole, differing is a disagreement;
    else not compared (``headings`` as held_back's)."""
    wrong: list[Disagreement] = []
    skipped: list[NotCompared] = []
    compared = 0
    for statement in statements:
        for number in (n for n in statement.numbers if n.what == NOT_COUNTED):
            sentence = _sentence(statement.text, number.phrase)
            chosen, kept, kinds = list(files), left_out, _reasons_said(sentence)
            if files and kinds:  # (「…3件は、評価尺度が違う団体の行のため」 beside 「…5件は、…
                # 別の年度の調査票で提出されたため」: each of its own rows, not of all — review 84)
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
            within = None if below else policy
            most = None if bound is None else bound.rows(within)
            if bound is None:
                skipped.append(replace(said, settled=True))
            elif most is None:
                skipped.append(replace(said, reason=_HOW_MANY_UNKNOWN))
            elif number.value == most:
                compared += 1
            elif kinds and kinds <= {SCALE, YEAR} and bound.fewest(within) == most:
                compared += 1  # (a body's of another scale, another year's: every row read)
                off = Disagreement(policy, NOT_COUNTED, number.value, most, place, scope)
                wrong.append(replace(off, phrase=number.phrase))
            else:
                why = _why(chosen, kept)
                reason = f"この範囲で{why}数えなかった行は {most} 行で、記載と違います"
                skipped.append(replace(said, reason=reason + _NOT_SENT))
    return wrong, skipped, compared


_NEVER_READ = (
    "集計していない行の数で、読み込んだ調査票にはない行（提出のなかった調査票など）のため"
    "比べていません"
)
_HOW_MANY_UNKNOWN = (
    "この範囲にエラーで数えなかった行がありますが、何行かが分からないため比べていません"
)
_NOT_SENT = "（提出のなかった調査票の行は planeval には分からないため、記載を確かめてください）"


def _why(files: Sequence[str], left_out: LeftOut) -> str:
    """「評価尺度が違うため」, 「別の年度の調査票のため」, else 「エラーのため」: why the rows
    ``files`` left out were, where all for one reason."""
    kinds = {row.why for file in files for row in left_out.get(file, ())}
    if kinds == {SCALE}:
        return OTHER_SCALE
    return OTHER_YEAR if kinds == {YEAR} else "エラーのため"


def _sentence(text: str, phrase: str) -> str:
    """The sentence of ``text`` holding ``phrase`` (NFKC), "" where it is not there."""
    plain = unicodedata.normalize("NFKC", text)
    at = plain.find(phrase)
    if at < 0:
        return ""
    stop = plain.find("。", at)
    return plain[plain.rfind("。", 0, at) + 1 : stop if stop >= 0 else None]


def _reasons_said(sentence: str) -> frozenset[str]:
    """Why ``sentence`` says its rows were left out, in the count sentence's own words
    (unanswered_words.py) or those a clerk takes from the tables of bodies (past_errors:
    「このほか東御市の5件は、評価尺度が違うため…」): SCALE, YEAR, "" for errors; none where it
    says no such word."""
    return frozenset(kind for kind, words in _REASONS if any(w in sentence for w in words))


# each reason's words: the count sentence's, and the stem of 団体別集計's (…ため)
_REASONS = (
    (SCALE, (OTHER_SCALE_SAID, OTHER_SCALE.removesuffix("ため"))),
    (YEAR, (OTHER_ROUND, OTHER_YEAR.removesuffix("のため"))),
    ("", (ERRORS_SAID, "エラーのため")),
)


def _of_kinds(
    files: Sequence[str], left_out: LeftOut, kinds: frozenset[str]
) -> tuple[list[str], dict[str, tuple[RowLeftOut, ...]]]:
    """The files and rows left out for the reasons ``kinds`` (a file whose rows are not known
    is an error's)."""
    kept = {file: tuple(r for r in found if r.why in kinds) for file, found in left_out.items()}
    kept = {file: found for file, found in kept.items() if found}
    chosen = [file for file in files if file in kept or (file not in left_out and "" in kinds)]
    return chosen, kept
