"""The bodies a list of bodies ([bodies] roster) marks as not answering this round (回答状況
「辞退」「未回答」…: roster_file.CLOSED_MARKS): a survey closed with known non-responders
(review 97). Such a body that sent nothing is said in a notice, not an error — still 未回答 in
every table of bodies and in 「300団体のうち298団体」 — so a clean run counts and exits 0,
while a body the list does not mark and that sent nothing (a reply mislaid) is still the
roster's error. A marked body that did answer is counted as any other (a list kept for
several rounds marks this round's: an earlier round's reply of it is no mistake)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from planeval.io.roster_file import Listed
from planeval.model import Problem, Severity
from planeval.past_errors import DECLINED, UNANSWERED
from planeval.text import compact

# a mark with its remark in brackets after it: 「辞退（10/3 電話）」
_REMARKED = re.compile(r"\s*(\S+?)\s*[（(]\s*(.*?)\s*[）)]\s*")


def closed_unanswered(missing: Sequence[Listed], shown: int) -> Problem:
    """The notice of the list's marked bodies that sent nothing, each with its mark, a few
    named (``shown``) and the rest counted."""
    names = "、".join(
        f"{named(listed)}（{mark_said(listed.closed)}）" for listed in missing[:shown]
    )
    more = f" ほか {len(missing) - shown} 団体" if len(missing) > shown else ""
    said = "・".join(dict.fromkeys(map(said_as, missing)))  # (辞退・未回答)
    return Problem(
        missing[0].location,
        Severity.NOTICE,
        f"団体一覧で回答しないとしている {len(missing)} 団体は、{said}として集計しました: "
        f"{names}{more}",
        reason=UNANSWERED,
    )


def named(listed: Listed, *, twin: bool = False) -> str:
    """A body of the list as a message names it: after its prefecture where the list's column
    都道府県 gives one its name does not start with (「宮城県秋崎町」, as every table of bodies
    names it — review 204 #5: 1,700 bodies hold two 伊達市), else a name two bodies share
    (``twin``: roster.twins_of) after its code's, 福島県伊達市; its name alone otherwise."""
    from planeval.io.body_name import prefecture

    own = listed.prefecture or (prefecture(listed.code) if twin else "")
    return listed.name if not own or listed.name.startswith(own) else f"{own}{listed.name}"


def mark_said(closed: str) -> str:
    """The list's mark as a name's bracket holds it, a remark in brackets after it said after a
    comma: 「辞退、10/3 電話」, never 「岩葉市（辞退（10/3 電話））」 (review 100)."""
    remarked = _REMARKED.fullmatch(closed)
    if remarked is None:
        return closed.strip()
    mark, remark = remarked.groups()
    return f"{mark}、{remark}" if remark else mark


def declined(bodies: Mapping[str, Listed | None]) -> set[str]:
    """The bodies (each as named → its line on the list) that the list marks 辞退 (回答辞退): a
    body of them that sent nothing — none on the list, or an empty folder — is said so in
    every table of bodies, not 未回答 (ReadResult.declined; past_errors.uncounted_why)."""
    return {
        body
        for body, listed in bodies.items()
        if listed is not None and listed.closed and said_as(listed) == DECLINED
    }


def said_as(listed: Listed) -> str:
    """How a marked body that sent nothing is said: 辞退 as the list marks it, else 未回答."""
    return DECLINED if compact(listed.closed).startswith((DECLINED, "回答辞退")) else UNANSWERED


def closed_folders(problems: list[Problem], found: Mapping[str, Listed | None]) -> list[Problem]:
    """``problems`` with each empty body folder's 「未回答」 error (--bodies folder) of a body
    the list marks said as a notice."""
    said = []
    for problem in problems:
        listed = found.get(problem.value) if problem.reason == UNANSWERED else None
        if listed is not None and listed.closed and problem.is_error:
            message = (
                f"{problem.message}。団体一覧で「{listed.closed}」としているため、"
                f"{said_as(listed)}として集計しました"
            )
            problem = replace(problem, severity=Severity.NOTICE, message=message, hint="")
        said.append(problem)
    return said


def closing_offered(problems: list[Problem], roster: Listed) -> list[Problem]:
    """``problems`` with each empty body folder's 「未回答」 error (--bodies folder) advising
    the mark of the list ``roster`` is read from, as the list's own error does (review 100: only --keep-going
    was offered, though marking the body closes the collection)."""
    from planeval.io.body_folders import EMPTY_FOLDER_ADVICE
    from planeval.io.inputs import keep_going_advice
    from planeval.io.roster_file import closing_advice

    hint = EMPTY_FOLDER_ADVICE + closing_advice(roster) + keep_going_advice("届いていない団体")
    return [
        replace(problem, hint=hint)
        if problem.reason == UNANSWERED and problem.value and problem.is_error
        else problem
        for problem in problems
    ]
