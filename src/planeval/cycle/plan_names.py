"""A project's name as the plan gives it, read with the plan: a form typing its project
otherwise (守山区's 福祉課 「高齢者・障がい者支援」 for the plan's 「高齢者・障害者支援」) had its
spelling in every output, the plan's nowhere (review 107 #2). The plan is the reference: a row
of a plan's item (its number and name the plan's) is counted under the plan's name of its
project, and a name the form words otherwise is said once per file and project."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.model import Entry, Problem, Severity
from planeval.plan import PlanItem
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
    names = {entry.location: item.project_name for entry, item in named}
    result.entries = [
        entry._replace(project_name=names[entry.location]) if entry.location in names else entry
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
            f"{project}「{entry.project_name}」は計画では「{item.project_name}」です"
            f"（{item.location}）。計画の名称で数えました",
            "計画と同じ名称にそろえてください。計画の名称を改めたのなら、計画の一覧を直して"
            "ください",
        )
        for entry, item in said.values()
    ]
