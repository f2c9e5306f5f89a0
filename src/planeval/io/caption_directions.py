"""愛知県's captions across its 局's workbooks: each 局 sends the tables it rates, under the line
naming their 施策 (「行政手続のオンライン化と利便性の向上」), whose group rows 「(1) 電子申請の推進」
are numbered through the 基本方針 — 総務局's (1) (2) under one caption and (3) under the next,
会計局's (3) alone, 県民文化局's one table a (2). Each file numbered the captions it holds in its
own order (会計局's 「情報セキュリティの確保」 was 3-1, 「業務の効率化」 elsewhere), and a file of one
table per 基本方針 made none a direction (review 112). Read together, one name under one policy
is one direction, numbered by the smallest of its groups (the order the plan lists them in):
where the body's captions name two directions or more, and no group stands under two names
(else they are no level: 「指標一覧」 above each table, or a title of each 局's). A caption
of the name another file numbers under that policy (総務局's 「施策3-2　情報セキュリティの
確保」) is that direction, whatever the body's other captions; and the groups under such a
numbered line are the policy's too (3-(3), not 3-2-(3)), where its file numbers no group under
two of the policy's lines (review 115)."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.id_order import id_order
from planeval.io.unnumbered_projects import move_projects
from planeval.model import Entry, body_key
from planeval.read_records import ReadResult
from planeval.text import comparable_name

# (body, policy, the caption's name as compared)
_Caption = tuple[str, str, str]


def number_captions(parts: Sequence[ReadResult]) -> None:
    """Each file's (``parts``') captions over groups numbered through their policy made the
    directions of their rows, numbered alike across the files, by name — or none."""
    held: dict[_Caption, set[str]] = {}  # → its projects, in every file
    spelled: dict[_Caption, str] = {}  # → its name as first read
    for part in parts:
        for (body, direction, name), projects in part.captioned.items():
            key = (body, direction.rpartition("-")[0], comparable_name(name))
            held.setdefault(key, set()).update(projects)
            spelled.setdefault(key, name)
    if not held:
        return  # (the usual read)
    levels = _levels(held)
    numbered = _typed(parts, spelled)
    taken = {(key[0], identifier) for key, identifier in numbered.items()}
    counters: dict[tuple[str, str], int] = {}
    for key in sorted(held, key=lambda key: (id_order(key[1]), _first(held[key]))):
        body, policy, _name = key
        if body in levels and key not in numbered:
            number = counters.get((body, policy), 0) + 1
            while (body, f"{policy}-{number}") in taken:
                number += 1
            counters[body, policy] = number
            numbered[key] = f"{policy}-{number}"
    bodies = {body for body, _policy, _name in held}
    for part in parts:
        if part.captioned:
            _renumber(part, numbered, spelled)
        _through(part, bodies)


def _typed(parts: Sequence[ReadResult], spelled: dict[_Caption, str]) -> dict[_Caption, str]:
    """The captions' names a file numbers under their policy (施策3-2 …) → that ID, its name
    as that file typed it."""
    typed: dict[_Caption, str] = {}
    for part in parts:
        for entry in part.entries:
            identifier = entry.direction_id
            if identifier and (entry.body, identifier, entry.direction_name) not in part.captioned:
                key = (
                    entry.body,
                    identifier.rpartition("-")[0],
                    comparable_name(entry.direction_name),
                )
                if key in spelled and key not in typed:
                    typed[key] = identifier
                    spelled[key] = entry.direction_name
    return typed


def _through(part: ReadResult, bodies: set[str]) -> None:
    """``part``'s groups under a numbered line (施策3-2 …) of the ``bodies`` (whose captions
    stand over groups numbered through their policy) the policy's projects: 3-2-3 read, 3-3 —
    unless a group number stands under two of the policy's lines (each line numbers its own)."""
    under: dict[tuple[str, str, str], str] = {}  # (body, policy, group) → its line
    apart: set[tuple[str, str]] = set()  # (body, policy) whose lines each number their own
    for entry in (*part.entries, *part.error_rows):
        line = entry.direction_id
        upper, _, group = entry.project_id.rpartition("-")
        if entry.body in bodies and line and upper == line and group.isdigit():
            policy = line.rpartition("-")[0]
            if under.setdefault((entry.body, policy, group), line) != line:
                apart.add((entry.body, policy))
    by_id = {
        (body, f"{line}-{group}"): f"{policy}-{group}"
        for (body, policy, group), line in under.items()
        if (body, policy) not in apart
    }
    if not by_id:
        return

    def moved(entry: Entry) -> Entry:
        identifier = by_id.get((entry.body, entry.project_id))
        return entry if identifier is None else entry._replace(project_id=identifier)

    move_projects(part, moved, by_id)


def _first(projects: set[str]) -> tuple[int, ...]:
    return min(map(id_order, projects))


def _levels(held: dict[_Caption, set[str]]) -> set[str]:
    """The bodies whose captions are directions: two names or more, no project under two."""
    names: dict[str, int] = {}
    under: dict[tuple[str, str], int] = {}  # (body, project) → the captions holding it
    for (body, _policy, _name), projects in held.items():
        names[body] = names.get(body, 0) + 1
        for project in projects:
            under[body, project] = under.get((body, project), 0) + 1
    apart = {body for (body, _project), count in under.items() if count > 1}
    return {body for body, count in names.items() if count > 1 and body not in apart}


def _renumber(
    part: ReadResult, numbered: dict[_Caption, str], spelled: dict[_Caption, str]
) -> None:
    """``part``'s rows under its captions with their directions across the files ("" none)."""
    moved: dict[tuple[str, str, str], tuple[str, str]] = {}  # as read → (ID, name)
    for read in part.captioned:
        body, direction, name = read
        key = (body, direction.rpartition("-")[0], comparable_name(name))
        identifier = numbered.get(key, "")
        moved[read] = (identifier, spelled[key] if identifier else "")

    def move(entry: Entry) -> Entry:
        new = moved.get((entry.body, entry.direction_id, entry.direction_name))
        if new is None:
            return entry
        return entry._replace(direction_id=new[0], direction_name=new[1])

    part.entries = [move(entry) for entry in part.entries]
    part.error_rows = [move(entry) for entry in part.error_rows]
    names = part.direction_names
    for body, direction, _name in moved:
        names.pop(body_key(body, direction), None)
    for (body, _direction, _name), (identifier, name) in moved.items():
        if identifier:
            names.setdefault(body_key(body, identifier), name)


def unnamed_captions(part: ReadResult) -> None:
    """One file's directions as its captions made them, numbered in its own order, taken out of
    its names (counted without keeping the rows, its body's files are read again jointly)."""
    for body, direction, _name in part.captioned:
        part.direction_names.pop(body_key(body, direction), None)
