"""A body whose reply lacks rows of the form every other body returned (review 126 #5: 岩橋市
deleted 1-3 and 3-5 of a national survey's common 30-item form instead of writing 対象外; it
was counted as 28 beside everyone's 30 with no word, validate alone saying each gap).

Read with ``--bodies file`` and no plan (a plan says itself which items a reply owes), the
forms are one common form where nearly every body lists the same items — the same numbers under
the same names —, and a body that lacks some of them, holding most, is one warning naming the
body, its file and the missing items, in every reading command. Bodies that each number their
own plan from 1-1-1 name their items each otherwise: no common form, nothing said.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain
from operator import itemgetter
from zlib import crc32

from planeval.cells import COMMON_FORM_BODIES, COMMON_FORM_ITEMS
from planeval.io.level_names import NUMBER_GAP
from planeval.model import Entry, Location, Problem, Severity
from planeval.past_errors import LACKING_ROWS
from planeval.read_records import ItemSeen, ReadResult
from planeval.text import comparable_name

# each body's items: (project, number — or the name where there is none) → its name as
# compared, by a checksum (a survey's thousand replies are pickled from the workers to the
# main process: an int, not the name, is what they send)
Items = dict[str, dict[tuple[str, int | str], int]]

_FEWEST_BODIES = COMMON_FORM_BODIES  # of two, which one deleted a row and which added one
_FEWEST_ITEMS = COMMON_FORM_ITEMS  # is not known; a common form of fewer items tells too little
_SHOWN = 10  # missing items named; the rest counted


def items_held(entries: Sequence[Entry], seen: Iterable[ItemSeen]) -> Items:
    """Every item each body's rows hold (``entries``, rated or not: ``seen``), as read."""
    items: Items = {}
    checksums, most = _CHECKSUMS, _CHECKSUMS_MOST
    body_of, held = None, {}
    for body, project, number, name in chain(map(_ROW, entries), seen):
        if body != body_of:  # (a file's rows are one body's, but for a binder's)
            held, body_of = items.setdefault(body, {}), body
        key = (project, name if number is None else number)
        if key not in held:
            if (alike := checksums.get(name)) is None:
                alike = crc32(comparable_name(name).encode())
                if len(checksums) < most:
                    checksums[name] = alike
            held[key] = alike
    return items


# each name met → the checksum of it as compared, for the whole process: a worker reads
# hundreds of bodies' forms, whose items are mostly named alike (each compared once)
_CHECKSUMS: dict[str, int] = {}
_CHECKSUMS_MOST = 16_384  # (a survey's items, many times over; a few MB at most)
# (an entry's body, project, item number and name taken by position, in C)
_ROW = itemgetter(*map(Entry._fields.index, ("body", "project_id", "item_no", "item_name")))
_BODY, _BODY_SEEN = itemgetter(Entry._fields.index("body")), itemgetter(0)


def join_items(into: Items, part: Items) -> None:
    """``part``'s items (one file's: file_counts.count_file) into ``into``, the read's."""
    for body, held in part.items():
        if (joined := into.get(body)) is None:
            into[body] = held  # (the common case: a body's one file)
        else:
            joined |= {key: name for key, name in held.items() if key not in joined}


def form_rows_lacking(result: ReadResult) -> list[Problem]:
    """The warnings of rows_lacking over the items ``result``'s rows hold (items_held), as read
    whole (api.py) or file by file (rollup.py). The items of the first bodies items_lacking
    counts through are made first: where they show no common form (bodies' own plans, each
    named otherwise), the others' are never looked at, and so not made (~0.8 M instructions
    a body of 50 rows, its names compared)."""
    rows, seen, left = result.read, result.items_seen, _left(result)
    counted = {body for file, body in result.file_bodies.items() if file not in left}
    bodies = dict.fromkeys(chain(map(_BODY, rows), map(_BODY_SEEN, seen)))
    forms = [body for body in bodies if body and body in counted]  # (items' order)
    if len(forms) < _FEWEST_BODIES:
        return []
    spared = _spared(len(forms))
    first = set(forms[: 2 * spared + 1])
    held = items_held([e for e in rows if e.body in first], [s for s in seen if s[0] in first])
    if len(_candidates(list(held.values()), spared)[1]) < _FEWEST_ITEMS:
        return []  # (as items_lacking finds: no common form)
    return rows_lacking(result, items_held(rows, seen))


def rows_lacking(result: ReadResult, items: Items) -> list[Problem]:
    """A warning per body lacking items of the common form (items_lacking), of kind
    LACKING_ROWS (validate's gaps in its numbers do not say them again); a body whose every
    file was left out (last year's form: review 133 #6) is no body of the form's, its items
    said missing beside a file not counted."""
    left = _left(result)
    counted = {body for file, body in result.file_bodies.items() if file not in left}
    forms = {body: held for body, held in items.items() if body in counted and held}
    lacking = items_lacking(forms)
    files = {body: file for file, body in reversed(result.file_bodies.items())}
    return [
        _lacking(body, files.get(body, body), list(map(_shown, missing)), len(forms) - 1)
        for body, missing in lacking.items()
    ]


def _left(result: ReadResult) -> set[str]:
    return {*result.left_out, *result.other_years}


def items_lacking(items: Items) -> dict[str, list[tuple[str, int | str]]]:
    """Each body's items of the common form (see above) its rows lack: the items nearly every
    body holds — all but one in ten — under the name they nearly all give it."""
    forms = {body: held for body, held in items.items() if body and held}
    if len(forms) < _FEWEST_BODIES:
        return {}
    spared = _spared(len(forms))
    ordered = list(forms.values())
    first = ordered[: 2 * spared + 1]
    named, candidates = _candidates(first, spared)
    if len(candidates) < _FEWEST_ITEMS:
        return {}
    for held in ordered[len(first) :]:
        named.update(pair for pair in candidates if held.get(pair[0]) == pair[1])
    common = [key for key, name in candidates if named[key, name] >= len(forms) - spared]
    if len(common) < _FEWEST_ITEMS:
        return {}  # (bodies' own plans: their 1-1-1s named each otherwise)
    lacking = {}
    for body, held in forms.items():
        missing = [key for key in common if key not in held]
        if missing and len(missing) * 2 < len(common):  # (most of it: the same form)
            lacking[body] = missing
    return lacking


def _spared(bodies: int) -> int:
    """The bodies of a common form that may lack an item of it: one in ten."""
    return max(1, bodies // 10)


def _candidates(
    first: list[dict[tuple[str, int | str], int]], spared: int
) -> tuple[Counter[tuple[tuple[str, int | str], int]], list[tuple[tuple[str, int | str], int]]]:
    """How many of the ``first`` 2 × spared + 1 bodies hold each item (and name), and those
    more than ``spared`` of them hold: an item all but ``spared`` bodies hold is held by a
    majority of them, so those alone are counted through (bodies' own plans, named each
    otherwise, stop here)."""
    named = Counter(pair for held in first for pair in held.items())
    return named, [pair for pair, count in named.items() if count > spared]


def _shown(key: tuple[str, int | str]) -> str:
    """An item of the form as named: by its project's number and its own (1-3), else its name."""
    project, number = key
    return f"{project}-{number}" if isinstance(number, int) else number


def _lacking(body: str, file: str, missing: list[str], others: int) -> Problem:
    listed = "・".join(missing[:_SHOWN])
    if len(missing) > _SHOWN:
        listed += f" ほか {len(missing) - _SHOWN} 件"
    return Problem(
        Location(file),
        Severity.WARNING,
        f"{body}の回答に実施内容 {listed} の行がありません（ほかの {others:,} 団体の回答には"
        "あります）。この団体はその分を数えずに集計しました",
        "様式の行を削除していないか確かめてください。該当しない実施内容も行は残し、"
        "達成状況の欄に数えない記号（対象外など）を書いてもらってください",
        reason=NUMBER_GAP,
        kind=LACKING_ROWS,
        value=listed,  # (the body's row marked 「（一部未集計）」 with it: past_errors)
    )
