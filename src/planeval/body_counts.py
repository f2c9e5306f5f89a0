"""A roll-up's count of its bodies (「29市町村のうち27市町村から回答」「回答率93.1%」: body_words.py)
compared with the bodies read (--bodies): those the roster lists, else those read, and those
of them that answered (all but the ones that sent nothing: 未回答, 辞退), and those of a kind
(「都道府県47、市区町村253」) where the list gives every body's 団体コード. A paragraph of the
whole plan only; a number of another count of bodies stays listed as not compared. A number
compared has no reason left in its paragraph's (check's JSON: review 137 #3).

Where bodies were left out for their scale (「評価尺度が違うため」: a roll-up counted once per
scale), a count of the scale's bodies is compared with those: asked, the list's bodies but those
left out; answered, those of them that answered (review 165 #3: 「◎○△×で評価している16団体のうち
回答のあった14団体」 was told 24 and 22). A sentence names them by two of the scale's statuses or
more before the number (「◎○△×で評価している」「A～Dで評価する」), or opens with 「このうち」 after
a sentence that does; a count of no such words that is the scale's and not the list's agrees as
the scale's, and any other is the list's (「県内24市町村のうち回答のあった22団体」)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from planeval.body_groups import prefecture_groups
from planeval.body_words import MUNICIPALITIES, PREFECTURES
from planeval.check_result import CheckResult, Disagreement, NotCompared
from planeval.model import Entry, Location
from planeval.past_errors import DECLINED, OTHER_SCALE, SENT_NOTHING, uncounted_why
from planeval.read_records import ReadResult
from planeval.scale import Scale
from planeval.scale_words import normalised, words_of
from planeval.stated_number import ANSWERED, BODIES, WHOLE_PLAN, StatedNumber
from planeval.statements import StatedCounts
from planeval.wording import grouped


def compare_bodies(
    checked: CheckResult, result: ReadResult, scale: Scale | None = None
) -> CheckResult:
    """``checked`` with each count of bodies its whole-plan paragraphs state compared with
    ``result``'s bodies (several read): agreeing, counted as compared; else a disagreement
    that says what was counted. Nothing changes where one body was read. A count of the
    ``scale``'s bodies, where some were left out for theirs, is compared with those."""
    # (a 都道府県's paragraph, planeval's heading 「01 北海道（30団体）」: its bodies', review 205 #2)
    groups = prefecture_groups(result.bodies, result.prefectures).members
    of_group = {f"{name} {WHOLE_PLAN}": name for name in groups}
    said = [
        (statement, number)
        for statement in checked.statements
        if statement.policy_id is None and statement.scope in {WHOLE_PLAN, *of_group}
        for number in statement.numbers
        if number.what in (BODIES, ANSWERED, *_KINDS) and number.reason
    ]
    if not said or len(result.bodies) < 2:
        return checked
    why = uncounted_why(result)
    silent = {body: reason for body, reason in why.items() if reason in SENT_NOTHING}
    asked, answered = len(result.bodies), len(result.bodies) - len(silent)
    apart = sum(reason == OTHER_SCALE for reason in why.values())  # (評価尺度が違うため)
    # (bodies that sent a reply not counted, an .xls, last year's form: 「回答のあった290団体」 of
    # export's 「300団体のうち290団体の回答を集計」 is those counted — review 204 #3)
    unread = {} if apart else {b: why for b, why in why.items() if b not in silent}
    whole = f"{'団体一覧' if result.roster else '読んだ団体'}の {grouped(asked)} 団体"
    own = f"{whole}から評価尺度が違うため数えていない {apart} 団体を除いた {asked - apart} 団体"
    of_scale = 0 < apart < asked
    kinds = _kinds(result)
    skipped, wrong, compared = list(checked.not_compared), list(checked.disagreements), 0
    done: set[int] = set()  # (the numbers compared: id of each)
    for statement, number in said:
        listed = _listed(skipped, statement, number)
        name = of_group.get(statement.scope)
        if listed is None or (number.what in _KINDS and (kinds is None or name)):
            continue
        skipped.remove(listed)
        done.add(id(number))
        if name is not None:  # (its bodies as the list places them; those answered, counted)
            mine = {b: why for b, why in silent.items() if b in groups[name]}
            late = {b: why for b, why in unread.items() if b in groups[name]}
            listed_here, sent = len(groups[name]), len(groups[name]) - len(mine)
            counted: int | float = _counted(number, listed_here, sent)
            note = _note(
                number, f"団体一覧の{name}の {grouped(listed_here)} 団体", mine, sent, late
            )
            if number.what == ANSWERED and number.value == sent - len(late):
                counted = number.value
        elif kinds is not None and number.what in _KINDS:
            counted = kinds[number.what]
            note = f"（団体一覧の団体コードで数えた{_KINDS[number.what]}の数）"
        elif of_scale and scale is not None and _of_scale(statement.text, number, scale):
            counted = _counted(number, asked - apart, answered - apart)
            note = _note(number, own, silent, answered - apart)
        else:
            counted = _counted(number, asked, answered)
            note = _note(number, whole, silent, answered, unread)
            if of_scale and number.value == _counted(number, asked - apart, answered - apart):
                counted = number.value  # (the scale's bodies, of no words naming them: agrees)
            if number.what == ANSWERED and number.value == answered - len(unread):
                counted = number.value  # (those counted, as export says them: review 204 #3)
        if counted == number.value:
            compared += 1
            continue
        wrong.append(_wrong(statement, number, counted, note))
    statements = tuple(
        replace(s, numbers=tuple(replace(n, reason="") if id(n) in done else n for n in s.numbers))
        for s in checked.statements
    )
    return replace(
        checked,
        statements=statements,
        disagreements=tuple(wrong),
        not_compared=tuple(skipped),
        compared=checked.compared + compared,
    )


_KINDS = {PREFECTURES: "都道府県", MUNICIPALITIES: "市区町村"}


def _kinds(result: ReadResult) -> dict[str, int] | None:
    """How many of the bodies asked are prefectures (団体コード's 3rd to 5th digits 000:
    010006 北海道) and how many municipalities, where the list of bodies gives every body's
    code; None else."""
    codes = [result.known_codes.get(body, "") for body in result.bodies]
    if not result.roster or not all(len(code) in (5, 6) and code.isdigit() for code in codes):
        return None
    prefectures = sum(code[2:5] == "000" for code in codes)
    return {PREFECTURES: prefectures, MUNICIPALITIES: len(codes) - prefectures}


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
        scope=statement.scope,
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
    whole: str,
    silent: dict[str, str],
    answered: int,
    unread: dict[str, str] | None = None,
) -> str:
    """What the bodies counted are (``whole``: those asked, 「団体一覧の 29 団体」): 「（団体一覧の
    29 団体。辞退の 星降村 を含む）」, 「（団体一覧の 29 団体のうち、未回答の 星降村・雲海村 を除く
    27 団体）」; of those that answered, the ones whose replies were not counted (``unread``, by
    why) said after them: 「…を除く 295 団体。うち集計 290：ファイル形式が異なる 2・別の年度の
    調査票 3）」 (review 204 #3)."""
    declined = [body for body, why in silent.items() if why == DECLINED]
    if number.what == BODIES and not number.percent:
        among = f"。{DECLINED}の {'・'.join(declined)} を含む" if declined else ""
        return f"（{whole}{among}）"
    reasons = dict.fromkeys(silent.values())  # (「未回答の 星降村・雲海村、辞退の 東町」)
    left = "、".join(
        f"{why}の {'・'.join(b for b, said in silent.items() if said == why)}" for why in reasons
    )
    out = f"のうち、{left} を除く {grouped(answered)} 団体" if left else "。すべての団体が回答"
    if unread and not number.percent:
        kinds = dict.fromkeys(unread.values())
        by_why = "・".join(
            f"{why.removesuffix('ため').removesuffix('の')} {sum(said == why for said in unread.values())}"
            for why in kinds
        )
        out += f"。うち集計 {grouped(answered - len(unread))}：{by_why}"
    return f"（{whole}{out}）"


# a sentence's opening that counts among the bodies the sentence before counts (「このうち」)
_AMONG = re.compile(r"^\s*(?:この|その)?\s*うち")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _of_scale(text: str, number: StatedNumber, scale: Scale) -> bool:
    """Whether the sentence stating ``number`` counts the scale's bodies: two of its statuses
    or more named before the number (「◎○△×で評価している16団体のうち回答のあった14団体」),
    or 「このうち」 opening it after a sentence that names them so."""
    plain = normalised(text)
    at = plain.find(number.phrase)
    found = next((m for m in _NUMBER.finditer(number.phrase) if _value(m[0]) == number.value), None)
    if at < 0 or found is None:
        return False
    at += found.start()
    start = plain.rfind("。", 0, at) + 1
    if _names_scale(plain[start:at], scale):
        return True
    return bool(_AMONG.match(plain[start:at])) and _names_scale(
        plain[plain.rfind("。", 0, max(start - 1, 0)) + 1 : start], scale
    )


def _names_scale(words: str, scale: Scale) -> bool:
    """Whether ``words`` name two of ``scale``'s statuses or more (「◎○△×で」「A～Dで」)."""
    said = words_of(scale)
    return len({said.names[m[0]] for m in re.finditer(said.core, words)}) >= 2


def _value(typed: str) -> float:
    return float(typed.replace(",", ""))


def of_bodies_counted(
    found: Sequence[StatedCounts],
    rows: Sequence[Entry],
    files: Collection[str],
    owner: Callable[[str], str | None],
) -> set[Location]:
    """Where the statements stand that scope to the bodies counted, stating them as the count
    of those that answered (「回答のあった290団体のうち、完了は663件」, 290 the bodies of ``rows``,
    export's 「300団体のうち290団体の回答を集計」): compared with the rows counted, not held back
    for a reply not read of a body none of whose rows is among them (review 204 #1); none where
    one of ``files``, those left out in part, is a counted body's (``owner``)."""
    counted = {entry.body for entry in rows if entry.body}
    bodies = len(counted) if not any(owner(file) in counted for file in files) else 0
    return {
        s.location
        for s in found
        if bodies > 1
        and any(n.what == ANSWERED and not n.percent and n.value == bodies for n in s.numbers)
    }
