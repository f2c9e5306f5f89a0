"""The departments that answered one round of a comparison and not the other: a 局 whose
workbook did not come back this year has not had its items removed from the plan. Their
items are 今回未集計 (or 前回未集計), as a body's that answered one round only, and left out of
both rounds' counts; one notice names each such department.

A file's department is the one its form states (「担当部局：教育委員会」) or its template's mark
names: a round whose files say neither (a body's single workbook, an export) tells nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from planeval.marks import ALL_DEPARTMENTS, template_marks
from planeval.model import Location, Problem, ReadResult, Severity
from planeval.wording import DEFAULT_WORDING, Wording

Who = tuple[str, str]  # (body, department)


def departments_of(result: ReadResult, renamed: Mapping[str, str] | None = None) -> dict[str, Who]:
    """Each file's body (``renamed`` to the other round's name) and department, where its form
    or its template's mark says it."""
    found = dict(result.file_departments)
    for file, mark in template_marks(result.texts).items():
        if mark.department and mark.department != ALL_DEPARTMENTS:
            found.setdefault(file, mark.department)
    body, renamed = result.file_bodies.get, renamed or {}
    return {
        file: (renamed.get(body(file, ""), body(file, "")), department)
        for file, department in found.items()
    }


@dataclass(frozen=True, slots=True)
class Unanswered:
    """Per round ("old", "new"), the departments with no file in it that answered the other,
    and their files there; a notice per such department."""

    departments: dict[str, tuple[str, ...]]
    files: dict[str, frozenset[str]]
    notices: list[Problem]


def unanswered(
    old: ReadResult,
    new: ReadResult,
    renamed: Mapping[str, str] | None = None,
    wording: Wording = DEFAULT_WORDING,
) -> Unanswered:
    """The departments that answered one round only (``renamed``: the old round's bodies'
    names in the new round)."""
    before, after = departments_of(old, renamed), departments_of(new)
    found = Unanswered({}, {}, [])
    if not before or not after:
        return found
    for side, whose, other, answered in (
        ("new", before, after, "前回"),
        ("old", after, before, "今回"),
    ):
        first: dict[Who, str] = {}  # (each department once, at its first file)
        for file in sorted(whose):
            if whose[file] not in other.values():
                first.setdefault(whose[file], file)
        if first:
            found.departments[side] = tuple(_named(who) for who in first)
            found.files[side] = frozenset(f for f, who in whose.items() if who in first)
            found.notices.extend(
                _notice(file, who, answered, wording) for who, file in first.items()
            )
    return found


def _named(who: Who) -> str:
    body, department = who
    return f"{body}の{department}" if body else department


def _notice(file: str, who: Who, answered: str, wording: Wording) -> Problem:
    other = "今回" if answered == "前回" else "前回"
    return Problem(
        Location(file),
        Severity.NOTICE,
        f"{_named(who)}は{answered}だけ回答しています（{other}のブックがありません）。"
        f"その{wording.item}は削除・追加ではなく{other}未集計として、件数の比較から除きました",
        f"{other}の回答があれば、そのブックも指定してください",
    )
