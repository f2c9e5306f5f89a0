"""A project's name as the plan gives it, read with the plan: a form typing its project
otherwise (守山区's 福祉課 「高齢者・障がい者支援」 for the plan's 「高齢者・障害者支援」) had its
spelling in every output, the plan's nowhere (review 107 #2). The plan is the reference: a row
of a plan's item (its number and name the plan's) is counted under the plan's name of its
project, and a name the form words otherwise is said once per file and project.

An item's number typed in another glyph is shown as the plan writes it, alike: 川瀬町's
教育委員会 resent its own older form numbering its 事業 「1」「2」, where the plan and every other
課's form write ①② (review 146 #5). Nothing is said: the number is the plan's, only typed
otherwise."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from planeval.model import Entry, Problem, Severity
from planeval.plan import PlanItem, circled_labels
from planeval.read_records import ReadResult
from planeval.text import comparable_name
from planeval.text_cells import text_cell
from planeval.wording import Wording


def plan_project_names(
    result: ReadResult, named: Sequence[tuple[Entry, PlanItem]], wording: Wording
) -> list[Problem]:
    """``result``'s entries of the rows ``named`` (against_plan.Judged.project_named) given
    their plan item's project name, and a notice at the first row of each file and project
    whose name differs from the plan's by more than spacing or width (not one the form names
    by its number alone)."""
    if not named:
        return []
    planned = {entry.location: item for entry, item in named}
    circled = circled_labels(result.entries)  # (1-1-1① beside: 「1」 is ① too, else 1)
    result.entries = [
        _as_planned(entry, item, circled) if (item := planned.get(entry.location)) else entry
        for entry in result.entries
    ]
    said: dict[tuple[str, str], tuple[Entry, PlanItem]] = {}
    for entry, item in named:
        # (a project named by its number alone, 「(2)ア」 typed with no group row 「(2) 名前」
        # above it, names it no otherwise: review 140)
        typed = entry.project_name
        if typed and comparable_name(typed) != comparable_name(item.project_name):
            said.setdefault((entry.location.file, entry.project_id), (entry, item))
    project = wording.project
    return [
        Problem(
            text_cell(entry.location, result.text_columns, "project"),
            Severity.NOTICE,
            f"{project}「{_written(entry.project_label, entry.project_name)}」は計画では"
            f"「{_written(item.project_typed or item.project_label, item.project_name)}」です"
            f"（{item.location}）。計画の名称で数えました",
            "計画と同じ名称にそろえてください。計画の名称を改めたのなら、計画の一覧を直して"
            "ください",
        )
        for entry, item in said.values()
    ]


def _written(label: str, name: str) -> str:
    """A project's cell as typed, its own number before its name: 「Ⅰ-1 窓口サービスの改善」,
    not the name alone, which no cell holds (review 170 #5)."""
    return f"{label} {name}" if label else name


def _as_planned(entry: Entry, item: PlanItem, circled: bool = False) -> Entry:
    """``entry`` under its plan ``item``'s project name, its number as the plan writes it where
    only typed otherwise (「1」 for ①; a plain 11 stays 11 where no form circles its numbers,
    ``circled``: review 164 #5)."""
    written = item.written_label(circled)
    label = written if retyped(entry.item_label, written) else entry.item_label
    return entry._replace(project_name=item.project_name, item_label=label)


def retyped(typed: str, planned: str) -> bool:
    """Whether an item's label ``typed`` is the ``planned`` one's number in another glyph:
    「1」, 「１」, 「(1)」 for ①."""
    return (
        typed != planned
        and (number := bare_number(typed)) is not None
        and (number == bare_number(planned))
    )


def bare_number(label: str) -> int | None:
    """A label that is a number alone, in any glyph: 1, １, ①, (1), （１）, ⑴ → 1; None for one
    joined to another level's (1-1-(1)), with a mark (ア, (1)ア) or running down the table
    (No.13)."""
    match = _BARE.fullmatch(unicodedata.normalize("NFKC", label).strip())
    return int(match[1] or match[2]) if match else None


_BARE = re.compile(r"(\d+)|\((\d+)\)")
