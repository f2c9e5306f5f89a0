"""The inputs of a run: files as given, and the workbooks in given folders."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from planeval.model import Location, Problem, Severity

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm"}


def expand_inputs(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Files as given, and every workbook in a given folder (sorted), skipping Excel's lock
    files (``~$…``), hidden and temporary files, each skip said as a notice. A workbook found
    in a folder is a FoundInFolder: if it turns out to be planeval's own export, it is skipped
    (said as a notice) when it is read."""
    files: list[Path] = []
    notices: list[Problem] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        found = len(files)
        # (scandir knows which entries are files without a stat each, on most file systems)
        with os.scandir(path) as listing:
            children = sorted(listing, key=lambda child: child.name)
        for child in children:
            suffix = os.path.splitext(child.name)[1].lower()
            if suffix not in WORKBOOK_SUFFIXES or not child.is_file():
                continue
            if child.name.startswith(("~$", ".")) or child.name.endswith(".tmp"):
                notices.append(
                    Problem(
                        Location(str(path / child.name)),
                        Severity.NOTICE,
                        "Excel の一時ファイル・隠しファイルのため読み飛ばしました",
                    )
                )
                continue
            files.append(FoundInFolder(path / child.name))
        if len(files) == found:
            notices.append(
                Problem(
                    Location(str(path)),
                    Severity.ERROR,
                    "このフォルダには Excel ブック（.xlsx・.xlsm）がありません",
                    "フォルダの指定が正しいか確認してください",
                )
            )
    return files, notices


class FoundInFolder(type(Path())):  # type: ignore[misc]
    """A path found by listing a folder rather than named by the user."""
