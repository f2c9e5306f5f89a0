"""A row's number mistyped, read with the plan: 浜松市's 人事課 typed 「KPI3-3-5」 on the row of
「ITパスポート試験の合格職員数（累計）」, the plan's KPI3-3-2, and 愛知県's 総務局 「エ」 on 1-(1)'s
「電子申請の利用促進」, the plan's イ (review 129 #1). The plan knows such an item by its name —
its number a code or a letter, no item_no the forms' numbers are paired by —, so the row was its
item and every output published the number typed, one the plan has not, and nothing was said.

Read with the plan, a row paired by its name with an item the plan numbers so, its number of the
same shape as the plan's and no item's of the plan, is that item: counted under the plan's number
(the plan is the reference) and warned of at its number cell. A number of another shape is a form
numbering its rows its own way (1, 2, 3 down the table), and another item's number is no typo
into nowhere: plan_pairing says those, or nothing, as before."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from planeval.ids import describe
from planeval.io.levels import item_number, label_kind
from planeval.model import Entry, Location, Problem, Severity
from planeval.plan import PlanItem
from planeval.text import comparable_name
from planeval.text_cells import text_cell

_DIGITS = re.compile(r"\d+")


def own_number(item: PlanItem) -> str:
    """The item's number as the plan types it beside its name (a code, 「KPI1-1-1」, or a
    letter, 「イ」), "" where it has none."""
    return item.item_typed or item.item_label


def plan_numbers(items: Iterable[PlanItem]) -> frozenset[tuple[str, str]]:
    """Each item's own number the plan types, within its project and (a code) anywhere: the
    numbers a row may type without being a typo into nowhere."""
    numbers: set[tuple[str, str]] = set()
    for item in items:
        if own := own_number(item):
            numbers.add((item.project_id, comparable_name(own)))
        if item.item_typed:
            numbers.add(("", comparable_name(item.item_typed)))
    return frozenset(numbers)


def mistyped(
    shown: str, project_id: str, item: PlanItem, numbers: frozenset[tuple[str, str]]
) -> bool:
    """Whether a row of ``project_id`` numbered ``shown`` and paired with ``item`` by its name
    typed a number the plan has not, in the plan's own shape (``numbers``: plan_numbers)."""
    own = own_number(item)
    if item.item_no is not None or not own or not shown:
        return False
    typed, planned = comparable_name(shown), comparable_name(own)
    return (
        typed != planned
        and _shape(typed) == _shape(planned)
        and (project_id, typed) not in numbers
        and ("", typed) not in numbers
    )


def _shape(number: str) -> str:
    """A number's shape, whatever its numbers: 「イ」 and 「エ」 alike, 「KPI3-3-2」 and 「KPI3-3-5」."""
    return label_kind(number) or _DIGITS.sub("0", number)


def as_planned(entry: Entry, item: PlanItem) -> Entry:
    """``entry`` numbered as the plan numbers its item, as a form typing the plan's number reads."""
    number = item_number(own_number(item), item.item_name)
    return entry._replace(item_no=number.number, item_label=number.label)


def mistyped_rows(
    entries: Iterable[Entry], found: Sequence[tuple[Location, PlanItem]]
) -> tuple[tuple[Entry, PlanItem], ...]:
    """The rows of ``entries`` at the places ``found`` (plan_pairing.Paired.mistyped), each with
    its plan item."""
    items = dict(found)
    return tuple((entry, items[entry.location]) for entry in entries if entry.location in items)


def numbered_as_planned(
    entries: Sequence[Entry], found: Sequence[tuple[Entry, PlanItem]]
) -> list[Entry]:
    """``entries`` with each row of ``found`` (a mistyped number, its plan item) renumbered."""
    items = {entry.location: item for entry, item in found}
    return [
        as_planned(entry, items[entry.location]) if entry.location in items else entry
        for entry in entries
    ]


def mistyped_problems(
    found: Sequence[tuple[Entry, PlanItem]],
    columns: Mapping[tuple[str, str, str], Mapping[str, int]],
    item_word: str,
) -> list[Problem]:
    """A warning at each row's number cell (else its name's: ``columns``, ReadResult.text_columns)
    naming the number typed, the plan's and the item."""
    problems = []
    for entry, item in found:
        cell = text_cell(entry.location, columns, "number")
        if cell == entry.location:
            cell = text_cell(entry.location, columns, "item")
        planned = as_planned(entry, item).shown_id
        problems.append(
            Problem(
                cell,
                Severity.WARNING,
                f"「{describe(entry)}」の番号「{entry.item_label}」は計画にありません（計画では"
                f"「{item.item_name}」は「{planned}」、『{item.location}』）。名称で計画の"
                f"{item_word}と照らし合わせ、計画の番号「{planned}」で数えています",
                f"調査票の番号を計画の一覧の「{own_number(item)}」に直してください。"
                "計画の番号を改めたのなら、計画の一覧を直してください",
            )
        )
    return problems
