"""A policy or direction the files of one read name differently: departments' files copied
from one plan name 1-1 alike, and another name is last year's template or a typo. Noted as
each file joins the read (reader.absorb, note_names), with how many files give each name; said
once per level when it is done (renamed_levels): the reports use the name most files give,
ties the first in name order — never the first file read (review 181 #2: 地域創生部's
「データの利活用」 published because its file came first); with the plan, its name
(plan_names)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult

if TYPE_CHECKING:
    from planeval.plan import Plan

# Problem.kind of the warning (its value the level's key): plan_names says it again
RENAMED = "名称の違い"
_NAMES_SHOWN = 2


def note_names(result: ReadResult, part: ReadResult, file: str) -> None:
    """Where each level ``part`` (the file ``file``'s read) names is first named, each name it
    gives a level otherwise than the files before (said by renamed_levels): at the cell naming
    it where known (ReadResult.level_cells), else at the file; and how many files give each
    name, once the files name it apart (ReadResult.named_by)."""
    from planeval.text import comparable_name

    cells, whole = part.level_cells, Location(file)
    for names, found in (
        (result.policy_names, part.policy_names),
        (result.direction_names, part.direction_names),
    ):
        for key, name in found.items():
            first = names.get(key)
            if first is None:
                result.named_in.setdefault(key, cells.get(key) or whole)
            elif not first:  # (unnamed in the files before: this one names it)
                result.named_in[key] = cells.get(key) or whole
            elif name:
                apart = result.named_apart.get(key)
                if apart is None and comparable_name(first) == comparable_name(name):
                    result.named_files[key] += 1
                    continue
                if apart is None:  # (every file before named it so: first)
                    apart = result.named_apart[key] = {first: result.named_in.get(key, whole)}
                    result.named_by[key] = Counter({first: result.named_files[key]})
                same = _same(apart, name, comparable_name)
                if same is None:
                    apart[same := name] = cells.get(key) or whole
                result.named_by[key][same] += 1
            if name:
                result.named_files[key] += 1


def _same(apart: dict[str, Location], name: str, comparable: Callable[[str], str]) -> str | None:
    """The name of ``apart`` that ``name`` is, spacing and widths aside."""
    return next((known for known in apart if comparable(known) == comparable(name)), None)


def renamed_levels(result: ReadResult) -> list[Problem]:
    """One warning per policy or direction (of its body) the files name otherwise, at the file
    (its cell where a level column named it) giving the name not used: the name most files
    give is the reports' (set in ReadResult's names), ties the first in name order, each file
    counted once — not the first file read (review 181 #2)."""
    said = []
    for key, names in result.named_apart.items():
        counted = result.named_by.get(key, Counter())
        ranked = sorted(names, key=lambda name: (-counted[name], name))
        chosen, others = ranked[0], ranked[1:]
        _use(result, key, chosen)
        tied = len(ranked) > 1 and counted[ranked[1]] == counted[chosen]
        why = (
            f"どれも同じ数のファイルが使っているため、名前の順で先の「{chosen}」（{names[chosen]}）"
            if tied
            else f"多くのファイル（{_files(names[chosen], counted[chosen])}）の「{chosen}」"
        )
        said.append(
            Problem(
                names[others[0]],
                Severity.WARNING,
                f"{_typed(result, key)} の名称がファイルによって違います: {_listed(names, others)}。"
                f"報告書などでは{why}を使います",
                "計画の名称に揃えてください。古い年度の調査票を使っていないかも確認してください",
                kind=RENAMED,
                value=key,
            )
        )
    return said


def plan_names(result: ReadResult, plan: Plan) -> None:
    """Each level the files name apart whose one name is the plan's: that name the reports',
    whatever most files give, and the warning said again naming the files that differ from
    the plan (review 181 #2: the plan's 「データ利活用の推進」 lost to the first file's
    「データの利活用」, and the warning blamed a file that matched the plan)."""
    from planeval.text import comparable_name

    if not result.named_apart or not plan.items:
        return
    plan_file = plan.items[0].location.file
    planned = {comparable_name(_unnumbered(name)) for name in _plan_level_names(plan)}
    for key, names in result.named_apart.items():
        matching = [name for name in names if comparable_name(name) in planned]
        if len(matching) != 1:
            continue  # (no name, or several, the plan's: as most files say)
        [chosen] = matching
        _use(result, key, chosen)
        others = [name for name in names if name != chosen]
        said = Problem(
            names[others[0]],
            Severity.WARNING,
            f"{_typed(result, key)} の名称が計画（{plan_file}）と違います: {_listed(names, others)}。"
            f"報告書などでは計画の名称「{chosen}」を使います",
            "このファイルの名称を計画の名称に揃えてください。古い年度の調査票を使っていないかも確認してください",
            kind=RENAMED,
            value=key,
        )
        result.problems = [
            said if problem.kind == RENAMED and problem.value == key else problem
            for problem in result.problems
        ]


def _plan_level_names(plan: Plan) -> set[str]:
    names: set[str] = set()
    for item in plan.items:
        names.update(name for name in (item.policy_name, item.direction_name) if name)
    return names


# a level's number before its name in one cell, as a plan types it: 「施策7 データ利活用の推進」
_NUMBER_BEFORE = re.compile(r"^\D{0,4}[0-9０-９ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ()（）\-－.．]+[\s　]+")


def _unnumbered(name: str) -> str:
    return _NUMBER_BEFORE.sub("", name.strip())


def _use(result: ReadResult, key: str, name: str) -> None:
    """``name`` the name of the level ``key`` in the outputs."""
    for names in (result.direction_names, result.policy_names):
        if key in names:
            names[key] = name
            return


def _listed(names: dict[str, Location], others: list[str]) -> str:
    listed = "、".join(f"「{name}」（{names[name]}）" for name in others[:_NAMES_SHOWN])
    if len(others) > _NAMES_SHOWN:
        listed += f" ほか {len(others) - _NAMES_SHOWN} 通り"
    return listed


def _files(place: Location, count: int) -> str:
    return f"{place} ほか {count - 1} ファイル" if count > 1 else str(place)


def _typed(result: ReadResult, key: str) -> str:
    """A level's number as its files type it, 「Ⅰ」 (the tables' numerals: review 144 #8, where
    the warning said 「1」), else its ID."""
    return result.level_labels.get(key) or key.rpartition("\x1f")[2]
