"""A file whose projects are each of one row, beside a No. (守山土木事務所's form: one 取組み内容
in each of three 取組み項目 — 「7 | 防犯・交通安全の推進 | 通学路の安全点検」). Its tables cannot
tell whether the No. numbers the projects or their rows (running_numbers.names_span_rows), and
read it as the projects' own: 1-7 防犯・交通安全の推進 beside the other 課' 1-2, its 取組み内容
unnumbered — the 取組み項目 in two groups, a co-owner's blank row an error (review 107). The
other files of the read, headed alike, tell: read so, it is read again as they read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from planeval.io.workbook import ReadOptions, read_workbook
from planeval.read_records import ReadResult


def read_alike(
    parts: list[ReadResult], files: Sequence[Path], owners: Sequence[str], options: ReadOptions
) -> None:
    """Each of ``parts`` (read from ``files``, of the bodies ``owners``) whose tables could
    not tell how their No. numbers, read again as the same body's other files' tables under the
    same header told: the rows numbered, not the projects."""
    undecided = [i for i, part in enumerate(parts) if None in part.number_reading.values()]
    if not undecided:
        return  # (the usual read: every table told, or no No. column beside a name)
    told: dict[str, set[str]] = {}  # body → the headers whose No. numbers the rows
    for part, body in zip(parts, owners, strict=True):
        told.setdefault(body, set()).update(k for k, rows in part.number_reading.items() if rows)
    for index in undecided:
        part, body = parts[index], owners[index]
        undecided_keys = {key for key, rows in part.number_reading.items() if rows is None}
        if keys := frozenset(undecided_keys & told.get(body, set())):
            layout = replace(options.layout, rows_numbered=keys)
            parts[index] = read_workbook(files[index], body, options._replace(layout=layout))
