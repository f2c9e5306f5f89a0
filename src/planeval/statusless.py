"""The rows an error left out that hold no status: their status cell blank (達成状況が空です —
警察本部's rows of a compiled workbook, the 部局 never having answered), or a 再掲 with no
再掲元 (「評価のない行」). Such a row cannot raise any status's count, so a stated count
above the rows counted is wrong whatever it is (review 163 #2, 161 #3: 柱2's 合計 「B 9件」 of
8 rows, and a report's 「B評価は32取組」 of 31, both left uncompared for 警察本部's blanks); it
may still be among a total's rows (「合計 23取組」 of 21 rated and the 2 blank).

A blank whose row holds a rating elsewhere — another rating column filled (FILLED_BESIDE), or
its issue cell a symbol alone (「A」 typed a column to the right) — may be any status: a
clerk counting by eye would count it."""

from __future__ import annotations

from planeval.model import Location
from planeval.past_errors import FILLED_BESIDE
from planeval.read_records import ReadResult
from planeval.scale import UNSAID_REPEAT, Scale


def statusless_places(result: ReadResult, scale: Scale) -> frozenset[Location]:
    """The places (status cells) of the errors of ``result`` each of which leaves out a row
    holding no status of ``scale``."""
    issues = {entry.location: entry.issue for entry in result.error_rows}
    found = set()
    for problem in result.problems:
        if not problem.is_error or problem.location.cell is None:
            continue
        if problem.kind == UNSAID_REPEAT:
            found.add(problem.location)
        elif problem in result.unrated and problem.kind != FILLED_BESIDE:
            issue = issues.get(problem.location, "")
            if not issue or scale.normalise(issue) not in scale.counted:
                found.add(problem.location)
    return frozenset(found)
