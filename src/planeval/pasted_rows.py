"""A line of a pasted table of counts read as a row (pasted_tables.read_tables asks it): its
cells — Markdown's 「| a | b |」, between tabs, or aligned by spaces —, the cells before its
numbers (the group, as the table writes it) and its numbers, one per column (a browser's copy
of planeval's うち重点 line without its empty shares read all the same), and a row of empty
numbers (a body no row was counted of) a browser or Word copied short."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from planeval.model import Location, TextCell
from planeval.past_tables import change_cell, signed
from planeval.scale_words import normalised

_NUMBER = re.compile(r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*%?")
LEADING_MOST = 3  # titles before the numbers: 団体, ID, 名称
_BLANK_MOST = 50  # rows of empty numbers one under another (bodies no row was counted of)


@dataclass(frozen=True, slots=True)
class PastedRow:
    """A row of a pasted table: its line, its cells before the numbers as written (the group's
    number and name, a body; 「合計」), and its number cells as written and as read, one per
    column."""

    line: TextCell
    labels: tuple[str, ...]
    values: tuple[str, ...]
    numbers: tuple[tuple[int | float, int] | None, ...]  # each value read (number()), or None
    places: tuple[Location, ...] = ()  # each value's own line (a table by years: its status's)
    # a report's column of every row's counts (「件数」): what it is named by, its heading's
    # group before it where one places it (sheet_columns.py: 「基本方針2 表の「件数」の列」)
    scope: str = ""
    share_scope: str = (
        ""  # and its shares' column, as its title names it: 「表の「割合（%）」の列」
    )


def number(text: str) -> tuple[int | float, int] | None:
    """(value, places after the point) of a table's number cell ("9,332", "52.2", "17.4%");
    None when it holds no number alone."""
    found = _NUMBER.fullmatch(normalised(text).strip())
    if found is None:
        return None
    digits = found["num"].replace(",", "")
    places = len(digits.partition(".")[2])
    return (float(digits) if places else int(digits)), places


NOT_COUNTED = "未集計"  # (report/tables.NOT_COUNTED: a body's state, 「未集計（未回答）」)


def line_cells(text: str) -> tuple[str, list[str]] | None:
    """(kind, cells) of a line that is a table's row: Markdown's 「| a | b |」 (md), cells
    between tabs (tab) or three or more aligned by spaces (sp); None for any other line."""
    line = text.strip()
    if line.startswith("|"):
        inner = line[1:-1] if line.endswith("|") and len(line) > 1 else line[1:]
        return "md", [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", inner)]
    if "\t" in line:
        return "tab", [cell.strip() for cell in line.split("\t")]
    if len(aligned := re.split(r" {2,}", line)) >= 3:  # (planeval's plain text, spaces between)
        return "sp", aligned
    return None


def pasted_row(line: TextCell, kind: str, columns: int) -> PastedRow | None:
    """A row of the table whose numbers are ``columns`` columns; None for a line that is no row of it.
    The numbers are the row's last cells (a browser's copy leaves empty cells out: 合計's
    empty name); its cells before them are its labels."""
    found = line_cells(line.text)
    if found and kind == "tab" and found[1][0].startswith("うち") and len(found[1]) <= columns:
        # (planeval's うち重点 line, copied by a browser without its empty shares)
        counts = [cell for cell in found[1][1:] if number(cell) is not None]
        found = kind, [found[1][0], *counts, *[""] * (columns - len(counts))]
    if found is None or found[0] != kind or len(found[1]) <= columns:
        return None
    cells = found[1]
    values = cells[len(cells) - columns :]
    if values[0].startswith(NOT_COUNTED) and not any(values[1:]):  # (planeval's Markdown says
        values = ["", *values[1:]]  # a body not counted in its first number cell: review 193)
    read = signed if any(map(change_cell, cells[: len(cells) - columns])) else number
    numbers = tuple(read(value) if value else None for value in values)  # (増減: ▲6)
    if any(value and read is None for value, read in zip(values, numbers, strict=True)):
        return None  # (a row with its numbers empty is one: a body no row was counted of)
    labels = tuple(cells[: len(cells) - columns])
    return PastedRow(line, labels, tuple(values), numbers)


def blank_row(texts: Sequence[TextCell], at: int, kind: str, columns: int) -> bool:
    """Whether the line at ``at`` is a row whose numbers are all empty (a body no row was
    counted of), copied by a browser without its empty cells (or Word's, its empty cells'
    tabs at its end), or with the one cell planeval's page says across them (下田市, then
    未集計 after a tab: its last cell no number): a short line with the table's next row
    after it, past any more such lines (御代田町 and 立科町 one under the other, then 合計:
    review 86)."""
    if kind != "tab":
        return False
    end = at
    while end < len(texts) and end - at < _BLANK_MOST and _blank_line(texts[end].text):
        if texts[end].location.file != texts[at].location.file:
            return False
        end += 1
    return (
        at < end < len(texts)
        and texts[end].location.file == texts[at].location.file
        and pasted_row(texts[end], kind, columns) is not None
    )


def _blank_line(text: str) -> bool:
    """Whether ``text`` may be a row of empty numbers as blank_row reads one."""
    line = text.strip()
    cells = line.split("\t")
    return (
        len(cells) <= LEADING_MOST + 1
        and (len(cells) == 1 or not any(character.isdigit() for character in cells[-1]))
        and len(line) <= 40
        and "。" not in line
    )
