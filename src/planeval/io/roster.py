"""The bodies a roll-up expects (団体一覧: planeval.toml's ``[bodies] roster``), and every body a
read names, in order (``name_bodies``).

A prefecture collecting its municipalities' workbooks, or a national survey, keeps a list of
the bodies that should answer. Under ``--bodies file`` a body that sent nothing has no file to
name it: without the list it is missing from the roll-up without a word. With it, the bodies on
the list that sent nothing are one error at the list (未回答, each named up to a few and the rest
counted) — a notice for those the list marks as not answering (roster_closed.py) — and
listed among the bodies not counted; a body read that is not on the list (a name
typed otherwise) is a warning at its workbook. Bodies are matched by their 団体コード where both
have one (the first five digits: 242021 and 24202 are one body), else by name, a prefecture's
name before a municipality's, 役場 after it and a small ヶ for ケ aside (body_name.same_body)
when only one body on the list has that name.

The list itself is read by ``roster_file.py``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import chain
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.cells import BODIES_SHOWN
from planeval.io.body_name import (
    in_code_order,
    prefecture,
    prefecture_cuts,
    prefecture_in,
    without_prefecture,
)
from planeval.io.filed_codes import (
    filed_codes,
    filed_codes_apart,
    names_unlike,
    read_codes,
    twins_named,
)
from planeval.io.roster_file import Listed, by_code
from planeval.io.workbook import FileBody
from planeval.model import Location, Problem, Severity
from planeval.past_errors import OTHER_SCALE
from planeval.read_records import ReadResult
from planeval.text import comparable_name

if TYPE_CHECKING:
    from planeval.io.reader import Inputs
    from planeval.io.variant_names import Coded

SHOWN = BODIES_SHOWN  # bodies a message names; the rest are counted


def name_bodies(inputs: Inputs, result: ReadResult) -> set[str]:
    """``result.bodies``: every body the inputs name, in their order (known_bodies), then
    each body on the list that sent nothing; and the list's problems (one error for those,
    another for each body read that is not on it, its rows left out: those bodies returned)."""
    result.unread_bodies = unread_bodies(inputs)
    result.problems += _in_another_prefecture(result)
    if inputs.bodies:  # (--bodies folder: a reply in another body's folder, said for its own)
        from planeval.io.folder_bodies import bodies_beside
        from planeval.io.misfiled import in_empty_folders

        in_empty_folders(result)
        # (and the workbooks beside the bodies' folders read as bodies of their own)
        result.problems += bodies_beside(
            inputs.files, inputs.order, inputs.bodies, result, roster=bool(inputs.roster)
        )
    bodies = known_bodies(inputs, result)
    exported = not bodies and (result.recorded_bodies or _row_bodies(result))
    if exported:  # (an export of several bodies read back: its bodies as it recorded them,
        # those it counted none of too, in its order — its round's, never judged by this
        # year's list: review 109 #3, a body new this year was last year's 未回答)
        rows = _row_bodies(result)
        bodies = [*result.recorded_bodies, *(b for b in rows if b not in result.recorded_bodies)]
    codes = result.known_codes = read_codes(result, usable_codes(result))
    if not inputs.roster or exported:
        result.bodies = bodies
        return set()
    from planeval.io.listed_codes import codes_apart, listed_codes  # (a read with a roster)
    from planeval.io.roster_match import (
        in_roster_order,
        left_out_unlisted,
        listed_body,
        names_apart,
        near_names,
        not_listed,
        twin_untold,
        unanswered,
    )

    result.roster = inputs.roster[0].location.file
    filed = filed_codes(result, usable_codes(result), every=True)
    found = {body: listed_body(body, codes.get(body, ""), inputs.roster) for body in bodies}
    answered = {listed for listed in found.values() if listed is not None}
    # (every code a form states answers its body: two of one name, 伊達市 012335 and 072133 —
    # not another body's code under a listed body's name: 緑町 stating 川辺町's 012033)
    answered |= {
        coded
        for file, code in usable_codes(result).items()
        if (coded := listed_body(result.file_bodies.get(file, ""), code, inputs.roster))
    }
    missing = [listed for listed in inputs.roster if listed not in answered]
    if inputs.earlier:  # (a body this year's list marks 新設 was none of an earlier round's)
        missing = [listed for listed in missing if not listed.created]
    # (a listed 伊達市 unanswered gives its code to no reply read as 伊達市, told by none: twin_untold)
    each = [*found.items(), *((one.name, one) for one in missing if one.name not in found)]
    # (a body read by the list's code, over its form's: 012114 of 01211 — review 126 #4)
    on_list = {body: one.code for body, one in each if one and one.code}
    result.known_codes = on_list | listed_codes(codes, found)
    # (each body's prefecture as the list gives it, beside it in 団体別集計: review 179 #4)
    result.prefectures = {body: one.prefecture for body, one in each if one and one.prefecture}
    result.problems += (by_code := codes_apart(result, usable_codes(result), found, inputs.roster))
    result.problems += (apart := filed_codes_apart(result, filed, found, inputs.roster))
    told = {problem.location.file for problem in (*apart, *by_code)}  # (not_listed's said)
    result.problems += names_unlike(result, found, inputs.roster)  # (372145_青根X市_回答.xlsx)
    result.bodies = in_roster_order(bodies, found, missing, inputs.roster)
    if inputs.bodies:  # (--bodies folder: an empty body's folder, marked on the list to close)
        from planeval.io.roster_closed import closing_offered

        result.problems = closing_offered(result.problems, inputs.roster[0])
    # (a body marked 別集計 is out of this count, sent or not: no 未回答 error — review 165 #6)
    unmarked = [listed for listed in missing if not listed.closed and not listed.apart]
    # (a body read that the list lacks, one character from one that sent nothing: 竹田町, 竹田叮)
    near = near_names([body for body, listed in found.items() if listed is None], unmarked)
    if unmarked:
        named = twins_of(inputs.roster)  # (--bodies folder: a reply in the body's own folder)
        result.problems.append(unanswered(unmarked, named, near, folders=bool(inputs.bodies)))
    if any(listed.closed for listed in inputs.roster):  # (a survey closed: review 97)
        from planeval.io.roster_closed import closed_folders, closed_unanswered, declined

        if marked := [listed for listed in missing if listed.closed]:
            result.problems.append(closed_unanswered(marked, SHOWN))
        # (an empty body's folder too: the list's 辞退 said so in every table, review 104 #3)
        result.declined = declined({listed.name: listed for listed in marked} | found)
        result.problems = closed_folders(result.problems, found)
    marked_of = {id(one): body for body, one in found.items() if one and one.apart}
    marked_of |= {id(one): one.name for one in missing if one.apart}  # (sent nothing: #6)
    scaled = {marked_of[id(one)]: one for one in inputs.roster if id(one) in marked_of}
    if scaled or any(problem.reason == OTHER_SCALE for problem in result.problems):
        from planeval.io.scale_bodies import marked_apart, marking_offered  # (review 150 #6)

        marked_apart(result, scaled, result.file_bodies)
        marking_offered(result.problems, inputs.roster[0], result.file_bodies)
    files = [*result.file_bodies.items(), *result.unread_bodies.items()]
    firsts = {body: file for file, body in reversed(files)}
    result.problems += names_apart(found, codes, firsts, result.code_cells)  # (北山材: review 150)
    unlisted: list[str] = []
    for body, listed in found.items():
        # (a file named by a code fitting other bodies: said by filed_codes_apart)
        if listed is None and (where := firsts.get(body, "")) not in told:
            if not codes.get(body) and (twins := twins_named(body, inputs.roster)):
                sheet, cell, _typed = result.name_cells.get(where, ("", "", ""))
                at = Location(where, sheet or None, cell or None)
                result.problems.append(twin_untold(body, at, twins))
                continue
            code = codes.get(body, "")
            said = not_listed(body, where, inputs.roster, code, near.get(body), inputs.earlier)
            result.problems.append(said)
            unlisted += [] if inputs.earlier else [body]
    left_out_unlisted(result, unlisted)  # (the list is the bodies asked: review 159 #1)
    return set(unlisted)


def _row_bodies(result: ReadResult) -> list[str]:
    """The bodies the rows read name, in their order (an export of several read back)."""
    # (gathered in C, not a step per row: a 100,000-row file's bodies)
    rows = chain(map(_BODY, result.read or result.entries), map(_FIRST, result.items_seen))
    return [body for body in dict.fromkeys(rows) if body]


_BODY, _FIRST = attrgetter("body"), itemgetter(0)


def _misfiled_from(inputs: Inputs) -> tuple[str, ...]:
    """(--bodies folder) The bodies a reply may be misfiled from: every body's folder, and
    the roster's bodies; none in another mode (a body there is its file's or form's)."""
    if not inputs.bodies:
        return ()
    return (*inputs.bodies, *(listed.name for listed in inputs.roster))


def read_facts(inputs: Inputs) -> tuple[tuple[str, ...], frozenset[str], Coded]:
    """What a read knows of the bodies given (ReadOptions' known, listed and coded): the bodies a
    reply may be misfiled from, the list's names (a 団体名 written otherwise: its), and its
    bodies by code for a form stating its 団体名 in variant kanji (髙瀬市 as 高瀬市: review 171;
    variant_names.py imported only where a list of bodies is given)."""
    known, listed = _misfiled_from(inputs), frozenset(one.name for one in inputs.roster)
    if not inputs.roster:
        return known, listed, frozenset()
    from planeval.io.variant_names import roster_codes

    return known, listed, roster_codes(inputs.roster)


def _in_another_prefecture(result: ReadResult) -> list[Problem]:
    """A notice for each reply in a folder named for another prefecture than its 団体コード's
    (review 44: 横浜市, 141003, in 「13_東京都」): counted as its form says, the filing told."""
    said = []
    for file, code in usable_codes(result).items() if result.file_bodies else ():
        own = prefecture(code)
        folders = [part for part in Path(file).parent.parts if prefecture_in(part)]
        if own and folders and prefecture_in(folders[-1]) != own:
            said.append(
                Problem(
                    Location(file),
                    Severity.NOTICE,
                    f"団体コード {code}（{own}）の回答が、フォルダ「{folders[-1]}」にあります。"
                    "団体コードのとおりの団体として数えました",
                    f"{own}のフォルダに移すか、団体コードが正しいか確かめてください",
                )
            )
    return said


def body_codes(result: ReadResult) -> dict[str, str]:
    """Each body's 団体コード, of a body whose forms state one (usable_codes) or, read with a
    list of bodies, on the list with one: as the list gives it where it does
    (ReadResult.known_codes: 012114 of a form's 01211)."""
    codes = usable_codes(result).items()
    known = result.known_codes
    stated = {
        body: known.get(body) or code
        for file, code in codes
        if code and (body := result.file_bodies.get(file))
    }
    if not result.roster:
        return stated
    return {body: code for body in result.bodies if (code := known.get(body) or stated.get(body))}


def as_listed(owners: Sequence[str], roster: Sequence[Listed]) -> list[str]:
    """``owners`` (each file's body), a body named by its file's name with a prefecture the
    list does not write — 【令和6年度回答】長野県上田市.xlsx, the list's 上田市; a prefecture's
    own, 北山県南原市 (review 165 #2) — named as the list names it, as its folder does under
    --bodies folder (review 83b: 「長野県上田市」 beside 「松本市」); a name the list gives two bodies (伊達市) keeps its prefecture. A file named
    only with a code of the list, 492270.xlsx, is that body's (review 109 #1)."""
    if not roster:
        return list(owners)
    listed = Counter(comparable_name(body.name) for body in roster)

    def named(owner: FileBody) -> str:
        if (coded := by_code(owner, roster)) != owner:
            return coded
        if listed[comparable_name(owner)]:
            return owner
        alone = [bare for bare in prefecture_cuts(owner) if listed[comparable_name(bare)] == 1]
        return alone[0] if alone else owner

    return [FileBody(named(owner)) if isinstance(owner, FileBody) else owner for owner in owners]


def named_twins(owners: Sequence[str]) -> frozenset[str]:
    """The names (as compared) that files' names give after two prefectures (北海道伊達市.xlsx,
    福島県伊達市.xlsx): twins_of's, told apart by the files' names where no list does."""
    seen: dict[str, set[str]] = {}
    for owner in owners:
        if isinstance(owner, FileBody) and (bare := without_prefecture(owner)) != owner:
            seen.setdefault(comparable_name(bare), set()).add(owner[: len(owner) - len(bare)])
    return frozenset(name for name, prefectures in seen.items() if len(prefectures) > 1)


def twins_of(roster: Sequence[Listed]) -> frozenset[str]:
    """The names (as compared) the list gives several bodies of different codes: a form
    stating one of them with its code is that body, named with its code's prefecture
    (「北海道伊達市」, 「福島県伊達市」), never one body of both (review 44)."""
    codes: dict[str, set[str]] = {}
    for listed in roster:
        if len(listed.code) >= 5:
            codes.setdefault(comparable_name(listed.name), set()).add(listed.code[:5])
    return frozenset(name for name, own in codes.items() if len(own) > 1)


def known_bodies(inputs: Inputs, result: ReadResult) -> list[str]:
    """Every body the inputs name, in their order: each body's folder (an unanswered one
    too), each workbook read as a body (by the 団体名 it states, if it does), and one that could
    not be read at all. An export of several bodies names no body of its own: its rows do."""

    left_out = set(result.left_out)
    files = list(zip(inputs.files, inputs.owners, strict=True))

    def body_of(path: str, owner: str) -> list[str]:  # (by its form, else its own if not read)
        if path in result.compiled:  # (a binder: the bodies its sheets state, none its own)
            return [body for body, _code in result.compiled[path]]
        unread = path in left_out or path in result.unread_bodies
        return [str(result.file_bodies.get(path) or (owner if unread else ""))]

    named: list[str] = []
    if inputs.order:  # (--bodies folder: bodies' folders and workbooks, in the order given)
        given = {str(path): owner for path, owner in files if isinstance(owner, FileBody)}
        named = [
            b for one in inputs.order for b in (body_of(one, given[one]) if one in given else [one])
        ]
    if any(isinstance(owner, FileBody) for owner in inputs.owners):
        # a body's reply in a form planeval cannot read (an .xls) is that body's, unanswered,
        # in its place among its folder's files (the order a clerk filed them in)
        places = [(str(path.parent), path.name) for path, _owner in files]
        for file, owner in result.unread_bodies.items():
            path = Path(file)
            at = _place(path, places)
            files.insert(at, (path, owner))
            places.insert(at, (str(path.parent), path.name))
    named += [body for path, owner in files for body in body_of(str(path), owner)]
    named = [body for body in named if body]
    stated = usable_codes(result).items()
    codes = {body: code for held in result.compiled.values() for body, code in held if code}
    codes |= {result.file_bodies.get(file, ""): code for file, code in stated}
    return in_code_order(list(dict.fromkeys(named)), codes)


def usable_codes(result: ReadResult) -> dict[str, str]:
    """The 団体コード each file's form states: a reply left out because its 団体名 is another
    body's (06_東山市.xlsx stating 青葉市) by the code it states too, unless a counted form
    states that code — then the code is the other body's as well, and says nothing of whose
    the reply is. So a body whose reply was left out keeps its place in the codes' order, as
    with --bodies folder (review 21: 東山市 after 森野町 in file mode, second by folder)."""
    left_out = set(result.left_out)
    counted = {code for file, code in result.file_codes.items() if file not in left_out}
    return {
        file: code
        for file, code in result.file_codes.items()
        if file not in left_out or code not in counted
    }


def unread_bodies(inputs: Inputs) -> dict[str, str]:
    """The body of each file found and not read (an .xls): its body's folder's (--bodies
    folder), else the body its name names (--bodies file; a workbook in a folder inside a
    given one too, by the body its name names, unread_replies.held_replies); none without bodies."""
    held = {} if inputs.bodies else inputs.unread_owners  # (--bodies file's: not read)
    if inputs.unread_owners and not held:
        return dict(inputs.unread_owners)
    if not any(isinstance(owner, FileBody) for owner in inputs.owners):
        return dict(held)
    from planeval.io.bodies import file_bodies  # (--bodies file only)

    unread = [Path(file) for file in inputs.unread]
    named = as_listed(file_bodies(unread), inputs.roster)
    return {**dict(zip(map(str, unread), named, strict=True)), **held}


def _place(path: Path, files: Sequence[tuple[str, str]]) -> int:
    """Where ``path`` goes among ``files`` (each its folder and its name): before the first
    file of its folder named after it, else after the last of its folder, else last."""
    folder = str(path.parent)
    same = [index for index, (parent, _name) in enumerate(files) if parent == folder]
    after = [index for index in same if files[index][1] > path.name]
    return after[0] if after else (same[-1] + 1 if same else len(files))
