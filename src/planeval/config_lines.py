"""The line of planeval.toml a key is set on, for a message to name it (「planeval.toml:4」):
inside a table (line_in, line_within), in the n-th entry of an array of tables
(line_in_entry), or anywhere (line_of); and the line a message names, to sort by
(line_number)."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def line_in(table: str, key: str, text: str) -> str:
    """ ":N", the line where ``key`` is set inside ``[table]`` (a preset of [scale] or of
    [wording], each file holding both), if it can be found."""
    lines = text.splitlines()
    opened = re.compile(rf"^\s*\[\s*{re.escape(table)}\s*\]")
    start = next((n for n, line in enumerate(lines) if opened.match(line)), None)
    if start is None:
        return ""
    found = line_of(key, "\n".join(_until_next_table(lines[start + 1 :])))
    return f":{start + 1 + int(found[1:])}" if found else ""


def _until_next_table(lines: list[str]) -> list[str]:
    return list(itertools.takewhile(lambda line: not line.lstrip().startswith("["), lines))


def line_within(table: str, key: str, text: str) -> str:
    """ ":N", where ``key`` is set inside ``table`` (a key of the same name in another table,
    such as [wording] status beside [[scale.status]], is not it); for an entry of an array of
    tables (scale.status), the first such key."""
    inside = line_in(table, key, text) if table and "." not in table else ""
    return inside or line_of(key, text)  # (else a table opened as [scale.wording])


def line_in_entry(table: str, number: int, key: str, text: str) -> str:
    """ ":N", the line where ``key`` is set in the ``number``th (from 1) entry of an array of
    tables, ``[[table]]`` (the second [[scale.status]]'s needs_issue, not the first's); that
    entry's own line where ``key`` is "", and the first such key anywhere where the entries
    are not written as [[table]] (an inline array)."""
    lines = text.splitlines()
    opened = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
    starts = [n for n, line in enumerate(lines) if opened.match(line)]
    if not 0 < number <= len(starts):
        return line_of(key, text) if key else ""
    start = starts[number - 1]
    if not key:
        return f":{start + 1}"
    found = line_of(key, "\n".join(_until_next_table(lines[start + 1 :])))
    return f":{start + 1 + int(found[1:])}" if found else f":{start + 1}"


def line_of(key: str, text: str) -> str:
    """ ":N", the line where ``key`` is set or opened as a table, if it can be found."""

    escaped = re.escape(key)
    pattern = re.compile(
        rf"^\s*(?:\[\[?\s*(?:[\w.\"' -]+\.)?{escaped}\s*[\].]|[\"']?{escaped}[\"']?\s*[=.])"
    )
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return f":{number}"
    return ""


def line_number(message: str, path: Path) -> int:
    """The line a message names (a message naming none after those that do)."""
    found = re.match(rf"{re.escape(str(path))}:(\d+)", message)
    return int(found[1]) if found else 1 << 30
