"""A co-owner's text on a row it left blank for its lead to rate (浜名市's こども家庭局: 評価
blank, 「（子育て支援の観点から家庭学習の支援を継続）」 in its 課題 cell, review 160 #4). The
blank is no error (blanks.py: another file rates the item), but its row is then not counted,
and its text went with it — in no output, though a co-owner's text is kept with the item, as a
remark is: after the counted row's own, attributed, 「（共管 こども家庭局）…」 (remarks.attributed).
Part of combining, asked only of the blanks another file rates."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from planeval.item_keys import body_item_key
from planeval.marks import is_placeholder
from planeval.model import Entry, Location, Problem
from planeval.read_records import ReadResult
from planeval.remarks import attributed
from planeval.scale import Scale

ItemKey = tuple[str, str, str, str]


def keep_blank_texts(
    blanks: Sequence[Problem],
    said: Mapping[Problem, ItemKey],
    result: ReadResult,
    entries: list[Entry],
    *,
    scale: Scale,
    writer: Callable[[str], str | None] | None = None,
    own_rows: Collection[Problem] = (),
) -> dict[str, list[tuple[Location, str]]]:
    """Each of ``blanks`` (a status cell another file's row rates, ``said``: its item) whose row
    holds a text in its issue cell (no rating typed there, nor planeval's placeholder) adds that
    text to the counted row of ``entries``, attributed to the department its file was written
    for (``writer``; else its row's 担当課 — always, of ``own_rows``: a co-owner's row in its
    lead's file, blanks._co_owners_beside); the issue cells kept so, each with that
    department, by file."""
    texts = {row.location: row for row in result.error_rows if row.issue.strip()}
    if not texts:
        return {}
    index = {body_item_key(entry): at for at, entry in enumerate(entries)}
    kept: dict[str, list[tuple[Location, str]]] = {}
    for blank in blanks:
        row = texts.get(blank.location)
        at = index.get(said[blank]) if blank in said else None
        if row is None or at is None or _no_text(row.issue, scale):
            continue
        issue = row.issue.strip()
        if issue in entries[at].issue:
            continue  # (the lead's own text, copied: said once)
        written = writer(row.location.file) if writer and blank not in own_rows else None
        department = written or row.department
        entries[at] = attributed(entries[at], department, issue)
        kept.setdefault(row.location.file, []).append(
            (_issue_cell(row.location, result), department)
        )
    return kept


def _no_text(issue: str, scale: Scale) -> bool:
    """Whether an issue cell holds no text to keep: a rating typed a column to the right
    (blanks._ratings_in_issues says it), or planeval's placeholder."""
    return scale.normalise(issue.strip()) is not None or is_placeholder(issue)


def _issue_cell(status: Location, result: ReadResult) -> Location:
    from planeval.text_cells import text_cell

    return text_cell(status, result.text_columns, "issue")
