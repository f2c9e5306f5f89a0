"""Under 集計, the levels whose rows no file holds, between numbers that are read (a gap's
warning, io/level_names.py: 改革項目 3 between 1–2 and 4–5, the 課 of 3 never answered):
known without a plan, so a printed count never passes for the whole plan (review 85)."""

from __future__ import annotations

from collections.abc import Sequence


def gap_line(gaps: Sequence[str]) -> str:
    """One sentence of what is missing (「改革項目 3」「番号 9～12」, each as its warning says
    it), "" when nothing is; no count in it, the items missing not being known. The fact
    only: why (a department's reply not in) is the clerk's warning's guess, not the published
    report's (review 163 #3)."""
    if not gaps:
        return ""
    return f"{'、'.join(gaps)} の行はどの回答にもなく、集計に含まれていません。"
