"""What is said of the sub-folders of a given folder, which are not read (inputs.py lists
them): one holding workbooks a warning, its replies not counted; an empty one a notice;
several of a kind one line at the folder."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.cells import places
from planeval.io.body_name import body_standing
from planeval.lazy_pattern import LazyPattern
from planeval.model import Location, Problem, Severity
from planeval.past_errors import HELD_REPLIES

if TYPE_CHECKING:
    from planeval.io.roster_file import Listed

NOT_READ = "指定したフォルダの中のフォルダは読みません"
SUB_FOLDER = (
    Severity.NOTICE,
    f"フォルダのため読み飛ばしました（{NOT_READ}）",
    "中のブックも数えるには、そのフォルダも指定してください。"
    "団体ごとのフォルダなら --bodies folder を使ってください",
)
_HELD = "中に Excel ブックがあるフォルダです"
_HELD_SEVERAL = "中に Excel ブックがあるフォルダが"
HOLDING = (_HELD, _HELD_SEVERAL)  # how the warnings of sub-folders holding workbooks begin
# a folder whose name says its workbooks were put aside: a replaced reply filed in 旧/ (compiled
# when a folder holding workbooks is met: ~1 M instructions a start otherwise)
_KEPT_APART = LazyPattern(
    r"^(?:旧|過去|以前|古い|差し?替え?前|修正前|old|archive|backup)|バックアップ|不要", re.I
)
_KEPT = "別に置いたブックのフォルダのため、中のブックは数えていません"


def put_aside(folder: Path) -> Problem | None:
    """Under ``--bodies folder``, the notice of a folder among the bodies' whose name says its
    workbooks were put aside and names no body (旧/, 修正前/, バックアップ/: a replaced reply
    filed apart, not a body 「旧」 — review 88's left-over); None for a body's folder (旧緑町/
    names a body: a merged town's folder stays one)."""
    if not _KEPT_APART.search(folder.name) or body_standing(folder.name) is not None:
        return None
    return path_problem(folder, Severity.NOTICE, f"{_KEPT}（団体のフォルダとしては読みません）")


def sub_folders(
    path: Path, folders: list[tuple[Path, list[str]]], roster: Sequence[Listed] = ()
) -> list[Problem]:
    """What is said of a given folder's sub-folders (each with the workbooks directly in it),
    which are not read: each one holding workbooks a warning (its replies are not counted,
    the bodies their names name said: review 49's 東部地域/222097_島田市.xlsx), each other one
    a notice — several of a kind said once, at the folder, naming a few (a collection of
    1,000 bodies' folders read without --bodies folder is two lines, not 1,000)."""
    kept = [folder for folder, names in folders if names and _KEPT_APART.search(folder.name)]
    held = [(folder, names) for folder, names in folders if names and folder not in kept]
    empty = [folder for folder, names in folders if not names]
    problems = [  # (replies put aside on purpose, 旧/: said, not warned of — review 66)
        path_problem(folder, Severity.NOTICE, f"{_KEPT}（{NOT_READ}）") for folder in kept
    ]
    if len(held) == 1:
        problems.append(_held(*held[0], roster))
    elif held:
        named = [
            f"{folder.name}（{len(names)} 件{_of(folder, names, roster)}）"
            for folder, names in held
        ]
        problems.append(
            path_problem(
                path,
                Severity.WARNING,
                f"{_HELD_SEVERAL} {len(held)} 個あります（{places(named)}）。指定したフォルダの"
                f"中のフォルダは読まないため、これらのブック（計 {sum(len(n) for _f, n in held)}"
                " 件）は数えていません",
                f"数えるなら、それらのフォルダも指定するか（例: … {path} {held[0][0]}）、ブックを"
                "このフォルダに移してください。団体ごとのフォルダなら --bodies folder を使ってください",
                reason=HELD_REPLIES,
            )
        )
    if len(empty) == 1:
        problems.append(path_problem(empty[0], *SUB_FOLDER))
    elif empty:
        names = places([folder.name for folder in empty])
        message = f"フォルダ {len(empty)} 個（{names}）は読み飛ばしました（{NOT_READ}）"
        problems.append(path_problem(path, Severity.NOTICE, message, SUB_FOLDER[2]))
    return problems


def named_bodies(workbooks: list[str]) -> list[str]:
    """The bodies the names of ``workbooks`` name as a word of them (「222097_島田市.xlsx」:
    島田市; not the 都市 of 「都市整備部.xlsx」), each once."""
    named = (body_standing(Path(name).stem) for name in workbooks)
    return list(dict.fromkeys(body for body in named if body))


def _of(folder: Path, workbooks: list[str], roster: Sequence[Listed] = ()) -> str:
    """「、島田市の回答」: the bodies the workbooks' names name, if any, but the folder's own
    (01_青葉市/青葉市_総務課.xlsx: the folder's name says it) — a name that is only a
    団体コード the list's body of that code (082031.xlsx, 林丘市), and the workbooks naming no
    body after them by name (review 137 #8: 082031.xlsx beside 青瀬市_回答.xlsx left out)."""
    own, stems = body_standing(folder.name), [Path(name).stem for name in workbooks]
    if roster:
        from planeval.io.roster_file import by_code

        stems = [by_code(stem, roster) for stem in stems]
    named = {name: body_standing(stem) for name, stem in zip(workbooks, stems, strict=True)}
    bodies = [body for body in dict.fromkeys(named.values()) if body and body != own]
    if not bodies:
        return ""
    more = f" ほか {len(bodies) - _SHOWN} 団体" if len(bodies) > _SHOWN + 1 else ""
    unnamed = [name for name, body in named.items() if body is None]
    besides = (
        f"、ファイル名に団体名のないブック {len(unnamed)} 件（{places(unnamed)}）"
        if unnamed
        else ""
    )
    return f"、{'、'.join(bodies[: _SHOWN if more else None])}{more}の回答{besides}"


_SHOWN = 3  # bodies named of a folder's workbooks before 「ほか N 団体」


def _held(folder: Path, held: list[str], roster: Sequence[Listed]) -> Problem:
    """A folder inside a given folder that holds workbooks: a reply saved one level too deep
    (遅れて届いた分/…) is left out of the count, so it is a warning, not a notice."""
    return Problem(
        Location(str(folder)),
        Severity.WARNING,
        f"{_HELD}（Excel ブック {len(held)} 件{_of(folder, held, roster)}）。指定したフォルダの中のフォルダは"
        "読まないため、これらのブックは数えていません",
        f"数えるなら、このフォルダも指定するか（例: … {folder.parent} {folder}）、"
        "ブックを一つ上のフォルダに移してください。団体ごとのフォルダなら --bodies folder "
        "を使ってください",
        reason=HELD_REPLIES,
    )


def path_problem(
    path: Path, severity: Severity, message: str, hint: str = "", *, reason: str = ""
) -> Problem:
    """A problem of a file or folder as a whole (no sheet, no cell)."""
    return Problem(Location(str(path)), severity, message, hint, reason=reason)
