"""``--bodies file`` and a body's own folder (緑町/ holding its 課's workbooks): each workbook is a
body there, so the folder given would be several bodies, and left inside a given folder it is
not read. What is said of either, with ``--bodies folder`` as the way to count the folder as
one body (review 89: planeval's own hint, 「このフォルダも指定するか」, split 緑町 in three)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from planeval.io.body_name import body_standing
from planeval.io.inputs import FoundInFolder, workbooks_in
from planeval.io.sub_folders import HOLDING, named_bodies, path_problem
from planeval.lazy_pattern import LazyPattern
from planeval.model import Problem, Severity
from planeval.past_errors import HELD_REPLIES
from planeval.read_records import ReadResult


def held_advice(problem: Problem) -> Problem:
    """A warning of folders inside a given one holding workbooks (HELD_REPLIES), read with
    --bodies file: where no workbook's name there names a body but its folder's
    (緑町/企画課.xlsx), each folder is likely one body's, and the fix is --bodies folder of the
    given folder — not giving the folder too, which counts each workbook as a body."""
    if problem.reason != HELD_REPLIES:
        return problem
    said = Path(problem.location.file)
    one = problem.message.startswith(HOLDING[0])
    folders = [said] if one else [sub for sub in _sub_folders(said) if workbooks_in(sub)]
    if not folders or any(_others_named(sub) for sub in folders):
        return problem  # (bodies' own replies, 東部地域/222097_島田市.xlsx: give the folder too)
    given = said.parent if one else said
    own = body_standing(said.name) if one else None
    counted = f"「{own}」を一つの団体" if own else "中のフォルダ一つを一つの団体"
    return dataclasses.replace(
        problem,
        hint=f"団体のフォルダ（中のブックがその団体の部・課の回答）なら、--bodies folder で読んで"
        f"ください（例: … --bodies folder {given}。{counted}として、{given} に直接置いたブックは"
        "それぞれ一つの団体として数えます）。--bodies file でこのフォルダを指定すると、中のブック"
        "一つずつが別々の団体になります",
    )


def split_bodies(paths: Sequence[Path], files: Sequence[Path]) -> list[Problem]:
    """A warning for each folder given to --bodies file that is named after a body and holds
    several workbooks whose names name no other body (緑町/企画課.xlsx, 情報政策課.xlsx): each is
    counted as a body of its own, as --bodies file says, and the body's total is split."""
    problems = []
    for path in (path for path in paths if path.is_dir()):
        if (own := body_standing(path.absolute().name)) is None:
            continue
        inside = [file.name for file in files if file.parent == path]
        if len(inside) < 2 or set(named_bodies(inside)) - {own}:
            continue
        shown = "、".join(inside[:_SHOWN]) + (
            f" ほか {len(inside) - _SHOWN} 件" if len(inside) > _SHOWN else ""
        )
        problems.append(
            path_problem(
                path,
                Severity.WARNING,
                f"団体「{own}」のフォルダのようですが、--bodies file ではブック一つが一つの団体のため、"
                f"中のブック {len(inside)} 件（{shown}）を別々の団体として数えています",
                f"{own}の部・課のブックなら、このフォルダを入れたフォルダを --bodies folder で"
                f"読んでください（例: … --bodies folder {path.parent}。{own}を一つの団体として、"
                "そこに直接置いたブックはそれぞれ一つの団体として数えます）",
            )
        )
    return problems


_SHOWN = 3  # workbooks named before 「ほか N 件」


def _others_named(folder: Path) -> bool:
    """Whether a workbook's name in ``folder`` names a body other than the folder's own."""
    return bool(set(named_bodies(workbooks_in(folder))) - {body_standing(folder.name)})


def _sub_folders(folder: Path) -> list[Path]:
    try:
        return sorted(sub for sub in folder.iterdir() if sub.is_dir())
    except OSError:  # (gone since it was listed: nothing to advise of)
        return []


_BODY_ENDS = ("市", "町", "村", "区", "県", "都", "道", "府")
_UNIT_ENDS = ("課", "部", "室")


def bodies_beside(
    files: Sequence[Path],
    order: Sequence[str],
    folders: Sequence[str],
    result: ReadResult,
    *,
    roster: bool = False,
) -> list[Problem]:
    """--bodies folder: the workbooks beside the bodies' folders read as bodies of their own
    (not one stating a folder's body, 団体名 緑町, counted as that body's), said in one notice,
    and a warning for each that looks like a department's form — its name ending as a 課's
    (課・部・室), or stating its 担当課, and not as a body's (市・町・村 …): a late 課 reply dropped
    at the top, 「企画課」, was counted as a body, silently (review 90: N5). ``files``, ``order``
    and ``folders``: the read's Inputs (a workbook beside the folders found by listing a
    given folder, FoundInFolder, is in ``order`` by its path); with a ``roster``, no notice: it
    names the bodies to expect, and warns of a name not on it."""
    given = set(order)
    beside = [file for file in files if isinstance(file, FoundInFolder) and str(file) in given]
    own = {
        file: body
        for file in beside
        if (body := result.file_bodies.get(str(file))) and body not in folders
    }
    joined = _joined(beside, folders, result)  # (and those counted as a folder's body's)
    if not own:
        return joined
    where = next(iter(own)).parent
    listed = "、".join(f"{file.name}（{body}）" for file, body in own.items())
    problems = joined + (
        []
        if roster
        else [
            path_problem(
                where,
                Severity.NOTICE,
                f"団体のフォルダと並べて置かれたブック {len(own)} 件を、それぞれ一つの団体として"
                f"数えました: {listed}",
                "団体の部・課の回答なら、その団体のフォルダに移してください（表の上に「団体名 …」と"
                "書かれたブックは、その団体の回答として数えます）",
            )
        ]
    )
    for file, body in own.items():
        name = _BRACKETED.sub("", body)
        stated = result.file_departments.get(str(file), "")
        if name.endswith(_BODY_ENDS) or not (name.endswith(_UNIT_ENDS) or stated):
            continue
        why = (
            f"担当課「{stated}」が書かれています" if stated else f"名前が「{name[-1]}」で終わります"
        )
        problems.append(
            path_problem(
                file,
                Severity.WARNING,
                f"団体「{body}」として数えていますが、部・課の調査票のようです（{why}）",
                f"団体の部・課の回答なら、その団体のフォルダ（例: {where / '団体名'}）に移して"
                "ください。団体の回答なら、ファイル名か表の上の「団体名 …」に団体名を書いてください",
            )
        )
    return problems


_BRACKETED = LazyPattern(r"（[^（）]*）$")  # (a body named with its folder: 回答（緑町）)


def _joined(beside: Sequence[Path], folders: Sequence[str], result: ReadResult) -> list[Problem]:
    """One notice of the workbooks beside the bodies' folders counted as a folder's body's (by
    its code or name in the file's name, or its 団体名): 372102_黒井市_情報政策課.xlsx beside
    372102_黒井市/ was added to 黒井市's count, and nothing said so (review 179 #6)."""
    joined = {
        file: body for file in beside if (body := result.file_bodies.get(str(file))) in folders
    }
    if not joined:
        return []
    listed = "、".join(f"{file.name}（{body}）" for file, body in joined.items())
    return [
        path_problem(
            next(iter(joined)).parent,
            Severity.NOTICE,
            f"団体のフォルダと並べて置かれたブック {len(joined)} 件を、その団体のフォルダの回答と"
            f"合わせて数えました: {listed}",
            "その団体の部・課の回答なら、その団体のフォルダに移してください。ほかの団体の回答なら、"
            "ファイル名か表の上の「団体名 …」を直してください",
        )
    ]
