"""The settings' files met among a run's inputs. A planeval.toml is said once: nothing of the one
the run's settings come from; another one in the error of a workbook beside it whose table was not
found (a body's own column titles are what it likely holds), else in its own notice. The list of
bodies and the plan's workbook kept in a folder of replies are not read as replies, and not said."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.io.inputs import SETTINGS_NOTICE, FoundInFolder
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
    if not unused:  # (the usual run: no planeval.toml among the inputs but the one used)
        return [problem for problem in problems if problem.message != SETTINGS_NOTICE]
    from planeval.io.no_table import NO_TABLE

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


def settings_left_out(
    files: list[Path],
    owners: list[str],
    order: list[str],
    *,
    roster: Sequence[Listed],
    plan_file: str | None,
) -> None:
    """Take out of ``files`` (with their ``owners`` and the bodies' ``order``) the settings'
    files a given folder holds — the list of bodies (``roster``), else read as a body of its own
    beside the bodies' folders (a round's own list, R5/団体一覧.xlsx), and the plan's workbook
    (``plan_file``: Plan.file), else read as a reply, 「評価の表が見つかりません」 and nothing
    counted (review 103) —, with no word: the clerk named each as what it is, and README's step 2
    keeps the plan beside the forms (review 162 #2: 「計画のブックです…回答としては数えていませ
    ん」 on every command was a notice on the designed path)."""
    listed = file_among(files, Path(roster[0].location.file)) if roster else None
    if listed is not None:
        _drop(listed, files, owners, order)
    plan = file_among(files, Path(plan_file)) if plan_file else None
    if plan is not None and isinstance(files[plan], FoundInFolder):  # (given by name: no_table)
        _drop(plan, files, owners, order)


def file_among(files: list[Path], named: Path) -> int | None:
    """Where among ``files`` the file ``named`` is (the same file, however either is written)."""
    named = named.resolve()
    return next(
        (
            index
            for index, file in enumerate(files)
            if file.name == named.name and file.resolve() == named
        ),
        None,
    )


def _drop(index: int, files: list[Path], owners: list[str], order: list[str]) -> None:
    if str(files[index]) in order:
        order.remove(str(files[index]))
    del files[index], owners[index]
