"""planeval's own caption of a direction's table read back out of a report (captions.py)
compared with the rows (``check``): each number with the rows of the direction the heading above
it names (direction_headings.py) — a table under no direction's heading with its policy's rows
under none —, and a status the rows hold that it leaves out is a disagreement, as planeval's
breakdown lists every status its table has (and the rated rows, 「達成状況 N」 in the status's
word, where they are not the items)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import attrgetter

from planeval.aggregate import summarize
from planeval.check_result import Disagreement, NotCompared
from planeval.item_groups import items_listed, unrated_counts
from planeval.level_labels import NO_LABELS, LevelLabels
from planeval.model import Entry
from planeval.past_errors import LEFT_OUT_ROWS
from planeval.scale import Scale
from planeval.stated_number import GROUPS, IN_ERROR, NOT_COUNTED, PROJECTS, TOTAL, StatedNumber
from planeval.statements import StatedCounts
from planeval.status_runs import project_of, rated_as_project


def compare_captions(
    captions: Sequence[StatedCounts],
    rows: Sequence[Entry],
    scale: Scale,
    unreturned: Sequence[Entry] = (),
    labels: LevelLabels = NO_LABELS,
    in_error: Sequence[Entry] | None = (),
) -> tuple[list[Disagreement], list[NotCompared], int]:
    """(disagreements, numbers not compared, how many compared) of planeval's ``captions``
    against the ``rows`` of the table each is of: the direction of the heading above it, or
    its policy's rows under no direction; ``unreturned`` (ReadResult.unreturned_rows: a
    department's items that returned nothing, listed 未提出 in its table) among its projects
    and items, and its 「ほかに未提出 N」; ``labels`` (ReadResult.level_labels) tell the bodies
    counted under 区分なし as the report told them (their policies typed as a level or not);
    ``in_error`` (error_rows.rows_in_error) the rows left out for their errors, listed in their
    tables by why (「未評価」, 「未集計（記入誤り）」: review 186 #3) and counted in its 「ほかに未評価 1」,
    each kind apart (earlier reports' 「ほかに未集計（エラー） 1」 all of them: review 149 #2); None
    where they are not known (an export read back: its tables' rows in error are not), that
    number then listed as not compared."""
    wrong: list[Disagreement] = []
    skipped: list[NotCompared] = []
    compared = 0
    tables: dict[tuple[str, str], list[Entry]] = {}  # (policy, direction) → its rows
    # (the bodies printed under 区分なし, with no policy level: none of a policy's table)
    flat = set(summarize(rows, scale=scale, labels=labels).unlevelled) if captions else set()
    every = [*rows, *unreturned, *(in_error or ())] if captions else []
    for entry in every:
        if entry.body not in flat:
            tables.setdefault((entry.policy_id, entry.direction_id), []).append(entry)
    for caption in captions:
        mine, reason = _rows_of(caption, tables, every)
        if reason:  # (said once, as a table's row placed nowhere is: its items' number)
            items = next(n.value for n in caption.numbers if n.what == GROUPS)
            where, scope = caption.location, caption.scope
            skipped.append(
                NotCompared(caption.policy_id, scope, caption.text, items, reason, where)
            )
            continue
        rated = [entry for entry in mine if entry.status]  # (not an item 未提出)
        unrated = unrated_counts(mine)  # (as the caption counts them: items or rows, 184 #6)
        kinds = {row.cell: unrated.get(row.cell, 0) for row in LEFT_OUT_ROWS}
        errors = sum(kinds.values())
        count = summarize(rated, scale=scale).total
        # (区分なし's body table, under no policy: its projects as its caption counts them,
        # each project's rows one — 名古屋市's wards, 取組み項目 over numbered rows: review 50)
        held = (
            project_of
            if caption.policy_id is not None or caption.below
            else attrgetter("project_id")
        )
        # (a project listed here only as a 再掲 is counted where it is worked on, as the
        # sentence counts it; earlier reports' captions counted it here too: review 154 #9)
        listed = len(set(map(held, mine)))
        counted = {
            PROJECTS: len({held(entry) for entry in mine if entry.status != scale.repeat_symbol}),
            GROUPS: items_listed(mine),
            TOTAL: count.total,
            NOT_COUNTED: sum(unrated.values()) - errors,
            IN_ERROR: errors,
            **count.counts,
            **count.uncounted,
        }
        said = {number.what for number in caption.numbers}
        # (each kind of row in error its caption leaves out, unless it says them all as one)
        told = {n.level for n in caption.numbers if n.what == IN_ERROR}
        untold = [cell for cell, n in kinds.items() if n and "" not in told and cell not in told]
        left_out = [
            StatedNumber(what, 0, "")
            for what in (*count.counts, *count.uncounted)
            if counted[what] and what not in said
        ]  # (a breakdown lists every status its rows hold; 評価 N where they are not the items)
        if TOTAL not in said and counted[TOTAL] != counted[GROUPS]:
            left_out.append(StatedNumber(TOTAL, 0, ""))
        if NOT_COUNTED not in said and counted[NOT_COUNTED]:
            left_out.append(StatedNumber(NOT_COUNTED, 0, ""))
        left_out += [StatedNumber(IN_ERROR, 0, "", level=cell) for cell in untold]
        for number in caption.numbers:
            if number.what == IN_ERROR and in_error is None:
                skipped.append(_unknown(caption, number))
                continue
            compared += 1
            if number.what == PROJECTS and number.value == listed:
                continue
            if number.value != _expected(number, counted, kinds):
                wrong.append(
                    _differs(caption, number, number.value, _expected(number, counted, kinds))
                )
        wrong += [
            _differs(caption, number, None, _expected(number, counted, kinds))
            for number in left_out
        ]
    return wrong, skipped, compared


def _expected(number: StatedNumber, counted: Mapping[str, int], kinds: Mapping[str, int]) -> int:
    """The rows counted of what ``number`` counts: of its kind of row in error, where it names
    one (「未評価 1」), else of what it counts (「未集計（エラー） 1」: every row in error)."""
    return kinds[number.level] if number.what == IN_ERROR and number.level else counted[number.what]


def _unknown(caption: StatedCounts, number: StatedNumber) -> NotCompared:
    """A caption's 「ほかに未評価 1」 of an export read back, not compared."""
    reason = (
        "エラーで数えなかった行がどの表の行か、書き出したブックからは分からないため比べていません"
        "（調査票のブックを読めば比べます）"
    )
    where, scope = caption.location, caption.scope
    return NotCompared(caption.policy_id, scope, number.phrase, number.value, reason, where)


def _differs(
    caption: StatedCounts, number: StatedNumber, stated: int | float | None, counted: int
) -> Disagreement:
    return Disagreement(
        caption.policy_id, number.what, stated, counted, caption.location, caption.scope,
        phrase=number.phrase, level=number.level,
    )  # fmt: skip


def _rows_of(
    caption: StatedCounts, tables: Mapping[tuple[str, str], list[Entry]], every: list[Entry]
) -> tuple[list[Entry], str]:
    """(the rows of the table ``caption`` is of, why there are none): a direction's (the
    heading above it), else its policy's that stand under no direction (``tables``: the rows
    by policy and direction), else a body's under no policy (``every``: the part's rows)."""
    if caption.unplaced:
        return [], caption.unplaced
    unknown = "planeval の表の説明ですが、上の見出しからどの表の説明か分からないため比べていません"
    if caption.below:
        mine = [
            e
            for (_policy, direction), found in tables.items()
            for e in found
            if direction == caption.below
        ]
    elif caption.policy_id is not None:
        mine = tables.get((caption.policy_id, ""), [])
        if not mine and any(policy == caption.policy_id for policy, _direction in tables):
            return [], unknown  # (its rows are all under directions: whose table is it?)
    else:  # (a plan of one level, 区分なし's body: its rows are one table, under its heading)
        mine = every
        if not all(rated_as_project(entry) for entry in mine):
            return [], unknown
    if not mine:
        return [], f"planeval の表の説明ですが、{caption.scope} の行がないため比べていません"
    return mine, ""
