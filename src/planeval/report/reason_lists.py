"""A note naming bodies each with its reason (table_notes.uncounted_line, partly_line: 「数えた行の
ない団体：白石野市（エラーのため）、鶴見台市（エラーのため）、…」) kept as its parts — its
opening words, the bodies with their reasons, its closing words — and made into text by
each renderer: the terminal's one paragraph (``str``), Word, the web page and Markdown a
paragraph per reason where one reason is said after SAID_ONCE_FROM bodies or more, its bodies
named once each under it (「エラーのため（23団体）：白石野市、鶴見台市、…」: ``paragraphs``),
the workbook a row per reason (xlsx_notes.py). One rule of when and how (review 29: 23 bodies
with 「（エラーのため）」 after each, one long paragraph)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from planeval.cells import body_list
from planeval.wording import grouped

if TYPE_CHECKING:
    from planeval.report.tables import CountTable

SAID_ONCE_FROM = 3  # bodies of one reason: from this many, the reason said once for them all
INDENT = "\u3000"  # before each reason's line, under the words that open the list
NAMED_WHOLE = 10  # bodies of one reason the terminal names all of; of more, a few (lines_naming)


@dataclass(frozen=True, slots=True)
class ListNote:
    """A note whose list names bodies each with its reason: its words before the list
    (「41団体のうち0団体の行を数えました。数えた行のない団体：」), each body with its reason
    in the order named, and its words after the list (「読めなかった回答や…」, or none)."""

    opening: str
    named: tuple[tuple[str, str], ...]  # (body, why)
    closing: str = ""

    @classmethod
    def of(cls, opening: str, reasons: Mapping[str, str], closing: str = "") -> ListNote:
        """The note of ``reasons`` (body → why: ReadResult's uncounted bodies, the partly
        counted ones) between ``opening`` and ``closing``."""
        return cls(opening, tuple(reasons.items()), closing)

    def __str__(self) -> str:
        """The note as one paragraph, each body with its reason: 「…団体：南川村（未回答）、
        白浜町（エラーのため）。読めなかった…」."""
        listed = "、".join(f"{body}（{why}）" for body, why in self.named)
        return f"{self.opening}{listed}" + (f"。{self.closing}" if self.closing else "")

    @property
    def groups(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Each reason with its bodies, reasons in the order first named."""
        by_why: dict[str, list[str]] = {}
        for body, why in self.named:
            by_why.setdefault(why, []).append(body)
        return tuple((why, tuple(bodies)) for why, bodies in by_why.items())

    @property
    def heads(self) -> tuple[str, ...]:
        """Each reason's line up to its first body: 「　エラーのため（23団体）：」."""
        return tuple(
            f"{INDENT}{why}（{grouped(len(bodies))}団体）：" for why, bodies in self.groups
        )

    @property
    def lines(self) -> tuple[str, ...]:
        """Each reason's line whole: 「　エラーのため（23団体）：白石野市、鶴見台市、…」."""
        return self.lines_naming()

    def lines_naming(self, most: int | None = None, rows: bool = False) -> tuple[str, ...]:
        """Each reason's line, naming at most ``most`` of its bodies and counting the rest
        (「…、日岡町 ほか 235 団体」: the terminal's — review 97: 240 names over 20 lines),
        saying where the others are named where the table above has a row of each (``rows``:
        「（すべて上の表の行にあります）」); all where ``most`` is None or a reason has
        NAMED_WHOLE bodies or fewer (review 165 #10: 「朝日町 ほか 3 団体」 of 8 hid three
        names the export gave)."""
        lines = []
        for head, (_, bodies) in zip(self.heads, self.groups, strict=True):
            whole = most is None or len(bodies) <= NAMED_WHOLE
            where = "" if whole or not rows else "（すべて上の表の行にあります）"
            shown = len(bodies) if whole or most is None else most
            lines.append(head + body_list(bodies, shown, "、") + where)
        return tuple(lines)

    @property
    def repeated(self) -> bool:
        """Whether the note says some reason after SAID_ONCE_FROM bodies or more: then it is
        written by reason in every export (two, 「南川村（未回答）、白浜町（エラーのため）」, as
        written)."""
        return any(len(bodies) >= SAID_ONCE_FROM for _, bodies in self.groups)


# a note under a table: words alone, or a list of bodies with their reasons
Note: TypeAlias = str | ListNote


def paragraphs(note: Note, most: int | None = None, rows: bool = False) -> tuple[str, ...]:
    """``note`` as an export's paragraphs: as one, or, where it says one reason after
    SAID_ONCE_FROM bodies or more, its words before the list, a line per reason (naming at
    most ``most`` bodies each, ``rows`` where the table has a row of each: ListNote.
    lines_naming), its words after (none where it has none)."""
    if isinstance(note, str) or not note.repeated:
        return (str(note),)
    return tuple(filter(None, (note.opening, *note.lines_naming(most, rows), note.closing)))


def notes_under(table: CountTable) -> tuple[str, ...]:
    """The notes under a count table (CountTable.notes) as the paragraphs of a Word or web
    page or of Markdown (paragraphs)."""
    return tuple(part for note in table.notes for part in paragraphs(note))
