"""Workbooks alike byte for byte: a copy of one body's answer (回答(1).xlsx, one saved in two
folders) counted once, and one workbook found in several bodies' folders (--bodies folder)
said, each counted as its folder's body's."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path

from planeval.cells import places
from planeval.io.body_name import without_copy_mark
from planeval.model import Location, Problem, Severity

PLACES_SHOWN = 3  # bodies a message names before "ほか N 団体"


def copies_in_other_bodies(files: list[Path], owners: list[str]) -> list[Problem]:
    """``--bodies folder``: a warning for each workbook found byte for byte in several bodies'
    folders — one body's answer saved into another's folder too is counted as both bodies'.
    Both are counted still: two bodies' answers written by one program can be alike to the
    byte. (Copies within one body's folder are one item read twice, said by combine.)"""
    problems = []
    for group in byte_copies(files):
        bodies = list(dict.fromkeys(owners[index] for index in group))
        if len(bodies) < 2:
            continue
        more = len(bodies) - PLACES_SHOWN
        problems.append(
            Problem(
                Location(str(files[group[1]])),
                Severity.WARNING,
                f"{len(bodies)} つの団体のフォルダ（{'、'.join(bodies[:PLACES_SHOWN])}"
                + (f" ほか {more} 団体" if more > 0 else "")
                + f"）に同じ内容のブックがあります（{places([str(files[i]) for i in group])}）。"
                "それぞれの団体の回答として数えました",
                "ほかの団体の回答を誤って置いたものなら除いて、その団体自身の回答を置いてください",
            )
        )
    return problems


def without_copies(files: list[Path]) -> tuple[list[Path], list[Problem]]:
    """The files without byte-for-byte copies of an earlier one of the same name (a second
    copy's mark aside: 回答(1).xlsx), and a warning for each copy left out: one body's 回答.xlsx
    saved in two folders, or received twice, is counted once. (Files of different names are
    never compared: two bodies' workbooks written by one program can be alike to the byte.)
    A file that cannot be read is named when read."""
    same_name: dict[str, list[Path]] = {}
    for path in files:
        same_name.setdefault(without_copy_mark(path.stem) + path.suffix, []).append(path)
    copies: dict[Path, Problem] = {}
    for paths in same_name.values():
        paths.sort(key=lambda path: without_copy_mark(path.stem) != path.stem)  # (the original)
        for first, *others in byte_copies(paths) if len(paths) > 1 else ():
            for other in others:
                copies[paths[other]] = Problem(
                    Location(str(paths[other])),
                    Severity.WARNING,
                    f"{paths[first]} と同じ内容のブック（同じ回答の写し）のため、一度だけ数えました",
                    "同じ団体の回答を二つの場所に置いていないか確認してください",
                )
    if not copies:  # (the usual read: no path hashed again)
        return list(files), []
    return [path for path in files if path not in copies], list(copies.values())


def byte_copies(files: Sequence[Path]) -> list[list[int]]:
    """The indexes of files alike byte for byte, each group of two or more in input order
    (only files of one size are read and compared; one that cannot be read is in none)."""
    by_size: dict[int, list[int]] = {}
    for index, path in enumerate(files):
        with contextlib.suppress(OSError):  # (a file that cannot be read is named when read)
            by_size.setdefault(path.stat().st_size, []).append(index)
    groups = []
    for indexes in by_size.values():
        alike: dict[bytes, list[int]] = {}
        for index in indexes if len(indexes) > 1 else ():
            with contextlib.suppress(OSError):
                alike.setdefault(files[index].read_bytes(), []).append(index)
        groups += [group for group in alike.values() if len(group) > 1]
    return sorted(groups)


def copy_of(file: str, files: Sequence[Path]) -> Path | None:
    """The first of ``files`` (other than ``file``) alike to it byte for byte, or None."""
    others = [path for path in files if str(path) != file]
    group = next((group for group in byte_copies([Path(file), *others]) if group[0] == 0), None)
    return others[group[1] - 1] if group else None
