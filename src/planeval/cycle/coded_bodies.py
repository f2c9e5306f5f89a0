"""A body renamed between two rounds under one 団体コード — 緑川町 → 緑川市 (市制施行), 013064 on
both rounds' forms or lists — is one body: compared under the later round's name, the rename
said once (review 120 #2, review 122 #1: it was a merger and a newcomer, its items out of the
comparison without a word). A code one round alone states pairs nothing, and a real merger —
東浜町 and 西浜村 gone, 浜波市 new, each under its own code — stays as it is."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from planeval.cycle.bodies_apart import named_by
from planeval.cycle.renamed_bodies import as_named, paired_by_name, renamed_bodies
from planeval.model import Entry, Location, Problem, Severity
from planeval.read_records import ReadResult


class CodeRename(NamedTuple):
    """A body ``before`` names ``old`` and ``after`` names ``new``, under one ``code`` (as
    ``after`` states it); ``where``: ``after``'s file of it, else its list of bodies."""

    old: str
    new: str
    code: str
    where: str


def paired_bodies(
    before: ReadResult,
    after: ReadResult,
    rows: tuple[Sequence[Entry], Sequence[Entry]],
    *,
    later: Mapping[str, str] | None = None,
    rounds: tuple[str, str] = ("前回", "今回"),
) -> tuple[dict[str, str], list[Problem]]:
    """Each body of ``before`` (its ``rows[0]``) that ``after`` (``rows[1]``, its bodies
    renamed as ``later`` pairs them with a later round's: rounds') names otherwise → that
    name: by its code (renamed_by_code), else by the body its file's name names
    (renamed_bodies.renamed_bodies); a body ``before`` names as ``after`` does, as ``later`` renames
    it. And the notice of each pair (``rounds``: what the two rounds are called)."""
    later = later or {}
    coded = renamed_by_code(before, after)
    renamed = {**later, **{rename.old: later.get(rename.new, rename.new) for rename in coded}}
    old = as_named(rows[0], renamed) if renamed else rows[0]
    by_name = renamed_bodies(old, rows[1])
    said = [renamed_notice(rename, rounds) for rename in coded]
    said += [paired_by_name(was, now, rounds) for was, now in by_name.items()]
    return renamed | by_name, said


def renamed_by_code(before: ReadResult, after: ReadResult) -> list[CodeRename]:
    """The bodies ``before`` alone names whose code (its first five digits: the check digit
    aside) is that of a body ``after`` alone names (ReadResult.known_codes); a code two bodies
    of one round share pairs nothing."""
    named = named_by(before), named_by(after)
    gone = {body: code[:5] for body, code in _coded(before) if body not in named[1]}
    came = {code[:5]: (body, code) for body, code in _coded(after) if body not in named[0]}
    shared = [Counter(code[:5] for _body, code in _coded(one)) for one in (before, after)]
    files = {body: file for file, body in reversed(after.file_bodies.items())}
    return [
        CodeRename(old, new, code, files.get(new, after.roster))
        for old, short in gone.items()
        if shared[0][short] == 1 and shared[1][short] == 1 and short in came
        for new, code in [came[short]]
    ]


def _coded(result: ReadResult) -> list[tuple[str, str]]:
    return [(body, code) for body, code in result.known_codes.items() if len(code) >= 5]


def renamed_notice(rename: CodeRename, rounds: tuple[str, str] = ("前回", "今回")) -> Problem:
    """The one notice of a body renamed under its code; ``rounds``, what the two rounds are
    called, named where they are not 前回 and 今回 (rounds' labels: 令和7年度 → 令和8年度)."""
    old, new, code, where = rename
    when = "" if rounds == ("前回", "今回") else f"、{rounds[0]} → {rounds[1]}"
    return Problem(
        Location(where),
        Severity.NOTICE,
        f"{old} → {new}（団体コード {code}{when}）: 団体コードが同じため、名前の変わった同じ団体"
        f"として{new}の名前で比べました",
        "別々の団体なら、どちらかの団体コード（調査票か団体一覧）を直してください",
    )
