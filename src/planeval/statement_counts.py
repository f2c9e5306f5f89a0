"""Each statement compared with the count it speaks of (for ``check``): its policy's, a
group's below (施策2-1), several groups' added up (施策27から施策28まで) or the whole plan's,
with the projects that hold them, a sub-count's marked rows and last year's counts where it
states them. agreement.check reads the texts into statements, part by part; ``compare`` here
finds each one's count and hands its numbers to stated_agreement.compare_numbers.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from planeval.aggregate import Group, summarize
from planeval.check_result import Disagreement, NotCompared
from planeval.count import Count
from planeval.last_year import PastCounts
from planeval.level_labels import LevelLabels
from planeval.model import Entry
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.scope_words import level_of
from planeval.stated_agreement import compare_numbers, statuses_left_out, uncounted_names
from planeval.stated_number import ENDED, NOT_COUNTED, SHARE_SUM
from planeval.statements import StatedCounts
from planeval.subsets import no_subset
from planeval.table_counts import summed


def compare(
    statements: Sequence[StatedCounts],
    policies: Mapping[str, Group],
    total: Count | None = None,
    *,
    projects: int = 0,
    scale: Scale = DEFAULT_SCALE,
    level: str = "",
    lower: Mapping[str, Group] | None = None,
    subsets: Callable[[StatedCounts, str], Count | str] | None = None,
    previous: PastCounts | None = None,
    rated: Mapping[str | None, int] | None = None,
) -> tuple[tuple[Disagreement, ...], tuple[NotCompared, ...], int]:
    """(disagreements, numbers not compared, how many compared) of ``statements`` against the
    groups (``policies`` by id) and the whole plan's ``total`` (with its ``projects``); a
    statement naming a group below them (施策2-1) against that one of ``lower`` (directions,
    then projects, by id); a sub-count (うち重点2事業) against the rows ``subsets`` gives of a
    statement's scope, if any; last year's numbers and the changes stated against the counts
    ``previous`` gives of its scope (check --previous). ``rated``: each policy's projects with
    a counted row, and the plan's (None), what 「6取組を評価し」 counts (projects_rated)."""
    wrong: list[Disagreement] = []
    skipped: list[NotCompared] = []
    compared = 0
    group_level = level or level_of(policies)
    results = scale.uncounted_results  # (評価できない, not 再掲)
    names = uncounted_names(scale)
    for statement in (s for s in statements if not s.caption):  # (captions: caption_counts)
        # (planeval's rounding note and a count of rows not counted: compared apart, check's)
        # (… and of the items the plan ends: stated_ended.py)
        kept = tuple(n for n in statement.numbers if n.what not in (SHARE_SUM, NOT_COUNTED, ENDED))
        statement = replace(statement, numbers=kept)
        lower = lower or {}
        if statement.below and statement.below not in lower:
            statement = replace(statement, unplaced=f"{statement.scope} の行がありません")
        if statement.unplaced:
            skipped += [
                NotCompared(
                    statement.policy_id,
                    statement.scope,
                    number.phrase,
                    number.value,
                    number.reason or statement.unplaced,
                    statement.location,
                    number.settled and bool(number.reason),
                    other_scale=number.other_scale if number.reason else "",
                )
                for number in statement.numbers
            ]
            continue
        if statement.below:
            group = lower[statement.below]
            count, held, groups = group.count, group.projects, None
        elif statement.among:  # (施策27から施策28まで: those groups' rows, added up)
            chosen = [(lower if statement.lower else policies)[gid] for gid in statement.among]
            count = summed([group.count for group in chosen], scale)
            held, groups = sum(group.projects for group in chosen), len(chosen)
        elif statement.policy_id is None:
            if total is None:
                total = summed([group.count for group in policies.values()], scale)
            count, held, groups = total, projects, len(policies)
        else:
            group = policies[statement.policy_id]
            count, held, groups = group.count, group.projects, None
        of_rated = (  # (a group below the policies: its rated projects not counted here)
            None
            if rated is None or statement.below or statement.lower
            else sum(rated.get(gid, 0) for gid in statement.among or (statement.policy_id,))
        )
        marked = functools.partial(subsets or no_subset, statement)
        before = previous.of(statement) if previous is not None else None
        alike = previous.alike(statement) if previous is not None else None
        marked_before = functools.partial(previous.marked, statement) if previous else None
        found = compare_numbers(
            statement,
            count,
            held,
            groups,
            group_level,
            marked,
            before,
            of_rated,
            results,
            names=names,
            alike=alike,
            marked_before=marked_before,
        )
        wrong += found[0] + statuses_left_out(statement, count, scale)
        skipped += found[1]
        compared += found[2]
    return tuple(wrong), tuple(skipped), compared


def projects_rated(
    rows: Sequence[Entry], scale: Scale, labels: LevelLabels
) -> dict[str | None, int]:
    """Each policy's projects with a counted row (「6取組を評価し」: its unrated ones, 評価でき
    ない, left out), grouped as summarize groups them, and the plan's under None."""
    counted = set(scale.counted)
    rated = summarize([e for e in rows if e.status in counted], scale=scale, labels=labels)
    held: dict[str | None, int] = {group.id: group.projects for group in rated.groups}
    return {**held, None: sum(held.values())}
