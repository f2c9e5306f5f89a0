"""A run's inputs expanded (expand_inputs): the files as given, each read once, and the workbooks
in each folder given; every other entry of a folder named in a notice with why it is not read
(io/inputs.py's skip_reason), a text table named or titled as the replies beside it an error:
its rows would be lost."""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.io.inputs import (
    NO_WORKBOOK,
    RESAVE,
    TEXT_REPLY,
    TEXT_TABLES,
    FoundInFolder,
    folder_entries,
    keep_going_advice,
    skip_reason,
    workbooks_in,
)
from planeval.model import Location, Problem, Severity

if TYPE_CHECKING:
    from planeval.io.roster_file import Listed


def expand_inputs(
    paths: Iterable[Path], roster: Sequence[Listed] = ()
) -> tuple[list[Path], list[Problem]]:
    """Files as given, and every workbook in a given folder (sorted). Every other entry of a
    folder is named in a notice with its reason: Excel's lock files (``~$…``), hidden and
    temporary files, spreadsheets of another type, folders, links to nothing, pipes and
    devices. A workbook found in a folder is a FoundInFolder: if it turns out to be
    planeval's own export, it is skipped (said as a notice) when it is read. (``roster``
    names a workbook held in a sub-folder by its 団体コード: sub_folders._of.)"""
    paths = list(paths)
    every = {os.path.normcase(os.path.abspath(path)) for path in paths}
    files: list[Path] = []
    problems: list[Problem] = []
    folders_given: set[str] = set()
    given = 0
    for path in paths:
        given += 1
        if _is_folder(path) and (key := os.path.normcase(os.path.abspath(path))) in folders_given:
            problems.append(_twice(path, "フォルダ"))  # (once, not once a file in it: review 37)
            continue
        if _is_folder(path):
            folders_given.add(key)
        if not _is_folder(path) and path.name.startswith("~$"):  # (given by its name: review 37)
            problems.append(_lock_file(path))
            continue
        if not _is_folder(path):
            files.append(path)
            continue
        children = folder_entries(path, problems)
        if children is None:
            continue
        from planeval.io.sub_folders import SUB_FOLDER, path_problem, sub_folders  # (a folder's)

        found = len(files)
        tables: list[tuple[Path, tuple[Severity, str, str]]] = []  # (.csv: said once all seen)
        folders: list[tuple[Path, list[str]]] = []  # (sub-folder, the workbooks directly in it)
        in_folder = FoundInFolder(path)  # (its children are FoundInFolder: one path made each)
        for child in children:
            reason = skip_reason(child)
            if reason is None:
                files.append(in_folder / child.name)
                continue
            child_path = path / child.name
            if reason == SUB_FOLDER:  # (one given too, 回答 回答/追加提出, is read: review 55)
                if os.path.normcase(os.path.abspath(child_path)) not in every:
                    folders.append((child_path, workbooks_in(child_path)))
            elif len(reason) == 3 and os.path.splitext(child.name)[1].lower() in TEXT_TABLES:
                tables.append((child_path, reason))
            else:
                problems.append(path_problem(child_path, *reason))
        # (the replies' name shapes, for a .csv beside them: most folders hold none)
        shapes = Counter(name_shape(file.stem) for file in files[found:]) if tables else Counter()
        for child_path, said in tables:  # (a reply named as its neighbours: its rows lost)
            if shapes[name_shape(child_path.stem)] >= 2 or titled_as_reply(child_path):
                fix = RESAVE + keep_going_advice("このファイル")
                said = (Severity.ERROR, _TEXT_REPLY.format(suffix=child_path.suffix), fix)
            problems.append(path_problem(child_path, *said))
        problems += sub_folders(path, folders, roster)
        if len(files) == found:
            problems.append(
                Problem(
                    Location(str(path)),
                    Severity.ERROR,
                    NO_WORKBOOK,
                    "団体ごとのフォルダを集めたフォルダなら --bodies folder を付けてください"
                    if any(held for _folder, held in folders)
                    else "フォルダの指定が正しいか確認してください",
                )
            )
    # (one input, a file or a folder's entries, holds no file twice)
    return (_once(files, problems) if given > 1 else files), problems


def _lock_file(path: Path) -> Problem:
    """A lock file named as an input: Excel's own while a workbook is open, no reply."""
    workbook = path.with_name(path.name[2:])
    return Problem(
        Location(str(path)),
        Severity.ERROR,
        "Excel がブックを開いているあいだに作る一時ファイル（~$ で始まる名前）で、回答ではありません",
        f"{workbook} を指定してください"
        + ("（Excel で開いていれば閉じてから）" if path.exists() else ""),
    )


def _once(files: list[Path], problems: list[Problem]) -> list[Path]:
    """Each file once: one given again (by name, or in a folder given too) is read once and
    said in a notice (every item of it was said twice, as in two places)."""
    first: dict[str, Path] = {}
    kept: list[Path] = []
    for path in files:
        key = os.path.normcase(os.path.abspath(path))
        if key not in first:
            first[key] = path
            kept.append(path)
            continue
        same = "" if str(first[key]) == str(path) else f"（{first[key]} と同じファイル）"
        problems.append(_twice(path, "ファイル", same))
    return kept


def _twice(path: Path, kind: str, same: str = "") -> Problem:
    return Problem(
        Location(str(path)),
        Severity.NOTICE,
        f"この{kind}は二度指定されています{same}。一度だけ読みました",
        f"別の{kind}を指定するつもりだったなら、{kind}名を確かめてください",
    )


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # (a symlink loop on Python < 3.12, a name too long…): read as a file
        return False


_TEXT_REPLY = (
    TEXT_REPLY + "、planeval が読む形式（.xlsx・.xlsm）ではないため読めません（{suffix}）。"
    "このファイルの行は数えていません"
)


def titled_as_reply(path: Path) -> bool:
    """Whether a text table's first lines title a status column (達成度, 評価 …): a form saved
    as CSV, whatever its name (「06_産業振興課_修正.csv」, 「産業振興課回答.csv」: review 77)."""
    from planeval.io.header_titles import HEADER_TITLES
    from planeval.io.headers import title_key

    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except OSError:
        return False
    for encoding in ("utf-8-sig", "cp932"):
        try:
            text = head.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        return False
    cells = (
        cell.strip().strip('"')
        for line in text.splitlines()[:30]
        for cell in re.split(r"[,\t]", line)
    )
    return any(title_key(cell) in HEADER_TITLES["status"] for cell in cells)


def name_shape(stem: str) -> str:
    """A file name's shape: its digits 0, its words W (「06_産業振興課」 and 「01_総務課」 are
    「0_W」), to tell a file named as the replies beside it are."""
    return re.sub(r"[^\W\d_]+", "W", re.sub(r"\d+", "0", stem))
