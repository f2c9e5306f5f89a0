"""Items numbered through the whole plan (枚方市's 施策 No. 1–40, each 部's sheet a run of them:
1–4, 5–12 …), one run missing from every file: the 部 that rates 施策 21–24 sent nothing.
Without a plan nothing said so (review 75: 33 施策 counted, exit 0, the gap in the No. column
plain to see); a notice names the numbers, as a policy missing is named (level_names.py)."""

from __future__ import annotations

from planeval.io.level_names import folder_of
from planeval.model import Location, Problem, ReadResult, Severity

_FEWEST = 5  # items numbered: fewer tell no numbering


def missing_numbers(result: ReadResult) -> list[Problem]:
    """A notice per body whose files, two or more, number their items through the plan (no
    number under two projects) and leave a run of numbers out (1–20 and 25–40: 21–24)."""
    projects: dict[str, dict[int, set[str]]] = {}
    for entry in result.entries:
        if entry.item_no is not None:
            projects.setdefault(entry.body, {}).setdefault(entry.item_no, set()).add(
                entry.project_id
            )
    for body, project, number, _name in result.items_seen:
        if number is not None:
            projects.setdefault(body, {}).setdefault(number, set()).add(project)
    files: dict[str, int] = {}
    for file in result.files:
        body = result.file_bodies.get(file, "")
        files[body] = files.get(body, 0) + 1
    # (a body with a file in error none of whose rows was read: that file may hold them)
    read = {entry.location.file for entry in result.entries}
    erring = {
        result.file_bodies.get(p.location.file, "")
        for p in result.problems
        if p.is_error and p.location.file not in read
    }
    said = []
    for body, numbers in projects.items():
        if files.get(body, 0) < 2 or body in erring or len(numbers) < _FEWEST:
            continue
        if any(len(under) > 1 for under in numbers.values()):
            continue  # (numbered within each project: ① under 1-1 and under 1-2)
        missing = sorted(set(range(1, max(numbers))) - set(numbers))
        if not missing or len(missing) >= len(numbers):
            continue
        said.append(
            Problem(
                Location(body or folder_of(result.files)),
                Severity.NOTICE,
                f"番号 {_runs(missing)} の行がどのファイルにもありません（番号は計画全体の通し"
                f"番号のようです。{_runs(sorted(numbers))} はあります）",
                "その番号を受け持つ部署の回答が届いているか確かめてください。"
                "計画の一覧があれば validate --plan で提出状況が分かります",
            )
        )
    return said


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
