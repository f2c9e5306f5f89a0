"""Why the plan's items a whole of the plan holds were not returned, each reason with how many
(check's verdict: 「（集計 1 件＋未提出（令和3年度の調査票） 1 件）」, not 未提出 alone for a
department that sent last year's form or an .xls — review 184): the label each item not returned
is listed with in Chapter 3 (ReadResult.unreturned_rows' status_text, as validate's 提出状況 says
it), counted in the unit of the number said."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from planeval.check_result import Disagreement
from planeval.model import Entry
from planeval.stated_number import PROJECTS, ROWS, TOTAL
from planeval.wording import grouped

Told = Sequence[tuple[str, float]]  # (a label Chapter 3 lists items with, and how many)


def unsent_reasons(
    wrong: Disagreement, rows: Sequence[Entry], read: Collection[str], named: Collection[str]
) -> tuple[tuple[str, int], ...]:
    """The items not returned (``rows``: ReadResult.unreturned_rows) of ``wrong``'s scope —
    the departments its phrase names (``named``), else its policy's, else all — by label: its
    rows for a total, the projects no row was read of (``read``: those some was) for a number
    of projects, a project of two labels not told; none for any other number (a sub-count)."""
    if wrong.subset or wrong.what not in (PROJECTS, TOTAL, ROWS):
        return ()
    own = [
        row
        for row in rows
        if (row.department in named if named else wrong.policy_id in (None, row.policy_id))
    ]
    if wrong.what != PROJECTS:
        return tuple(Counter(row.status_text for row in own).items())
    labels: dict[str, set[str]] = {}
    for row in own:
        if row.project_id not in read:
            labels.setdefault(row.project_id, set()).add(row.status_text)
    if any(len(said) > 1 for said in labels.values()):
        return ()
    return tuple(Counter(said.pop() for said in labels.values()).items())


def reasons_said(told: Told, unit: str = "件") -> list[str]:
    """Each reason as the notes name it, its Chapter 3 label with how many (``told``:
    unsent_reasons, Unreturned.unread_labels): 「未提出（読めないファイルのみ）の 4 件」."""
    return [f"{label}の {grouped(n)} {unit}" for label, n in told]


def at_most(told: Sequence[tuple[str, int]], late: int) -> tuple[tuple[str, int], ...]:
    """``told`` (labels with how many) up to ``late`` items in all, the first labels first."""
    kept = []
    for label, n in told:
        kept += [(label, min(n, late))] if late > 0 else []
        late -= n
    return tuple(kept)


def unsent_said(late: int, unit: str = "件", unread: Told = ()) -> str:
    """「未提出の 4 件は数えていません」: the plan's items not returned, those of files not read
    at all by the label Chapter 3 lists them with (「未提出（読めないファイルのみ）の 4 件」:
    sent, not 未提出 alone — review 184 #1)."""
    rest = late - sum(n for _, n in unread)
    said = reasons_said(((("未提出", rest),) if rest > 0 else ()) + tuple(unread), unit)
    return f"{'、'.join(said)}は数えていません"
