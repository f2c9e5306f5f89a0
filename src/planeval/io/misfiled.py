"""A reply filed as another body's than the one its form states: under ``--bodies file`` a
workbook whose name names another body than its 団体名 (neither counted: which is right cannot
be told), under ``--bodies folder`` a workbook in one body's folder stating another body
(review 49: 島田市's reply in 富士市's folder, read as a second department of 富士市 — five
conflict errors blaming its departments — and 島田市 said unanswered). Such a reply is no
row of the folder's body: one error names it, the body it states, the folder, and the move
that fixes it, and stands for that body's empty folder (its 「未回答」 said no more)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from planeval.io.body_name import body_standing, file_named, filed_code, prefecture_in, same_body
from planeval.io.inputs import keep_going_advice
from planeval.io.stated_heading import Stated
from planeval.model import Location, Problem, Severity
from planeval.past_errors import COPIED, COPY_SAID, MISFILED, UNANSWERED
from planeval.read_records import ReadResult


def misfiled(
    path: Path, owner: str, heading: Stated, known: Sequence[str]
) -> tuple[Problem, str] | None:
    """A workbook in ``owner``'s folder whose form states another body (``heading``): that
    body's reply, where its 団体名 is not ``owner``'s written otherwise and one more thing says
    so — its 団体コード is not the one the folder is filed under, or the body is one of the
    read's (``known``: another folder's, the roster's), or the file's own name names it. None
    otherwise: a 団体名 naming no body known (a form's example left in place) is the folder's,
    said by stated_otherwise; so is one whose code is the folder's, or whose file's name names
    the folder's body, and every workbook of a folder whose name names no one body (06_提出分,
    東部地域) or a prefecture (01_北海道: its municipalities' replies, review 44's 全国)."""
    stated = heading.body
    if not stated or stated in owner or owner in stated or same_body(owner, stated):
        return None
    own = body_standing(path.parent.name)
    if own is None or prefecture_in(own) == own:
        return None  # (a folder naming no one body, 東部地域, or a prefecture's: its bodies')
    folder, code = filed_code(path.parent.name), heading.code or ""
    named = body_standing(path.stem)
    if (len(folder) >= 5 and code[:5] == folder[:5]) or (named and same_body(named, owner)):
        return None
    other = next((body for body in known if body != owner and same_body(body, stated)), None)
    in_name = named is not None and same_body(named, stated)
    if other is None and not in_name and not (len(folder) >= 5 and len(code) >= 5):
        return None
    body = other or stated
    coded = f"（団体コード {code}）" if code else ""
    said = Problem(
        Location(str(path)),
        Severity.ERROR,
        f"団体名「{stated}」{coded}と書かれたブックが、{owner}のフォルダ「{path.parent.name}」"
        f"にあります。{owner}の回答としても{body}の回答としても数えていません",
        f"{_move(body)}{owner}の回答で、団体名のセルが書き間違いや様式の記入例のままなら、"
        "そのセルを直してください" + keep_going_advice("このブック"),
        reason=MISFILED,
    )
    return said, body


def _move(body: str, folder: str = "") -> str:
    """The fix a misfiled reply's error names first: moving it into its body's folder."""
    return (
        f"{body}の回答なら、{body}のフォルダ{f'（{folder}）' if folder else ''}に移してください。"
    )


def stated_not_named(name: str, named: str, stated: str) -> Problem:
    """--bodies file: a workbook named after ``named`` stating 団体名 ``stated``."""
    reason = f"団体名「{stated}」と書かれたブックですが、ファイル名は{named}です"
    return Problem(
        Location(name),
        Severity.ERROR,
        f"{reason}。どちらの団体の回答か分からないため、このブックの行は数えていません",
        f"{named}の回答なら、団体名のセルを{named}に直してください（ほかの団体の調査票や"
        f"記入例を写したままのおそれがあります）。{stated}の回答ならファイル名を直してください",
        reason=reason,
        kind=NOT_NAMED,
        value=named,
    )


NOT_NAMED = "ファイル名と違う団体名"  # (Problem.kind of stated_not_named's error: copy_said)


def copy_said(result: ReadResult, files: Sequence[Path]) -> None:
    """stated_not_named's error of a workbook alike byte for byte to another of ``files`` says
    so, naming that file and its body (review 139 #7: 春宮市 sent 雪里町's file under its own
    name — the body sent the wrong file, and the other is not counted twice)."""
    if not any(problem.kind == NOT_NAMED for problem in result.problems):
        return
    from planeval.io.byte_copies import copy_of

    left = set(result.left_out)
    for index, problem in enumerate(result.problems):
        if problem.kind != NOT_NAMED or not (other := copy_of(problem.location.file, files)):
            continue
        owner = result.file_bodies.get(str(other), "")
        of = f"（{owner}の回答）" if owner else ""
        counted = (
            f"{other} は{owner}の回答として数えています。"
            if owner and str(other) not in left
            else ""
        )
        why = (
            f"{owner}の回答を二度数えないよう" if counted else "どちらの団体の回答か分からないため"
        )
        result.problems[index] = replace(
            problem,
            kind=COPIED,  # (compare asks the body for its own reply: cycle/bodies_apart.py)
            message=f"{problem.reason}。{other}{of}{COPY_SAID}。"
            f"{why}、このブックの行は数えていません",
            hint=f"{problem.value}がほかの団体のファイルを取り違えて送ったとみられます。{counted}"
            f"{problem.value}自身の回答を受け取り、このファイルと置き換えてください",
        )


def left_out(result: ReadResult, said: Problem, body: str, code: str | None) -> ReadResult:
    """``result`` of a workbook not counted for ``said``: its body (``body``, whose reply it
    is, answered if uncounted) and the code its form states, for the bodies' order."""
    name = said.location.file
    result.problems.append(said)
    result.leave_out([name])
    result.file_bodies[name] = body
    if code:  # (its place among the bodies: roster.usable_codes)
        result.file_codes[name] = code
    return result


def in_empty_folders(result: ReadResult) -> None:
    """A misfiled reply whose body's folder is empty: the folder's 「未回答」 error said in the
    reply's, which names that folder — one error for one misplaced file."""
    replies = {
        result.file_bodies[p.location.file]: p for p in result.problems if p.reason == MISFILED
    }
    empty = {
        problem: body
        for problem in result.problems
        if problem.reason == UNANSWERED
        and (folder := Path(problem.location.file).name)
        and (body := next((b for b in replies if b in (folder, file_named(folder))), ""))
    }
    if not empty:
        return
    said = {
        replies[body]: replace(
            replies[body],
            message=f"{replies[body].message}。{body}のフォルダ「{Path(problem.location.file).name}」"
            "にはブックがありません",
            hint=_move(body, problem.location.file) + replies[body].hint.removeprefix(_move(body)),
        )
        for problem, body in empty.items()
    }
    result.problems = [said.get(p, p) for p in result.problems if p not in empty]


def stated_otherwise(
    file: str, stated: str, body: str, filed: str | None, at: tuple[str, str] = ("", "")
) -> Problem | None:
    """What to say of a workbook whose 団体名 ``stated`` is not its body's name ``body`` as
    written (``filed``: the name its file's name gives it under --bodies file, else None and
    ``body`` is its folder's): nothing where one holds the other (柏木田村役場 for 柏木田村,
    架空県 川辺崎市 for 川辺崎市); a notice where they are one body written otherwise
    (same_body: 白鳥ヶ丘市 for 白鳥ケ丘市, 「白石 野市」), naming the sheet and cell it is read
    at (``at``: Stated.body_at — review 191 #6, 鶴ヶ島町's named none); else, in a body's
    folder, a warning that it is counted as the folder's body (a 団体名 of another body's:
    moved, or copied)."""
    if stated in body or body in stated:
        return None
    where = "ファイル" if filed else "フォルダ"
    if same_body(body, stated):
        return Problem(
            Location(file, at[0] or None, at[1] or None),
            Severity.NOTICE,
            f"団体名のセルは「{stated}」ですが、{where}名の「{body}」と同じ団体の書き方の違いと"
            f"みて、{body}の回答として数えました",
            f"別の団体の回答なら、団体名のセルか{where}名を直してください",
        )
    return Problem(
        Location(file),
        Severity.WARNING,
        f"団体名「{stated}」と書かれたブックですが、フォルダ「{body}」の団体として数えています",
        f"{stated} の回答なら、{stated} のフォルダに移すか、フォルダ名を「{stated}」に直して"
        f"ください。フォルダ「{body}」の回答で、団体名のセルが書き間違いや様式の記入例のままなら、"
        "そのセルを直してください",
    )
