"""A department's row of an item the plan ends (its 区分 終了, or 完了・廃止・休止・中止: plan.py),
read with the plan (review 138 #3, 青葉台市's 2-3-2① CIO補佐官の任用 区分 完了, 1-2-2② 区分 廃止).

The plan asked no status of it, so a row left blank there, or its status typed as the plan's
own word (「廃止」 where the plan says 廃止), is what the plan says: no error, no count — the
item is 「計画で廃止」 when compared (cycle/ended.py). Before, the blank was an error asking for a
symbol of the scale, and 「廃止」 an error offering it as an alias (which would count it). A
word of another ending than the plan's (「完了」 where it says 廃止) is a notice naming both.

A row rating it with a counted status is counted, as rated, with a notice (``rated_ended``:
review 84, compare took it for 後退); one rated with a status not counted (評価できない, or a
完了 of the body's own ``[[scale.status]]``, counted = false) changes no count: nothing said."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from planeval.cycle.ended import Ended
from planeval.ids import describe
from planeval.model import Location, Problem, Severity
from planeval.plan import ENDED_TREATMENTS
from planeval.read_records import ReadResult
from planeval.scale import CHOOSE_HINT, Scale
from planeval.status_cells import unknown_values
from planeval.unknown_status import plan_word_hint


def ended_rows(result: ReadResult, ended: Ended) -> None:
    """Take out of ``result.problems`` the error of a row of an item the plan ends (``ended``)
    left blank or typed as the plan's 区分 says; a word of another ending (完了 for 廃止) said
    as a notice instead. The row stays out of the count. 「廃止」 typed on an item the plan carries
    on is told to mark it so in the plan's 区分, not to make it an alias."""
    words = {row.location: word for row in result.error_rows if (word := ended.word(row))}
    typed = {
        index: word
        for index, value in unknown_values(result.problems)
        if (word := unicodedata.normalize("NFKC", value).strip()) in ENDED_TREATMENTS
    }
    if not words and not typed:
        return
    kept = []
    for index, problem in enumerate(result.problems):
        word = words.get(problem.location, "") if problem.is_error else ""
        value = typed.get(index, "")
        if word and (problem in result.unrated or value == word):
            continue  # (as the plan says: no status asked of it)
        if word and value:
            problem = _other_word(problem.location, value, word)
        elif value and problem.hint in (CHOOSE_HINT, plan_word_hint(value)):  # (no alias)
            problem = replace(problem, hint=_plan_s_word(value))
        kept.append(problem)
    result.problems[:] = kept


def _other_word(location: Location, typed: str, word: str) -> Problem:
    return Problem(
        location,
        Severity.NOTICE,
        f"評価に「{typed}」とありますが、計画の区分は「{word}」です（計画の区分どおり「{word}」"
        "として数えていません）",
        f"計画の区分が違っているなら、計画事業一覧の区分を「{typed}」に直してください",
    )


def _plan_s_word(word: str) -> str:
    """The fix of 「廃止」 typed on an item the plan carries on: its 区分, never an alias, which
    would count the row as that status (README)."""
    return (
        f"計画で{word}した実施内容なら、計画事業一覧の区分の欄を「{word}」にしてください（評価は"
        f"空欄でも「{word}」のままでも、数えずに読みます）。評価の別名（aliases）にはしないで"
        "ください（その評価として数えてしまいます）。続けている実施内容なら、この尺度の記号の"
        "どれかを書いてください"
    )


def rated_ended(result: ReadResult, ended: Ended, scale: Scale) -> list[Problem]:
    """A notice at each row rating an item the plan marks 終了 (``ended``; or 廃止…, said in its
    word) with a counted status: a department rating it again, counted as rated (review 84:
    compare took it for 後退, 48 → 47). None for a status the scale does not count: no count
    changes."""
    if not ended.items:
        return []
    said = []
    for entry in result.read:
        if entry.status not in scale.counted:
            continue
        if word := ended.word(entry):  # (the plan's own: 終了, or 完了・廃止・休止・中止)
            said.append(
                Problem(
                    entry.location,
                    Severity.NOTICE,
                    # (named as the form types it, 4-1-(2), not by its ID 4-1-2: review 128 #8)
                    f"計画で区分が「{word}」の実施内容 {describe(entry)} が評価されています"
                    "（数えています）",
                    f"計画どおり{word}した実施内容なら、評価を空欄にするか、この行を消してください。"
                    "続けるなら計画の区分を直してください",
                )
            )
    return said
