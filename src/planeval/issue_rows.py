"""Which rows an issue list holds (課題一覧), by one rule: the export's list (report/issue_list.
select_issues) and check's reading of its lead (issue_leads.py), which counts the rows the
lead's words select, both ask it."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from planeval.model import Entry
from planeval.scale import Scale


def off_plan_statuses(scale: Scale) -> frozenset[str]:
    """The statuses that put a row in the issue list by themselves (Scale.off_plan)."""
    return frozenset(symbol for symbol in scale.counted if scale.off_plan(symbol))


def unrated_with_text(scale: Scale) -> tuple[str, ...]:
    """The uncounted statuses, no repeat listing, that put a row with an issue text in the
    list whatever issue_list says (``needs_issue`` on a status not counted: 長与町's − 評価できない,
    whose 評価の理由 says why it could not be rated — review 175 #5); a row of one with no text
    is not listed, nor warned of: it is not rated. In the scale's order."""
    return tuple(symbol for symbol in scale.uncounted_results if scale.status(symbol).needs_issue)


def with_text(scale: Scale) -> bool:
    """Whether a row with an issue text is listed whatever its status (issue_list
    "status_or_text"; with "status", every row has one)."""
    return scale.issue_list == "status_or_text"


def issue_rows(
    entries: Iterable[Entry],
    rated: Collection[str],
    *,
    texts: bool,
    chosen: Collection[str] = (),
    repeat: str | None = None,
    unrated: Collection[str] = (),
) -> list[Entry]:
    """The rows rated one of ``rated``, or (``texts``) with an issue text, or rated one of
    ``unrated`` (unrated_with_text) with one; of those, only the ``chosen`` statuses where
    some are (export --status), in the order given. A repeat listing (``repeat``: the scale's
    再掲) never: its item is listed where it is rated (review 116: a 再掲 row with a 今後の方向性
    listed the item twice)."""
    return [
        entry
        for entry in entries
        if (entry.status in rated or ((texts or entry.status in unrated) and entry.issue))
        and (not chosen or entry.status in chosen)
        and entry.status != repeat
    ]
