"""Writing a table in any of the output formats: rich, csv, json, or any tabulate format."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console

RICH, CSV, JSON = "rich", "csv", "json"


@dataclass(frozen=True, slots=True)
class TableData:
    """A titled table: headers and rows of plain text, ready for any format."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    numeric: frozenset[int] = frozenset()  # columns to right-align


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
        from tabulate import tabulate

        for index, table in enumerate(tables):
            if index:
                stream.write("\n")
            if table.title:
                stream.write(f"{table.title}\n")
            align = [
                "right" if column in table.numeric else "left"
                for column in range(len(table.headers))
            ]
            stream.write(
                tabulate(table.rows, headers=list(table.headers), tablefmt=fmt, colalign=align)
            )
            stream.write("\n")


def write_json(data: object, stream: TextIO) -> None:
    json.dump(data, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def _write_rich(tables: Sequence[TableData], console: Console) -> None:
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table

    for table in tables:
        view = Table(title=table.title or None, box=box.SQUARE, title_justify="left")
        # a column no row uses is left out on a terminal (it is kept in every other format);
        # short columns never wrap, long ones share the width by how much they hold
        shown = [
            column
            for column in range(len(table.headers))
            if not table.rows or any(row[column] for row in table.rows)
        ]
        for column in shown:
            widest = max(
                [cell_len(table.headers[column])] + [cell_len(r[column]) for r in table.rows]
            )
            view.add_column(
                table.headers[column],
                justify="right" if column in table.numeric else "left",
                overflow="fold",
                no_wrap=widest <= 12,
                ratio=None if widest <= 12 else min(widest, 60) // 12 + 1,
            )
        for row in table.rows:
            view.add_row(*(row[column] for column in shown))
        console.print(view)


def csv_document(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    bom: bool = True,
    newline: str = "\r\n",
) -> str:
    """One CSV document: planeval's own headers as they are, every data cell guarded against
    formula injection (safety.csv_text), a UTF-8 byte order mark first unless ``bom=False``."""
    from planeval.report.safety import csv_text as csv_cell

    buffer = io.StringIO()
    if bom:
        buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator=newline)
    writer.writerow(headers)
    writer.writerows([[csv_cell(cell) for cell in row] for row in rows])
    return buffer.getvalue()


def _write_csv(tables: Sequence[TableData], stream: TextIO, *, bom: bool) -> None:
    """One CSV: the first table's headers, then every table's rows (same columns throughout)."""
    if not tables:
        return
    rows = [row for table in tables for row in table.rows]
    stream.write(csv_document(tables[0].headers, rows, bom=bom, newline="\n"))
