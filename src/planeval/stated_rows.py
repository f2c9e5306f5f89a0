"""Whether a stated total counts every row or the net (stated_numbers.py's last step): a
total followed by its uncounted rows in brackets (「110件（3項目再掲のため実質107件）」), by a
later total after removing some (…実質107件, …を除く34事業), or 「Nのうち」 whose sentence counts
the uncounted among its parts, counts every row (ROWS)."""

from __future__ import annotations

import re
from dataclasses import replace

from planeval.scale import Scale
from planeval.stated_number import ROWS, TOTAL, StatedNumber

# totals: 25件（…実質24件）のうち, 15件の取組のうち, "11項目の実施状況は、…", "9事業では"
# (「29事業中21事業が」: review 80)
TOTAL_AFTER = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:の[^\s、。,\d「」()]{1,8}?)?(?:(?:の)?\s*うち|中(?=\s*\d))"
)


def clause(before: str) -> str:
    """The end of ``before`` from its last 、 。 or opening bracket."""
    return before[max(before.rfind(mark) for mark in "、。,(") + 1 :]


def rows_before_totals(
    found: list[tuple[int, int, StatedNumber, bool]], plain: str, scale: Scale
) -> list[StatedNumber]:
    """A total followed by the uncounted ones in brackets (「110件（3項目再掲…」) or by a later
    total "after removing" some (…実質107件, …を除く34事業) counts every row: ROWS; so does 「N
    のうち」 whose sentence counts the uncounted among its parts, not 「ほかに」. The later is net."""
    uncounted, numbers = set(scale.uncounted), []
    for index, (_start, end, number, strong) in enumerate(found):
        if strong:
            number = replace(number, net=True)
        elif number.what == TOTAL and not number.percent:
            later = found[index + 1 :]
            bracketed = bool(later) and (
                later[0][2].what in uncounted
                and re.fullmatch(r"\s*\([^()\d]*", plain[end : later[0][0]])  # (（うち再掲3件）)
            )
            if bracketed and _LEFT_OUT.search(plain[end : _closing(plain, end)]):
                # (「47項目（再掲の1項目を除く）」「47項目（このほか再掲1項目）」: the rest, net)
                numbers.append(replace(number, net=True))
                continue
            stop = plain.find("。", end)
            among = TOTAL_AFTER.match(plain[end:]) is not None and any(
                n.what in uncounted
                and (stop < 0 or at < stop)
                and "ほか" not in clause(plain[:at])  # (「（ほかに－評価が1指標）」: not among)
                for at, _, n, _ in later
            )
            if bracketed or among or any(net and n.what == TOTAL for _, _, n, net in later):
                number = replace(number, what=ROWS, net=False, excluding="", subset="")
        numbers.append(number)
    return numbers


# a bracket after a total saying its uncounted rows are not among it: 「（再掲の1項目を除く）」
# 「（このほか再掲1項目）」「（再掲1項目は含まない）」, not 「（うち再掲1項目）」
_LEFT_OUT = re.compile(r"除(?:く|いた|き)|ほか|別に|以外|含(?:まない|めない|みません|めていません)")


def _closing(plain: str, start: int) -> int:
    """Where the bracket open after ``start`` closes (the text's end if it does not)."""
    stop = plain.find(")", start)
    return len(plain) if stop < 0 else stop
