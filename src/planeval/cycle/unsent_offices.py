"""A 局's workbook that did not come back, said as its 局 (review 202 #2).

北川崎市's 局 each return one workbook, titled 「令和6年度　施策進行管理・評価票（事務事業）　経済労働局」,
its rows naming their 所管課 and no form line naming the 局. 経済労働局's did not come back this
year: compare told it by the rows (cycle/row_departments.py) as 「今回は調査票の提出がなかった課:
労働雇用課、産業振興課」, and a director asks which 局. Where every row of a workbook of the other
round is of departments so missing, and its title (or its file's name) ends in a unit above
them, they are said as that unit with them in brackets: 「経済労働局（労働雇用課、産業振興課）」.
Only the words: what is held back as 未集計 is the departments' items, as before."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING

from planeval.form_titles import first_titles
from planeval.io.stated_heading import title_department
from planeval.marks import unit
from planeval.read_records import ReadResult

if TYPE_CHECKING:
    from planeval.cycle.compare import Comparison

Who = tuple[str, str]  # (body, department), as cycle/answered.py's
# a unit's name in a file's name: 「R5_施策進行管理評価票_経済労働局.xlsx」's 経済労働局
_NAME_PARTS = re.compile(r"[_\s\-－・]+")
_OFFICES = ("局", "部")


def as_offices(
    absent: Sequence[Mapping[Who, str]],
    by_rows: Sequence[tuple[Mapping[Who, str], object]],
    results: Sequence[ReadResult],
    names: Sequence[Mapping[str, str]],
    index: int,
) -> Mapping[Who, str]:
    """Of compare's round ``index``, its ``absent`` (department → a file of the other round
    holding its rows) as its notices and lines say it: the departments told missing by rows
    (``by_rows``: row_departments.absent_by_rows's) that are all the rows of one workbook of the
    other round (``names``: each round's bodies' names in the last) whose title or file's name
    names a unit not among them said as that unit, with them: (body, 「経済労働局（労働雇用課、
    産業振興課）」) → that workbook."""
    missing = by_rows[index][0]
    if not missing:
        return absent[index]
    holder, renamed = results[1 - index], names[1 - index]
    rows: dict[str, set[Who]] = {}
    for entry in holder.entries:
        rows.setdefault(entry.location.file, set()).add(
            (renamed.get(entry.body, entry.body), entry.department)
        )
    titles = {cell.location.file: cell.text for cell in first_titles(holder)}
    told: dict[Who, str] = {}
    grouped: dict[Who, Who] = {}
    for file, whose in rows.items():
        if not whose or not whose <= missing.keys() or len({body for body, _ in whose}) > 1:
            continue
        office = title_department(titles.get(file, ""))[0] or _named_in(file)
        if office and office not in {department for _, department in whose}:
            sections = "、".join(department for _, department in sorted(whose))
            for who in whose:
                grouped[who] = (who[0], f"{office}（{sections}）")
    for who, file in absent[index].items():
        told.setdefault(grouped.get(who, who), file)
    return told


def _named_in(file: str) -> str:
    """The 局 or 部 a file's name ends in (its last such part), else ""."""
    parts = [part for part in _NAME_PARTS.split(PurePath(file).stem) if part.endswith(_OFFICES)]
    return parts[-1] if parts and len(parts[-1]) > 1 else ""


def offices_unit(departments: Collection[str], word: str = "") -> str:
    """marks.unit of ``departments`` as named here, each without its bracket: 「経済労働局（…）」
    is a 局."""
    return unit([re.split(r"[（(]", name, maxsplit=1)[0] for name in departments], word)


_PROJECTS_SHOWN = 5  # (then 「ほか 3 施策」)


def left_out_projects(comparison: Comparison, side: str) -> str:
    """Of the items 未集計 in round ``side`` because their department sent nothing there, how
    many of each project, beside how many the other round has: 「（施策 4-1 の 8 件すべて、4-2 の
    9 件のうち 6 件）」 — 4-2 is in this round's counts, 3 of its 9 (review 202 #2); "" where no
    project is left out in part (the tables' 今回未集計 rows say it), and of items of several
    bodies (a project's number is each body's own). Each project counted by its ID and named
    as the list names it, 「1-(2)-(1)」: not every 施策's group 「(1)」 as one (review 207)."""
    project = comparison.wording.project
    held: Counter[str] = Counter()
    left: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for movement in comparison.movements:
        entry = movement.old if side == "new" else movement.new
        if entry is None:
            continue
        if entry.body or not entry.project_id:
            return ""  # (no project's number to say it by)
        key = entry.project_id
        shown.setdefault(key, comparison.listed.project(entry) or key)
        held[key] += 1
        if movement.unanswered and movement.uncounted_in == side:
            left[key] += 1
    said = [
        f"{shown[key]} の {count} 件すべて"
        if count == held[key]
        else f"{shown[key]} の {held[key]} 件のうち {count} 件"
        for key, count in left.items()
    ]
    if all(count == held[key] for key, count in left.items()):
        return ""  # (each such project left out whole: its rows 「今回未集計」 say it)
    more = len(said) - _PROJECTS_SHOWN
    listed = "、".join(said[: _PROJECTS_SHOWN if more > 0 else len(said)])
    return f"（{project} {listed}" + (f"、ほか {more} {project}" if more > 0 else "") + "）"
