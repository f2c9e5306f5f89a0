"""``--bodies folder``: each sub-folder of a given folder is one body, its workbooks that body's
departments' files — a folder with no workbook an unanswered body, a folder holding only a
.csv, a PDF, a Word document or a picture a reply that cannot be read, a workbook beside the
bodies' folders no body's."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
import dataclasses
import os
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from planeval.cells import WORKBOOK_SUFFIXES
from planeval.errors import UsageError
from planeval.io.body_name import body_named, body_standing, file_named, names_without_codes
from planeval.io.given_inputs import expand_inputs
from planeval.io.inputs import (
    DOCUMENTS,
    NO_WORKBOOK,
    OTHER_SPREADSHEETS,
    REPLY_DOCUMENTS,
    SETTINGS_FILE,
    TEXT_REPLY,
    TEXT_TABLES,
    UNREADABLE_FORM,
    UNRELATED,
    FoundInFolder,
    folder_entries,
    is_folder_entry,
    keep_going_advice,
    skip_reason,
)
from planeval.io.roster_file import Listed, by_code
from planeval.io.sub_folders import HOLDING, NOT_READ, path_problem, put_aside
from planeval.lazy_pattern import LazyPattern
from planeval.model import Problem, Severity
from planeval.past_errors import HELD_REPLIES, UNANSWERED


def _coded(folders: list[str], roster: Sequence[Listed]) -> list[str]:
    """Each folder's body's name (names_without_codes), the list's for a folder named by its
    code (roster_file.by_code) or by its code and the body's name in other forms of its kanji
    (２０２０４５_高瀬市/ of the list's 髙瀬市: variant_names.folder_listed) — unless that body has
    a folder of its name too: each then keeps its own name."""
    names = names_without_codes(folders)
    coded = [by_code(name, roster) for name in names] if roster else names
    if roster:  # (variant_names imported only where a list of bodies is given)
        from planeval.io.variant_names import folder_listed, roster_codes

        codes = roster_codes(roster)
        coded = [
            folder_listed(one, codes) or name for one, name in zip(folders, coded, strict=True)
        ]
    once = Counter(coded)
    return [code if once[code] == 1 else name for code, name in zip(coded, names, strict=True)]


class BodyFolders(NamedTuple):
    """What ``--bodies folder`` finds: the files, the body of each ("" for a workbook that is
    a body of its own, named by the caller as --bodies file names it), every body's folder (an
    unanswered one too), problems, the body of each file in a body's folder that cannot be read
    (an .xls: the body answered, in a form planeval does not read), and the bodies in the
    order given (``order``: a body's folder by its name, a workbook of its own by its path)."""

    files: list[Path]
    owners: list[str]
    bodies: list[str]
    problems: list[Problem]
    unread: dict[str, str]
    order: list[str]


def expand_body_folders(paths: Iterable[Path], roster: Sequence[Listed] = ()) -> BodyFolders:
    """``--bodies folder``: each sub-folder of a given folder is one body and its workbooks
    that body's files; a workbook given, or directly in a given folder beside the bodies'
    folders, a body of its own (a round whose replies came half as files, half as folders is
    one folder: review 89) — a body's folder with no workbook (an unanswered body), a folder
    holding no body's folder at all said; every other entry named as in expand_inputs. A
    folder of workbooks and no body's folder, or one body's own (緑町/ holding 課 files and a
    folder), is a UsageError (the wrong mode or folder). A folder named only with a code of
    the ``roster``, 492270/, is that body's (review 109 #1). Everything in the order given, a
    folder's entries as Explorer lists them."""
    listed = BodyFolders([], [], [], [], {}, [])
    files, owners, bodies, problems, unread, order = listed
    for path in paths:
        if path.is_file():  # (a workbook given: a body of its own)
            files.append(path)
            owners.append("")
            order.append(str(path))
            continue
        if not os.path.lexists(path):
            problems.append(path_problem(path, Severity.ERROR, "フォルダが見つかりません"))
            continue
        children = folder_entries(path, problems)
        if children is None:
            continue
        folders = [child for child in children if is_folder_entry(child)]
        reasons = {child.name: skip_reason(child) for child in children if child not in folders}
        aside = {child: put_aside(path / child.name) for child in folders}  # (旧/: no body)
        folders = [child for child in folders if aside[child] is None]
        held = [name for name, reason in reasons.items() if reason is None]
        if held and (not folders or _one_bodys(path, held)):  # (中野町/回答.xlsx), or bodies'
            raise _workbooks_directly_in(path, held)
        problems += [notice for notice in aside.values() if notice is not None]
        in_folder = FoundInFolder(path)  # (planeval's own export beside them: skipped, said)
        named = _coded([folder.name for folder in folders], roster)
        names = dict(zip([folder.name for folder in folders], named, strict=True))
        for name, reason in reasons.items():
            if reason is not None:
                problems.append(path_problem(path / name, *reason))
        if not folders and not held:
            problems.append(
                path_problem(
                    path,
                    Severity.ERROR,
                    "このフォルダには団体ごとのフォルダがありません",
                    "--bodies folder では、団体ごとのフォルダを入れたフォルダを指定してください"
                    "（ブックを直接入れたフォルダなら --bodies file）",
                )
            )
        for child in (child for child in children if child in folders or child.name in held):
            if child.name in held:  # a workbook beside the bodies' folders: a body of its own
                files.append(in_folder / child.name)
                owners.append("")
                order.append(str(path / child.name))
                continue
            folder, body = child, names[child.name]
            found, said = expand_inputs([path / folder.name])
            files += found
            owners += [body] * len(found)
            bodies.append(body)
            order.append(body)
            if not found:  # (a .csv in a body's folder with no workbook is its reply)
                said = [reply_in_other_form(body, problem) for problem in said]
                said = _all_held(body, path / folder.name, said)
            else:  # (a .csv beside its workbooks: a reply of its, not counted; a .pdf: said)
                said = [reply_not_read(body, problem) for problem in said]
                unread |= {p.location.file: body for p in said if p.severity is Severity.WARNING}
            # (a reply in a form planeval cannot read says more than "unanswered")
            replied = any(p.is_error and p.message != NO_WORKBOOK for p in said)
            unread |= {
                p.location.file: body
                for p in said
                if (p.is_error and not p.location.sheet and Path(p.location.file).is_file())
                or p.reason == HELD_REPLIES
            }
            problems += [
                _as_bodys(body, problem)
                for problem in said
                if not (replied and problem.message == NO_WORKBOOK)
            ]
    return listed


def _one_bodys(path: Path, workbooks: list[str]) -> bool:
    """Whether a folder holding workbooks beside folders is one body's own (緑町/ with 企画課.xlsx
    and 旧/): its name names a body and none of its workbooks' names does."""
    return body_standing(path.absolute().name) is not None and not any(
        body_named(file_named(Path(name).stem)) for name in workbooks
    )


def _workbooks_directly_in(path: Path, workbooks: list[str]) -> UsageError:
    """A folder holding workbooks and no body's folder, given with --bodies folder: the wrong
    mode (a flat folder of bodies' workbooks: --bodies file) or the wrong folder (one body's
    own: its parent) — a usage error, not a read that counts nothing and a roster saying every
    body sent nothing (review 78: exit 1, 「全 25 団体が未回答」)."""
    named = {body_named(file_named(Path(name).stem)) for name in workbooks} - {None}
    if len(named) > 1:
        advice = (
            "ブック一つが一つの団体なら --bodies file を使ってください（ファイル名が"
            f" {len(named)} 団体を名指ししています）"
        )
    else:  # (review 89: one body's folder, given as a round of compare)
        own = body_standing(path.absolute().name)
        parent = path.parent if str(path.parent) not in ("", ".") else path.absolute().parent
        advice = (
            f"一つの団体{f'（{own}）' if own else ''}のフォルダなら、その団体だけを数えるには "
            f"--bodies を付けずに指定してください（中のブックをその団体の部・課の回答として"
            "数えます）。ほかの団体と一緒に数えるなら、団体ごとのフォルダを集めたフォルダ"
            f"（{parent}）を --bodies folder で指定してください（そこに直接置いたブックも、"
            "それぞれ一つの団体として数えます。compare・rounds の一回分も、このフォルダ一つで"
            "指定できます）。ブック一つが一つの団体なら --bodies file を使ってください"
        )
    return UsageError(
        f"{path}: Excel ブックを直接入れたフォルダです（{len(workbooks)} 件）。--bodies folder では"
        f"中のフォルダ一つが一つの団体です。{advice}"
    )


def reply_in_other_form(body: str, problem: Problem) -> Problem:
    """A .csv (.tsv) that is all a body's folder holds is that body's reply, in a form planeval
    cannot read: an error, its rows lost (as with --bodies file), not an unanswered body. So is
    a PDF, a Word document or a picture (REPLY_DOCUMENTS) there named as a reply (review 78:
    杉並原村's PDF, and the roster called it unanswered): the body answered, as with an .xls;
    a covering letter alone (送付文.pdf) is no reply."""
    path = Path(problem.location.file)
    suffix = path.suffix.lower()
    if suffix in REPLY_DOCUMENTS:
        return _reply_in_document(body, problem)
    if problem.is_error and problem.message.startswith(UNREADABLE_FORM):
        return _as_bodys(body, problem)  # (an .xls named after it, as a PDF: review 204 #5)
    if (
        problem.is_error and not problem.message.startswith(TEXT_REPLY)
    ) or suffix not in TEXT_TABLES:
        return problem
    return Problem(
        problem.location,
        Severity.ERROR,
        f"{body}の回答のようですが、planeval が読む形式（.xlsx・.xlsm）ではないため読めません"
        f"（{suffix}）。このファイルの行は数えていません",
        "Excel で開き「Excel ブック (*.xlsx)」形式で保存し直してください"
        + keep_going_advice("このファイル"),
    )


def _reply_in_document(body: str, problem: Problem) -> Problem:
    """A body's reply as a PDF, a Word document or a picture (named as a reply: named_as_reply):
    an error naming the file, with the fix (ask the body for the workbook) — a notice of
    another kind (a hidden file, Word's lock file ~$…) as it was."""
    path = Path(problem.location.file)
    if (
        problem.message != UNRELATED
        or problem.location.sheet
        or path.name.startswith(("~$", "."))
        or not named_as_reply(path.stem)
    ):
        return problem
    kind = DOCUMENTS[path.suffix.lower()]
    return Problem(
        problem.location,
        Severity.ERROR,
        f"{body}の回答のようですが、{kind}は planeval が読む形式（.xlsx・.xlsm）ではないため"
        f"読めません（{path.suffix}）。{body}の行は数えていません（未回答ではありません）",
        f"{body}に調査票を Excel ブック（.xlsx）で送ってもらい、このファイルと差し替えてください"
        + keep_going_advice("このファイル"),
    )


def reply_not_read(body: str, problem: Problem) -> Problem:
    """A file beside a body's workbooks that is no workbook: a table (a .csv) is one of its
    replies, not read — a warning, not a notice (its rows are in no count, and the body's
    total looks whole), which marks the body counted in part (expand_body_folders: the one
    place that decides it, by this severity); any other file (a covering letter, 送付文.pdf)
    holds no rows to count: a notice naming it, the body counted whole. A hidden or temporary
    file, or planeval.toml, stays as expand_inputs said it."""
    path = Path(problem.location.file)
    suffix = path.suffix.lower()
    if (
        (problem.severity is not Severity.NOTICE and not problem.message.startswith(TEXT_REPLY))
        or problem.location.sheet
        or path.name.startswith(("~$", "."))
        or path.name == SETTINGS_FILE
        or suffix in WORKBOOK_SUFFIXES
        or not path.is_file()
    ):
        return problem
    if suffix not in OTHER_SPREADSHEETS:
        kind = DOCUMENTS.get(suffix) or (f"{suffix} ファイル" if suffix else "拡張子のないファイル")
        return Problem(
            problem.location,
            Severity.NOTICE,
            f"読んでいないファイルです（{kind}は読みません）。{body}の件数は、このフォルダの"
            "ブックから数えました",
            "調査票の回答がこのファイルにしかなければ、Excel ブック（.xlsx）にしてこのフォルダに"
            "入れてください",
        )
    return Problem(
        problem.location,
        Severity.WARNING,
        f"{body}の回答のようですが、planeval が読む形式（.xlsx・.xlsm）ではないため読んでいません"
        f"（{suffix or path.name}）。このファイルの行は数えていません",
        "回答なら Excel で開き「Excel ブック (*.xlsx)」形式で保存し直してください。"
        "回答でなければ団体のフォルダの外に移してください",
    )


# words of a document's name that say it is no reply: a covering letter (送付文, 鑑), the guide
# sent out with the form (記入要領, 手引き), a request or a notice
_NO_REPLY = LazyPattern("送付|送り状|鑑|かがみ|要領|記入例|手引|依頼|通知|説明")
_REPLY = LazyPattern("回答|調査票")  # (and words that say it is one)


def named_as_reply(stem: str) -> bool:
    """Whether a document's name says it is a reply: it names a body (192326_杉並原村) or says
    回答 or 調査票, and is not named as a letter or a guide (送付文_杉並原村, 記入要領) — those
    alone from a body are no reply (it is 未回答), beside its workbook a notice either way."""
    stem = unicodedata.normalize("NFKC", stem)
    return not _NO_REPLY.search(stem) and bool(body_named(stem) or _REPLY.search(stem))


def _all_held(body: str, folder: Path, said: list[Problem]) -> list[Problem]:
    """A body's folder holding no workbook but a folder that does (遅れて届いた分/回答.xlsx):
    its reply, none of it counted — one error, at the folder inside, not 「未回答」 and a
    warning."""
    held = [problem for problem in said if problem.reason == HELD_REPLIES]
    if not held or not any(problem.message == NO_WORKBOOK for problem in said):
        return said
    inside = held[0].location
    named = f"「{Path(inside.file).name}」" if Path(inside.file) != folder else ""
    return [
        Problem(
            inside,
            Severity.ERROR,
            f"団体「{body}」のフォルダにブックがなく、中のフォルダ{named}にあります。中のフォルダは"
            f"読まないため、団体「{body}」の行は一つも数えていません（未回答ではありません）",
            f"団体の回答なら、団体のフォルダ（{folder}）に直接入れてください"
            + keep_going_advice("その団体"),
            reason=HELD_REPLIES,
        ),
        *(p for p in said if p.message != NO_WORKBOOK and p not in held),
    ]


# (the start of the hint of an empty body's folder: roster_closed.closing_offered ends it by
# the roster's own way of marking a body, where one is given)
EMPTY_FOLDER_ADVICE = (
    "回答が届いていれば、このフォルダに入れてください。回答しないと分かっている団体は、"
)


def _as_bodys(body: str, problem: Problem) -> Problem:
    """A problem of a body's folder said as the body's: an empty folder is an unanswered body,
    an .xls its reply (named as a .csv's is), and a folder inside it is not read (its
    workbooks belong in the body's folder itself)."""
    if problem.message == NO_WORKBOOK:
        return Problem(
            problem.location,
            Severity.ERROR,
            f"団体「{body}」のフォルダにブックがありません（未回答）",
            f"{EMPTY_FOLDER_ADVICE}planeval.toml の [bodies] roster に団体一覧を指定して"
            "その団体に「未回答」（または「辞退」）と書けば、止めずに未回答として集計します"
            + keep_going_advice("届いていない団体"),
            reason=UNANSWERED,
            value=body,  # (a body the roster marks as not answering: a notice, roster_closed.py)
        )
    if problem.is_error and problem.message.startswith(UNREADABLE_FORM):  # (.xls: review 179 #6)
        return dataclasses.replace(problem, message=f"{body}の回答のようですが、{problem.message}")
    if NOT_READ in problem.message or problem.message.startswith(HOLDING):
        return Problem(
            problem.location,
            problem.severity,
            problem.message,
            f"中のブックも団体「{body}」の回答なら、団体のフォルダに直接入れてください",
            reason=problem.reason,
        )
    return problem
