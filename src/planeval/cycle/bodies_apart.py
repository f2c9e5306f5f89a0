"""Several bodies (--bodies, or exports of several bodies) compared over rounds: a body of
which a round counted no row while another round counted some — 東山市 that did not answer
this year, 森野町 that joined the survey, 西川町 whose workbook came back with every row in
error or on another form — is one line (「東山市：今回の回答なし（前回 48 件）」), not one line
per item. Its items are neither added nor removed nor compared item by item, and stay out of
the like-for-like counts; its own counts are shown beside it.

Who sent no workbook is cycle/answered.py's rule (absent_by_round): an empty body's folder is
no answer, as a body's file missing. Rounds read from exports record no files: a body an
export has no row of is told by the errors it records (sent, nothing counted), else it
did not answer (or, named by no round before, joined).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from planeval.aggregate import summarize
from planeval.count import Count
from planeval.model import Entry, Problem, first_places
from planeval.past_errors import UNCOUNTED_BODIES
from planeval.read_records import ReadResult
from planeval.scale import Scale


@dataclass(frozen=True, slots=True)
class BodyApart:
    """A body with no counted row in some rounds (``missing``, their indexes) that has some in
    the others. ``joined``: the first round it answered, where no round before it names it at
    all (a body new to the survey; None where one does: it did not answer there); ``counts``:
    its counts per round (None where it has no row); ``unreadable``: the rounds of ``missing``
    in which it did answer, in a form planeval cannot read (an .xls); ``uncounted``: those in
    which it sent a workbook of which no row could be counted (every row in error, another
    form); ``held``: those in which its replies sat in a folder inside its own (not read);
    ``unlisted``: those whose own list of bodies does not name it and that have no folder of
    it — a town merged into another (review 104 #7), no reply missing; ``dated``: of
    ``uncounted``, those in which its workbook was of another year (last year's form sent
    again: to be sent again on the round's, no error to fix — review 137 #6); ``copied``: of
    ``uncounted``, those in which its workbook was a copy of another body's (its own reply to
    be asked for, no error to fix — review 139 #6, 156); ``declined``: of the rounds it did not
    answer, those whose list of bodies marks it 辞退 (said so, not 回答なし: review 171 #7)."""

    body: str
    missing: tuple[int, ...]
    joined: int | None
    counts: tuple[Count | None, ...]
    unreadable: tuple[int, ...] = ()
    uncounted: tuple[int, ...] = ()
    held: tuple[int, ...] = ()
    unlisted: tuple[int, ...] = ()
    dated: tuple[int, ...] = ()
    copied: tuple[int, ...] = ()
    declined: tuple[int, ...] = ()

    @property
    def unanswered(self) -> tuple[int, ...]:
        """The rounds it did not answer: those without its workbook since it joined (a
        workbook it sent that cannot be read or counted is an answer), on their list if any."""
        first = self.joined or 0
        answered = {*self.unreadable, *self.uncounted, *self.held, *self.unlisted}
        return tuple(i for i in self.missing if i >= first and i not in answered)


# a body that sent a round a workbook none of whose rows was counted, as compare says it of
# that round under its tables (report/apart.py) and in its notice (cycle/answered.py), and the fix
ANSWERED_UNCOUNTED = "回答あり・数えた行なし"
UNCOUNTED_FIX = "ブックのエラーを直せば数えられます"


def copy_fix(body: str) -> str:
    """The fix of ``body``'s reply that is a copy of another body's (io/misfiled.copy_said):
    no error of the book to fix, its own reply to be asked for (review 139 #6, 156)."""
    return f"{body}自身の回答を受け取り、写しと置き換えれば数えられます"


def sent_as(result: ReadResult, renamed: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each body that sent a round a workbook (``sent_by``) → how compare says it, where no row
    of it was counted: ANSWERED_UNCOUNTED, or COPIED of another body's copied (``copied_by``)."""
    from planeval.past_errors import COPIED

    copied = copied_by(result, renamed)
    return {b: COPIED if b in copied else ANSWERED_UNCOUNTED for b in sent_by(result, renamed)}


def copied_by(result: ReadResult, renamed: Mapping[str, str] | None = None) -> set[str]:
    """The bodies (``renamed`` as paired) whose workbook in a round was another body's copied,
    left out (io/misfiled.copy_said's error, Problem.kind COPIED; an export read back, as its
    record of the error says it, COPY_SAID)."""
    from planeval.past_errors import COPIED, COPY_SAID

    names, owner = renamed or {}, result.file_bodies
    copied = {owner.get(p.location.file, "") for p in result.problems if p.kind == COPIED}
    copied |= {place.body for place in result.recorded_errors if COPY_SAID in place.message}
    return {names.get(body, body) for body in copied if body}


def sent_by(result: ReadResult, renamed: Mapping[str, str] | None = None) -> set[str]:
    """The bodies (``renamed`` as paired) that sent a round a workbook: its files' bodies, and
    for an export read back, the bodies whose errors it records; not those its list of bodies
    lacks (ReadResult.unlisted: 高田坂市, absorbed by 北田橋市 — review 159 #3)."""
    names = renamed or {}
    sent = {*result.file_bodies.values(), *(place.body for place in result.recorded_errors)}
    # (a body the round's list lacks, its reply left out: no body of the round — merged away)
    return {names.get(body, body) for body in sent - result.unlisted if body}


def dated_by(result: ReadResult, renamed: Mapping[str, str] | None = None) -> set[str]:
    """The bodies (``renamed`` as paired) whose workbook a round left out as another year's,
    as summarize says it (past_errors.OTHER_YEAR; an export read back, as it records it)."""
    from planeval.past_errors import OTHER_YEAR, uncounted_why

    names = renamed or {}
    return {names.get(b, b) for b, why in uncounted_why(result).items() if why == OTHER_YEAR}


def named_by(result: ReadResult, renamed: Mapping[str, str] | None = None) -> set[str]:
    """Every body a round names (``renamed`` as paired): the bodies it read or expected (an
    empty folder, the roster's), those it counted rows of (an export's) and those that sent
    it something."""
    names = renamed or {}
    read = {*result.bodies, *(entry.body for entry in result.entries)}
    return {names.get(body, body) for body in read if body} | sent_by(result, renamed)


def bodies_apart(
    rounds: Sequence[Sequence[Entry]],
    absent: Sequence[Collection[str]],
    named: Sequence[Collection[str]],
    *,
    scale: Scale,
    order: Sequence[str] = (),
    unreadable: Sequence[Collection[str]] = (),
    sent: Sequence[Collection[str]] = (),
    held: Sequence[Collection[str]] = (),
    listing: Sequence[bool] = (),
    dated: Sequence[Collection[str]] = (),
    copied: Sequence[Collection[str]] = (),
    declined: Sequence[Collection[str]] = (),
) -> tuple[BodyApart, ...]:
    """Per body absent from some rounds (``absent``: per round, the bodies with no workbook in
    it that another round has one of; ``named``: per round, every body it names — an empty
    folder too, ``named_by``), and per body with rows counted in some rounds only, where
    every round names bodies, in ``order`` (the reads' order of bodies), else as the last round
    lists them. ``unreadable``: per round, the bodies that sent a file there planeval cannot
    read (ReadResult.unread_bodies); ``sent``: those that sent it a workbook (``sent_by``) —
    they answered; ``held``: those whose replies there sat in a folder inside theirs
    (past_errors.held_bodies); ``listing``: per round, whether it read a list of bodies
    (ReadResult.roster) — a body it names not is then no longer one of its bodies; ``dated``:
    per round, the bodies whose workbook there was of another year (``dated_by``); ``copied``:
    those whose workbook there was another body's copied (``copied_by``); ``declined``: those
    its list of bodies marks 辞退 (ReadResult.declined)."""
    counted = [{entry.body for entry in entries} for entries in rounds]
    gone = {body for bodies in absent for body in bodies if body}
    if all(named):  # (every round of bodies: a body counted in some only is apart)
        every = set().union(*counted)
        gone |= {body for body in every if body and any(body not in c for c in counted)}
    if not gone:
        return ()
    # (each round's rows of those bodies, in the order the rounds list them: the last's first)
    rows: list[dict[str, list[Entry]]] = [{} for _ in rounds]
    for entries, of_body in zip(rounds, rows, strict=True):
        for entry in entries:
            if entry.body in gone:
                of_body.setdefault(entry.body, []).append(entry)
    place = first_places([*order, *(body for of_body in reversed(rows) for body in of_body)])
    found = []
    for body in sorted(gone, key=lambda body: place.get(body, len(place))):
        missing = tuple(
            index
            for index, bodies in enumerate(absent)
            if body in bodies or body not in counted[index]
        )
        first = next((index for index in range(len(rounds)) if index not in missing), None)
        joined = first if first and not any(body in named[i] for i in range(first)) else None
        counts = tuple(
            summarize(of_body[body], by="policy", scale=scale).total if body in of_body else None
            for of_body in rows
        )
        inside = tuple(i for i, bodies in enumerate(held) if i in missing and body in bodies)
        cannot = tuple(
            i
            for i, bodies in enumerate(unreadable)
            if i in missing and i not in inside and body in bodies
        )
        uncounted = tuple(
            i
            for i, bodies in enumerate(sent)
            if i in missing and i not in (*cannot, *inside) and body in bodies
        )
        unlisted = tuple(
            i
            for i, listed in enumerate(listing)
            if listed and i in missing and i >= (joined or 0) and body not in named[i]
        )
        stale = tuple(i for i, bodies in enumerate(dated) if i in uncounted and body in bodies)
        copy = tuple(i for i, bodies in enumerate(copied) if i in uncounted and body in bodies)
        found.append(
            BodyApart(
                body, missing, joined, counts, cannot, uncounted, inside, unlisted, stale, copy
            )
        )
        if said := tuple(i for i, bodies in enumerate(declined) if body in bodies):
            found[-1] = replace(
                found[-1], declined=tuple(i for i in found[-1].unanswered if i in said)
            )
    return tuple(found)


def answered_apart(results: Sequence[ReadResult], paths: Sequence[str]) -> None:
    """The rounds' errors of bodies that sent nothing (Problem.reason UNANSWERED: an empty
    body's folder, the roster's bodies with no workbook) made notices: compare and rounds say
    such a body in one line under their tables, and compare the others; they stop a count,
    not a comparison. The roster's, at the roster and not in a round's folder, name the rounds
    they are of (「（令和5年度の回）」, as the tables name them: round_labels; a folder's name
    where the rounds state no year) unless every round's is the same (said once: join)."""
    from pathlib import Path

    from planeval.cycle.round_names import round_labels
    from planeval.io.inputs import without_keep_going
    from planeval.model import Severity
    from planeval.past_errors import UNANSWERED

    rounds: dict[Problem, list[str]] = {}
    for result, path in zip(results, paths, strict=True):
        for problem in result.problems:
            if problem.reason == UNANSWERED and problem.severity is Severity.ERROR:
                rounds.setdefault(problem, []).append(path)

    if not rounds:
        return
    labels = round_labels(list(map(Path, paths)), results)

    def said(problem: Problem, path: str, label: str) -> Problem:
        if problem not in rounds:
            return problem
        message = problem.message
        if len(rounds[problem]) < len(paths) and not problem.location.file.startswith(path):
            message += f"（{label}の回）" if label.endswith("年度") else f"（{label} の回）"
        return replace(without_keep_going(problem), severity=Severity.NOTICE, message=message)

    for result, path, label in zip(results, paths, labels, strict=True):
        result.problems = [said(problem, path, label) for problem in result.problems]


def counted_in_none(results: Sequence[ReadResult]) -> list[Problem]:
    """A notice of the bodies no round counted a row of (every reply in error, or another
    scale's: review 40's 東山市; or no reply in any round), which compare's and rounds' tables
    and lines leave out — said, not passed over in silence."""
    from planeval.model import Location, Severity
    from planeval.past_errors import SENT_NOTHING, UNANSWERED, uncounted_why

    bodies = _counted_in_none(results)
    if not bodies:
        return []
    from planeval.cells import BODIES_SHOWN, body_list
    from planeval.io.level_names import place_read

    owner = {**results[-1].unread_bodies, **results[-1].file_bodies}
    # (the first body's file, else the last round read, its export or folder: a body an export
    # read back names has no file, and the notice stood at 「お知らせ: : 北山市…」, review 92)
    where = next((file for file, body in owner.items() if body == bodies[0]), "")
    where = where or place_read(results[-1].files)
    why = [uncounted_why(result) for result in results]
    if all(reasons.get(body) in SENT_NOTHING for reasons in why for body in bodies):
        folder = next(
            (
                p.location
                for p in results[-1].problems
                if p.reason == UNANSWERED and bodies[0] in p.message
            ),
            None,
        )
        return [
            Problem(
                folder or Location(where),
                Severity.NOTICE,
                f"{body_list(bodies, BODIES_SHOWN, '、')}はどの回にも回答がないため、比べていません",
                "回答が届いていれば、その回の団体のフォルダに入れてください",
            )
        ]
    return [
        Problem(
            Location(where),
            Severity.NOTICE,
            f"{body_list(bodies, BODIES_SHOWN, '、')}はどの回も数えた行がないため、比べていません",
            f"各回のエラーを直せば比べられます（summarize の「{UNCOUNTED_BODIES}」も見てください）",
        )
    ]


def _counted_in_none(results: Sequence[ReadResult]) -> list[str]:
    """The last round's bodies no round counted a row of, in its order."""
    return [
        b for b in results[-1].uncounted_bodies if all(b in r.uncounted_bodies for r in results)
    ]


def in_no_round(results: Sequence[ReadResult]) -> dict[str, tuple[str, ...]]:
    """Each body no round counted a row of → why, per round, as summarize says it of that
    round (uncounted_why: 未回答, エラーのため…): compare says them under its tables, as
    summarize, check and export say a round's (review 78: 川辺町, on the roster and in no
    round, was only a notice, which -q hides)."""
    from planeval.past_errors import uncounted_why

    why = [uncounted_why(result) for result in results]
    return {
        body: tuple(of_round.get(body, "未回答") for of_round in why)
        for body in _counted_in_none(results)
    }


def by_body(absent: Mapping[tuple[str, str], str], whole: bool) -> dict[tuple[str, str], str]:
    """``absent`` as its notices say it: read as whole bodies (--bodies file), each body once
    — not once per 担当課 its rows name (review 191 #4: 岬町's notice three times)."""
    told: dict[tuple[str, str], str] = {}
    for who, file in absent.items():
        told.setdefault(told_as(who, whole), file)
    return told


def told_as(who: tuple[str, str], whole: bool) -> tuple[str, str]:
    """``who`` as a notice names it: its body alone where bodies are read whole (by_body)."""
    return (who[0], "") if whole and who[0] else who


def bodies_whole(results: Sequence[ReadResult]) -> bool:
    """Whether a round read each body as one workbook (--bodies file: a survey whose unit is
    the body, the 担当部署 its form states only who filled it in — review 137 #6: 「小岡市の
    DX推進課は今回だけ回答しています」, as if DX推進課 were one of 小岡市's departments)."""
    for result in results:
        bodies = [body for body in result.file_bodies.values() if body]
        if bodies and len(set(bodies)) == len(bodies):
            return True
    return False
