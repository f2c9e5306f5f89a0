"""Several bodies (--bodies) compared over rounds: a body that sent no workbook in a round
and answered another — 東山市 that did not answer this year, 森野町 that joined the survey — is
one line (「東山市：今回の回答なし（前回 48 件）」), not one line per item. Its items are
neither added nor removed nor compared item by item, and stay out of the like-for-like
counts; its own counts are shown beside it.

Who sent no workbook is cycle/answered.py's rule (absent_by_round): an empty body's folder is
no answer, as a body's file missing.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from planeval.aggregate import summarize
from planeval.count import Count
from planeval.model import Entry, first_places
from planeval.scale import Scale


@dataclass(frozen=True, slots=True)
class BodyApart:
    """A body with no workbook in some rounds (``missing``, their indexes) that answered the
    others. ``joined``: the first round it answered, where no round before it names it at all
    (a body new to the survey; None where one does: it did not answer there); ``counts``: its
    counts per round (None where it has no row); ``unreadable``: the rounds of ``missing`` in
    which it did answer, in a form planeval cannot read (an .xls)."""

    body: str
    missing: tuple[int, ...]
    joined: int | None
    counts: tuple[Count | None, ...]
    unreadable: tuple[int, ...] = ()

    @property
    def unanswered(self) -> tuple[int, ...]:
        """The rounds it did not answer: those without its workbook since it joined (a
        workbook it sent that cannot be read is an answer: ``unreadable``)."""
        first = self.joined or 0
        return tuple(i for i in self.missing if i >= first and i not in self.unreadable)


def bodies_apart(
    rounds: Sequence[Sequence[Entry]],
    absent: Sequence[Collection[str]],
    named: Sequence[Collection[str]],
    *,
    scale: Scale,
    order: Sequence[str] = (),
    unreadable: Sequence[Collection[str]] = (),
) -> tuple[BodyApart, ...]:
    """Per body absent from some rounds (``absent``: per round, the bodies with no workbook in
    it that another round has one of; ``named``: per round, every body it names — an empty
    folder too), in ``order`` (the reads' order of bodies), else as the last round lists them.
    ``unreadable``: per round, the bodies that sent a file there planeval cannot read
    (ReadResult.unread_bodies) — they answered."""
    gone = {body for bodies in absent for body in bodies if body}
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
        missing = tuple(index for index, bodies in enumerate(absent) if body in bodies)
        first = next((index for index in range(len(rounds)) if index not in missing), None)
        joined = first if first and not any(body in named[i] for i in range(first)) else None
        counts = tuple(
            summarize(of_body[body], by="policy", scale=scale).total if body in of_body else None
            for of_body in rows
        )
        sent = tuple(i for i, bodies in enumerate(unreadable) if i in missing and body in bodies)
        found.append(BodyApart(body, missing, joined, counts, sent))
    return tuple(found)
