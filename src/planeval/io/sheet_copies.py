"""Two sheets of one workbook listing the same items: a sheet copied in Excel (「実施状況 (2)」)
and filled instead of, or beside, its original.

Each item is counted once, from the sheet that rates it: a row left blank on one sheet is no
error when the other sheet rates its item, and a row rated the same on both is one entry. Rows
rated differently are left to combine.py (an error naming both places, neither counted). What
was done is said once per pair of sheets, with the fix: keep one sheet — unless one sheet is
the other's whole copy, every row rated alike (印刷用): then a notice says so, nothing to fix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter

from planeval.cells import cell_list
from planeval.io.tables import SheetResult
from planeval.item_keys import body_item_key
from planeval.model import Entry, Location, Problem, Severity

CELLS_SHOWN = 3  # "E8・E9・E10 ほか 33 か所"

ItemKey = tuple[str, str, str, str]  # (body, project, item, sub-item)
_BODY_PROJECT = attrgetter("body", "project_id")


def fold_sheet_copies(file: str, names: Sequence[str], sheets: Sequence[SheetResult]) -> None:
    """Count each item of sheets that list the same items once (``names``: the sheets' names,
    ``sheets``: what each gave, changed in place), with one warning per pair of sheets."""
    if sum(1 for sheet in sheets if sheet.entries or sheet.unrated) < 2:
        return  # (the usual workbook: one sheet of items)
    projects = [  # (each sheet's rows' (body, project) pairs gathered in C)
        set(map(_BODY_PROJECT, sheet.entries)) | {k[:2] for k in sheet.unrated.values()}
        for sheet in sheets
    ]
    for first in range(len(sheets)):
        for second in range(first + 1, len(sheets)):
            if projects[first] & projects[second]:
                _fold(file, names[first], names[second], sheets[first], sheets[second])


def _fold(file: str, name: str, other: str, one: SheetResult, two: SheetResult) -> None:
    """The pair ``one`` (the earlier sheet) and ``two``: blanks rated on the other sheet and
    equal ratings folded, and said in a warning on ``two`` (when they share an item)."""
    ones = {body_item_key(entry): entry for entry in one.entries}
    twos = {body_item_key(entry): entry for entry in two.entries}
    blank_one = _rated_elsewhere(one, twos)
    blank_two = _rated_elsewhere(two, ones)
    shared = ones.keys() & twos.keys()
    if not (blank_one or blank_two or shared):
        return
    same = [key for key in shared if ones[key].status == twos[key].status]
    dropped: set[int] = set()
    for key in same:
        kept, extra = ones[key], twos[key]
        if extra.issue and extra.issue != kept.issue:
            if kept.issue:
                continue  # two issue texts: combine keeps both (and says so)
            kept, extra = extra, kept
        dropped.add(id(extra))
    one.entries[:] = [entry for entry in one.entries if id(entry) not in dropped]
    two.entries[:] = [entry for entry in two.entries if id(entry) not in dropped]
    facts = [
        f"「{sheet}」で空欄の {len(cells)} 行（{cell_list(cells, CELLS_SHOWN)}）は「{rater}」の記入を数えました"
        for sheet, rater, cells in ((name, other, blank_one), (other, name, blank_two))
        if cells
    ]
    if dropped:
        facts.append(f"両方に同じ達成状況がある {len(dropped)} 行は 1 件として数えました")
    if differ := len(shared) - len(same):
        facts.append(f"達成状況が違う {differ} 行はどちらも数えていません（エラーを見てください）")
    if len(dropped) == len(ones) == len(twos) and not (blank_one or blank_two):
        two.problems.append(_copy_notice(file, name, other, len(dropped)))
        return
    # (Excel may place its copy 「実施状況 (2)」 before the original: said of the copy either way)
    if copied := _copy_of(name, other):
        name, other = other, name
    else:
        copied = _copy_of(other, name)
    two.problems.append(
        Problem(
            Location(file, other),
            Severity.WARNING,
            f"シート「{other}」"
            + (f"（「{name}」を Excel でコピーしたシート）" if copied else "")
            + f"に「{name}」と同じ実施内容があります。"
            + "。".join(facts),
            f"記入を一つのシートにまとめてください: 「{other}」の記入を「{name}」に貼り付けて"
            f"から「{other}」を削除するか、「{name}」を削除して「{other}」だけを残します",
        )
    )


def _copy_of(copy: str, name: str) -> bool:
    """Whether the sheet ``copy`` is named as Excel names a copy of ``name``: 「実施状況 (2)」."""
    return re.fullmatch(rf"{re.escape(name)} \(\d+\)", copy) is not None


def _copy_notice(file: str, name: str, other: str, rows: int) -> Problem:
    """A sheet that repeats another whole, every row as rated there (a copy for printing, 印刷
    用): counted once, said as what it is, nothing to do."""
    return Problem(
        Location(file, other),
        Severity.NOTICE,
        f"シート「{other}」は「{name}」と同じ実施内容・同じ達成状況の写しのため、その {rows} 行は"
        "一度だけ数えました",
    )


def _rated_elsewhere(sheet: SheetResult, others: dict[ItemKey, Entry]) -> list[str]:
    """The cells of ``sheet``'s "達成状況が空です" rows whose items ``others`` rate (their
    problems taken out)."""
    if not sheet.unrated:
        return []
    said = set(sheet.problems)  # (an item's blank is not said when rated lower levels follow)
    blanks = {
        problem for problem, key in sheet.unrated.items() if key in others and problem in said
    }
    if not blanks:
        return []
    sheet.problems[:] = [problem for problem in sheet.problems if problem not in blanks]
    return sorted(
        (str(problem.location.cell) for problem in blanks), key=lambda cell: (len(cell), cell)
    )
