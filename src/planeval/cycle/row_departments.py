"""The departments of a round whose files state none — an export read back, a body's single
workbook — told by its rows' department column (所管局 on every row), for compare and rounds to
say who answered one round only as they do between two folders of forms.

Last year's export against this year's folder of 局's forms (review 96): the 局 that sent
nothing this year was not said, and its 21 事務事業 were 削除, the counts falling 139 → 118.
Between the two folders the forms' 「所管局：…」 tell it. The export's rows name their 局 as
this year's rows do, so a round's rows witness, and are judged against, the other rounds' rows
— never against the forms' stated departments, which may name another unit (a form's 企画部,
its rows' 企画課) —, and only where the two rounds' rows mostly name the same departments
(last year's 所管課 beside this year's 所管局 tell nothing). A department so missing from a
round holds, in the other rounds, the items their rows of it name (NoWorkbook.items): the
export is one file of every department's rows, so its items are held by name, not by file.

Where no round's forms say whose they are, every round is judged so: a 部's shared workbook of
two 課' rows, titled without its 部 (review 106), did not come back, and its 12 事業 were 削除,
the total falling 57 → 46. A department with a row in a round has answered it (an item it
dropped is 削除). Two rounds each one workbook (a town's 施策評価シート, its 担当課 column naming
the 課 on each row) tell nothing of whose workbook came back: an item in one only is 削除 or 追加
(review 176 #2)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planeval.cycle.renamed_departments import items_seen
from planeval.cycle.uncounted import Item, item_of
from planeval.read_records import ReadResult

Who = tuple[str, str]  # (body, department), as cycle/answered.py's


def absent_by_rows(
    whose: Sequence[Mapping[str, Who]],
    rows: Sequence[set[Who]],
    results: Sequence[ReadResult],
    renamed: Sequence[Mapping[str, str]],
    mappings: Sequence[Mapping[str, str]],
    planned: Sequence[frozenset[Item]],
    *,
    stated: bool = True,
) -> list[tuple[dict[Who, str], frozenset[Item]]]:
    """Per round, each department a round whose files state none (``whose``: each round's
    files' departments, empty there) or the round itself tells by rows (``rows``: each
    round's rows' departments) has and this round has neither a file nor a row of, with a
    file holding one of its rows, and those departments' items in the other rounds
    (``renamed``, ``mappings``: each round's bodies' names and projects' numbers in the last
    round). Not one whose every item the plan already says unreturned in the round
    (``planned``: answered.unreturned_by_round's items; its 総務部 is the rows' 総務課), nor
    one whose every item the round read (its rows in error: an export's error rows name no
    department). Where no round's forms state their departments (not ``stated``: ``whose``
    then by the rows' column, of the files of one department's rows only), every round is
    judged by its rows: a 部's shared workbook of two 課 that did not come back (review 106).
    Empty where every round states its departments (answered.absent_by_round's)."""
    found: list[tuple[dict[Who, str], frozenset[Item]]] = [({}, frozenset()) for _ in whose]
    named = [{who for who in found_rows if who[1]} for found_rows in rows]
    untold = [index for index, files in enumerate(whose) if not (files and stated) and named[index]]
    if not untold:
        return found
    for index in range(len(whose)):
        present = {*whose[index].values(), *rows[index]}
        missing: dict[Who, str] = {}
        for other in range(len(whose)):
            if other == index or (index not in untold and other not in untold):
                continue  # (two rounds of stated forms: absent_by_round's)
            if not _alike(named[index], named[other]) or _one_workbook(results, index, other):
                continue
            whole = _read_whole(results, renamed, rows, index, other)
            for who in sorted(who for who in named[other] - present if who[0] not in whole):
                missing.setdefault(who, _first_file(results[other], who, renamed[other]))
        if not missing:
            continue
        theirs = _items(missing, index, results, renamed, mappings)
        # (not one the plan says unreturned, nor one whose every item the round read — in
        # error, or answered in another department's rows: answered_elsewhere's rule)
        known = planned[index] | items_seen(results[index], renamed[index], mappings[index])
        kept = {who: items for who, items in theirs.items() if not items <= known}
        if kept:
            held = frozenset().union(*kept.values())
            found[index] = ({who: missing[who] for who in kept}, held)
    return found


def _one_workbook(results: Sequence[ReadResult], *rounds: int) -> bool:
    """Whether each of ``rounds`` is one workbook (a town's 施策評価シート, a sheet per 基本目標,
    its 担当課 column naming every 課): no 課 of it sent a workbook of its own, so one with rows
    in the other round and none in this one dropped or renamed its items — 削除 and 追加,
    never 未集計 for a workbook that never existed (review 176 #2)."""
    return all(len(results[index].files) == 1 for index in rounds)


def _read_whole(
    results: Sequence[ReadResult],
    renamed: Sequence[Mapping[str, str]],
    rows: Sequence[set[Who]],
    index: int,
    other: int,
) -> set[str]:
    """The bodies (--bodies) read as one workbook in round ``index`` and in ``other``, rows of
    it counted in ``index``: that workbook is the body's whole reply, a 担当課 its rows name in
    ``other`` only no 課 whose form is missing — its row 追加 or 削除 (review 191 #1: 松原町's
    new row 3-9 of 防災課, a 課 of no row last year, was 前回未集計, 「前回は回答あり・数えた行なし」)."""
    counted = {body for body, _ in rows[index]}
    for each in (index, other):
        names, files = renamed[each], results[each].file_bodies.values()
        bodies = [names.get(body, body) for body in files if body]
        counted &= {body for body in bodies if bodies.count(body) == 1}
    return counted


def _alike(one: set[Who], other: set[Who]) -> bool:
    """Whether two rounds' rows name mostly the same departments (most of the fewer's)."""
    return 2 * len(one & other) > min(len(one), len(other))


def _first_file(result: ReadResult, who: Who, renamed: Mapping[str, str]) -> str:
    return next(
        entry.location.file
        for entry in result.entries
        if (renamed.get(entry.body, entry.body), entry.department) == who
    )


def _items(
    missing: Mapping[Who, str],
    index: int,
    results: Sequence[ReadResult],
    renamed: Sequence[Mapping[str, str]],
    mappings: Sequence[Mapping[str, str]],
) -> dict[Who, frozenset[Item]]:
    """The items the other rounds' rows of each of ``missing`` name, in the last round's
    numbers."""
    items: dict[Who, set[Item]] = {who: set() for who in missing}
    for other, result in enumerate(results):
        names = renamed[other]
        for entry in result.entries if other != index else ():
            body = names.get(entry.body, entry.body)
            if (who := (body, entry.department)) in items:
                items[who].add(item_of(entry._replace(body=body), mappings[other]))
    return {who: frozenset(found) for who, found in items.items()}


def with_rows(
    absent: list[dict[Who, str]], by_rows: Sequence[tuple[dict[Who, str], frozenset[Item]]]
) -> list[dict[Who, str]]:
    """``absent`` (answered.absent_by_round's) with the departments absent_by_rows found."""
    return [{**rows, **found} for found, (rows, _items) in zip(absent, by_rows, strict=True)]
