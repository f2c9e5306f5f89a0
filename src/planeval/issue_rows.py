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


def unlisted_statuses(scale: Scale) -> frozenset[str]:
    """The statuses whose rows an issue list never holds, whatever their text: the uncounted
    ones but unrated_with_text's — a repeat listing (再掲: its item is listed where it is rated,
    review 116) and a row not rated (小島村's 対象外 「－」 beside 「対象となる取組なし」, which is no
    課題: review 193 #1, its 9 rows made 「一覧は102件」 of 一部未実施59件 and 未実施34件)."""
    return frozenset(scale.uncounted) - set(unrated_with_text(scale))


def unlisted_with_text(entries: Iterable[Entry], scale: Scale) -> list[Entry]:
    """The rows with an issue text a list of texts (issue_list "status_or_text") leaves out
    for their status (unlisted_statuses), which its lead counts (「…で課題の記載がある実施内容9件は
    一覧に含めていません」); none where the list is of statuses alone."""
    if not with_text(scale):
        return []
    unlisted = unlisted_statuses(scale)
    return [entry for entry in entries if entry.status in unlisted and entry.issue]


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
    unlisted: Collection[str] = (),
    unrated: Collection[str] = (),
) -> list[Entry]:
    """The rows rated one of ``rated``, or (``texts``) with an issue text, or rated one of
    ``unrated`` (unrated_with_text) with one; of those, only the ``chosen`` statuses where
    some are (export --status), in the order given. A row of an ``unlisted`` status
    (unlisted_statuses; an earlier export's lead, the scale's 再掲 alone) never."""
    return [
        entry
        for entry in entries
        if (entry.status in rated or ((texts or entry.status in unrated) and entry.issue))
        and (not chosen or entry.status in chosen)
        and entry.status not in unlisted
    ]
