"""Writing a table in any of the output formats: rich, csv, json, or any tabulate format."""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console

    from planeval.report.fold import Measure

RICH, CSV, JSON = "rich", "csv", "json"


@dataclass(frozen=True, slots=True)
class TableData:
    """A titled table: headers and rows of plain text, ready for any format."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    numeric: frozenset[int] = frozenset()  # columns to right-align


# text for a console -------------------------------------------------------------------


@functools.cache  # (compiled when first needed: not by `planeval --version` or `--help`)
def _control() -> re.Pattern[str]:
    """C0 and C1 controls, bidi overrides, and lone surrogates (a file name's undecodable bytes)."""
    return re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_FALLBACK = {"›": ">", "‹": "<", "…": "...", "—": "-", "–": "-", "−": "-", "“": '"', "”": '"'}
CONSOLE_ERRORS = "planeval-console"  # the codec error handler: "›" → ">", others as \\uXXXX


def _escape(char: str) -> str:
    code = ord(char)
    return (
        f"\\x{code:02x}"
        if code < 0x100
        else f"\\u{code:04x}"
        if code < 0x10000
        else f"\\U{code:08x}"
    )


def printable(text: str, *, lines: bool = False) -> str:
    """``text`` with control characters written as escapes (a file named "a⏎b.xlsx" shows as
    ``a\\nb.xlsx``, ESC as ``\\x1b``): data makes no fake lines and no terminal colours.
    ``lines=True`` keeps line breaks (a table cell's own lines). A run of zero-width joiners
    is one: a terminal shows none of them, and rich fails to wrap a cell holding a run."""
    if "\u200d\u200d" in text:
        text = re.sub("\u200d{2,}", "\u200d", text)
    return _control().sub(
        lambda m: m[0] if lines and m[0] == "\n" else _NAMED.get(m[0]) or _escape(m[0]), text
    )


def _fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(_FALLBACK.get(char) or _escape(char) for char in text), error.end


codecs.register_error(CONSOLE_ERRORS, _fallback)


def encodable(text: str, encoding: str | None) -> str:
    """``text`` as a stream in ``encoding`` can take it: characters it lacks replaced by a
    visible stand-in ("›" → ">", others as ``\\u2603``)."""
    if not encoding or encoding.lower().replace("-", "").startswith("utf"):
        return text
    try:
        return text.encode(encoding, CONSOLE_ERRORS).decode(encoding)
    except LookupError:
        return text


def for_console(text: str, encoding: str | None, *, lines: bool = False) -> str:
    """Data as a console shows it: control characters escaped, encodable (see above)."""
    return encodable(printable(text, lines=lines), encoding)


def _for_stream(table: TableData, encoding: str | None, *, lines: bool = True) -> TableData:
    """``lines=False``: a cell's line breaks escaped too (formats that hold one line a row)."""

    def show(text: str, lines: bool = False) -> str:
        return for_console(text, encoding, lines=lines)

    return TableData(
        show(table.title, lines=True),
        [show(header, lines=True) for header in table.headers],
        [[show(cell, lines=lines) for cell in row] for row in table.rows],
        table.numeric,
    )


def format_names() -> list[str]:
    from tabulate import tabulate_formats

    return [RICH, CSV, JSON, *tabulate_formats]


def check_format(name: str) -> str | None:
    """None if ``name`` is a known output format, else the message saying which are."""
    if name in (RICH, CSV, JSON):
        return None  # without importing tabulate
    names = format_names()
    if name in names:
        return None
    return (
        f"出力形式 '{name}' は使えません（rich、csv、json、または tabulate の形式: "
        f"{'、'.join(n for n in names if n not in (RICH, CSV, JSON))}）"
    )


def write_tables(
    tables: Sequence[TableData],
    fmt: str,
    *,
    console: Console,
    stream: TextIO,
    bom: bool = True,
) -> None:
    """Write each table with its title above it, in ``fmt`` (not json: callers own that shape).

    CSV starts with a UTF-8 byte order mark so that Japanese Excel opens it as UTF-8
    (``bom=False`` for tools that do not expect one), and no data cell can run as a formula."""
    if fmt == RICH:
        _write_rich(tables, console)
    elif fmt == CSV:
        _write_csv(tables, stream, bom=bom)
    else:
        from tabulate import multiline_formats, tabulate

        encoding = getattr(stream, "encoding", None)
        for index, table in enumerate(tables):
            table = _for_stream(table, encoding, lines=fmt in multiline_formats)
            if index:
                stream.write("\n")
            if table.title:
                stream.write(f"{table.title}\n")
            align = [
                "right" if column in table.numeric else "left"
                for column in range(len(table.headers))
            ]
            stream.write(
                tabulate(
                    table.rows,
                    headers=list(table.headers),
                    tablefmt=fmt,
                    colalign=align,
                    disable_numparse=True,  # (the texts as they are: "25.0", not 25)
                )
            )
            stream.write("\n")


def write_json(data: object, stream: TextIO) -> None:
    """JSON as UTF-8 text; to a stream in another encoding (cp932, ASCII) the characters it
    lacks are written as JSON escapes, so the output is still the same JSON."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    encoding = getattr(stream, "encoding", None)
    if encodable(text, encoding) != text:
        text = "".join(c if encodable(c, encoding) == c else _json_escape(c) for c in text)
    stream.write(text)


def _json_escape(char: str) -> str:
    import json

    return json.dumps(char)[1:-1]  # "\\u203a"; a pair of surrogates outside the BMP


def _write_rich(tables: Sequence[TableData], console: Console) -> None:
    """Each table as a box when it fits the console; otherwise one block per row (numbers
    are never cut, folded or dropped to make a table fit)."""
    from planeval.report.fold import console_measure, folded_cells

    measure = console_measure(console.file)
    for table in tables:
        table = _for_stream(table, console.encoding)
        shown = [
            column
            for column in range(len(table.headers))
            if not table.rows or any(row[column] for row in table.rows)
        ]  # a column no row uses is left out on a terminal (kept in every other format)
        widths = _column_widths(table, shown, console.width, measure)
        if widths is None:
            _write_stacked(table, shown, console, measure)
        else:
            table = folded_cells(table, shown, widths, measure)
            _write_box(table, shown, widths, console, measure)


_WHOLE_UP_TO = 12  # cells: a column no wider than this (IDs, statuses) is never wrapped
_TEXT_MIN = 10  # cells: the narrowest a text column is made before stacking instead
_NAME_UP_TO = 30  # cells: a body's name (団体, first) is given whole up to this


def _column_widths(
    table: TableData, shown: list[int], width: int, measure: Measure
) -> list[int] | None:
    """The width of each shown column inside its box, or None when the table cannot fit
    ``width`` without cutting a number, an ID or a status."""
    from planeval.report.issue_list import BODY_HEADER

    def widest(texts: Iterable[str]) -> int:
        return max((measure(line) for text in texts for line in text.split("\n")), default=0)

    natural, least, whole = [], [], []
    for column in shown:
        values = widest(row[column] for row in table.rows)
        header = widest([table.headers[column]])
        keep = column in table.numeric or max(values, header) <= _WHOLE_UP_TO
        natural.append(max(values, header, 1))
        # a kept column's header may fold (a wide character needs 2 cells); its values never
        least.append(
            max(values, min(header, 4), 2) if keep else min(max(values, header), _TEXT_MIN)
        )
        whole.append(keep)
    room = width - (len(shown) + 1) - 2 * len(shown)  # the box's lines and each cell's padding
    if sum(least) > room:
        return None
    if sum(natural) <= room:
        return natural
    widths = list(least)
    if table.headers[shown[0]] == BODY_HEADER and not whole[0]:
        # a body's name first, whole where it can be (「body_0001_島北／市」 beside a header
        # 「-（再掲）」 given 11 cells for one digit)
        wanted = max(min(natural[0], _NAME_UP_TO), widths[0])
        widths[0] = min(wanted, room - sum(widths[1:]))
    for index in range(len(widths)):  # whole columns then get their headers back
        if whole[index]:
            widths[index] += min(natural[index] - widths[index], room - sum(widths))
    while (left := room - sum(widths)) > 0:  # then the text columns share the rest
        short = [i for i in range(len(widths)) if widths[i] < natural[i]]
        if not short:
            break
        share = max(left // len(short), 1)
        for index in short[:left]:
            widths[index] += min(share, natural[index] - widths[index], room - sum(widths))
    return widths


def _write_box(
    table: TableData, shown: list[int], widths: list[int], console: Console, measure: Measure
) -> None:
    from planeval.report.box import Box

    rows = [[row[column] for column in shown] for row in table.rows]
    right = [column in table.numeric for column in shown]
    headers = [table.headers[column] for column in shown]
    console.print(Box(table.title, headers, rows, widths=widths, right=right, measure=measure))


def _write_stacked(table: TableData, shown: list[int], console: Console, measure: Measure) -> None:
    """One block per row: its first text cell with the second's value ("ID 1 区民の力を活かす
    情報化"), its other text cells indented, then its numbers as "◎ 4  ○ 12  …" packed into
    indented lines that fit."""
    from rich.text import Text

    from planeval.report.fold import folded

    def say(line: str) -> None:
        """The line folded to the width by characters (Japanese has no spaces to break at),
        every line after its first indented under its row, a cell's own breaks too."""
        first, width = max(console.width, _TEXT_MIN), max(console.width - _HANGING, _TEXT_MIN)
        head, *rest = line.split("\n")
        pieces = folded(head, first, width, measure)
        pieces += [p for part in rest for p in folded(part, width, measure=measure)]
        for number, piece in enumerate(pieces):
            console.print(Text(piece if number == 0 else " " * _HANGING + piece), soft_wrap=True)

    for line in table.title.split("\n") if table.title else ():  # (a heading per line, as typed:
        say(line)  # 「情報化政策1 …」 then 「1-1 …」, neither indented under the other)
    for row in table.rows:
        texts = [c for c in shown if c not in table.numeric and row[c]]
        if texts:
            first = [table.headers[texts[0]], row[texts[0]]]
            if row[texts[0]] in _TOTALS:
                first = first[1:]  # (the total row says 合計, not 「ID 合計」)
            if (
                texts[:2] == shown[:2]
                and "\n" not in row[texts[0]]
                and measure(row[texts[0]]) <= _WHOLE_UP_TO
            ):
                first.append(row[texts.pop(1)])  # the name beside its ID (an ID, not a name)
            # (a row whose first cells are empty, an item under the project above: indented)
            say(("" if texts[0] == shown[0] else "  ") + " ".join(first))
        for column in texts[1:]:
            say(f"  {table.headers[column]} {row[column]}")
        line = ""
        for column in (c for c in shown if c in table.numeric):
            pair = f"{table.headers[column]} {row[column]}"
            if line and measure(line) + 2 + measure(pair) > console.width:
                say(line)
                line = ""
            line = f"{line}  {pair}"
        if line:
            say(line)


_HANGING = 4  # cells: the indent of a stacked row's lines after its first
_TOTALS = frozenset({"合計", "総計"})


def csv_document(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    bom: bool = True,
    newline: str = "\r\n",
) -> str:
    """One CSV document: planeval's own headers as they are, every data cell guarded against
    formula injection (safety.csv_text), a UTF-8 byte order mark first unless ``bom=False``."""
    import csv
    import io

    from planeval.report.safety import csv_text as csv_cell

    buffer = io.StringIO()
    if bom:
        buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator=newline)
    writer.writerow(headers)
    writer.writerows([[csv_cell(cell) for cell in row] for row in rows])
    return buffer.getvalue()


def _write_csv(tables: Sequence[TableData], stream: TextIO, *, bom: bool) -> None:
    """One CSV: the first table under its headers on the first line (what a program reads);
    each further table after a blank line, its title on a line of its own and its own
    headers (as a clerk reads it in Excel: each table under the names of its columns)."""
    if not tables:
        return
    encoding = getattr(stream, "encoding", None) or "utf-8"
    bom = bom and encoding.lower().replace("-", "").startswith("utf")  # a BOM only in UTF-8
    first, *others = tables
    stream.write(csv_document(first.headers, first.rows, bom=bom, newline="\n"))
    for table in others:
        stream.write("\n" + csv_document([table.title], [], bom=False, newline="\n"))
        stream.write(csv_document(table.headers, table.rows, bom=False, newline="\n"))
