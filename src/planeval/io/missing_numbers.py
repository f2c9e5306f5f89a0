"""Items numbered through the whole plan (枚方市's 施策 No. 1–40, each 部's sheet a run of them:
1–4, 5–12 …), one run missing from every file: the 部 that rates 施策 21–24 sent nothing.
Without a plan nothing said so (review 75: 33 施策 counted, exit 0, the gap in the No. column
plain to see); a notice names the numbers, as a policy missing is named (level_names.py)."""

from __future__ import annotations

import itertools

from planeval.io.level_names import GAP_SAID, NUMBER_GAP, folder_of, several_files
from planeval.model import Location, Problem, ReadResult, Severity

_FEWEST = 5  # items numbered: fewer tell no numbering


def missing_numbers(result: ReadResult) -> list[Problem]:
    """A notice per body whose files, two or more, number their items through the plan (no
    number under two projects) and leave a run of numbers out (1–20 and 25–40: 21–24)."""
    several = several_files(result)
    if not several:
        return []  # (a body's one file: its numbering is its own)
    numbers: dict[str, dict[int, str]] = {body: {} for body in several}
    within: set[str] = set()  # bodies numbering within each project: ① under 1-1 and 1-2
    seen = itertools.chain(
        ((entry.body, entry.project_id, entry.item_no) for entry in result.entries),
        ((body, project, number) for body, project, number, _name in result.items_seen),
    )
    for body, project, number in seen:
        if (
            number is not None
            and body in several
            and numbers[body].setdefault(number, project) != project
        ):
            within.add(body)
    gaps: dict[str, list[int]] = {}
    for body, numbered in numbers.items():
        if body in within or len(numbered) < _FEWEST:
            continue
        missing = sorted(set(range(1, max(numbered))) - set(numbered))
        if missing and len(missing) < len(numbered):
            gaps[body] = missing
    if not gaps:
        return []
    # (a body with a file in error none of whose rows was read: that file may hold them)
    read = {entry.location.file for entry in result.entries}
    erring = {
        result.file_bodies.get(p.location.file, "")
        for p in result.problems
        if p.is_error and p.location.file not in read
    }
    return [
        Problem(
            Location(body or folder_of(result.files)),
            Severity.WARNING,
            f"番号 {_runs(missing)}{GAP_SAID}（番号は計画全体の通し"
            f"番号のようです。{_runs(sorted(numbers[body]))} はあります）",
            "その番号を受け持つ部署の回答が届いているか確かめてください。"
            "計画の一覧があれば validate --plan で提出状況が分かります",
            reason=NUMBER_GAP,
        )
        for body, missing in gaps.items()
        if body not in erring
    ]


def _runs(numbers: list[int]) -> str:
    """1・2・3・5 as 「1～3・5」."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return "・".join(
        f"{run[0]}～{run[-1]}" if len(run) > 2 else "・".join(map(str, run)) for run in runs
    )
