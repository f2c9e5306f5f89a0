"""A note's list of bodies with their reasons (tables.uncounted_line, partly_line: 「数えた行の
ない団体: 白石野市（エラーのため）、鶴見台市（エラーのため）、…」) given one reason to a
paragraph, its bodies named once each under it (「エラーのため（23 団体）: 白石野市、鶴見台市、
…」): every export writes its notes so (xlsx_notes.py in rows, docx_export.py and
html_export.py as paragraphs, text_export.py's Markdown), and this is the one rule of when and
how (review 29: 23 bodies with 「（エラーのため）」 after each, one long paragraph)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planeval.wording import grouped

if TYPE_CHECKING:
    from planeval.report.document import Report
    from planeval.report.tables import CountTable

SAID_ONCE_FROM = 3  # bodies of one reason: from this many, the reason said once for them all
INDENT = "\u3000"  # before each reason's line, under the words that open the list


@dataclass(frozen=True, slots=True)
class ByReason:
    """A note whose list of bodies is given by reason: its words before the list (「41 団体の
    うち 0 団体の行を数えました。数えた行のない団体:」), each reason with its bodies in the
    order the note named them, and its words after the list (「読めなかった回答や…」)."""

    before: str
    groups: tuple[tuple[str, tuple[str, ...]], ...]
    after: str

    @property
    def heads(self) -> tuple[str, ...]:
        """Each reason's line up to its first body: 「　エラーのため（23 団体）: 」."""
        return tuple(
            f"{INDENT}{why}（{grouped(len(bodies))} 団体）: " for why, bodies in self.groups
        )

    @property
    def lines(self) -> tuple[str, ...]:
        """Each reason's line whole: 「　エラーのため（23 団体）: 白石野市、鶴見台市、…」."""
        return tuple(
            head + "、".join(bodies)
            for head, (_, bodies) in zip(self.heads, self.groups, strict=True)
        )

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The note as paragraphs: its words before the list, a line per reason, its words
        after (none where it has none)."""
        return tuple(filter(None, (self.before, *self.lines, self.after)))


def by_reason(note: str, reasons: Sequence[Mapping[str, str]]) -> ByReason | None:
    """``note`` with the list it makes of one of ``reasons`` (body → why: ReadResult's
    uncounted bodies, the partly counted ones) given by reason; None where it names no such
    list."""
    named = next((r for r in reasons if r and listed(r) in note), None)
    if named is None:
        return None
    before, after = note.split(listed(named), 1)
    by_why: dict[str, list[str]] = {}
    for body, why in named.items():
        by_why.setdefault(why, []).append(body)
    return ByReason(
        before.rstrip(),
        tuple((why, tuple(bodies)) for why, bodies in by_why.items()),
        after.removeprefix("。").strip(),
    )


def repeated(note: ByReason) -> bool:
    """Whether the note says some reason after SAID_ONCE_FROM bodies or more: then it is
    written by reason in every export (two, 「南川村（未回答）、白浜町（エラーのため）」, as
    written)."""
    return any(len(bodies) >= SAID_ONCE_FROM for _, bodies in note.groups)


def note_paragraphs(note: str, reasons: Sequence[Mapping[str, str]]) -> tuple[str, ...]:
    """``note`` as an export's paragraphs: as written, or, where it says one reason after
    SAID_ONCE_FROM bodies or more, by reason (ByReason.paragraphs)."""
    found = by_reason(note, reasons)
    return found.paragraphs if found is not None and repeated(found) else (note,)


def report_reasons(report: Report) -> tuple[Mapping[str, str], ...]:
    """The lists of bodies with reasons a report's notes make: the bodies no row was counted
    of, those counted in part (Report.uncounted_why, Report.partly_counted)."""
    return (report.uncounted_why, report.partly_counted)


def notes_under(report: Report, table: CountTable) -> tuple[str, ...]:
    """The notes under a count table of ``report`` (CountTable.notes) as the paragraphs of
    a Word or web page (note_paragraphs)."""
    reasons = report_reasons(report)
    return tuple(part for note in table.notes for part in note_paragraphs(note, reasons))


def listed(reasons: Mapping[str, str]) -> str:
    """The bodies and reasons as a note names them (tables.uncounted_line, partly_line)."""
    return "、".join(f"{body}（{why}）" for body, why in reasons.items())
