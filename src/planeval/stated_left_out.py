"""A count a report states of rows not counted (「教育委員会所管の2指標は…集計していません」,
planeval's own 「なお、このほか実施内容3件は、…ため集計に含めていません」), compared for check:
with the plan's items of the departments that returned nothing, or with the rows left out
(uncounted_rows.Bound) — for the reason its sentence gives, where it gives one."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from planeval.check_result import Disagreement, NotCompared
from planeval.model import Entry, TextCell
from planeval.past_errors import (
    BLANK_ROW,
    EARLIER_ROW,
    IN_ERROR_WHY,
    NOT_IN_PLAN,
    OTHER_SCALE,
    OTHER_YEAR,
)
from planeval.stated_exclusions import BLANK_WORDS
from planeval.stated_number import NOT_COUNTED
from planeval.statements import StatedCounts
from planeval.unanswered_words import ERRORS_SAID, JOINED, OTHER_ROUND, OTHER_SCALE_SAID
from planeval.uncounted_rows import BLANK, OUTSIDE, SCALE, YEAR, Bound, LeftOut, RowLeftOut
from planeval.unreturned_said import PLAN_COMPARES, Unreturned


def stated_left_out(
    statements: Sequence[StatedCounts],
    files: Sequence[str],
    rows: Sequence[Entry],
    left_out: LeftOut,
    headings: Sequence[TextCell] = (),
    unreturned: Unreturned | None = None,
    *,
    unread: Mapping[str, str] | None = None,
    owner: Callable[[str], str | None] = lambda file: None,
) -> tuple[list[Disagreement], list[NotCompared], int]:
    """(disagreements, not compared, how many compared) of the numbers ``statements`` say
    were not counted (「教育委員会所管の2指標は…集計していません」): as many as the plan's items
    whose department returned nothing (``unreturned``: read with the plan), of the department
    it names or of its scope — compared with them, and where no row of the scope was left out
    for an error (``files``: those whose errors left some out) a number other than theirs is
    a disagreement (review 45: 5 said of 4 passed); without the plan, no row of this scope
    left out — they are rows never read (a form not sent), listed and no failure; rows left
    out, as many as known — of the files of the bodies its sentence names, where it names
    some (``owner``: a read file's body), and for the reason it gives — compared with them:
    a body's of another scale, a workbook's of another year, read whole, differing is a
    disagreement; else not compared, said with the files whose rows planeval cannot know
    (``unread``: each file not read at all, a PDF reply, with its body — as a form not sent,
    none of its rows among those known; or an error leaving a number of rows unknown) —
    ``headings`` as held_back's."""
    unread = unread or {}
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
            # (「このほか御代田町の6件は、回答がPDFで…」: that body's files, not every one's)
            bodies = {file: owner(file) or unread.get(file, "") for file in chosen}
            if named := {body for body in bodies.values() if body and body in sentence}:
                chosen = [file for file in chosen if bodies[file] in named]
            unseen = [file for file in chosen if file in unread]
            chosen = [file for file in chosen if file not in unread]
            bound = Bound(chosen, kept, rows, headings) if chosen else None
            policy, scope, place = statement.policy_id, statement.scope, statement.location
            below = bool(statement.below)
            planned = unreturned.items(number.phrase, policy, below=below) if unreturned else None
            if (
                number.value == planned
                or (
                    unreturned
                    and number.value == unreturned.items_apart(number.phrase, policy, below=below)
                )
            ):  # (「…の取組 2 件は、回答が提出されていないため…」: the plan's; its 細目 rows or not)
                compared += 1
                continue
            named_plan = bool(unreturned and unreturned.named(number.phrase))
            if planned is not None and (bound is None or named_plan) and not unseen:
                compared += 1  # (the plan's items are all that was not counted: it differs)
                off = Disagreement(policy, NOT_COUNTED, number.value, planned, place, scope)
                wrong.append(replace(off, phrase=number.phrase))
                continue
            # (read without the plan, 「環境局の2事務事業は回答がなかった」: the plan would tell)
            why = _NEVER_READ + (
                PLAN_COMPARES if unreturned is None or unreturned.ended is None else ""
            )
            said = NotCompared(policy, scope, number.phrase, number.value, why, place)
            within = None if below else policy
            most = None if bound is None else bound.rows(within)
            if bound is None and unseen:  # (a PDF reply alone: its rows unknown)
                skipped.append(replace(said, reason=_unseen(unseen)))
            elif bound is None and kinds == {BLANK} and set(files) <= set(left_out):
                compared += 1  # (「評価が未確定の0施策」: no rating was left blank — review 206 #1)
                if number.value:
                    off = Disagreement(policy, NOT_COUNTED, number.value, 0, place, scope)
                    wrong.append(replace(off, phrase=number.phrase))
            elif bound is None:
                skipped.append(replace(said, settled=True))
            elif most is None:
                unknown = [file for file in chosen if file not in kept]
                skipped.append(replace(said, reason=_unknown(unknown, unseen)))
            elif number.value == most:
                compared += 1
            elif kinds and kinds <= {SCALE, YEAR, BLANK} and bound.fewest(within) == most:
                compared += (
                    1  # (a body's of another scale, another year's, a blank: every row read)
                )
                off = Disagreement(policy, NOT_COUNTED, number.value, most, place, scope)
                wrong.append(replace(off, phrase=number.phrase))
            else:
                why = _why(chosen, kept)
                reason = f"この範囲で{why}数えなかった行は {most} 行で、記載と違います"
                skipped.append(replace(said, reason=reason + _not_known(unseen)))
    return wrong, skipped, compared


_NEVER_READ = (
    "集計していない行の数で、読み込んだ調査票にはない行（提出のなかった調査票など）のため"
    "比べていません"
)
_FILES_NAMED = 2  # (a longer list of files is cut: 「…ほか 3 ファイル」)


def _named(files: Sequence[str]) -> str:
    """「a.xlsx、b.pdf ほか 3 ファイル」: the files as the run named them, a few."""
    if len(files) <= _FILES_NAMED + 1:
        return "、".join(files)
    return "、".join(files[:_FILES_NAMED]) + f" ほか {len(files) - _FILES_NAMED} ファイル"


def _unseen(files: Sequence[str]) -> str:
    """Why a number of rows left out in files not read at all (a PDF) is not compared."""
    return (
        f"{_named(files)} は読み込んでいない（数えていない）ファイルのため、"
        "その行の数が planeval には分からず比べていません"
    )


def _unknown(files: Sequence[str], unseen: Sequence[str]) -> str:
    """… and of files whose errors left out rows, how many not known (a form sent back blank)."""
    also = f"（{_named(unseen)} は読み込んでいないため、その行も分かりません）" if unseen else ""
    return f"{_named(files)} のエラーで数えなかった行は何行かが分からないため比べていません{also}"


def _not_known(unseen: Sequence[str]) -> str:
    """What a number differing from the rows left out may hold that planeval cannot see."""
    if unseen:  # (a PDF reply: read by no one here, its rows perhaps among those stated)
        return f"（読み込んでいない {_named(unseen)} の行は planeval には分からないため、記載を確かめてください）"
    return "（提出のなかった調査票の行は planeval には分からないため、記載を確かめてください）"


def _why(files: Sequence[str], left_out: LeftOut) -> str:
    """「評価尺度が違うため」, 「別の年度の調査票のため」, 「計画にない行のため」, else 「エラーの
    ため」: why the rows ``files`` left out were, where all for one reason."""
    kinds = {row.why for file in files for row in left_out.get(file, ())}
    if kinds == {SCALE}:
        return OTHER_SCALE
    if kinds == {OUTSIDE}:
        return f"{NOT_IN_PLAN}のため"
    return OTHER_YEAR if kinds == {YEAR} else "エラーのため"


def _sentence(text: str, phrase: str) -> str:
    """The sentence of ``text`` holding ``phrase`` (NFKC), "" where it is not there."""
    plain = unicodedata.normalize("NFKC", text)
    at = plain.find(phrase)
    if at < 0:
        return ""
    start, stop = plain.rfind("。", 0, at) + 1, plain.find("。", at)
    stop = stop if stop >= 0 else len(plain)
    # (planeval's sentence of rows left out for several reasons, each its part: JOINED)
    if (joined := plain.rfind(JOINED, start, at)) >= 0:
        start = joined + len(JOINED)
    if (joined := plain.find(JOINED, at, stop)) >= 0:
        stop = joined
    return plain[start:stop]


def _reasons_said(sentence: str) -> frozenset[str]:
    """Why ``sentence`` says its rows were left out, in the count sentence's own words
    (unanswered_words.py) or those a clerk takes from the tables of bodies (past_errors:
    「このほか東御市の5件は、評価尺度が違うため…」): SCALE, YEAR, BLANK for a rating left blank,
    "" for other errors (both for earlier reports' 「エラーがあったため」); none where it says no
    such word; OUTSIDE where it says 計画にない行, as planeval's sentence does."""
    blank = {BLANK} if BLANK_WORDS.search(sentence) else set()  # (「評価が未確定の1施策」)
    return frozenset(kind for kind, words in _REASONS if any(w in sentence for w in words)) | blank


# each reason's words: the count sentence's, and the stem of 団体別集計's (…ため)
_REASONS = (
    (SCALE, (OTHER_SCALE_SAID, OTHER_SCALE.removesuffix("ため"))),
    (YEAR, (OTHER_ROUND, OTHER_YEAR.removesuffix("のため"))),
    (OUTSIDE, (NOT_IN_PLAN,)),
    (BLANK, (BLANK_ROW.why, EARLIER_ROW.why, IN_ERROR_WHY, "エラーのため")),
    ("", (ERRORS_SAID, EARLIER_ROW.why, IN_ERROR_WHY, "エラーのため")),
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
