"""How numbers run other than item by item under each project, which plan_pairing and validate
read a row's number by: a form's No. running 1, 2, 3 … straight down its rows, the 課's own row
numbers and no item's (running_down: said as a notice, pairing_said.renumbered), and a plan
numbering its items through each policy across its projects, a form's No. under the policy's
heading then the plan's number (through_policies); and groups numbered on through each policy
across its directions' headings (through_directions: 上毛県's 施策4 over (4)–(7))."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (a read's gaps ask through_directions: no plan module at its start-up)
    from planeval.model import Entry
    from planeval.plan import Plan


def running_down(entries: Sequence[Entry]) -> frozenset[str]:
    """The files whose rated rows are numbered 1, 2, 3 … straight down (_running): a form's running No.
    of its rows (a town's 課 listing its 事務事業 of several 施策), no item's number — where
    one of them at least runs across projects (a form of one 施策's rows alone, numbered so,
    tells nothing by itself; the round's forms share one design)."""
    numbers: dict[str, list[int | None]] = {}
    projects: dict[str, set[str]] = {}
    for entry in entries:
        numbers.setdefault(entry.location.file, []).append(entry.item_no)
        projects.setdefault(entry.location.file, set()).add(entry.project_id)
    down = {file for file, found in numbers.items() if _running(found)}
    return frozenset(down) if any(len(projects[file]) > 1 for file in down) else frozenset()


def _running(numbers: Sequence[int | None]) -> bool:
    """Whether numbers go up from 1 row by row (a row left blank, not counted, leaves a gap)."""
    given = [number for number in numbers if number is not None]
    if not given or given[0] != 1 or len(given) < len(numbers):
        return False
    return all(b > a for a, b in itertools.pairwise(given))


def through_policies(plan: Plan) -> bool:
    """Whether the plan numbers its items through each policy, across its projects (守山区's
    柱1 No. 1–18 over 取組み項目 1-1 … 1-4), so that a form's No. under the policy's heading is
    the plan's number though the form has no project number: each policy's numbers once."""
    numbers = [(item.policy_id, item.item_no) for item in plan.items if item.sub_item is None]
    projects = {(item.policy_id, item.project_id) for item in plan.items}
    return (
        None not in (number for _policy, number in numbers)
        and len(set(numbers)) == len(numbers)
        and len(projects) > len({policy for policy, _project in projects})
    )


def through_directions(projects: Iterable[str]) -> dict[str, str]:
    """The projects of a body that numbers them on through each policy across the headings of
    its directions, not anew under each (上毛県's groups: 施策3 holds (1)–(3), 施策4 (4)–(7) —
    review 166 #1): each project ID read, P-D-n, → P-n, the project its number names in its
    policy (what a plan of two levels numbers 1-(n), and a gap is said in). Decided from the
    projects read: no number under two directions of a policy (施策1-1's (1) and 施策1-2's (1):
    numbered anew under each), and more directions carrying on above the numbers of the one
    before them than not — a group listed under another 施策 (総務部's (3) under 施策7, its
    施策6 holding (4): review 181 #1) is one out of order, not numbering anew; {} otherwise."""
    runs: dict[str, dict[int, set[int]]] = {}
    found = {}
    under: dict[tuple[str, int], int] = {}  # (policy, number) → its direction
    for project in projects:
        policy, _, rest = project.partition("-")
        direction, _, number = rest.partition("-")
        if not (policy.isdecimal() and direction.isdecimal() and number.isdecimal()):
            continue
        if under.setdefault((policy, int(number)), int(direction)) != int(direction):
            return {}  # (a number under two directions: numbered anew under each — most forms)
        runs.setdefault(policy, {}).setdefault(int(direction), set()).add(int(number))
        found[project] = f"{policy}-{int(number)}"
    carried = broken = 0
    for directions in runs.values():
        ordered = [directions[number] for number in sorted(directions)]
        for before, after in itertools.pairwise(ordered):
            if min(after) > max(before):
                carried += 1
            else:
                broken += 1
    return found if carried > broken else {}


def through_projects(projects: Collection[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Each (body, project) whose body numbers its projects on through the policy across the
    headings of its directions (through_directions: review 166 #1) → its ID
    in the policy, P-n."""
    bodies: dict[str, list[str]] = {}
    for body, project in projects:
        bodies.setdefault(body, []).append(project)
    return {
        (body, project): own
        for body, owned in bodies.items()
        for project, own in through_directions(owned).items()
    }
