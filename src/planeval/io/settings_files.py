"""The planeval.toml files met among a run's inputs, said once: nothing of the one the run's
settings come from; another one in the error of a workbook beside it whose table was not found
(a body's own column titles are what it likely holds), else in its own notice."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.io.inputs import SETTINGS_NOTICE
from planeval.io.no_table import NO_TABLE
from planeval.model import Problem

if TYPE_CHECKING:
    from planeval.io.roster_file import Listed


def settings_said(problems: list[Problem], used: Path | None) -> list[Problem]:
    """``problems`` with each planeval.toml met among the inputs said once: nothing of the one
    the run's settings come from (``used``); another one, not used, in the error of a workbook
    beside it whose table was not found (a body's own column titles are what it likely holds:
    白浜町's 評価ランク), else in its own notice."""
    unused = {
        Path(problem.location.file).parent: problem.location.file
        for problem in problems
        if problem.message == SETTINGS_NOTICE
        and (used is None or Path(problem.location.file).resolve() != used.resolve())
    }
    told: set[str] = set()
    said = []
    for problem in problems:
        if problem.message == SETTINGS_NOTICE:
            if problem.location.file not in unused.values():
                continue  # (the settings this run was read with)
        elif problem.message.startswith(NO_TABLE):
            settings = unused.get(Path(problem.location.file).parent)
            if settings is not None:
                told.add(settings)
                problem = Problem(
                    problem.location,
                    problem.severity,
                    problem.message,
                    f"このフォルダの {settings} は使われていません。その設定で読むには、"
                    f"このフォルダのブックだけを --config {settings} を付けて"
                    "（またはこのフォルダで実行して）集計するか、その設定を全体の planeval.toml "
                    "に加えてください",
                )
        said.append(problem)
    return [
        problem
        for problem in said
        if problem.message != SETTINGS_NOTICE or problem.location.file not in told
    ]


def roster_not_said(notices: list[Problem], roster: Sequence[Listed]) -> list[Problem]:
    """``notices`` of the files met in the inputs but the list of bodies ([bodies] roster) kept
    in the replies' folder: the settings' file, not a reply not read (review 52)."""
    if not roster:
        return notices
    listed = Path(roster[0].location.file).resolve()
    return [notice for notice in notices if Path(notice.location.file).resolve() != listed]


def roster_among(files: list[Path], roster: Sequence[Listed]) -> int | None:
    """Where among ``files`` the list of bodies is, kept beside the bodies' folders (--bodies
    folder reads a workbook there as a body of its own): the settings' file, no reply."""
    listed = Path(roster[0].location.file).resolve()
    return next(
        (
            index
            for index, file in enumerate(files)
            if file.name == listed.name and file.resolve() == listed
        ),
        None,
    )
