"""--help folded as Japanese is read (review 93): by the columns a text takes (a wide character
two; click counted characters, and its lines of Japanese reached 134 columns at 80), between
any two Japanese characters, never inside an option's name, a path or a number (click broke
「--fiscal-」 over 「year」 at its hyphen, and a clerk copying the example got both), and as
narrow as the terminal (click's help is never narrower than 50 columns).

``install`` (cli/japanese.py) puts ``wrap_text`` in click's place and ``HelpFormatter`` as
every context's; a text is folded by report/fold.py's ``folded``, a command's examples (a
paragraph click keeps as typed, 「\\b」) only where a line is wider than the terminal, between
its words."""

from __future__ import annotations

import shutil
from typing import Any

import click
import click.formatting

from planeval.cli.examples import columns
from planeval.report.fold import folded

NARROWEST = 30  # (columns: a help narrower than this is not easier to read)
# the fewest columns an option's meaning is folded in beside its name; in fewer, it goes under
# the name (at 40 columns, beside 「--status-column 値」: 16 columns, 8 characters a line)
SIDE_BY_SIDE = 30
UNDER = 4  # (how much further than its name a meaning under it is indented)


def wrap_text(
    text: str,
    width: int = 78,
    initial_indent: str = "",
    subsequent_indent: str = "",
    preserve_paragraphs: bool = False,
) -> str:
    """click's ``wrap_text`` (its paragraphs, each indented as its first line is, a paragraph
    after a line of 「\\b」 kept as typed), each folded to ``width`` columns."""
    text = text.expandtabs()
    if not preserve_paragraphs:
        return "\n".join(_fill(" ".join(text.split()), width, initial_indent, subsequent_indent))
    paragraphs: list[str] = []
    for block in _blocks(text):
        indent = " " * (columns(block[0]) - columns(block[0].lstrip()))
        first, later = initial_indent + indent, subsequent_indent + indent
        if block[0].strip() == "\b":
            lines = [
                line
                for number, typed in enumerate(block[1:])
                for line in _kept(typed, width, first if number == 0 else later)
            ]
        else:
            lines = _fill(" ".join(line.strip() for line in block), width, first, later)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _blocks(text: str) -> list[list[str]]:
    """The paragraphs of ``text``, each its lines: separated by an empty line."""
    blocks: list[list[str]] = [[]]
    for line in text.splitlines():
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _fill(text: str, width: int, first: str, later: str) -> list[str]:
    rooms = (max(width - columns(first), 1), max(width - columns(later), 1))
    lines = folded(text, rooms[0], rooms[1], columns) if text else [""]
    return [(first if number == 0 else later) + line for number, line in enumerate(lines)]


def _kept(line: str, width: int, indent: str) -> list[str]:
    """A line of a paragraph kept as typed (an example command and its note after 「  # 」):
    as it is where it fits, else broken between its words, those after a break indented
    further, the note whole where it fits a line."""
    if columns(indent + line) <= width:
        return [indent + line]
    first = indent + " " * (columns(line) - columns(line.lstrip()))
    later = first + " " * UNDER
    typed, hashed, note = line.strip().partition("  # ")
    words = [(" ", word) for word in _units(typed.split())]
    words += [("  ", f"# {note.strip()}")] if hashed else []
    lines, current = [], first + words[0][1]
    for space, word in words[1:]:
        if columns(current + space + word) <= width:
            current += space + word
        else:
            lines.append(current)
            current = later + word
    lines.append(current)
    return [
        piece
        for shown in lines
        for piece in _fill(shown.lstrip(), width, shown[: len(shown) - len(shown.lstrip())], later)
    ]


def _units(words: list[str]) -> list[str]:
    """An example's words as a line keeps them together: an option with its value
    (「--by direction」, 「-f csv」), 「>」 with its file."""
    units: list[str] = []
    for word in words:
        if units and not word.startswith("-") and units[-1].split()[-1].startswith(("-", ">")):
            units[-1] += f" {word}"
        else:
            units.append(word)
    return units


class HelpFormatter(click.HelpFormatter):
    """click's, as wide as the terminal however narrow (to ``NARROWEST``), an option's meaning
    under its name where beside it would leave it fewer than ``SIDE_BY_SIDE`` columns."""

    def __init__(
        self, indent_increment: int = 2, width: int | None = None, max_width: int | None = None
    ) -> None:
        if width is None and click.formatting.FORCED_WIDTH is None:
            terminal = shutil.get_terminal_size().columns
            width = max(min(terminal, max_width or 80) - 2, NARROWEST)
        super().__init__(indent_increment, width, max_width)

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_column = min(max((columns(row[0]) for row in rows), default=0), col_max)
        if self.width - self.current_indent - first_column - col_spacing >= SIDE_BY_SIDE:
            super().write_dl(rows, col_max, col_spacing)
            return
        for term, meaning in rows:
            self.write(f"{'':>{self.current_indent}}{term}\n")
            if meaning:
                indent = " " * (self.current_indent + UNDER)
                self.write(wrap_text(meaning, self.width, indent, indent, True) + "\n")
