"""A roll-up's count of its bodies (「29市町村のうち27市町村から回答」「回答率93.1%」: body_words.py)
compared with the bodies read (--bodies): those the roster lists, else those read, and those
of them that answered (all but the ones that sent nothing: 未回答, 辞退). A paragraph of the
whole plan only; a number of another count of bodies stays listed as not compared."""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from planeval.check_result import CheckResult, Disagreement, NotCompared
from planeval.model import ReadResult
from planeval.past_errors import DECLINED, SENT_NOTHING, uncounted_why
from planeval.stated_number import ANSWERED, BODIES, WHOLE_PLAN, StatedNumber
from planeval.statements import StatedCounts


def compare_bodies(checked: CheckResult, result: ReadResult) -> CheckResult:
    """``checked`` with each count of bodies its whole-plan paragraphs state compared with
    ``result``'s bodies (several read): agreeing, counted as compared; else a disagreement
    that says what was counted. Nothing changes where one body was read."""
    said = [
        (statement, number)
        for statement in checked.statements
        if statement.policy_id is None and statement.scope == WHOLE_PLAN
        for number in statement.numbers
        if number.what in (BODIES, ANSWERED) and number.reason
    ]
    if not said or len(result.bodies) < 2:
        return checked
    why = uncounted_why(result)
    silent = {body: reason for body, reason in why.items() if reason in SENT_NOTHING}
    asked, answered = len(result.bodies), len(result.bodies) - len(silent)
    skipped, wrong, compared = list(checked.not_compared), list(checked.disagreements), 0
    for statement, number in said:
        listed = _listed(skipped, statement, number)
        if listed is None:
            continue
        skipped.remove(listed)
        counted = _counted(number, asked, answered)
        if counted == number.value:
            compared += 1
            continue
        note = _note(number, result, silent, asked, answered)
        wrong.append(_wrong(statement, number, counted, note))
    return replace(
        checked,
        disagreements=tuple(wrong),
        not_compared=tuple(skipped),
        compared=checked.compared + compared,
    )


def _wrong(
    statement: StatedCounts, number: StatedNumber, counted: int | float, note: str
) -> Disagreement:
    """A count of bodies that differs, with what was counted (``note``)."""
    return Disagreement(
        None,
        number.what,
        number.value,
        counted,
        statement.location,
        scope=WHOLE_PLAN,
        percent=number.percent,
        phrase=number.phrase,
        note=note,
    )


def _listed(
    skipped: list[NotCompared], statement: StatedCounts, number: StatedNumber
) -> NotCompared | None:
    """The number as check listed it not compared (its place, words, value and reason)."""
    return next(
        (
            n
            for n in skipped
            if n.location == statement.location
            and n.phrase == number.phrase
            and n.stated == number.value
            and n.reason == number.reason
        ),
        None,
    )


def _counted(number: StatedNumber, asked: int, answered: int) -> int | float:
    """The bodies a number counts: asked or answered, or the share answered rounded as it is."""
    if number.percent:
        share = Decimal(100 * answered) / Decimal(asked)
        return float(share.quantize(Decimal(1).scaleb(-number.decimals), ROUND_HALF_UP))
    return answered if number.what == ANSWERED else asked


def _note(
    number: StatedNumber,
    result: ReadResult,
    silent: dict[str, str],
    asked: int,
    answered: int,
) -> str:
    """What the bodies counted are: 「（団体一覧の 29 団体。辞退の 星降村 を含む）」, 「（団体一覧の
    29 団体のうち、未回答の 星降村・雲海村 を除く 27 団体）」."""
    source = "団体一覧" if result.roster else "読んだ団体"
    declined = [body for body, why in silent.items() if why == DECLINED]
    if number.what == BODIES and not number.percent:
        among = f"。{DECLINED}の {'・'.join(declined)} を含む" if declined else ""
        return f"（{source}の {asked} 団体{among}）"
    reasons = dict.fromkeys(silent.values())  # (「未回答の 星降村・雲海村、辞退の 東町」)
    left = "、".join(
        f"{why}の {'・'.join(b for b, said in silent.items() if said == why)}" for why in reasons
    )
    out = f"のうち、{left} を除く {answered} 団体" if left else "。すべての団体が回答"
    return f"（{source}の {asked} 団体{out}）"
