"""A policy heading above a table whose rows all carry another policy's numbers: 「（1）情報化政策1
区民の力を活かす情報化」 over rows 3-1-1 … (review 38: a department's form with another's heading
copied in). The rows count as their numbers say — policy 3's, which no heading then named —
and a warning at the heading says which of the two is wrong."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress
from operator import attrgetter, ne

from planeval.cells import split_ref
from planeval.io.tables import SheetResult
from planeval.model import Location, Problem, Severity
from planeval.text import policy_heading


def heading_mismatches(sheet: SheetResult, file: str) -> list[Problem]:
    """A warning at each Setagaya-style policy heading (情報化政策N) none of whose rows below it,
    down to the next such heading, is policy N's though some rows are there."""
    headings = [
        (_row(text.location.cell), text.location, said)
        for text in sheet.texts
        if (said := policy_heading(text.text)) is not None
    ]
    if not headings or not sheet.entries:
        return []
    # (of its own sheet's rows: planeval's export read back has its rows from its data sheet
    # and its headings from its policy sheets — one of a policy none of whose rows was
    # counted, above no row of its own: review 88)
    own = {entry.location.sheet for entry in (sheet.entries[0], sheet.entries[-1])}
    headings = [heading for heading in headings if heading[1].sheet in own]
    if not headings:
        return []
    # (runs of one policy's rows, by their first and last row: a few, however many the rows)
    entries, policies = sheet.entries, list(map(_POLICY, sheet.entries))
    # (where the policy changes from the row before: told in C, however many the rows)
    starts = [0, *compress(range(1, len(policies)), map(ne, policies[1:], policies))]
    ends = [*(n - 1 for n in starts[1:]), len(policies) - 1]
    runs = [
        (_row(entries[a].location.cell), _row(entries[b].location.cell), policies[a])
        for a, b in zip(starts, ends, strict=True)
    ]
    problems = []
    bounds = [row for row, _, _ in headings[1:]] + [1 << 30]
    for (row, location, (policy, name)), end in zip(headings, bounds, strict=True):
        below = {ids for first, last, ids in runs if first < end and last > row}
        if below and policy not in below:
            ids = "・".join(sorted(below))
            problems.append(
                Problem(
                    Location(file, location.sheet, location.cell),
                    Severity.WARNING,
                    f"見出しは情報化政策{policy}（{name}）ですが、その下の表の行の番号は情報化政策"
                    f"{ids} のものです。行は番号のとおり情報化政策{ids} として数えました",
                    f"見出しか番号のどちらかが誤りです。見出しを情報化政策{ids} のものに直すか、"
                    "行の番号を確かめてください",
                )
            )
    return problems


_POLICY = attrgetter("policy_id")


@lru_cache(maxsize=4096)  # (the same cells, C5 and C61, in every file of a template)
def _row(cell: str | None) -> int:
    digits = split_ref(cell or "")[1]
    return int(digits) if digits else 0
