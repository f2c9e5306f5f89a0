"""A terminal table's cells folded to their columns' widths (folded_cells): a text between
Japanese characters (fold.folded), a header between its words (fold.folded_words), and a file's
name or a place in one (「…_総務部.xlsx › 評価シート › E9」) only between its parts (folded_file),
which a column of places in one file names once above its box (file_of_place)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planeval.lazy_pattern import LazyPattern
from planeval.report.fold import Measure, folded, folded_words

if TYPE_CHECKING:
    from planeval.report.render import TableData


def is_file_name(text: str) -> bool:
    """Whether a cell is a file's name (「集中改革プラン取組状況_企画財政部.xlsx」) or a place in
    one (「…_総務部.xlsx › 評価シート › E9」), which is broken only between its parts
    (folded_file)."""
    return "\n" not in text and _FILE_SUFFIX.search(text) is not None


def folded_file(
    text: str, first: int, width: int | None = None, measure: Measure | None = None
) -> list[str]:
    """A file's name (or a line ending in one, or in a place in one) in lines of at most
    ``first``, then ``width`` cells, broken only after a part of it — at 「_」「-」「›」 a space
    or a folder's 「/」, before a bracket: 「集中改革プラン取組状況_」 over 「企画財政部.xlsx」 —
    never inside a word (「企画財政／部.xlsx」, review 20); a part wider than a line alone is
    folded where a word of it ends (``folded``: 「長与町DX」 over 「推進計画_」)."""
    from rich.cells import cell_len

    size_of = measure or cell_len
    lines: list[str] = []
    line, room = "", first
    for part in FILE_PARTS.findall(text):
        if line.strip() and size_of(line + part.rstrip()) > room:
            lines.append(line.rstrip())
            line, room = "", width or first
            if part.isspace():
                continue
        if not line.strip() and size_of(line + part.rstrip()) > room:
            *whole, line = folded(line + part, room, width or first, size_of)
            lines += [piece.rstrip() for piece in whole]
            room = width or first
            continue
        line += part
    return [*lines, line]


def file_of_place(text: str) -> str | None:
    """The file of a place in one (「総務部.xlsx › 評価シート › E9」, 「>」 on a console that
    cannot show 「›」): 「総務部.xlsx」; None for any other text."""
    if not is_file_name(text):
        return None
    match = re.search(r" [›>] ", text)
    return text[: match.start()] if match else None


# A file's name's end, or a place's in a file (「.xlsx › 評価シート › E9」; 「>」: 「›」 on a
# cp932 console)
_FILE_SUFFIX = LazyPattern(
    r"\.(?:xlsx|xlsm|xls|csv|txt|md|docx|html|json|toml)(?: [›>] [^›>\n]+)*$", re.I
)


# A file's name's parts, each with the separators after it (「取組状況_」, 「R5/」, 「総務部.xlsx › 」)
FILE_PARTS = LazyPattern(r"[（(【]?[^_\-\s/\\（(【›>]*[_\-\s/\\›>]*")


def folded_cells(
    table: TableData, shown: list[int], widths: list[int], measure: Measure
) -> TableData:
    """The table with each text too wide for its column folded between Japanese characters:
    the box, as rich, breaks at spaces only, and left 「①」 or 「1-1-1 ICT」 alone on a line.
    The headers between their words (rich folded 「-（再掲」 above a lone 「）」; by
    characters, 「C 割」 above 「合」: ``folded_words``), a file's name between its parts
    (``folded_file``). A body's name with a mark after it that is not whole on a line, after
    the name: 「岬町」 over 「（別の年度の調査票のため）」, not 「岬町（別の」 (review 191 #6)."""

    from planeval.report.issue_list import BODY_HEADER
    from planeval.report.word_widths import is_name

    width_of = dict(zip(shown, widths, strict=True))

    def fold(column: int, text: str, *, header: bool = False) -> str:
        width = width_of.get(column)
        if width is None or (column in table.numeric and not header) or measure(text) <= width:
            return text

        def lines(part: str) -> list[str]:
            if header or is_file_name(text):
                return (folded_words if header else folded_file)(part, width, measure=measure)
            return folded(part, width, measure=measure, name=is_name(part, measure))

        if (
            table.headers[column] == BODY_HEADER
            and text.endswith("）")
            and "（" in text[1:]
            and "\n" not in text
        ):
            parts = [text[: text.rindex("（")], text[text.rindex("（") :]]
        else:
            parts = text.split("\n")
        return "\n".join(line for part in parts for line in lines(part))

    rows = [[fold(column, text) for column, text in enumerate(row)] for row in table.rows]
    headers = tuple(fold(column, text, header=True) for column, text in enumerate(table.headers))
    return table._replace(rows=rows, headers=headers)
