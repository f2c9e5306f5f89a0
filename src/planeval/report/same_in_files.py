"""Files whose problems are all alike — the same messages and fixes at the same cells, as the
forms of one template give them (桜ヶ丘市's four 課, each form's 「評価の列が 2 つあります」 at
C4: review 85) — have each problem printed once, its place naming the files, not once a file.
The problems stay one a file (their counts, --keep-going's places, JSON); only the lines
people read are fewer. problems.py groups a kind met in many files (its values or messages
differing) by its first few."""

from __future__ import annotations

import ntpath
import posixpath
from collections.abc import Callable, Sequence
from dataclasses import replace

from planeval.model import Problem


def same_in_files(
    problems: Sequence[Problem], grouped: Callable[[Problem], bool]
) -> dict[int, list[Problem]]:
    """Of files whose problems are all alike (each at a cell, all but the file the same: one
    template's forms), the first file's problems (by ``id``) → each one's alike in the others,
    in the order met. A file with one problem of its own is said apart, every problem of it:
    its clerk reads its lines together; so is one with a problem of a kind ``grouped`` in
    many files (problems.py: shown by its first few files, the rest in one line)."""
    files: dict[str, list[Problem]] = {}
    for problem in problems:
        files.setdefault(problem.location.file, []).append(problem)
    alike: dict[tuple[object, ...], list[list[Problem]]] = {}
    for met in files.values():
        if all(problem.location.cell and not grouped(problem) for problem in met):
            alike.setdefault(tuple(map(_key, met)), []).append(met)
    return {
        id(problem): [other[at] for other in others]
        for first, *others in alike.values()
        if others
        for at, problem in enumerate(first)
    }


def _key(problem: Problem) -> tuple[object, ...]:
    """A problem as compared with another file's: all of it but its file."""
    where = problem.location
    return (problem.severity, problem.message, problem.hint, problem.settings, *where[1:])


def in_files(first: Problem, others: list[Problem]) -> Problem:
    """``first`` placed in every file it is met in: 「R5/企画課.xlsx・市民課.xlsx・総務課.xlsx ›
    進捗状況 › C4」 (a file in the first's folder by its name alone)."""
    folder = _folder(first.location.file)
    names = [
        _name(other.location.file)
        if _folder(other.location.file) == folder
        else other.location.file
        for other in others
    ]
    said = "・".join([first.location.file, *names])
    return replace(first, location=first.location._replace(file=said))


def _folder(path: str) -> str:
    return ntpath.dirname(path) if "\\" in path else posixpath.dirname(path)


def _name(path: str) -> str:
    return ntpath.basename(path) if "\\" in path else posixpath.basename(path)
