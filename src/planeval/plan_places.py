"""A form's projects placed under the plan's policies where the form names no policy.

A plan numbering its 施策 straight through, 1–40 under 基本目標 Ⅰ–Ⅴ (its 基本目標 column
saying which: io/plan_through.py), is answered by a 部 whose form has 施策番号 | 施策名 |
事務事業名 and no 基本目標 column: its 施策 10 is read as a level of its own, policy 10 (the
project its own policy), and was counted beside Ⅰ–Ⅴ as 基本目標 10 (review 103). The plan
says where it belongs: it is placed under the plan's policy, numbered as the plan and a form
with the 基本目標 column number it (2-10), and counted there."""

from __future__ import annotations

from operator import eq, itemgetter
from pathlib import PurePath
from typing import TYPE_CHECKING

from planeval.io.level_names import folder_of
from planeval.model import Entry, Location, Problem, Severity
from planeval.read_records import ReadResult

if TYPE_CHECKING:
    from planeval.plan import Plan

_PROJECT, _POLICY = (itemgetter(Entry._fields.index(f)) for f in ("project_id", "policy_id"))


def place_by_plan(result: ReadResult, plan: Plan) -> None:
    """``result``'s rows read with their project as their own policy (施策 10 as 基本目標 10)
    placed under the policy of the plan's project numbered so through the plan (2-10)."""
    through = {
        item.project_label: (item.policy_id, item.policy_label, item.project_id)
        for item in plan.items
        if item.project_label and item.project_id == f"{item.policy_id}-{item.project_label}"
    }
    if not through:  # (most plans: their projects' numbers carry their policies')
        return
    placed = []
    for entry in result.read:
        found = through.get(entry.project_id)
        if found is None or entry.policy_id != entry.project_id or entry.direction_id:
            placed.append(entry)
            continue
        policy, label, project = found
        placed.append(entry._replace(policy_id=policy, project_id=project))
        if label:
            result.level_labels.setdefault(policy, label)
    result.read = placed
    result.items_seen = [  # (its rows left blank, as the plan pairs them)
        (body, through[project][2] if project in through else project, number, name)
        for body, project, number, name in result.items_seen
    ]


def unplaced_projects(result: ReadResult) -> Problem | None:
    """With no plan: the warning naming a body's files whose projects are read as their own
    policies (施策番号 | 施策名 | 事務事業名, no 基本目標 column or heading: 施策 10 counted as
    基本目標 10) beside files of the body whose projects stand under a policy (review 108: 施策
    10, 11, 12, 31, 32 counted beside Ⅰ–Ⅴ, no word of it). None where every file is alike (a
    plan of one level, or every form with its policies), as in most reads."""
    read = result.read  # (a project its own policy: none in most reads, told in C)
    if len(result.files) < 2 or not any(map(eq, map(_PROJECT, read), map(_POLICY, read))):
        return None
    flat: dict[str, dict[str, dict[str, None]]] = {}  # body → file → its projects as read
    levelled: dict[str, str] = {}  # body → a file of it with projects under a policy
    for entry in result.read:
        if entry.project_id == entry.policy_id and not entry.direction_id:
            projects = flat.setdefault(entry.body, {}).setdefault(entry.location.file, {})
            projects[entry.project_label or entry.project_id] = None
        elif entry.project_id and entry.policy_id:
            levelled.setdefault(entry.body, entry.location.file)
    for body, files in flat.items():
        under = levelled.get(body)
        apart = [file for file in files if file != under]  # (a file of both: not flat)
        if under is None or not apart:
            continue
        listed = "・".join(
            f"{PurePath(file).name}（情報化計画事業 {'・'.join(files[file])}）" for file in apart
        )
        return Problem(
            Location(folder_of(apart)),
            Severity.WARNING,
            f"{listed}は、上に情報化政策の列も見出しもないため、情報化計画事業をそれぞれ"
            f"情報化政策として数えています（{PurePath(under).name} などでは情報化計画事業の"
            "上に情報化政策があります）",
            'planeval.toml の [plan] に file = "計画.xlsx" のように計画の一覧のブックを'
            "指定すれば、計画の情報化政策の下に数えます。または、これらのファイルに"
            "情報化政策の列か、情報化政策ごとの見出しの行（情報化政策1 …）を加えてください",
        )
    return None
