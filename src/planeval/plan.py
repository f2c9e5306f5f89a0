"""The plan's list of items (計画事業一覧): what departments are asked to rate."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from planeval.model import Location, Problem

TREATMENTS = ("新規", "拡大", "継続", "終了")


@dataclass(frozen=True, slots=True)
class PlanItem:
    """One implementation item of the plan (or one sub-item, where the plan rates in parts)."""

    location: Location
    policy_id: str
    direction_id: str
    project_id: str
    project_name: str
    item_no: int | None
    item_label: str
    item_name: str
    treatment: str = ""
    reason: str = ""
    dx_pillar: str = ""
    departments: tuple[str, ...] = ()
    sub_item: str | None = None
    card_item: str = ""  # the same item as the project card (個票) words it, where known
    policy_name: str = ""
    direction_name: str = ""

    @property
    def ended(self) -> bool:
        return self.treatment == "終了"


@dataclass(slots=True)
class Plan:
    items: list[PlanItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def departments(self) -> list[str]:
        """Every department named in the plan, in order of first appearance."""
        seen: dict[str, None] = {}
        for item in self.items:
            for department in item.departments:
                seen.setdefault(department)
        return list(seen)


def split_departments(text: str) -> tuple[str, ...]:
    """ "政策経営部、財務部" or one per line → ("政策経営部", "財務部")."""
    parts = re.split(r"[、,，\n]+", text)
    return tuple(part.strip() for part in parts if part.strip())
