"""Counting the rated rows a run at a time (tally.Tally): the rows of one group (a policy's,
a body's) stand together as they were read, so each run's statuses are counted and its projects
gathered in C, a Python step per run and per status in it, not per row (a 100,000-row file is
a handful of runs by policy; keyed row by row, its counts cost more than reading its rows).

Rows of a group split into several runs (read apart, or merged from another file) add up to
the same counts as one run would."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import compress, repeat
from operator import eq, ne, or_

from planeval.model import Entry

# (body, group id, status) → the entries' count, and the projects they are of
StatusCounts = Counter[tuple[str, str, str]]
StatusProjects = dict[tuple[str, str, str], set[str]]


def runs(bodies: Sequence[str], groups: Sequence[str]) -> list[tuple[int, int]]:
    """Where each run of rows of one (body, group) starts and ends, found in C."""
    size = len(groups)
    if not size:
        return []
    one_body = bodies.count(bodies[0]) == size
    if one_body and groups[-1] == groups[0] and groups.count(groups[0]) == size:
        return [(0, size)]  # (one group's rows: a small file's, most often)
    changes = map(ne, groups[1:], groups)  # (where the next row is another group's)
    if not one_body:
        changes = map(or_, changes, map(ne, bodies[1:], bodies))
    starts = [0, *compress(range(1, size), changes)]
    return list(zip(starts, [*starts[1:], size], strict=True))


def count_run(
    counts: StatusCounts,
    projects: StatusProjects,
    group: tuple[str, str],
    statuses: Sequence[str],
    held: Sequence[str],
) -> None:
    """Add one run's rows of ``group`` (body, group ID): their statuses, and the projects
    they are of, to ``counts`` and ``projects``."""
    # (counts.get, not Counter's own +=: a missing key would call its __missing__ in Python)
    present = dict.fromkeys(statuses)  # (each status once)
    if len(present) == 1:
        key = (*group, statuses[0])
        counts[key] = counts.get(key, 0) + len(statuses)
        projects.setdefault(key, set()).update(held)
        return
    if len(present) <= _CODES:  # (each status a byte: counted and picked out at C speed)
        coded = dict(zip(present, range(_CODES), strict=False))
        codes = bytes(map(coded.__getitem__, statuses))
        for status, code in coded.items():
            key = (*group, status)
            counts[key] = counts.get(key, 0) + codes.count(code)
            # (the code's rows as 1, every other as 0: a translation table made in C)
            picked = codes.translate(bytes(code) + b"\x01" + bytes(_CODES - 1 - code))
            projects.setdefault(key, set()).update(compress(held, picked))
        return
    for status in present:
        key = (*group, status)
        counts[key] = counts.get(key, 0) + statuses.count(status)
        projects.setdefault(key, set()).update(compress(held, map(eq, statuses, repeat(status))))


_CODES = 256  # (statuses a run's codes can tell apart, a byte each)


def rated_as_project(entry: Entry) -> bool:
    """Whether the entry is a project rated as a whole: the policy's rows are its projects."""
    return entry.project_id == entry.policy_id


def project_of(entry: Entry) -> str:
    """The project an entry counts in: its project, or the rated row itself where the project
    is the policy (a table rated per 事業 under 施策 headings)."""
    if not rated_as_project(entry):
        return entry.project_id
    return f"{entry.project_id}{ROW}{entry.item_label}{ROW}{entry.item_name}"


ROW = "\x1f"  # (between the parts of a rated row's key: in no project ID)
