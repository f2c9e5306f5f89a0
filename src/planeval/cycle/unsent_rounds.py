"""Of several rounds side by side (rounds), the bodies and departments with no workbook in some
rounds that answered others: 「未集計」 there, not removed, each said in one notice — a body
new to the survey 「参加前」 before it joined, one merged away 「団体一覧になし」 in the rounds
whose list names it not (cycle/answered.py's rules of who answered, round by round)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from planeval.cycle.answered import (
    NoWorkbook,
    Who,
    absent_by_round,
    body_files,
    files_departments,
    files_of,
    named,
    of_other_years,
    rows_departments,
    said_by_plan,
    unreturned_by_round,
)
from planeval.cycle.bodies_apart import bodies_whole, by_body, told_as
from planeval.cycle.renamed_departments import answered_elsewhere, renamed_notice
from planeval.cycle.row_departments import absent_by_rows, with_rows
from planeval.cycle.uncounted import NO_NAMES
from planeval.marks import unit
from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult
from planeval.wording import DEFAULT_WORDING, Wording


@dataclass(frozen=True, slots=True)
class Unsent:
    """Per round of several, the bodies and departments with no workbook in it that answered
    another round (their names; not one whose workbook there was another year's: it answered,
    on the wrong form), and what of theirs the other rounds have (NoWorkbook); a notice per
    each."""

    absent: tuple[tuple[Who, ...], ...]
    held: tuple[NoWorkbook, ...]
    notices: list[Problem]


def unsent_by_round(
    results: Sequence[ReadResult],
    renamed: Sequence[Mapping[str, str]],
    labels: Sequence[str],
    wording: Wording = DEFAULT_WORDING,
    mappings: Sequence[Mapping[str, str]] = (),
) -> Unsent:
    """The bodies (``--bodies``) and departments that sent no workbook in some rounds and
    answered others (``renamed``, ``mappings``: each round's bodies' names and projects'
    numbers in the last round)."""
    bodies = [body_files(result, names) for result, names in zip(results, renamed, strict=True)]
    departments, stated = files_departments(results, renamed)
    rows = [rows_departments(result, names) for result, names in zip(results, renamed, strict=True)]
    numbers = mappings or [NO_NAMES] * len(results)
    gone_bodies = absent_by_round(bodies)
    planned = unreturned_by_round(results, renamed, numbers)
    held_items = [items for _, items in planned]
    by_rows = absent_by_rows(
        departments, rows, results, renamed, numbers, held_items, stated=stated
    )
    gone_departments, renames = answered_elsewhere(
        with_rows(absent_by_round(departments, rows), by_rows),
        departments,
        results,
        renamed,
        numbers,
    )
    absent = [
        {
            **led,
            **whole,
            **{
                who: file
                for who, file in part.items()
                if (who[0], "") not in whole and not said_by_plan(who, led, departments, results)
            },
        }
        for whole, part, (led, _) in zip(gone_bodies, gone_departments, planned, strict=True)
    ]
    stale = [of_other_years(result, names) for result, names in zip(results, renamed, strict=True)]
    notices = [renamed_notice(each, labels, wording.item) for each in renames]
    joined, unlisted = _joined(results, renamed, absent)
    # (read as whole bodies, --bodies file: each body once, not per 担当課 — review 191 #4)
    whole = bodies_whole(results)
    told = [by_body(found, whole) for found in absent]
    for who in dict.fromkeys(who for found in told for who in found):
        missing = [
            label
            for index, (label, found) in enumerate(zip(labels, told, strict=True))
            if who in found and index >= joined.get(who[0], 0) and (who, index) not in unlisted
        ]
        if not missing:  # (a body new to the survey: 「参加前」 before, not 「未集計」; or
            continue  # merged away, its rounds since 「団体一覧になし」: said under the tables)
        file = next(found[who] for found in told if who in found)
        # (its workbook of those rounds another year's, left out: said as compare says it)
        sent = [dated.get(who) for found, dated in zip(told, stale, strict=True) if who in found]
        notices.append(_unsent(file, who, missing, wording, sent))
    whose = [*bodies, *departments]
    return Unsent(
        # (one whose workbook of a round was another year's is not of those that sent none)
        tuple(
            tuple(who for who in found if told_as(who, whole) not in dated)
            for found, dated in zip(absent, stale, strict=True)
        ),
        tuple(
            NoWorkbook(files_of(whose, found), items | rows_items)
            for found, (_, items), (_, rows_items) in zip(absent, planned, by_rows, strict=True)
        ),
        notices,
    )


def _joined(
    results: Sequence[ReadResult],
    renamed: Sequence[Mapping[str, str]],
    absent: Sequence[Mapping[Who, str]],
) -> tuple[dict[str, int], set[tuple[Who, int]]]:
    """Each body with no workbook in some rounds → the first round that names it (its roster
    or its files, bodies_apart.named_by): the rounds before it joined, nothing was asked; and
    each such body with a round after whose list of bodies names it not (merged away:
    BodyApart.unlisted), nothing asked there either."""
    from planeval.cycle.bodies_apart import named_by

    bodies = {body for found in absent for body, department in found if not department}
    if not bodies:
        return {}, set()
    named = [named_by(result, names) for result, names in zip(results, renamed, strict=True)]
    joined = {
        body: next((i for i, names in enumerate(named) if body in names), 0) for body in bodies
    }
    unlisted = {
        ((body, ""), index)
        for index, (result, names) in enumerate(zip(results, named, strict=True))
        if result.roster
        for body in bodies
        if body not in names and index > joined[body]
    }
    return joined, unlisted


def what_they_are(absent: Iterable[Who], word: str = "") -> str:
    """部署 (or the body's word for its departments, 局 of a city of 局: marks.unit, as compare
    and validate name them — review 111; ``word``: [wording] department, its 部局 kept — review
    181 #7), 団体, or 団体・部署: what ``absent`` are (a body is named without a department)."""
    absent = list(absent)
    departments = [department for _body, department in absent if department]
    kinds = ["団体"] if len(departments) < len(absent) else []
    return "・".join(kinds + ([unit(departments, word)] if departments else []))


def _unsent(
    file: str, who: Who, missing: Sequence[str], wording: Wording, stale: Sequence[str | None]
) -> Problem:
    """The notice of a department (or body) with no workbook in the rounds ``missing``; where
    its workbook of each was another year's (``stale``, each round's such file), that said."""
    rounds = "・".join(missing)
    if stale and all(stale):
        return Problem(
            Location(file),
            Severity.NOTICE,
            f"{named(who)}の{rounds}のブックは別の年度の調査票でした（{'、'.join(map(str, stale))}: "
            f"数えていません）。その回のその{wording.item}は、削除ではなく「未集計」としました"
            f"（同じ{wording.item}どうしを比べるため、どの回の件数にも含めていません）",
            f"その回（{rounds}）の調査票で回答し直してもらい、そのブックを指定してください",
        )
    return Problem(
        Location(file),
        Severity.NOTICE,
        f"{named(who)}は{rounds}のブックがありません（ほかの回は回答しています）。"
        f"その回のその{wording.item}は、削除ではなく「未集計」としました（同じ{wording.item}"
        "どうしを比べるため、どの回の件数にも含めていません）",
        f"{rounds}の回答があれば、そのブックも指定してください",
    )
