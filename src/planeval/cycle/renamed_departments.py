"""A department with no workbook in a round whose items that round answered all the same, from
another department's workbook: not one that sent nothing. Most often the department was
renamed (組織改正: last year's forms say 行政改革課, this year's plan and forms デジタル改革課
for the same items), and every item of it is compared as it is; said as one notice naming
both names, never as 「提出がなかった課」 in either round (review 91).

Asked only of the departments absent_by_round finds missing from a round (rare), by the items
compare pairs on (cycle/uncounted.item_of: body, project in the last round's numbers, name).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from planeval.cycle.uncounted import Item, item_of
from planeval.marks import unit
from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult

Who = tuple[str, str]  # (body, department), as cycle/answered.py's


@dataclass(frozen=True, slots=True)
class Renamed:
    """A department of some rounds (``before``) whose every item the other rounds answered
    from one other department's workbooks (``after``), neither having a workbook in a round
    of the other: ``items`` how many, ``file`` a workbook of ``after``, ``rounds`` those
    (their indexes) with a workbook of each."""

    before: Who
    after: Who
    items: int
    file: str
    rounds: tuple[tuple[int, ...], tuple[int, ...]]


def answered_elsewhere(
    absent: Sequence[dict[Who, str]],
    whose: Sequence[Mapping[str, Who]],
    results: Sequence[ReadResult],
    renamed: Sequence[Mapping[str, str]],
    mappings: Sequence[Mapping[str, str]],
) -> tuple[list[dict[Who, str]], list[Renamed]]:
    """``absent`` (per round, each department with no workbook in it → a file of it in
    another round) without those whose every item that round read all the same (``whose``:
    each round's files' departments; ``renamed``, ``mappings``: each round's bodies' names
    and projects' numbers in the last round), and the renamed departments among them: each
    whose items one department answered in the rounds it has none, that one having none in
    the rounds it has. Neither name of a renamed department is said missing in any round (an
    item one name has that the other's workbook lacks is compared as any other item)."""
    if not any(absent):
        return list(absent), []
    rounds = range(len(results))
    named = [set(files.values()) for files in whose]
    items = [_items_by_department(results[i], whose[i], renamed[i], mappings[i]) for i in rounds]
    answered: list[set[Who]] = [set() for _ in rounds]
    found: dict[tuple[Who, Who], Renamed] = {}
    for index, missing in enumerate(absent):
        here = items[index]
        seen = items_seen(results[index], renamed[index], mappings[index]) if missing else set()
        for who, file in missing.items():
            theirs = {item for i in rounds if i != index for item in items[i].get(who, ())}
            if not theirs or not theirs <= seen:
                continue
            answered[index].add(who)
            answering = {department for department, led in here.items() if theirs & led}
            if len(answering) != 1:
                continue
            (other,) = answering
            rounds_of = {
                name: tuple(i for i in rounds if name in named[i]) for name in (who, other)
            }
            if set(rounds_of[who]) & set(rounds_of[other]):  # (both in a round: not renamed)
                continue
            before, after = sorted((who, other), key=rounds_of.__getitem__)
            later = file if after == who else _file_of(whose[index], other)
            pair = (rounds_of[before], rounds_of[after])
            found.setdefault((before, after), Renamed(before, after, len(theirs), later, pair))
    either = {who for pair in found for who in pair}
    kept = [
        {who: file for who, file in missing.items() if who not in answered[index] | either}
        for index, missing in enumerate(absent)
    ]
    return kept, list(found.values())


def _items_by_department(
    result: ReadResult,
    whose: Mapping[str, Who],
    renamed: Mapping[str, str],
    mapping: Mapping[str, str],
) -> dict[Who, set[Item]]:
    """Each department's items in one round, by its workbooks (``whose``)."""
    found: dict[Who, set[Item]] = {}
    for entry in result.entries:
        if (who := whose.get(entry.location.file)) is not None:
            body = renamed.get(entry.body, entry.body)
            found.setdefault(who, set()).add(item_of(entry._replace(body=body), mapping))
    return found


def items_seen(
    result: ReadResult, renamed: Mapping[str, str], mapping: Mapping[str, str]
) -> set[Item]:
    """Every item the round's workbooks counted or read in error (a blank status, a value of
    no symbol) — not those of a workbook left out (last year's sent again: its department
    answered on the wrong form, said as such, cycle/answered.of_other_years)."""
    out = set(result.left_out)
    return {
        item_of(entry._replace(body=renamed.get(entry.body, entry.body)), mapping)
        for entry in (*result.entries, *result.error_rows)
        if entry.location.file not in out
    }


def _file_of(whose: Mapping[str, Who], who: Who) -> str:
    return next(file for file, department in whose.items() if department == who)


def renamed_notice(renamed: Renamed, labels: Sequence[str], item: str) -> Problem:
    """「行政改革課（前回）とデジタル改革課（今回）は同じ取組 2 件を回答しています…」: one notice of
    a renamed department (``labels``: the rounds' names; ``item``: the body's word)."""
    before, after = (_named(who) for who in (renamed.before, renamed.after))
    when = ["・".join(labels[i] for i in indexes) for indexes in renamed.rounds]
    what = unit([renamed.before[1], renamed.after[1]])
    return Problem(
        Location(renamed.file),
        Severity.NOTICE,
        f"{before}（{when[0]}）と{after}（{when[1]}）は同じ{item} {renamed.items:,} 件を"
        f"回答しています。{what}の名前が変わったもの（組織改正など）とみて、その{item}をそのまま"
        "比べました",
        f"別の{what}なら、それぞれの調査票の{item}の番号と名称を確かめてください",
    )


def _named(who: Who) -> str:
    body, department = who
    return f"{body}の{department}" if body and department else body or department
