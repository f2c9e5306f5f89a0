"""What a stated total counts, once a paragraph's numbers are read (stated_numbers.py's last
steps): every row or the net — a total followed by its uncounted rows in brackets (「110件（3項目
再掲のため実質107件）」), by a later total after removing some (…実質107件, …を除く34事業), or
「Nのうち」 whose sentence counts the uncounted among its parts, counts every row (ROWS) —; and a
topic's total (「…17事業は」) whose sentence names no status after it, none it can be compared
with (unread_topics)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from planeval.scale import Scale
from planeval.scale_words import ScaleWords
from planeval.scope_words import COUNTERS
from planeval.stated_number import PROJECTS, ROWS, TOTAL, StatedNumber
from planeval.stated_ranges import summed
from planeval.unknown_counters import unknown_reason

# totals: 25件（…実質24件）のうち, 15件の取組のうち, "11項目の実施状況は、…", "9事業では"
# (「29事業中21事業が」: review 80)
TOTAL_AFTER = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:の[^\s、。,\d「」()]{1,8}?)?(?:(?:の)?\s*うち|中(?=\s*\d))"
)


def clause(before: str) -> str:
    """The end of ``before`` from its last 、 。 or opening bracket."""
    return before[max(before.rfind(mark) for mark in "、。,(") + 1 :]


# a count whose counter-noun follows its bracket: 「110件（3項目再掲のため実質107件）の取組項目を」
# (南浜市, review 98: 110 was read as nothing, so a wrong 111 passed as 「not compared」)
_NOUN_PAST_BRACKET = re.compile(
    r"^\s*\([^()]*\)\s*の\s*(?P<noun>[^\s、。,\d「」()のをにがはでとも]+)"
)
_ROWS_NOUN = re.compile(rf"^(?:取り組み|取組み|取組)(?!項目)|(?:{COUNTERS})$")


def counted_past_bracket(after: str, project: str, item: str) -> str:
    """What a count counts by the noun after its bracket (``after``: the words after its
    counter; ``project``, ``item``: the body's words, normalised): PROJECTS where the noun is the
    project's word (「…件（…）の取組項目」 of a body whose projects are 取組項目), TOTAL where it is
    the rated rows' word, 取組, or a counter's (…項目, …事業); "" for anything else. Which of them
    the bracket makes every row is rows_before_totals'."""
    found = _NOUN_PAST_BRACKET.match(after)
    if found is None or found["noun"] == "うち":
        return ""
    noun = found["noun"]
    if item and noun.startswith(item) and not (project and len(project) > len(item)):
        return TOTAL
    if project and noun.startswith(project):
        return PROJECTS
    return TOTAL if (item and noun.startswith(item)) or _ROWS_NOUN.search(noun) else ""


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
        elif number.what == PROJECTS and _net_inside(found[index + 1 :], plain, end, uncounted):
            # (「110件（3項目再掲のため実質107件）の取組項目」: its net a total of the rows, so it
            # is every row — projects and rows alike where each row is a project)
            number = replace(number, what=ROWS)
        numbers.append(number)
    return numbers


def _net_inside(
    later: list[tuple[int, int, StatedNumber, bool]], plain: str, end: int, uncounted: set[str]
) -> bool:
    """Whether the bracket right after ``end`` states the uncounted rows and the net total
    after removing them (「（3項目再掲のため実質107件）」)."""
    if not re.match(r"\s*\(", plain[end:]):
        return False
    inside = [(n, net) for at, _, n, net in later if at < _closing(plain, end)]
    return any(n.what in uncounted for n, _ in inside) and any(
        net and n.what == TOTAL for n, net in inside
    )


# a bracket after a total saying its uncounted rows are not among it: 「（再掲の1項目を除く）」
# 「（このほか再掲1項目）」「（再掲1項目は含まない）」, not 「（うち再掲1項目）」
_LEFT_OUT = re.compile(r"除(?:く|いた|き)|ほか|別に|以外|含(?:まない|めない|みません|めていません)")


def _closing(plain: str, start: int) -> int:
    """Where the bracket open after ``start`` closes (the text's end if it does not)."""
    stop = plain.find(")", start)
    return len(plain) if stop < 0 else stop


def unread_topics(
    found: list[tuple[int, int, StatedNumber, bool]],
    topics: Iterable[int],
    plain: str,
    words: ScaleWords,
    scale: Scale,
) -> None:
    """Make each total of ``found`` at ``topics`` (its indexes) whose sentence of ``plain``
    names no status after it a number not compared, with why its clause gives."""
    for index in topics:
        start, end, number, _strong = found[index]
        stop = plain.find("。", end)
        sentence = found[index + 1 :] if stop < 0 else [n for n in found if end < n[0] < stop]
        if not any(later.what in scale.symbols or summed(later.what) for *_, later, _ in sentence):
            reason, settled, other = unknown_reason(clause(plain[:start]), words, False, scale)
            unread = StatedNumber(
                "", number.value, number.phrase, reason=reason, settled=settled, other_scale=other
            )
            found[index] = (start, end, unread, False)
