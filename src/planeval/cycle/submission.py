"""Who has returned their workbook (提出状況): per department of the plan 提出済, 未提出 (nothing
returned) or 未記入 N件 (returned, N of the items it leads without a status).

A workbook is a department's by what the template wrote inside it (cycle/marks.py), whatever
its file is called now; a workbook without that mark counts for the departments whose items
it rates. A department that sent only a template of another round (last year's file, left out
of the count) is 未提出, with that file and its year named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from planeval.combine import entry_key
from planeval.fiscal import era_year
from planeval.marks import template_marks
from planeval.model import EntryKey, ReadResult, item_key
from planeval.plan import Plan, PlanItem

State = Literal["提出済", "未提出", "未記入"]


@dataclass(frozen=True, slots=True)
class Submission:
    """One department's return: its state, how many of the items it leads have no status,
    how many it leads, and the files it returned."""

    department: str
    state: State
    missing: int
    items: int
    files: tuple[str, ...]
    other_round: int | None = None  # 未提出: the fiscal year of the template it sent instead

    @property
    def label(self) -> str:
        if self.other_round is not None:
            return f"未提出（{era_year(self.other_round)}の調査票）"
        return f"未記入 {self.missing}件" if self.state == "未記入" else self.state

    def as_dict(self) -> dict[str, object]:
        return {
            "department": self.department,
            "state": self.state,
            "label": self.label,
            "missing": self.missing,
            "items": self.items,
            "files": list(self.files),
            "other_round": self.other_round,
        }


def plan_key(item: PlanItem) -> EntryKey:
    """The key an entry of this plan item has (combine.entry_key)."""
    return item_key(item.project_id, item.item_no, item.item_name, item.sub_item)


def lead_of(item: PlanItem) -> str:
    return item.departments[0] if item.departments else ""


def submissions(result: ReadResult, plan: Plan) -> list[Submission]:
    """Every department of the plan, in the plan's order, with what it returned."""
    marks = template_marks(result.texts)
    others = template_marks(result.other_rounds)  # (left out: last year's file sent again)
    whole_plan = sorted(file for file, mark in marks.items() if mark.department is None)
    rated = {entry_key(entry) for entry in result.read}
    rated_by_file: dict[str, set[str]] = {}
    for entry in result.read:
        if entry.location.file not in marks:
            rated_by_file.setdefault(entry.department, set()).add(entry.location.file)
    found = []
    for department in plan.departments:
        led = [i for i in plan.items if not i.ended and lead_of(i) == department]
        files = sorted(file for file, mark in marks.items() if mark.department == department)
        files += sorted(rated_by_file.get(department, set()) - set(files))
        missing = sum(plan_key(item) not in rated for item in led)
        if not files and not whole_plan and missing == len(led):
            state: State = "未提出"
            sent = sorted(
                (m.fiscal_year, f) for f, m in others.items() if m.department == department
            )
            files = [file for _, file in sent]
            other_round = sent[0][0] if sent else None
        else:
            other_round = None
            state = "未記入" if missing else "提出済"
            files = files or whole_plan
        found.append(Submission(department, state, missing, len(led), tuple(files), other_round))
    return found


def unreturned(found: Sequence[Submission]) -> set[str]:
    return {submission.department for submission in found if submission.state == "未提出"}
