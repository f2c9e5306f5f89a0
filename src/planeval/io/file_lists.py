"""Naming a few workbooks in a message (io/bodies.py's, of copies, corrected versions and one
body's workbooks): 「a.xlsx」 for one, 「a.xlsx」「b.xlsx」 for a few, else 「2 つのブック
（a.xlsx、b.xlsx ほか N ファイル）」, each with its folder where another named beside it has
that name (R6/再提出/062286_早瀬市.xlsx beside R6/062286_早瀬市.xlsx)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

PLACES_SHOWN = 3  # files named in a message before "ほか N ファイル"


def one_or_files(files: Sequence[str], among: Sequence[str] = ()) -> str:
    """「a.xlsx」 for one file, else files_listed's list."""
    return f"「{file_names(files, among)[0]}」" if len(files) == 1 else files_listed(files)


def quoted_files(files: Sequence[str], among: Sequence[str] = ()) -> str:
    """「a.xlsx」「b.xlsx」 for a few files, else files_listed's list."""
    if len(files) > PLACES_SHOWN:
        return files_listed(files)
    return "".join(f"「{name}」" for name in file_names(files, among))


def file_names(files: Sequence[str], among: Sequence[str] = ()) -> list[str]:
    """Each file's name, with its folder where another of ``files`` or ``among`` has that
    name (R6/062286_早瀬市.xlsx beside R6/再提出/062286_早瀬市.xlsx: review 133)."""
    named = Counter(Path(file).name for file in dict.fromkeys([*files, *among]))
    return [
        path.name if named[path.name] == 1 else str(Path(path.parent.name, path.name))
        for path in map(Path, files)
    ]


def files_listed(files: Sequence[str]) -> str:
    """ "2 つのブック（a.xlsx、b.xlsx）", the list cut after a few."""
    return (
        f"{len(files)} つのブック（"
        + "、".join(file_names(files[:PLACES_SHOWN], files))
        + (f" ほか {len(files) - PLACES_SHOWN} ファイル" if len(files) > PLACES_SHOWN else "")
        + "）"
    )
