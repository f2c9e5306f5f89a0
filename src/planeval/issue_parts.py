"""The issue columns a table is read with together (review 148 #1: 北河内市's 評価の理由 and
今後の方向性, both named in [layout.titles] issue): each row's texts kept in its one issue text,
each on its lines after its column's title (「評価の理由：…」 over 「今後の方向性：…」, written by
``joined``: io/issue_columns.join_issues), and split back into a column each, titled as the
forms title them (ReadResult.issue_parts), wherever a list shows them — the issue lists of every
format and of `issues`, and the export's data sheet, which records the columns after the first
as ``issue_2`` … and is read back into the one text again (io/export_data.py). A read of one
issue column has no parts: its texts are shown as read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

PART_FIELD = "issue_"  # (+ its place from 2: the data sheet's field of a later issue column)


def joined(texts: Iterable[tuple[str, str]]) -> str:
    """The one issue text of a row's (title, text) pairs, each filled one on its lines."""
    return "\n".join(f"{title}：{text}" for title, text in texts if text)


def part_fields(parts: Sequence[str]) -> tuple[str, ...]:
    """The data sheet's fields of the issue columns: ``issue``, then ``issue_2`` …"""
    return ("issue", *(f"{PART_FIELD}{place}" for place in range(2, len(parts) + 1)))


def split_issue(text: str, parts: Sequence[str]) -> tuple[str, ...]:
    """``text`` as each of ``parts``' columns holds it (its lines after 「title：」 to the next
    title's; a line before any title, a lead the reading put first, the first column's)."""
    lines: dict[str, list[str]] = {part: [] for part in parts}
    current = parts[0]
    for line in text.splitlines():
        head = next((part for part in parts if line.startswith(f"{part}：")), None)
        if head is not None:
            current, line = head, line[len(head) + 1 :]
        lines[current].append(line)
    return tuple("\n".join(lines[part]) for part in parts)


def spread(
    headers: Sequence[str], rows: Iterable[Sequence[str]], at: int, parts: Sequence[str]
) -> tuple[tuple[str, ...], list[list[str]]]:
    """``headers`` and ``rows`` with the issue column (``at``) a column per part, titled by it;
    as they are where the read kept one issue column (fewer than two ``parts``)."""
    if len(parts) < 2:
        return tuple(headers), [list(row) for row in rows]
    titled = (*headers[:at], *parts, *headers[at + 1 :])
    return titled, [[*r[:at], *split_issue(r[at], parts), *r[at + 1 :]] for r in rows]
