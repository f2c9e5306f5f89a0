"""Replies of bodies read with ``--bodies file`` that are not read as workbooks, yet answer:
a workbook held in a folder inside the one given (its body answered, a level too deep — never
「未回答」), and a reply in a form planeval cannot read named after a body (09_黒川村.csv, a
PDF): that body's reply, lost, not a stray file."""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Sequence
from pathlib import Path

from planeval.io.body_folders import reply_in_other_form
from planeval.io.body_name import body_named, body_standing
from planeval.io.inputs import REPLY_DOCUMENTS, workbooks_in
from planeval.io.roster_file import Listed, by_code, digits
from planeval.io.sub_folders import HOLDING, named_bodies
from planeval.model import Problem
from planeval.past_errors import HELD_REPLIES
from planeval.text import compact


def held_replies(notices: list[Problem], roster: Sequence[Listed] = ()) -> dict[str, str]:
    """Each workbook in a folder inside a given folder (not read: HELD_REPLIES) whose name
    names a body → that body: it answered, its reply a level too deep, not counted — never
    「未回答」 (review 49: 東部地域/222097_島田市.xlsx, and the roster called 島田市 unanswered);
    one named only by a 団体コード → the list's body of that code (13_東京都/131016.xlsx: 石田崎区
    — not 東京都, the folder's: review 156 #2 said 27 such files stated 東京都 and called their
    bodies 未回答); one naming none in a folder named after a body (緑町/企画課.xlsx) → the
    folder's body, said under the table as left out (review 89)."""
    held: dict[str, str] = {}
    for notice in notices:
        if notice.reason != HELD_REPLIES:
            continue
        folder = Path(notice.location.file)  # (a sub-folder, or the folder of several)
        inside = [folder]
        if not notice.message.startswith(HOLDING[0]):
            with contextlib.suppress(OSError):  # (gone since it was listed: nothing held)
                inside = sorted(folder.iterdir())
        for sub in (sub for sub in inside if sub.is_dir()):
            own = body_standing(sub.name)  # (a body's folder, 緑町/企画課.xlsx: review 89)
            for name in workbooks_in(sub):
                if body := _named(name, roster, own):
                    held[str(sub / name)] = body
    return held


def _named(name: str, roster: Sequence[Listed], own: str | None) -> str | None:
    """The body a held workbook's ``name`` names (222097_島田市.xlsx), else the list's body its
    name's 団体コード is (131016.xlsx), else — its name no code — its folder's body ``own``."""
    if named := named_bodies([name]):
        return named[0]
    stem = Path(name).stem
    if digits(stem) == compact(stem) and len(stem) >= 5:  # (a code: its own body's, or none)
        coded = by_code(stem, roster)
        return coded if coded != stem else None
    return own


def reply_not_read(notice: Problem, answered: Collection[str]) -> Problem:
    """With --bodies file, a .csv named after a body (09_黒川村.csv) is that body's reply in a
    form planeval cannot read: its rows are lost, an error (and the body one not counted), as
    for an .xls; any other .csv (an output written beside the replies) stays a notice. So is a
    PDF, a Word document or a picture named after a body no workbook is of (``answered``: the
    bodies the workbooks' names name) — 192326_杉並原村.pdf, said 未回答 (review 78); beside
    its body's workbook it is a copy or a covering letter, and a guide (記入要領.pdf) names no
    body: notices."""
    path = Path(notice.location.file)
    named = body_named(path.stem)
    if named is None or (path.suffix.lower() in REPLY_DOCUMENTS and named in answered):
        return notice
    return reply_in_other_form(named, notice)
