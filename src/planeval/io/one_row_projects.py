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

from planeval.io.headers import Layout
from planeval.io.text_rows import HEADED
from planeval.io.workbook import ReadOptions, read_workbook
from planeval.model import Problem
from planeval.read_records import ReadResult
from planeval.text import level_heading
from planeval.unread_headings import glued_word


def read_alike(
    parts: list[ReadResult], files: Sequence[Path], owners: Sequence[str], options: ReadOptions
) -> None:
    """Each of ``parts`` (read from ``files``, of the bodies ``owners``) whose tables could
    not tell how their No. numbers, read again as the same body's other files' tables under the
    same header told: the rows numbered, not the projects."""
    read_headed(parts, files, owners, options)
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


def read_headed(
    parts: list[ReadResult], files: Sequence[Path], owners: Sequence[str], options: ReadOptions
) -> None:
    """Each of ``parts`` with a table under a heading of a word planeval does not know
    (text_rows.heading_above: 「運営方針1　安心・安全に暮らせるまち」) read again with the word a
    heading's, as ``[layout] headings = ["運営方針"]`` reads it, where the read's files number
    two or more headings of it (headed_again)."""
    noted = [part.problems for part in parts]
    if not any(problem.kind == HEADED for said in noted for problem in said):
        return  # (the usual read: every heading above a table read, or none)
    layout, again, quiet = headed_again(noted, options.layout)
    for index in again:
        parts[index] = read_workbook(files[index], owners[index], options._replace(layout=layout))
    for index in quiet:
        parts[index].problems = [p for p in parts[index].problems if p.kind != HEADED]


def headed_again(
    problems: Sequence[Sequence[Problem]], layout: Layout
) -> tuple[Layout, list[int], list[int]]:
    """Of the files of a read (each one's reading ``problems``), those to read again with
    ``layout`` reading as a heading's each word their notices of a heading above a table
    (HEADED) number two or more times (運営方針1 … 3, in one file or across the 課' files: its
    tables' rows then the heading's, 1-1 … 1-22, not one group of every 運営方針's 取組み 1 —
    review 187 #1), that layout, and the files whose notices are dropped: a word numbered once
    (「様式1　取組み結果」 over each file's table) is no level's, said once, with that line. The
    kept read's (read_headed) and, file by file, a streamed read's (rollup.py)."""
    noted = {i: [p for p in said if p.kind == HEADED] for i, said in enumerate(problems)}
    noted = {i: said for i, said in noted.items() if said}
    numbers: dict[str, set[str]] = {}
    for said in noted.values():
        for problem in said:
            word = glued_word(problem.value)
            if heading := level_heading(problem.value, (word,)):
                numbers.setdefault(word, set()).add(heading[1])
    words = tuple(word for word, seen in numbers.items() if len(seen) > 1)
    again = [i for i, said in noted.items() if any(glued_word(p.value) in words for p in said)]
    quiet = [i for i in noted if i not in again][1:]  # (the one notice names the line for all)
    return replace(layout, headings=(*layout.headings, *words)), again, quiet
