"""Projects named without a number (守山区's 取組み項目, beside the No. of each 取組み内容 under
its 柱), which each table numbers in the order it lists them (levels.Levels.set): one 課's form
lists 防災力の向上 first under 柱1 and another 課's 健康危機管理 first, both 1-1, while a third's
lists 防災力の向上 fourth, 1-4 (review 102: a 取組み項目 split in three groups, two merged into one,
an item two 課 rated counted twice). Read from several files, one name under one level is one
project, numbered after its items' numbers (the smallest first: the order the body's plan lists
them in), where every file is read (io/reader.read_listed)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from planeval.id_order import id_order
from planeval.ids import describe
from planeval.io.near_project_names import Spelling, joined
from planeval.model import Entry, Problem
from planeval.read_records import ReadResult
from planeval.text import comparable_name

# (body, the level above the project, the project's name as compared)
_Project = tuple[str, str, str]


def number_by_name(parts: Sequence[ReadResult]) -> None:
    """Each file's (``parts``') projects without a number of their own numbered alike across
    the files, by name: a body's whose such projects are in two files or more."""
    files: dict[str, int] = {}  # body → the files holding its unnumbered projects
    for part in parts:
        for body in {body for body, _project, _name in part.unnumbered}:
            files[body] = files.get(body, 0) + 1
    several = {body for body, count in files.items() if count > 1}
    if not several:
        return  # (the usual read: every project numbered, or one file's)
    first: dict[_Project, tuple[int, int]] = {}  # → (its smallest item number, first met)
    taken: set[tuple[str, str]] = set()  # (body, ID) of the projects numbered as typed
    spellings: dict[_Project, Spelling] = {}
    for part in parts:
        names = _names(part, several)
        # (its rows in error too: 名東区's 窓口サービスの向上, every row's A an error before its
        # preset is written, numbered after the other 課's project — review 149 #8)
        for entry in [*part.entries, *part.error_rows]:
            name = names.get((entry.body, entry.project_id, entry.project_name))
            if name is None:
                taken.add((entry.body, entry.project_id))
                continue
            _spell(spellings, name, entry)
            number = entry.item_no if entry.item_no is not None else 2**31
            met = first.setdefault(name, (number, len(first)))
            if number < met[0]:
                first[name] = (number, met[1])
        for key in names.values():
            first.setdefault(key, (2**31, len(first)))
    joins, said = joined(spellings)  # (「防災力向上」 beside 「防災力の向上」: one project)
    for key, kept in joins.items():
        first[kept] = min(first[kept], first.pop(key))
    numbered: dict[_Project, str] = {}
    counters: dict[tuple[str, str], int] = {}
    for key in sorted(first, key=lambda key: (id_order(key[1]), first[key])):
        body, upper, _name = key
        while True:
            counters[body, upper] = counters.get((body, upper), 0) + 1
            identifier = f"{upper}-{counters[body, upper]}"
            if (body, identifier) not in taken:
                break
        numbered[key] = identifier
    numbered |= {key: numbered[kept] for key, kept in joins.items()}
    shown = {key: spellings[kept].typed for key, kept in joins.items()}
    for part in parts:
        _renumber(part, _names(part, several), numbered, shown)
        part.problems += [problem for problem in said if problem.location.file in part.files]


def _spell(spellings: dict[_Project, Spelling], key: _Project, entry: Entry) -> None:
    """Note ``entry`` (a row of the project ``key``, rated or in error) in its spelling."""
    spelling = spellings.get(key)
    if spelling is None:
        spelling = spellings[key] = Spelling(entry.project_name, set(), {}, entry.location)
    spelling.numbers.add(entry.item_no)
    spelling.files[entry.location.file] = None


def _names(part: ReadResult, bodies: set[str]) -> dict[tuple[str, str, str], _Project]:
    """Each unnumbered project of ``part`` (body, ID as read, name) of the ``bodies`` → its key
    across the files."""
    return {
        (body, project, name): (body, project.rpartition("-")[0], comparable_name(name))
        for body, project, name in part.unnumbered
        if body in bodies
    }


def _renumber(
    part: ReadResult,
    names: dict[tuple[str, str, str], _Project],
    numbered: dict[_Project, str],
    shown: dict[_Project, str],
) -> None:
    """``part``'s rows, items seen, blanks and rows in error of its unnumbered projects under
    their IDs across the files (an ID one table gave two names keeps the first's for what
    names no project: its items seen, its blanks)."""
    if not names:
        return
    full = {read: numbered[key] for read, key in names.items()}
    by_id: dict[tuple[str, str], str] = {}
    for (body, project, _name), identifier in full.items():
        by_id.setdefault((body, project), identifier)

    named = {read: shown[key] for read, key in names.items() if key in shown}

    def moved(entry: Entry) -> Entry:
        read = (entry.body, entry.project_id, entry.project_name)
        if (identifier := full.get(read)) is None:
            return entry
        return entry._replace(project_id=identifier, project_name=named.get(read, read[2]))

    move_projects(part, moved, by_id)
    part.unnumbered = {
        (body, full[body, project, name], name) for body, project, name in part.unnumbered
    }


def move_projects(
    part: ReadResult, moved: Callable[[Entry], Entry], by_id: dict[tuple[str, str], str]
) -> None:
    """``part``'s rows and rows in error as ``moved`` gives them, its items seen, blanks and
    projects' policies under the IDs ``by_id`` gives ((body, ID as read) → the ID), and its
    problems naming a moved row by its new ID."""
    rows, part.entries = part.entries, [moved(entry) for entry in part.entries]
    in_error, part.error_rows = part.error_rows, [moved(entry) for entry in part.error_rows]
    part.items_seen = [
        (body, by_id.get((body, project), project), number, name)
        for body, project, number, name in part.items_seen
    ]
    part.unrated = {
        problem: (body, by_id.get((body, project), project), item, sub)
        for problem, (body, project, item, sub) in part.unrated.items()
    }
    part.project_policies = {
        (body, by_id.get((body, project), project)): policy
        for (body, project), policy in part.project_policies.items()
    }
    _say_as_moved(part, zip([*rows, *in_error], [*part.entries, *part.error_rows], strict=True))


def _say_as_moved(part: ReadResult, rows: Iterable[tuple[Entry, Entry]]) -> None:
    """``part``'s problems naming a row (as read, as moved) by its ID as its file numbered it
    naming it by the ID across the files: 「1-1-17 熱中症予防の啓発」 of a hidden row, 1-4-17
    wherever else it is named (review 107) — a blank's too, still its item's (unrated)."""
    if not part.problems:
        return
    said = {describe(read): describe(moved) for read, moved in rows if moved is not read}
    reworded: dict[Problem, Problem] = {}
    for problem in part.problems:
        message = problem.message
        for read, moved in said.items():
            if read in message:
                message = message.replace(read, moved)
        if message != problem.message:
            reworded[problem] = replace(problem, message=message)
    if reworded:
        part.problems = [reworded.get(problem, problem) for problem in part.problems]
        part.unrated = {reworded.get(p, p): item for p, item in part.unrated.items()}
