"""A table's own total row (「合計 12件（A：2件 B：8件 …）」) that its rated rows do not add up
to, said by every command that reads the workbook: only ``check`` compared it, and a roll-up's
clerk who ran ``summarize`` and ``export`` sent out 11 for a body whose own sheet said 12
(review 78). The count is the rows'; the warning names the row and both numbers.

A total row counts the rated rows above it on its sheet: 計 and 小計 those since the last 計 or
小計 (a section's), 合計, 総計 and 総数 those since the last of them (a table's, or the sheet's).
In a workbook whose rated rows stand on several sheets, a total row under its sheet's own total
— the sheet's first total row, below all its rated rows — counts the whole workbook's rows
(長与町's 「合計 8件」 under the last 基本目標's 「計 4件」, review 86): ``under_sheet_totals``, the
rule check's scopes keep too (sheet_scopes.py).
Only its total and each status it states are compared; a share, or a count of something else,
is check's to read."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from planeval.cells import split_ref
from planeval.io.summary_block import TOTAL_LABELS
from planeval.model import Entry, Location, Problem, Severity, TextCell
from planeval.read_records import ReadResult
from planeval.scale import Scale

# the texts io/summary_block.stated_total makes of a total row: its label, a space, a count
_SECTION = ("計 ", "小計 ")
_WHOLE = tuple(f"{label} " for label in sorted(TOTAL_LABELS - {"計", "小計"}))
# (Problem.reason of the warning: check leaves it, its table of disagreements says the same)
STATED_TOTAL = "合計の行"


def totals_said(result: ReadResult, scale: Scale) -> list[Problem]:
    """A warning per total row of the file read into ``result`` whose numbers differ from
    its rows' counts; none where no total row stands (most files). Where rows it counts are
    in error, only a number they could not make up is said — below the rows counted, or above
    them and those that could hold its status (a blank holds none: statusless.py; review 163
    #2, 柱2's 「B 9件」 of 8 beside 警察本部's 2 blank rows), as check compares it; an error
    elsewhere, on another sheet of a compiled workbook or under another total, leaves it
    compared (review 161 #1)."""
    totals = [cell for cell in result.texts if cell.text.startswith(_SECTION + _WHOLE)]
    if not totals or not result.entries:
        return []
    errors = [p.location for p in result.problems if p.is_error]
    if any(not where.cell for where in errors):
        return []  # (an error of a sheet or of the file: which rows it holds is not known)
    from planeval.stated_number import TOTAL
    from planeval.stated_numbers import read_numbers
    from planeval.statusless import statusless_places

    bare = statusless_places(result, scale) if errors else frozenset()

    said = []
    since: dict[tuple[str, bool], int] = {}  # (sheet, whole) → the row of the last such total
    grand = under_sheet_totals(totals, result.entries)
    for cell in sorted(totals, key=lambda cell: (cell.location.sheet, _row(cell.location))):
        sheet, row = cell.location.sheet or "", _row(cell.location)
        whole = cell.text.startswith(_WHOLE)
        start = since.get((sheet, whole), 0)
        since[(sheet, whole)] = row
        if cell.location in grand:
            rows, in_error = list(result.entries), errors
        else:
            rows = [e for e in result.entries if _within(e.location, sheet, start, row)]
            in_error = [where for where in errors if _within(where, sheet, start, row)]
        left, blank = _left_out(in_error, bare)
        counts = Counter(e.status for e in rows)
        total = sum(n for status, n in counts.items() if status not in scale.uncounted)
        wrong = []
        for number in read_numbers(cell.text, scale):
            if number.percent or number.reason:
                continue
            if number.what == TOTAL and number.value == len(rows):
                continue  # (its rows not counted too: 枚方市's 合計 | 51施策 with its 評価対象外)
            if number.what == TOTAL:
                counted, name, most = total, cell.text.split()[0], len(rows) - total + left
            elif number.what in scale.symbols:
                counted, name = counts[number.what], scale.named(number.what)
                most = left - blank if number.what in scale.counted else left
            else:
                continue
            if left and counted <= number.value <= counted + most:
                continue  # (the rows in error may make it up: they would not tell)
            if number.value != counted:
                note = _beyond(number.value < counted, left, blank, counted + most)
                wrong.append(f"{name} {number.value:g}（行は {counted}{note}）")
        if wrong:
            said.append(_said(cell, wrong))
    return said


def under_sheet_totals(totals: Iterable[TextCell], rows: Sequence[Entry]) -> frozenset[Location]:
    """The places of those of ``totals`` (a workbook's total rows) that stand under their
    sheet's own total — its first total row, below all its rated rows — where ``rows`` stand
    on several sheets of their file: a grand total, the whole workbook's (長与町's 合計 under
    the last 基本目標's 計). Empty for most reads: a total row on a sheet per file."""
    last: dict[tuple[str, str], int] = {}  # (file, sheet) → its last rated row
    for entry in rows:
        key, row = (entry.location.file, entry.location.sheet or ""), _row(entry.location)
        last[key] = max(last.get(key, 0), row)
    files = Counter(file for file, _sheet in last)
    first: dict[tuple[str, str], int] = {}  # (file, sheet) → its first total row
    placed = []
    for cell in totals:
        key = (cell.location.file, cell.location.sheet or "")
        if key in last and files[key[0]] > 1:
            placed.append((key, _row(cell.location), cell.location))
            first[key] = min(first.get(key, placed[-1][1]), placed[-1][1])
    return frozenset(
        location for key, row, location in placed if first[key] > last[key] and row > first[key]
    )


def _left_out(errors: Iterable[Location], bare: frozenset[Location]) -> tuple[int, int]:
    """How many rows the errors at ``errors`` left out, and how many of them hold no status
    (their error at one of ``bare``: statusless.py)."""
    rows: dict[tuple[str, int], bool] = {}
    for where in errors:
        key = (where.sheet or "", _row(where))
        rows[key] = rows.get(key, False) or where in bare
    return len(rows), sum(rows.values())


def _beyond(below: bool, left: int, blank: int, most: int) -> str:
    """Why a number that differs is said though ``left`` rows of its range were not counted:
    stated ``below`` the rows counted (those rows could only raise it), or above the ``most``
    they could make (``blank`` of them holding no status, in no status's count) — review 163
    #2: 柱2's 「B 9件」 of 8 rows, beside 警察本部's 2 blank rows."""
    if not left:
        return ""
    if below:
        return f"。エラーで数えなかった {left} 行を加えても、これより少なくはなりません"
    if blank == left:
        return f"。エラーで数えなかった {left} 行は評価のない行で、件数を増やしません"
    return f"。エラーで数えなかった {left} 行を加えても、多くて {most}"


def _said(cell: TextCell, wrong: list[str]) -> Problem:
    return Problem(
        cell.location,
        Severity.WARNING,
        f"合計の行の件数が、上の評価の行を数えた件数と合いません: {'、'.join(wrong)}",
        "件数は評価の行を数えたものを使っています。合計の行と評価の行のどちらが正しいか"
        "記入者に確認してください",
        reason=STATED_TOTAL,
    )


def _row(location: Location) -> int:
    return int(split_ref(location.cell or "A0")[1] or 0)


def _within(where: Location, sheet: str, start: int, end: int) -> bool:
    return (where.sheet or "") == sheet and start < _row(where) < end
