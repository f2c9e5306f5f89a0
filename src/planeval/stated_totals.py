"""A table's own total row (「合計 12件（A：2件 B：8件 …）」) that its rated rows do not add up
to, said by every command that reads the workbook: only ``check`` compared it, and a roll-up's
clerk who ran ``summarize`` and ``export`` sent out 11 for a body whose own sheet said 12
(review 78). The count is the rows'; the warning names the row and both numbers.

A total row counts the rated rows above it on its sheet: 計 and 小計 those since the last 計 or
小計 (a section's), 合計, 総計 and 総数 those since the last of them (a table's, or the sheet's).
Only its total and each status it states are compared; a share, or a count of something else,
is check's to read."""

from __future__ import annotations

from collections import Counter

from planeval.cells import split_ref
from planeval.io.summary_block import TOTAL_LABELS
from planeval.model import Entry, Location, Problem, ReadResult, Severity, TextCell
from planeval.scale import Scale

# the texts io/summary_block.stated_total makes of a total row: its label, a space, a count
_SECTION = ("計 ", "小計 ")
_WHOLE = tuple(f"{label} " for label in sorted(TOTAL_LABELS - {"計", "小計"}))
# (Problem.reason of the warning: check leaves it, its table of disagreements says the same)
STATED_TOTAL = "合計の行"


def totals_said(result: ReadResult, scale: Scale) -> list[Problem]:
    """A warning per total row of the file read into ``result`` whose numbers differ from
    its rows' counts; none where no total row stands (most files) or a row is in error (the
    rows would not tell)."""
    totals = [cell for cell in result.texts if cell.text.startswith(_SECTION + _WHOLE)]
    if not totals or not result.entries or any(p.is_error for p in result.problems):
        return []
    from planeval.stated_number import TOTAL
    from planeval.stated_numbers import read_numbers

    said = []
    since: dict[tuple[str, bool], int] = {}  # (sheet, whole) → the row of the last such total
    for cell in sorted(totals, key=lambda cell: (cell.location.sheet, _row(cell.location))):
        sheet, row = cell.location.sheet or "", _row(cell.location)
        whole = cell.text.startswith(_WHOLE)
        start = since.get((sheet, whole), 0)
        since[(sheet, whole)] = row
        rows = [e for e in result.entries if _within(e, sheet, start, row)]
        counts = Counter(e.status for e in rows)
        total = sum(n for status, n in counts.items() if status not in scale.uncounted)
        wrong = []
        for number in read_numbers(cell.text, scale):
            if number.percent or number.reason:
                continue
            if number.what == TOTAL and number.value == len(rows):
                continue  # (its rows not counted too: 枚方市's 合計 | 51施策 with its 評価対象外)
            if number.what == TOTAL:
                counted, name = total, cell.text.split()[0]
            elif number.what in scale.symbols:
                counted, name = counts[number.what], scale.named(number.what)
            else:
                continue
            if number.value != counted:
                wrong.append(f"{name} {number.value:g}（行は {counted}）")
        if wrong:
            said.append(_said(cell, wrong))
    return said


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


def _within(entry: Entry, sheet: str, start: int, end: int) -> bool:
    where = entry.location
    return (where.sheet or "") == sheet and start < _row(where) < end
