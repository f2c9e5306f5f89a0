"""A hidden sheet, skipped: said in a notice — an example's or notes' sheet (io/example_sheets.py)
as what it is, since shown again it would not be counted either (review 91: a hidden 記入例 was
told to be shown again to be counted). Imported only by a workbook with a hidden sheet."""

from __future__ import annotations

from planeval.io.example_sheets import is_example_sheet
from planeval.model import Location, Problem, Severity


def hidden_said(file: str, name: str) -> Problem:
    """The notice of a hidden sheet not read: an example's or notes' sheet is not counted
    shown either, so it is said as what it is, not as a sheet to show again to count it
    (review 91: a hidden 記入例)."""
    if is_example_sheet(name):
        return Problem(
            Location(file, name),
            Severity.NOTICE,
            f"シート「{name}」は記入例・説明のシート（非表示）のため数えていません",
            "回答を書いたシートなら、シート名から「記入例」などを外し、Excel で再表示してください",
        )
    return Problem(
        Location(file, name),
        Severity.NOTICE,
        "非表示のシートのため読み飛ばしました",
        "このシートも数える場合は Excel で再表示してください",
    )
