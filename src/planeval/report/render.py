"""Writing a table in any of the output formats: rich, csv, json, or any tabulate format."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
import codecs
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple, TextIO

from planeval.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from rich.console import Console


RICH, CSV, JSON = "rich", "csv", "json"
# the header of a share beside its count (views.summary_table's terminal layout): kept with it
SHARE_HEADER = "割合"


class TableData(NamedTuple):  # (cheaper to define than a frozen dataclass: model.py)
    """A titled table: headers and rows of plain text, ready for any format."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    numeric: frozenset[int] = frozenset()  # columns to right-align
    # each column's title where the whole ones leave a terminal's box no room, "" where it has
    # none: an uncounted status's symbol, 「-」 for 「対象外」 (count_headers.short_titles; the
    # legend under the table says what it means); () for a table whose titles are all kept
    short: Sequence[str] = ()
    # the word of the level whose groups the rows are (柱, 基本目標), where its IDs are
    # numbered after it: a terminal's narrow blocks head each 「柱1 名前」, not 「ID 1 名前」
    # (review 102 #8); "" where the rows are of no one such level
    id_word: str = ""
    # a heading line above a row, by its index: the line typed above the table of its rows, no
    # level (群馬県's 「ICTを活用した学びの充実」 under 施策5: Chapter3Row.heading); none usually
    headings: Mapping[int, str] = {}
    # the columns of statuses (compare's rounds, rounds' each round): centred in a workbook, as
    # the export's status cells (xlsx_chapter3.STATUS)
    statuses: frozenset[int] = frozenset()
    # the columns of short labels (compare's 変化: 改善, 評価できないから変化) a terminal's box
    # keeps whole as a status's header, the name beside them a line taller (box_widths)
    labels: frozenset[int] = frozenset()
    # the columns shown though no row fills them (the issue list's 細目: keeps_sub_items)
    kept: frozenset[int] = frozenset()
    # the statuses' word (Wording.status) before a count's column titled by a number, on a
    # terminal's card: 「達成度1：1件」, not 「1：1件」 (review 189 #7); "" where none is said
    status_word: str = ""


# text for a console -------------------------------------------------------------------


# C0 and C1 controls, bidi overrides, and lone surrogates (a file name's undecodable bytes)
_CONTROL = LazyPattern("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_FALLBACK = {"›": ">", "‹": "<", "…": "...", "—": "-", "–": "-", "−": "-", "“": '"', "”": '"'}
CONSOLE_ERRORS = "planeval-console"  # the codec error handler: "›" → ">", others said (_fallback)


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
    if lines and "\r\n" in text:  # a break pasted from another program: one break, not "\\r"
        text = text.replace("\r\n", "\n")
    if "\u200d\u200d" in text:
        text = re.sub("\u200d{2,}", "\u200d", text)
    return _CONTROL.sub(
        lambda m: m[0] if lines and m[0] == "\n" else _NAMED.get(m[0]) or _escape(m[0]), text
    )


def _fallback(error: UnicodeError) -> tuple[str, int]:
    """Characters the console cannot show (a run of them), said so where the console can say
    it: 「〓（U+2714：この画面では表示できない文字）」, 〓 standing for each as in Japanese print
    (review 21: 「[U+2714]」 said neither what it was nor why), by its code point alone, no
    English name of Unicode's in a Japanese message (review 86: 「U+672F CJK UNIFIED
    IDEOGRAPH-672F」); on a console of ASCII only, each as its code point in brackets,
    「[U+2714]」 (a clerk reads it as a stand-in, where 「\\u2714」 read as Python's). 「›」 and
    the like as their ASCII look-alikes."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text, end = error.object, error.end
    while end < len(text) and text[end] not in _FALLBACK and not _takes(text[end], error.encoding):
        end += 1  # (a Japanese codec reports one character at a time: the run said once)
    lacking = text[error.start : end]
    if any(char in _FALLBACK for char in lacking) or not _takes(_NOT_SHOWN, error.encoding):
        return "".join(_FALLBACK.get(char) or f"[U+{ord(char):04X}]" for char in lacking), end
    return _stand_in(lacking), end


_NOT_SHOWN = "この画面では表示できない文字"


def _stand_in(lacking: str) -> str:
    points = "・".join(f"U+{ord(char):04X}" for char in dict.fromkeys(lacking))  # (each once)
    return f"{'〓' * len(lacking)}（{points}：{_NOT_SHOWN}）"


def _takes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


codecs.register_error(CONSOLE_ERRORS, _fallback)


def encodable(text: str, encoding: str | None) -> str:
    """``text`` as a stream in ``encoding`` can take it: characters it lacks replaced by a
    visible stand-in ("›" → ">", others said: 「〓（U+2603：この画面では表示できない文字）」;
    ``[U+2603]`` in ASCII)."""
    if not encoding or encoding.lower().replace("-", "").startswith("utf"):
        return text
    try:
        return text.encode(encoding, CONSOLE_ERRORS).decode(encoding)
    except LookupError:
        return text


def for_console(text: str, encoding: str | None, *, lines: bool = False) -> str:
    """Data as a console shows it: control characters escaped, encodable (see above)."""
    return encodable(printable(text, lines=lines), encoding)


def for_stream(table: TableData, encoding: str | None, *, lines: bool = True) -> TableData:
    """``lines=False``: a cell's line breaks escaped too (formats that hold one line a row)."""

    def show(text: str, lines: bool = False) -> str:
        return for_console(text, encoding, lines=lines)

    shown: dict[str, str] = {}  # (each distinct cell once: a thousand rows' counts repeat)

    def cell(text: str) -> str:
        if (found := shown.get(text)) is None:
            found = shown[text] = show(text, lines=lines)
        return found

    return table._replace(  # (its other fields as they are: kept, statuses)
        title=show(table.title, lines=True),
        headers=[show(header, lines=True) for header in table.headers],
        rows=[list(map(cell, row)) for row in table.rows],
        short=[show(title) for title in table.short],
        id_word=show(table.id_word),
        headings={index: show(text) for index, text in table.headings.items()},
    )


def used_columns(table: TableData) -> list[int]:
    """The columns some row uses (all of a table with no rows) or the table keeps: a reader's
    formats (the terminal, tabulate's) leave out the rest, 細目 where no item has sub-items;
    CSV and JSON keep every column, a program reading them expects."""
    if not table.rows:
        return list(range(len(table.headers)))
    return [
        column
        for column in range(len(table.headers))
        if column in table.kept or any(row[column] for row in table.rows)
    ]


def only_used(table: TableData) -> TableData:
    """``table`` without the columns no row uses (``used_columns``)."""
    kept = used_columns(table)
    if len(kept) == len(table.headers):
        return table
    return TableData(
        table.title,
        [table.headers[column] for column in kept],
        [[row[column] for column in kept] for row in table.rows],
        frozenset(place for place, column in enumerate(kept) if column in table.numeric),
        [table.short[column] for column in kept] if table.short else (),
        table.id_word if kept[0] == 0 else "",
        table.headings,
    )


def format_names() -> list[str]:
    from tabulate import tabulate_formats

    return [RICH, CSV, JSON, *tabulate_formats]


def check_format(name: str) -> str | None:
    """None if ``name`` is a known output format, else the message saying which are."""
    if name in (RICH, CSV, JSON):
        return None  # without importing tabulate
    names = format_names()
    if name in names or name.lower() in (RICH, CSV, JSON):
        return None if name in names else f"出力形式は小文字で指定してください（-f {name.lower()}）"
    if name.lower().lstrip(".") in ("xlsx", "docx", "html", "md", "pdf", "word", "excel"):
        # (a file to hand round is export's: -f prints to the terminal; review 37)
        return (
            f"出力形式 '{name}' は使えません。ブックや文書に書き出すには planeval export を使って"
            "ください（例: planeval export 回答/ --xlsx 第3章.xlsx --docx 第3章.docx）"
        )
    return (
        f"出力形式 '{name}' は使えません（rich、csv、json、または tabulate の形式: "
        f"{'、'.join(n for n in names if n not in (RICH, CSV, JSON))}）"
    )


def write_tables(
    tables: Sequence[TableData],
    fmt: str,
    *,
    console: "Console",
    stream: TextIO,
    bom: bool = True,
) -> None:
    """Write each table with its title above it, in ``fmt`` (not json: callers own that shape).

    CSV starts with a UTF-8 byte order mark so that Japanese Excel opens it as UTF-8
    (``bom=False`` for tools that do not expect one), and no data cell can run as a formula."""
    if fmt == RICH:
        from planeval.report.terminal import write_rich

        write_rich(tables, console)
    elif fmt == CSV:
        _write_csv(tables, stream, bom=bom)
    else:
        from tabulate import multiline_formats, tabulate

        encoding = getattr(stream, "encoding", None)
        for index, table in enumerate(tables):
            table = only_used(for_stream(table, encoding, lines=fmt in multiline_formats))
            if fmt in _MARKDOWN:
                table = _markdown_cells(table)
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
                    _headed_rows(table, fmt),
                    headers=list(table.headers),
                    tablefmt=fmt,
                    colalign=align,
                    disable_numparse=True,  # (the texts as they are: "25.0", not 25)
                )
            )
            stream.write("\n")


def _headed_rows(table: TableData, fmt: str) -> Sequence[Sequence[str]]:
    """The rows, a heading line above a row (TableData.headings) a row of its own before it:
    its text in the first cell, 【】 around it (bold in Markdown), the rest blank."""
    if not table.headings:
        return table.rows
    rows: list[Sequence[str]] = []
    for index, row in enumerate(table.rows):
        if (heading := table.headings.get(index)) is not None:
            text = f"**【{heading}】**" if fmt in _MARKDOWN else f"【{heading}】"
            rows.append([text, *([""] * (len(table.headers) - 1))])
        rows.append(row)
    return rows


# tabulate's formats that are Markdown tables: one line of text is one row of the table
_MARKDOWN = frozenset({"github", "pipe"})


def _markdown_cells(table: TableData) -> TableData:
    """``table`` for a Markdown table: a cell's lines joined by <br>, as export --md writes them
    (tabulate printed each line as a row of its own — a co-owner's remark under its item's
    issue a row with no item), and a | in a cell escaped (it ended the cell)."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", "<br>")

    return table._replace(
        headers=[cell(header) for header in table.headers],
        rows=[[cell(text) for text in row] for row in table.rows],
    )


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
