"""One problem met alike in several files — the same message and fix at the same sheet and
cell of each, as the forms of one template give it (桜ヶ丘市's four 課, each form's 「評価の列が
2 つあります」 at C4: review 85) — printed once, its place naming the files, not once a file.
The problems stay one a file (their counts, --keep-going's places, JSON); only the lines
people read are fewer. problems.py groups a kind met in many files (its values or messages
differing) by its first few."""

from __future__ import annotations

import ntpath
import posixpath
from collections.abc import Sequence
from dataclasses import replace

from planeval.model import Problem

_FILES_NAMED = 10  # files a line names before 「ほか N ファイル」


def same_in_files(problems: Sequence[Problem]) -> dict[int, list[Problem]]:
    """Of each problem met alike at one cell in several files (all but the file the same),
    the first one met (by ``id``) → the others, in the order met."""
    alike: dict[tuple[object, ...], list[Problem]] = {}
    for problem in problems:
        where = problem.location
        if not where.cell:  # (a file's own problem, 「空のファイルです」: said of each file)
            continue
        key = (problem.severity, problem.message, problem.hint, problem.settings, *where[1:])
        alike.setdefault(key, []).append(problem)
    return {
        id(met[0]): met[1:]
        for met in alike.values()
        if len({problem.location.file for problem in met}) == len(met) > 1
    }


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
    more = len(names) - _FILES_NAMED
    said = "・".join([first.location.file, *names[:_FILES_NAMED]])
    said += f" ほか {more} ファイル" if more > 0 else ""
    return replace(first, location=first.location._replace(file=said))


def _folder(path: str) -> str:
    return ntpath.dirname(path) if "\\" in path else posixpath.dirname(path)


def _name(path: str) -> str:
    return ntpath.basename(path) if "\\" in path else posixpath.basename(path)
