"""The notes under a count table in the workbook (xlsx_export.py writes the table): each note
a row of its own, and a list of bodies with their reasons (「数えた行のない団体: 白石野市（エラー
のため）、…」) given one reason to a row (reason_lists.py, as every export gives it), its bodies named once each, in rows of a few lines:
a note of 4,000 characters in one cell printed past its page (review 29: the page footer over
it, its last lines in the bottom margin) — a row is never split across printed pages."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from planeval.report.reason_lists import by_reason, repeated
from planeval.report.xlsx_writer import line_count

NOTE_ROW_LINES = 4  # lines of a row of a long list at most: rows break pages between them


@dataclass(frozen=True, slots=True)
class NoteRow:
    """A row of the notes: its text, and its lines at the table's width."""

    text: str
    lines: int


def note_rows(
    notes: Sequence[str], reasons: Sequence[Mapping[str, str]], width: float
) -> list[NoteRow]:
    """``notes`` as rows of the width ``width`` (characters), each note a row; a note naming
    the bodies of one of ``reasons`` (body → why: ReadResult's uncounted bodies, the partly
    counted ones) each with its reason, given by reason as every export gives it
    (reason_lists.py: a reason said after three bodies or more), or taller than
    NOTE_ROW_LINES, as its words before the list, a row for each reason
    (「エラーのため（131 団体）: 川辺崎市、桜木見町、…」, folded into rows of NOTE_ROW_LINES
    lines), and its words after the list: the same bodies and reasons, the reason once."""
    rows: list[NoteRow] = []
    for note in notes:
        found = by_reason(note, reasons)
        if found is None or (not repeated(found) and line_count(note, width) <= NOTE_ROW_LINES):
            rows += _folded(note.split("、"), width)  # (a long one at its 「、」)
            continue
        rows += _folded(found.before.split("、"), width)
        for head, (_, bodies) in zip(found.heads, found.groups, strict=True):
            rows += _folded([f"{head}{bodies[0]}", *bodies[1:]], width)
        if found.after:
            rows += _folded(found.after.split("、"), width)
    return rows


def _folded(parts: Sequence[str], width: float) -> list[NoteRow]:
    """``parts`` joined by 「、」 in rows of at most NOTE_ROW_LINES lines, each row broken
    after a part (a row ending in 「、」 goes on in the next); a part alone wider than that a
    row of its own."""
    rows: list[NoteRow] = []
    line = ""
    for part in parts:
        joined = f"{line}、{part}" if line else part
        if line and line_count(joined, width) > NOTE_ROW_LINES:
            rows.append(NoteRow(f"{line}、", line_count(f"{line}、", width)))
            joined = part
        line = joined
    if line:
        rows.append(NoteRow(line, line_count(line, width)))
    return rows
