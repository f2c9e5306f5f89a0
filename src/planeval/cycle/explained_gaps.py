"""A gap in one round's numbers (「施策 3-(1) の行がどのファイルにもありません」, io/level_names.py)
that compare or rounds explains by a department that sent nothing in that round: said once, by
the notice naming that department (review 163 #5), not again as the gap. Only such a gap: one
the rounds compared show another department's (one that answered the round) is still a gap of
that department's rows, and said, as summarize says it.

Without the plan, what a department leads is known only by its rows of the other rounds: the
gap is explained where every number it misses is held there by a department that sent nothing
in its round, and by no department that answered it (a 施策 two 局 share, one of which answered
without its rows, is still a gap of the one that answered). A number no other round holds
either is no department's the rounds can name: the gap is said. With the plan, a gap is never
warned of (who returned nothing is said by the plan's 未提出: cycle/with_plan.py); the plan's
items of a department that sent nothing (NoWorkbook.items) count as its rows all the same."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from planeval.cycle.answered import NoWorkbook
from planeval.io.level_names import GAP_KIND, NUMBER_GAP
from planeval.model import Entry, Problem
from planeval.read_records import ReadResult


def drop_explained(
    results: Sequence[ReadResult],
    held: Sequence[NoWorkbook],
    renamed: Sequence[Mapping[str, str]],
    mappings: Sequence[Mapping[str, str]],
) -> None:
    """Take from each round's problems the gaps its departments that sent nothing (``held``:
    per round, theirs in the other rounds) explain. ``renamed``, ``mappings``: each round's
    bodies' names and projects' numbers in the last round's."""
    for index, (result, missing) in enumerate(zip(results, held, strict=True)):
        if not (missing.files or missing.items) or not any(map(gap_of, result.problems)):
            continue
        theirs: set[tuple[str, str, str]] = set()  # (level, body, ID) held by who sent nothing
        others: set[tuple[str, str, str]] = set()  # … and by a department that answered
        for other, read in enumerate(results):
            if other == index:
                continue
            names, mapping = renamed[other], mappings[other]
            for entry in read.entries:
                entry = entry._replace(body=names.get(entry.body, entry.body))
                found = theirs if missing.holds(entry, mapping) else others
                found.update(_places(entry, mapping))
        names, mapping = renamed[index], mappings[index]
        result.problems = [
            problem
            for problem in result.problems
            if not _explained(problem, names, mapping, theirs - others)
        ]


def said_once(
    results: Sequence[ReadResult],
    renamed: Sequence[Mapping[str, str]],
    mappings: Sequence[Mapping[str, str]],
) -> None:
    """A gap of the same numbers in several rounds (a department that sent nothing in any of
    them: no round shows whose they are) said once, at the first round's, naming the others:
    not once per round (review 163 #5: compare R6 R7 said 施策 3-(1)'s gap twice)."""
    first: dict[tuple[str, str, tuple[str, ...]], tuple[ReadResult, int, list[str]]] = {}
    for result, names, mapping in zip(results, renamed, mappings, strict=True):
        kept = []
        for problem in result.problems:
            key = _key(problem, names, mapping)
            if key is None:
                kept.append(problem)
            elif key in first:
                first[key][2].append(str(problem.location))
            else:
                first[key] = (result, len(kept), [])
                kept.append(problem)
        result.problems = kept
    for result, place, others in first.values():
        if others:
            said = result.problems[place]
            also = "・".join(dict.fromkeys(others))
            result.problems[place] = replace(said, message=f"{said.message}（{also} でも同じです）")


def _key(
    problem: Problem, names: Mapping[str, str], mapping: Mapping[str, str]
) -> tuple[str, str, tuple[str, ...]] | None:
    """A gap's level, body and numbers missing in the last round's names and numbers."""
    gap = gap_of(problem)
    if gap is None:
        return None
    level, body, missing = gap
    if level == "project":
        missing = [mapping.get(number, number) for number in missing]
    return level, names.get(body, body), tuple(missing)


def _places(entry: Entry, mapping: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """Where ``entry`` stands at each level a gap is said of (its project in the last round's
    numbers, ``mapping``)."""
    project = mapping.get(entry.project_id, entry.project_id)
    places = [("policy", entry.policy_id), ("direction", entry.direction_id)]
    places += [("project", project)]
    if entry.item_no is not None:
        places.append(("item", str(entry.item_no)))
    return [(level, entry.body, place) for level, place in places]


def _explained(
    problem: Problem,
    names: Mapping[str, str],
    mapping: Mapping[str, str],
    alone: set[tuple[str, str, str]],
) -> bool:
    """Whether ``problem`` is a gap every number of which only departments that sent nothing
    hold in the other rounds (``alone``)."""
    key = _key(problem, names, mapping)
    return key is not None and all((key[0], key[1], number) in alone for number in key[2])


def sides(held: Mapping[str, NoWorkbook]) -> list[NoWorkbook]:
    """compare's ``held`` (by "old", "new") as drop_explained takes it, per round."""
    return [held.get("old", NoWorkbook()), held.get("new", NoWorkbook())]


def gap_of(problem: Problem) -> tuple[str, str, list[str]] | None:
    """What gap_facts recorded of ``problem`` (level, body, IDs missing), None if no gap's."""
    if problem.reason != NUMBER_GAP or not problem.kind.startswith(GAP_KIND):
        return None
    body, *missing = problem.value.split("\x1f")
    return problem.kind.removeprefix(GAP_KIND), body, missing
