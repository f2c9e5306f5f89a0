"""The items a count made past errors left out (--keep-going), as the export's sheet
集計に含めていない行 lists them (report/xlsx_past_errors.py writes the sheet): each item's row —
its project's number as typed or its ID, its own number or mark, its project's name where no
item has a number, its name, why it was not counted —, the columns the table needs, and each
item's policy where no row of that policy was counted (「2（未集計）」 in 集計)."""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

from planeval.distinct_ids import without_dot
from planeval.dotted_ids import typed_id
from planeval.level_labels import shown_number
from planeval.past_errors import IN_ERROR_WHY, OTHER_SCALE, OTHER_YEAR, CountedPast
from planeval.read_records import ItemSeen
from planeval.repeat_marks import names_repeat
from planeval.report.document import Report
from planeval.text import ROMAN_NUMERALS, number_value

# (a row naming its 再掲元, never counted: not among the rows its policy's sentence says were
# left out for the reason beside it — 森野町's 「補助金の見直し（1.1再掲）」, review 93)
REPEAT_WHY = "再掲の行のため"

Rows = list[list[str | int]]


def item_policies(report: Report) -> tuple[tuple[str, str, str], ...]:
    """Each item ``report.counted_past`` records, with its policy's number, its number as
    typed ("" where as the number) and its name where no row of the policy was counted (its
    row in 集計 blank, 「2（未集計）」), else ("", "", ""); () where no policy was so."""
    from planeval.report.uncounted_policies import none_counted

    groups = {s.group.id: s.group for s in report.policies if s.group.id and none_counted(s.group)}
    if not groups or not report.counted_past.items:
        return ()
    policy_of = {(row.body, row.project_id): row.policy_id for row in report.chapter3_rows}
    found = []
    for body, project, _number, _name in report.counted_past.items:
        group = groups.get(policy_of.get((body, project), ""))
        found.append((group.id, group.label, group.name) if group else ("", "", ""))
    return tuple(found) if any(policy for policy, _typed, _name in found) else ()


def policy_led_ids(report: Report) -> list[str]:
    """Each item ``report.counted_past`` records, its project's number led by its policy's as
    typed where that makes its ID again (policy_led: 「Ⅰ-2」 of 「2.」 under 柱Ⅰ),
    else ""."""
    policy_of = {(row.body, row.project_id): row.policy_id for row in report.chapter3_rows}
    labels = report.counted_past.labels or (("", ""),) * len(report.counted_past.items)
    return [
        policy_led(project, shown_number(report.labels, policy, body), shown)
        if (policy := policy_of.get((body, project), ""))
        else ""
        for (body, project, _number, _name), (shown, _label) in zip(
            report.counted_past.items, labels, strict=True
        )
    ]


def policy_led(project: str, policy: str, label: str) -> str:
    """A project's number ``label`` (「2.」) led by its policy's as typed, ``policy`` (Ⅰ), where
    the two make the project's ID ``project`` (1-2) again: 「Ⅰ-2」, the 集計に含めていない行
    sheet's number in place of planeval's 1-2, which the body never typed (review 114), and
    read back as it (io/export_past_errors.py); "" for any other."""
    own = unicodedata.normalize("NFKC", without_dot(label))
    if len(policy) != 1 or policy not in ROMAN_NUMERALS or not own.isdecimal():
        return ""
    return f"{policy}-{own}" if f"{number_value(policy)}-{int(own)}" == project else ""


class ItemColumns(NamedTuple):
    """The items' table's columns besides the project's number and the item's name: the
    project's number as typed beside its ID (where one was typed otherwise, and does not read
    back as it: 「(3)」 of 2-3, not 長与町's 2.1.1, shown in its ID's place), the items' own
    numbers (where some has one) and, where none has (an indicator named by its project, as its
    error messages name it: 「導入業務数（2.1.1 RPAの導入）」), the project's name."""

    typed: bool
    numbered: bool
    named: bool


def item_columns(left_out: CountedPast, *, named: bool) -> ItemColumns:
    """The items' table's columns (review 87: 長与町's read 「2-1-1 │ 2.1.1 │（空欄）│ 導入
    業務数」, its number twice, an empty 指標番号 and no 取組 named); ``named``: the project a
    level of its own (not a plan of two levels' policy)."""
    labels = left_out.labels or (("", ""),) * len(left_out.items)
    numbered = any(
        _typed(item[2], label) != ""
        for item, (_shown, label) in zip(left_out.items, labels, strict=True)
    )
    return ItemColumns(
        typed=any(
            shown and typed_id(shown) != item[1]
            for item, (shown, _label) in zip(left_out.items, labels, strict=True)
        ),
        numbered=numbered,
        named=named and not numbered and any(left_out.names),
    )


def item_rows(left_out: CountedPast, scaled: set[str], *, bodies: bool, shape: ItemColumns) -> Rows:
    """The items' rows, as their table shows them: the project's number as typed where it
    reads back as its ID (長与町's 2.1.1), else its ID (what its rows are sorted and read back
    by) with, where some was typed otherwise (``shape.typed``), its number as typed beside it,
    2-3 and (3); the item's number as typed, 「(2)」, where typed otherwise than as a number
    (review 86: 「2」), else its mark, イ (an item marked so has no number: its cell was left
    empty — review 84), the column left out where no item has either; the project's name
    where known (``shape.named``); each with why where some body's are of another scale
    (``scaled``) or some of a workbook of another year (CountedPast.dated)."""
    labels = left_out.labels or (("", ""),) * len(left_out.items)
    names = left_out.names or ("",) * len(left_out.items)
    dated = set(left_out.dated)
    why = bool(scaled or dated)
    return [
        [
            *[body] * bodies,
            shown if not shape.typed and shown and typed_id(shown) == project else project,
            *[shown or project] * shape.typed,
            *[_typed(number, label)] * shape.numbered,
            *[own] * shape.named,
            name,
            *([_why((body, project, number, name), scaled, dated)] if why else []),
        ]
        for (body, project, number, name), (shown, label), own in zip(
            left_out.items, labels, names, strict=True
        )
    ]


def _typed(number: int | None, label: str) -> str | int:
    """An item's number as its body typed it, 「(2)」 or イ; typed as the number itself, or
    not known, the number (none: "")."""
    if label and label != str(number):
        return label
    return "" if number is None else number


def _why(item: ItemSeen, scaled: set[str], dated: set[ItemSeen]) -> str:
    """Why an item was not counted, as its row says it: a 再掲 row as such, as the count
    sentences leave it out (left_out_items.counted_past)."""
    if names_repeat(item[3]):
        return REPEAT_WHY
    if item[0] in scaled:
        return OTHER_SCALE
    return OTHER_YEAR if item in dated else IN_ERROR_WHY
