"""Text folded to a terminal's width as Japanese is set: between any two characters, never
inside a number, an ID or a Latin word that fits a line (rich breaks at spaces only, leaving
「①」 or 「1-1-1 ICT」 alone on a line and the rest of a name on the next).

How wide a text is drawn depends on the console (``console_measure``): a Japanese Windows
console, or a file written in cp932 and opened in a Japanese editor, draws ◎ ○ △ × ① ※ two
cells wide — every character of two bytes in cp932 — where rich counts one (Unicode's
"ambiguous" width), and a box measured by rich would have its borders out of line."""

from __future__ import annotations

import codecs
import functools
import os
import re
import sys
from collections.abc import Callable
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from planeval.report.render import TableData

Measure = Callable[[str], int]


def console_measure(stream: IO[str] | None) -> Measure:
    """How many cells a text takes where ``stream`` is shown: a cp932 stream, or a Japanese
    Windows console (code page 932) that Python writes in UTF-16, as ``cp932_width``; rich's
    count elsewhere, and in Windows Terminal, which draws ambiguous characters narrow."""
    from rich.cells import cell_len

    if os.environ.get("WT_SESSION"):
        return cell_len
    encoding = getattr(stream, "encoding", None) or ""
    try:
        japanese = codecs.lookup(encoding).name in _JAPANESE if encoding else False
    except LookupError:
        japanese = False
    if japanese or _windows_console_932(stream):
        return cp932_width
    return cell_len


_JAPANESE = {"cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213", "euc_jp"}


def _windows_console_932(stream: IO[str] | None) -> bool:
    if sys.platform != "win32" or stream is None or not stream.isatty():
        return False
    try:
        import ctypes

        return bool(getattr(ctypes, "windll").kernel32.GetConsoleOutputCP() == 932)  # noqa: B009
    except (AttributeError, OSError):
        return False


def cp932_width(text: str) -> int:
    """Cells as a Japanese console draws ``text``: one a byte in cp932 (a kanji, ◎ or ① two;
    half-width katakana one); a character cp932 lacks as rich counts it."""
    if text.isascii():
        return len(text)
    try:
        return len(text.encode("cp932"))
    except UnicodeEncodeError:
        from rich.cells import cell_len

        return sum(cp932_width(char) if _in_cp932(char) else cell_len(char) for char in text)


def _in_cp932(char: str) -> bool:
    try:
        char.encode("cp932")
    except UnicodeEncodeError:
        return False
    return True


def folded(
    text: str, first: int, width: int | None = None, measure: Measure | None = None
) -> list[str]:
    """``text`` cut into lines of at most ``first`` cells, then ``width`` (a wide character
    is two; cells counted by ``measure``, rich's by default): between any two Japanese
    characters, never inside a number, an ID or a Latin word that fits a line (「ICT」,
    「123,456」), and no line starting with a space."""
    from rich.cells import cell_len

    size_of = measure or cell_len
    lines, line, used, room = [], "", 0, first
    kept: list[str] = []  # the tokens on the line
    for token in _tokens().findall(text):
        size = size_of(token)
        if used + size > room and line.strip():
            carried = _carried(kept, token, size, width or first, size_of)
            kept = carried
            lines.append(line[: len(line) - len("".join(carried))])
            line = "".join(carried)
            used, room = size_of(line), width or first
            if token.isspace():
                continue
        while size > room:  # (a word longer than a line: cut where the line ends)
            cut = next(i for i in range(len(token), 0, -1) if size_of(token[:i]) <= room)
            lines.append(line + token[:cut])
            line, used, room, token, kept = "", 0, width or first, token[cut:], []
            size = size_of(token)
        line += token
        used += size
        kept.append(token)
    return [*lines, line]


def folded_words(text: str, width: int, measure: Measure | None = None) -> list[str]:
    """A header in lines of at most ``width`` cells, broken between its words — at a space
    and before an opening bracket: 「C」 over 「割合（%）」, 「割合」 over 「（%）」 — and
    inside a word (as ``folded``) only where the word alone is wider than a line (「C 割」
    over 「合」 over 「（%）」 read as no word)."""
    from rich.cells import cell_len

    from planeval.report.widths import header_words

    size_of = measure or cell_len
    lines: list[str] = []
    line, space = "", ""
    for word in header_words(text):
        if word.isspace():
            space = word
            continue
        joined = f"{line}{space}{word}" if line else word
        space = ""
        if size_of(joined) <= width:
            line = joined
            continue
        if line:
            lines.append(line)
        *whole, line = folded(word, width, measure=size_of)
        lines += whole
    return [*lines, line]


def is_file_name(text: str) -> bool:
    """Whether a cell is a file's name (「集中改革プラン取組状況_企画財政部.xlsx」), which is
    broken only between its parts (folded_file)."""
    return "\n" not in text and _file_suffix().search(text) is not None


def folded_file(
    text: str, first: int, width: int | None = None, measure: Measure | None = None
) -> list[str]:
    """A file's name (or a line ending in one) in lines of at most ``first``, then ``width``
    cells, broken only after a part of it — at 「_」「-」 a space or a folder's 「/」, before a
    bracket: 「集中改革プラン取組状況_」 over 「企画財政部.xlsx」 — never inside a word (「企画財政
    ／部.xlsx」, review 20); a part wider than a line alone is shortened with 「…」."""
    from rich.cells import cell_len

    size_of = measure or cell_len
    lines: list[str] = []
    line, room = "", first
    for part in file_parts().findall(text):
        if line.strip() and size_of(line + part.rstrip()) > room:
            lines.append(line.rstrip())
            line, room = "", width or first
            if part.isspace():
                continue
        if not line.strip() and size_of(line + part) > room:
            kept = part
            while kept and size_of(line + kept + "…") > room:
                kept = kept[:-1]
            part = kept + "…"
        line += part
    return [*lines, line]


@functools.cache
def _file_suffix() -> re.Pattern[str]:
    return re.compile(r"\.(?:xlsx|xlsm|xls|csv|txt|md|docx|html|json|toml)$", re.I)


@functools.cache
def file_parts() -> re.Pattern[str]:
    """A file's name's parts, each with the separators after it (「取組状況_」, 「R5/」)."""
    return re.compile(r"[（(【]?[^_\-\s/\\（(【]*[_\-\s/\\]*")


def packed(line: str, width: int, measure: Measure, separator: str = " ／ ") -> list[str]:
    """A line of parts (the legend's 「◎ 計画を上回る実施 ／ ○ …」) in lines of ``width``
    cells, broken after a separator where one fits and folded inside a part only when the
    part alone is wider; the lines after the first indented by two."""
    parts = line.split(separator)
    lines: list[str] = []
    current = ""
    for number, part in enumerate(parts):
        piece = part + (separator.rstrip() if number < len(parts) - 1 else "")
        room = width if not lines else width - 2
        joined = f"{current} {piece.lstrip()}" if current else piece
        if current and measure(joined) > room:
            lines.append(current)
            current, room = piece.lstrip(), width - 2
        else:
            current = joined
        if measure(current) > room:  # (one part wider than a line: folded inside it)
            *whole, current = folded(current, room, width - 2, measure)
            lines += whole
    lines.append(current)
    return [lines[0], *(f"  {line.rstrip()}" for line in lines[1:])]


# what a Japanese line never starts with (JIS X 4051's 行頭禁則, the common part)
_NO_LINE_START = frozenset(
    "、。，．,.:）」』】〕〉》ー・：；？！%％ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)


def _carried(kept: list[str], token: str, size: int, room: int, size_of: Measure) -> list[str]:
    """The tokens at the end of a line carried to the next, which ``token`` starts: the last
    one if ``token`` never starts a line (「、」「）」, or a word starting so: 「.xlsx」 of a
    file's name; 追い出し; the one before too where that one never starts a line either:
    「キャ」 before 「ッ」), and the opening brackets before it, which never end one (「（%」),
    where the line keeps something and they fit the next line with ``token``; else the last
    one alone, or none. A token is judged by its first character for a line's start and its
    last for a line's end (a Latin word is one token)."""
    last = len(kept) - (token[:1] in _NO_LINE_START)
    while 0 < last < len(kept) and kept[last][:1] in _NO_LINE_START:
        last -= 1  # (「キャ」 before 「ッ」: the ャ never starts a line either)
    start = last
    while start > 1 and kept[start - 1][-1:] in _NO_LINE_END:
        start -= 1
    for first in dict.fromkeys((start, last)):
        carried = kept[first:]
        if first > 0 and size_of("".join(carried)) + size <= room:
            return carried
    return []


# what a Japanese line never ends with (行末禁則): an opening bracket goes with what follows
_NO_LINE_END = frozenset("（「『【〔〈《(［[")


@functools.cache  # (compiled when first needed)
def _tokens() -> re.Pattern[str]:
    """What a line is folded between: a run of Latin letters, digits and signs; a space; any
    other character (Japanese breaks anywhere)."""
    return re.compile(r"[!-~]+|\s|.", re.S)


def folded_cells(
    table: TableData, shown: list[int], widths: list[int], measure: Measure
) -> TableData:
    """The table with each text too wide for its column folded between Japanese characters:
    the box, as rich, breaks at spaces only, and left 「①」 or 「1-1-1 ICT」 alone on a line.
    The headers between their words (rich folded 「-（再掲」 above a lone 「）」; by
    characters, 「C 割」 above 「合」: ``folded_words``), a file's name between its parts
    (``folded_file``)."""
    from dataclasses import replace

    width_of = dict(zip(shown, widths, strict=True))

    def fold(column: int, text: str, *, header: bool = False) -> str:
        width = width_of.get(column)
        if width is None or (column in table.numeric and not header) or measure(text) <= width:
            return text
        fold_part = folded_words if header else folded_file if is_file_name(text) else folded
        return "\n".join(
            line for part in text.split("\n") for line in fold_part(part, width, measure=measure)
        )

    rows = [[fold(column, text) for column, text in enumerate(row)] for row in table.rows]
    headers = tuple(fold(column, text, header=True) for column, text in enumerate(table.headers))
    return replace(table, rows=rows, headers=headers)
