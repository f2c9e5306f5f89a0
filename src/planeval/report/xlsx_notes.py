"""The notes under a count table in the workbook (xlsx_export.py writes the table): each note
a row of its own, and a list of bodies with their reasons (「数えた行のない団体：白石野市（エラー
のため）、…」) given one reason to a row (reason_lists.py, as every export gives it), its bodies named
once each, in rows of a few lines:
a note of 4,000 characters in one cell printed past its page (review 29: the page footer over
it, its last lines in the bottom margin) — a row is never split across printed pages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from planeval.report.reason_lists import Note
from planeval.report.xlsx_writer import display_width, line_count

NOTE_ROW_LINES = 4  # lines of a row of a long list at most: rows break pages between them


@dataclass(frozen=True, slots=True)
class NoteRow:
    """A row of the notes: its text, and its lines at the table's width."""

    text: str
    lines: int


def note_rows(notes: Sequence[Note], width: float) -> list[NoteRow]:
    """``notes`` as rows of the width ``width`` (characters), each note a row; a note naming
    bodies each with its reason (a ListNote) given by reason as every export gives it
    (reason_lists.py: a reason said after three bodies or more), or taller than
    NOTE_ROW_LINES, as its words before the list, a row for each reason
    (「記入に不備があったため（131団体）：川辺崎市、…」, folded into rows of NOTE_ROW_LINES
    lines), and its words after the list: the same bodies and reasons, the reason once."""
    rows: list[NoteRow] = []
    for note in notes:
        text = str(note)
        if isinstance(note, str) or (
            not note.repeated and line_count(text, width) <= NOTE_ROW_LINES
        ):
            rows += _folded(text.split("、"), width)  # (a long one at its 「、」)
            continue
        rows += _folded(note.opening.split("、"), width)
        for head, (_, bodies) in zip(note.heads, note.groups, strict=True):
            rows += _folded([f"{head}{bodies[0]}", *bodies[1:]], width)
        if note.closing:
            rows += _folded(note.closing.split("、"), width)
    return rows


def _folded(parts: Sequence[str], width: float) -> list[NoteRow]:
    """``parts`` joined by 「、」 in rows of at most NOTE_ROW_LINES lines, each row broken
    after a part (a row ending in 「、」 goes on in the next); a part alone wider than that a
    row of its own."""
    rows: list[NoteRow] = []
    line = ""
    for part in parts:
        joined = f"{line}、{part}" if line else part
        if line and line_count(f"{joined}、", width) > NOTE_ROW_LINES:  # (as it may end)
            rows.append(NoteRow(f"{line}、", line_count(f"{line}、", width)))
            joined = part
        line = joined
    if line:
        rows.append(NoteRow(line, line_count(line, width)))
    return rows


def legend_lines(lines: Sequence[str], width: float) -> list[str]:
    """The legend broken where a reader breaks it, not where the cell runs out (review 92:
    「計は評価でき／ない（－）を除く件数」 under a narrow table): its sentence on a line of its
    own, its symbols apart (fold.packed) in lines as even as they go — not 「…× 未実施 ／」 over
    「- 再掲。」 alone (review 162 #8) —, each line from the cell's edge, not indented as the
    terminal indents a line it folds (review 109 #7: 「…C 未達成 ／」 over 「  − 評価できない。」);
    the other notes as written (compare's and rounds' workbooks: cycle/review_xlsx.py)."""
    from planeval.report.fold import packed

    room = max(int(width) - 3, 10)  # (the merged cell's padding, and a margin for Excel's fonts)
    broken: list[str] = []
    for line in lines:
        if not line.startswith("凡例"):
            broken.append(line)
            continue
        for sentence in re.split(r"(?<=。)(?=.)", line):
            fewest, even = len(packed(sentence, room, display_width)), room
            while even > 10 and len(packed(sentence, even - 1, display_width)) == fewest:
                even -= 1  # (as narrow as still takes no more lines: each as long as the next)
            broken += [piece.strip() for piece in packed(sentence, even, display_width)]
    return broken
