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
) -> list[Entry]:
    """The rows rated one of ``rated``, or (``texts``) with an issue text; of those, only the
    ``chosen`` statuses where some are (export --status), in the order given. A repeat listing
    (``repeat``: the scale's 再掲) never: its item is listed where it is rated (review 116: a 再掲
    row with a 今後の方向性 listed the item twice)."""
    return [
        entry
        for entry in entries
        if (entry.status in rated or (texts and entry.issue))
        and (not chosen or entry.status in chosen)
        and entry.status != repeat
    ]
