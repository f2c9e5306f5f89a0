"""Items numbered through the whole plan (枚方市's 施策 No. 1–40, each 部's sheet a run of them:
1–4, 5–12 …), one run missing from every file: the 部 that rates 施策 21–24 sent nothing.
Without a plan nothing said so (review 75: 33 施策 counted, exit 0, the gap in the No. column
plain to see); a warning names the numbers, as a policy missing is named (level_names.py).
A read counted file by file (rollup.py) keeps each file's numbers (numbers_held, a few per
file) and says the gap once the last file is read (numbers_missing), as a kept read does."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from itertools import compress
from operator import attrgetter, itemgetter, not_

from planeval.io.level_names import (
    GAP_SAID,
    NUMBER_GAP,
    PLAN_TELLS,
    folder_of,
    gap_facts,
    several_files,
)
from planeval.io.own_ids import leading_number
from planeval.model import Entry, Location, Problem, Severity
from planeval.read_records import ItemSeen, ReadResult

_FEWEST = 5  # items numbered: fewer tell no numbering

# each body's item numbers read, each with its project; None where one number is under two
# projects (① under 1-1 and 1-2: numbered within each project, no run through the plan)
Held = dict[str, dict[int, str] | None]
_NUMBERED = attrgetter("body", "project_id", "item_no", "item_name")  # (as ItemSeen)
_BODY, _FIRST = attrgetter("body"), itemgetter(0)


def numbers_held(entries: Sequence[Entry], seen: Sequence[ItemSeen]) -> Held:
    """The item numbers of the rows read (``entries``) and of the items read unrated
    (``seen``), by body: a number column's, else the number its name starts with (羽根村市's
    「31 農業後継者育成事業」, 事業 numbered 1–44 through the plan: review 164 #2). One body's
    rows are looked at only until a number is under two projects (the common case, ① under
    each project: a few rows)."""
    held: Held = {}
    alone = len(set(map(_BODY, entries))) == 1  # (in C: one file's rows are one body's)
    _hold(held, map(_NUMBERED, entries), stop=alone)
    # (a body's items read unrated tell nothing more once its rows number within each project,
    # as most reads' do: passed over in C, not a step per item)
    done = {body for body, numbers in held.items() if numbers is None}
    _hold(held, compress(seen, map(not_, map(done.__contains__, map(_FIRST, seen)))))
    return held


def _hold(held: Held, rows: Iterable[ItemSeen], *, stop: bool = False) -> None:
    """``rows``' numbers into ``held`` (numbers_held); ``stop``: at the first number under two
    projects (one body's rows)."""
    for body, project, number, name in rows:
        if number is None and (number := leading_number(name)) is None:
            continue
        if (numbers := held.setdefault(body, {})) is None:
            continue
        if numbers.setdefault(number, project) != project:
            held[body] = None
            if stop:
                break


def join_held(held: Held, part: Held) -> None:
    """``part``'s numbers (one file's: file_counts.count_file) into ``held``, the read's."""
    for body, numbers in part.items():
        if body not in held:
            held[body] = dict(numbers) if numbers is not None else None
        elif (into := held[body]) is not None and (
            numbers is None or any(into.setdefault(n, p) != p for n, p in numbers.items())
        ):
            held[body] = None


def missing_numbers(result: ReadResult) -> list[Problem]:
    """A warning per body whose files, two or more, number their items through the plan (no
    number under two projects) and leave a run of numbers out (1–20 and 25–40: 21–24)."""
    if not several_files(result):
        return []  # (a body's one file: its numbering is its own)
    held = numbers_held(result.entries, result.items_seen)
    return numbers_missing(result, held, {entry.location.file for entry in result.entries})


def numbers_missing(result: ReadResult, held: Held, read: Collection[str]) -> list[Problem]:
    """missing_numbers of the numbers ``held`` of the read ``result`` (its files, bodies and
    problems), ``read`` the files a row of which was read: a body's file in error none of
    whose rows was read may hold the numbers missing, and its error says so."""
    return [
        Problem(
            Location(body or folder_of(result.files)),
            Severity.WARNING,
            f"番号 {_runs(missing)}{GAP_SAID}（番号は計画全体の通し"
            f"番号のようです。{_runs(sorted(held[body] or ()))} はあります）",
            "その番号を受け持つ部署の回答が届いているか確かめてください。" + PLAN_TELLS,
            reason=NUMBER_GAP,
            **gap_facts("item", body, map(str, missing)),
        )
        for body, missing in _gaps(result, held, read).items()
    ]


def numbers_said(result: ReadResult, held: Held) -> dict[str, list[int]]:
    """The numbers missing_numbers warns no file holds, by body, of the numbers ``held`` of
    ``result``'s rows read: validate's gaps within a project do not say them again."""
    return _gaps(result, held, {entry.location.file for entry in result.read})


def _gaps(result: ReadResult, held: Held, read: Collection[str]) -> dict[str, list[int]]:
    """Each body's numbers missing from a run through the plan its files, two or more, hold
    (none where a file of the body none of whose rows was read is in error: see above)."""
    several = several_files(result)
    gaps: dict[str, list[int]] = {}
    for body, numbered in held.items():
        if body not in several or numbered is None or len(numbered) < _FEWEST:
            continue
        missing = sorted(set(range(1, max(numbered))) - set(numbered))
        if missing and len(missing) < len(numbered):
            gaps[body] = missing
    if not gaps:
        return {}
    erring = {
        result.file_bodies.get(p.location.file, "")
        for p in result.problems
        if p.is_error and p.location.file not in read
    }
    return {body: missing for body, missing in gaps.items() if body not in erring}


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
