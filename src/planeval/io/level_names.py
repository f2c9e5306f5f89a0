"""The files' names of their policies and directions joined into one read (join_names; a level
they name apart: apart_names.renamed_levels). And a policy numbered between two that are read but read
nowhere itself: a department that never answered."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING, TypedDict

from planeval.id_order import id_order
from planeval.ids import id_form
from planeval.model import Location, Problem, Severity, body_key
from planeval.read_records import ReadResult

# a gap's notice's reason (a read with the plan drops them: cycle/with_plan.py)
NUMBER_GAP = "番号の抜け"
GAP_SAID = " の行がどのファイルにもありません"  # (after what is missing: report_api.gaps_read reads it back)
# the end of a gap's fix (said only without the plan): what the plan tells, and what no read
# without it can — a run's last numbers missing (review 148 #4: 6-3～6-7 gone, no word)
PLAN_TELLS = (
    "計画の一覧があれば validate --plan で提出状況が分かります。計画がないと、番号の最後の"
    "行がそろって抜けていても分かりません"
)
# a gap's facts (Problem.kind, .value) as cycle/explained_gaps.gap_of reads them back
GAP_KIND = "番号の抜け:"

if TYPE_CHECKING:
    from planeval.io.tables import SheetResult


def join_names(result: ReadResult, part: ReadResult | SheetResult, body: str) -> None:
    """A sheet's or file's policy and direction names into the whole (``body``'s): the first
    found, where the first to name a level left it blank the first that names it."""
    for names, found in (
        (result.policy_names, part.policy_names),
        (result.direction_names, part.direction_names),
    ):
        for level, name in found.items():
            if not names.get(key := body_key(body, level)):
                names[key] = name
    for level, cell in part.level_cells.items():
        result.level_cells.setdefault(body_key(body, level), cell)


def missing_policies(result: ReadResult) -> list[Problem]:
    """A notice per body whose files, two or more, name policies 1 and 3 but no 2: the
    department that rates policy 2 sent nothing (validate --plan and [bodies] roster list who
    should). None of one department's own file, or of a body of sparse numbers."""
    numbers: dict[str, set[int]] = {}
    for key in result.policy_names:
        body, _, identifier = key.rpartition("\x1f")
        if identifier.isdigit():
            numbers.setdefault(body, set()).add(int(identifier))
    several = several_files(result)
    erring = unread_bodies(result)
    said = []
    where = None  # (the folder: looked for only where a notice stands there)
    for body, read in numbers.items():
        if body not in several or body in erring:
            continue  # (most bodies of a read of many: one file each)
        missing = sorted(set(range(1, max(read))) - read)
        if not missing or len(missing) >= len(read):
            continue
        if where is None:
            where = folder_of(result.files)
        shown = _numbered(result.level_labels, body, read)
        gaps, present = "・".join(map(shown, missing)), "・".join(map(shown, sorted(read)))
        said.append(
            Problem(
                Location(body or where),
                Severity.WARNING,
                f"情報化政策 {gaps}{GAP_SAID}（情報化政策 {present} はあります）",
                "その情報化政策を受け持つ部署の回答が届いているか確かめてください。" + PLAN_TELLS,
                reason=NUMBER_GAP,
                **gap_facts("policy", body, map(str, missing)),
            )
        )
    return said


_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"


def _numbered(labels: dict[str, str], body: str, read: set[int]) -> Callable[[int], str]:
    """A body's policies' numbers in a notice: as typed, Ⅰ Ⅱ Ⅲ, where all read are (review 81)."""
    prefix = f"{body}\x1f" if body else ""
    typed = [labels.get(f"{prefix}{number}", "") for number in read]
    if max(read) <= len(_ROMAN) and all(label and label in _ROMAN for label in typed):
        return lambda number: _ROMAN[number - 1]
    return str


def missing_projects(result: ReadResult, projects: Iterable[tuple[str, str]]) -> list[Problem]:
    """A notice per body whose files, two or more, hold projects 2-1 and 2-3 but no 2-2 (every
    ``projects``' (body, ID) read): the department that rates 2-2 sent nothing (review 81). A
    gap between two numbers read, and, where each policy's projects start from 1 again, those
    before its first read (3-1 of 3-2, 3-3: review 154 #5); one at a run's end is not known
    (PLAN_TELLS); groups numbered on through the policy across its 施策 headings are its
    projects (2-(3) of 2-(2), 2-(4): review 166 #1). Then the same of the directions read
    (missing_directions: a whole 施策 3-(1) — review 160 #5)."""
    several = several_files(result)
    if not several:
        return []  # (most reads of many bodies: one file each — neither level listed)
    projects = set(projects)
    labels: dict[tuple[str, str], str] = {}

    def label(body: str, project: str) -> str:
        if not labels:  # (the numbers as typed, 4-1-(2): asked only of a gap — review 96)
            labels.update({(e.body, e.project_id): e.project_label for e in result.entries})
        return labels.get((body, project), "")

    through: dict[tuple[str, str], str] = {}
    if any(project.count("-") == 2 for _body, project in projects):
        from planeval.numbering_runs import through_projects  # (166 #1: its 施策 headings)

        through = through_projects(projects)
    back = {(body, through.get((body, p), p)): (body, p) for body, p in projects}
    said = _missing_runs(
        result,
        back,
        "計画事業",
        lambda *key: label(*back.get(key, key)),
        several,
        level="project",
    )
    return said + missing_directions(result, projects, several)


def missing_directions(
    result: ReadResult, projects: Collection[tuple[str, str]], several: Collection[str]
) -> list[Problem]:
    """What missing_projects says of projects, of the directions read (ReadResult.direction_names:
    施策 3-(1) missing beside 3-(2) and 3-(3), 産業振興局 never answered — review 160 #5), their
    numbers as typed (level_labels); none of an ID read as a project too (``projects``: (body,
    ID) — a direction that is its project is said once, as a project); of the bodies
    ``several`` only (several_files)."""
    directions = []
    for key in result.direction_names:
        body, _, identifier = key.rpartition("\x1f")
        upper, _, own = identifier.partition("-")
        if body not in several:
            continue
        if upper.isdigit() and own.isdigit() and (body, identifier) not in projects:
            directions.append((body, identifier))
    if not directions:
        return []
    labels = result.level_labels
    return _missing_runs(
        result,
        directions,
        "取り組みの方向性",
        lambda body, own: labels.get(body_key(body, own), ""),
        several,
        level="direction",
    )


def _missing_runs(
    result: ReadResult,
    projects: Iterable[tuple[str, str]],
    word: str,
    label: Callable[[str, str], str],
    several: Collection[str],
    *,
    level: str,
) -> list[Problem]:
    """missing_projects' notices of the levels ``projects`` (body, ID), named by ``word`` and
    each numbered as ``label`` (body, ID) gives it typed, of the bodies ``several`` (two or
    more files each: several_files; ``level``: gap_facts')."""
    typed: dict[tuple[str, str], list[str]] = {}  # (numbers read in C after: a run of many)
    for body, project in projects:
        if body in several:
            upper, _, own = project.rpartition("-")
            typed.setdefault((body, upper), []).append(own)
    erring = unread_bodies(result)
    said = []
    again = _from_one_again(typed)
    dense = _dense(typed, again)
    # (in the bodies' and the numbers' order, never the order a set of them was iterated in:
    # the gap line changed from run to run — review 185 #2)
    for (body, upper), owns in sorted(typed.items(), key=lambda kv: (kv[0][0], id_order(kv[0][1]))):
        # (a 課 numbering its 事業 otherwise, 「(4)ア」 among 4.5 and 4.7: each such row may be
        # one of the gaps, which are said only where more are missing than it may fill — 135 #6)
        read = {int(own) for own in owns if own.isdigit()}
        others = sorted({own for own in owns if not own.isdigit()})
        if not upper or not read or body in erring:
            continue
        missing = sorted(set(range(1 if body in again else min(read), max(read))) - read)
        sparse = body not in dense and len(missing) >= len(read)  # (1.5, 1.10)
        if len(missing) <= len(others) or sparse:
            continue
        shown = _typed_as(label(body, f"{upper}-{min(read)}"), upper, min(read))
        gaps = "・".join(shown(number) for number in missing)
        present = "・".join(shown(number) for number in sorted(read))
        maybe = ""
        if others:
            typed_so = "・".join(label(body, f"{upper}-{own}") or own for own in others)
            gaps += f" のうち {len(missing) - len(others)} 件"
            maybe = f"。番号の形が違う {typed_so} は、このどれかかもしれません"
        said.append(
            Problem(
                Location(body or folder_of(result.files)),
                Severity.WARNING,
                f"{word} {gaps}{GAP_SAID}（{present} はあります{maybe}）",
                f"その{word}を受け持つ部署の回答が届いているか確かめてください。" + PLAN_TELLS,
                reason=NUMBER_GAP,
                **gap_facts(level, body, (f"{upper}-{number}" for number in missing)),
            )
        )
    return said


class GapFacts(TypedDict):
    kind: str
    value: str


def gap_facts(level: str, body: str, missing: Iterable[str]) -> GapFacts:
    """A gap's Problem.kind and .value: its ``level`` (policy, direction, project, item), its
    ``body`` ("" without --bodies) and the IDs ``missing`` (planeval's: 3-1, 3-1-2, 21)."""
    return {"kind": GAP_KIND + level, "value": "\x1f".join([body, *missing])}


def _from_one_again(typed: dict[tuple[str, str], list[str]]) -> set[str]:
    """The bodies that number each policy's projects from 1 again: a number read under two of
    them (1-2 and 3-2), which a plan numbering them through never has."""
    seen: dict[str, dict[str, str]] = {}  # body → number → the policy first read with it
    again = set()
    for (body, upper), owns in typed.items():
        numbers = seen.setdefault(body, {})
        if any(numbers.setdefault(own, upper) != upper for own in owns if own.isdigit()):
            again.add(body)
    return again


def _dense(typed: dict[tuple[str, str], list[str]], again: Collection[str]) -> set[str]:
    """The bodies of ``again`` (each level's numbers from 1) whose numbers, over all their
    levels, miss fewer than they hold: a level with few read (世田谷区's 3-2: 3-2-1 missing,
    3-2-2 read) is judged by the body's numbering, not as sparse (review 178 #3)."""
    held: Counter[str] = Counter()
    lacking: Counter[str] = Counter()
    for (body, _upper), owns in typed.items():
        if body in again and (read := {int(own) for own in owns if own.isdigit()}):
            held[body] += len(read)
            lacking[body] += len(set(range(1, max(read))) - read)
    return {body for body in held if lacking[body] < held[body]}


def _typed_as(label: str, upper: str, number: int) -> Callable[[int], str]:
    """How a body numbers its projects under ``upper``: as its project ``number`` is typed,
    ``label`` (4-1-(1): the others 4-1-(2), 4-1-(3)), led by ``upper`` where typed without it
    ((1) under 基本方針1: 1-(3), every policy has a (3) — review 112), else as planeval's IDs,
    4-1-2."""
    shape = re.fullmatch(rf"(.*\D|){number}(\D*)", label) if label else None
    if shape is None:
        return lambda other: f"{upper}-{other}"
    lead = f"{upper}-" if shape[1] in ("", "(", "（") else ""
    if shape[1] == "（":  # (led, in one form as a flat list shows it: 2-(2), never 2-（2）: 207 #2)
        return lambda other: id_form(f"{lead}（{other}{shape[2]}")
    return lambda other: f"{lead}{shape[1]}{other}{shape[2]}"


def unread_bodies(result: ReadResult) -> set[str]:
    """The bodies ("" without --bodies) with a file or sheet in error not read (an error at no
    cell): it may hold the numbers missing, and its error says so. A row's error (a blank
    status, review 85: 市民課's C6) leaves its file's numbers known: the gap is said beside it."""
    return {
        result.file_bodies.get(p.location.file, "")
        for p in result.problems
        if p.is_error and p.location.cell is None
    }


def several_files(result: ReadResult) -> set[str]:
    """The bodies ("" without --bodies) two or more of whose files were read: a gap in their
    numbers is a notice (one department's file, or a body's one workbook, numbers its own)."""
    files = Counter(result.file_bodies.get(file, "") for file in result.files)
    return {body for body, count in files.items() if count > 1}


def place_read(files: list[str]) -> str:
    """Where a notice of a whole read stands: its one file (an export of several bodies read
    back), else the folder its files share, 「R6_file」 — not the first body's file, which has
    nothing to fix (review 86: a policy named apart said at 長野市's workbook)."""
    return files[0] if len(files) == 1 else folder_of(files)


def folder_of(files: list[str]) -> str:
    """The folder the files were read from (their common one): a whole read's notice's place."""
    import os.path

    common = _common(tuple(files))  # (asked by each notice of a read: its files walked once)
    if common is None:  # (none, or absolute and relative mixed)
        return ""
    # (the current folder, `summarize .`, is named by its name, said as a folder, 「回答R7/」:
    # 「警告: : 改革項目 1-3…」 named no place — review 154 #8)
    return common or f"{os.path.basename(os.path.abspath(os.curdir)) or os.curdir}{os.sep}"


@functools.lru_cache(maxsize=1)
def _common(files: tuple[str, ...]) -> str | None:
    import os.path

    try:
        return os.path.commonpath([os.path.dirname(file) or "." for file in files])
    except ValueError:
        return None
