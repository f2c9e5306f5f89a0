"""A whole-plan total a report states, read without the plan, that is the rows counted, the
rows left out for their errors and the items whose numbers no file holds (a numbering gap's
warning, io/missing_numbers.py: 「番号 26～29・35 の行がどのファイルにもありません」, the 部
that rates them having sent nothing): the plan's size, said in ``check``'s verdict with its
parts, as 「35項目」 of 34 counted and 1 row in error is — not a discrepancy. Review 170 #4:
「40項目のうち…」 of 34 counted, 1 in error and 5 numbers missing was reported as 40 against 34.
Read with the plan, its 未提出 items say it (unreturned_said.Unreturned.whole)."""

from __future__ import annotations

from dataclasses import replace

from planeval.check_result import CheckResult
from planeval.io.level_names import GAP_KIND, GAP_SAID, NUMBER_GAP
from planeval.read_records import ReadResult
from planeval.stated_number import ROWS, TOTAL
from planeval.uncounted_rows import ERRORS, LeftOut
from planeval.wording import grouped


def gap_wholes(checked: CheckResult, result: ReadResult, left_out: LeftOut) -> CheckResult:
    """``checked`` with each whole-plan total that is ``result``'s rows counted, those
    ``left_out`` and its one run of missing item numbers (one body's, read without the plan)
    taken from its disagreements to its totals agreeing as their parts (plan_wholes)."""
    gaps = [
        p
        for p in result.problems
        if p.reason == NUMBER_GAP and p.kind == f"{GAP_KIND}item" and GAP_SAID in p.message
    ]
    if len(gaps) != 1 or result.unreturned or result.plan_places:
        return checked
    missing = len(gaps[0].value.split("\x1f")) - 1  # (its body, then each number missing)
    rows = [row for file_rows in left_out.values() for row in file_rows]
    said = (
        [f"エラーの {grouped(len(rows))} 行"] if rows and all(r.why in ERRORS for r in rows) else []
    )
    said += [f"ほかの {grouped(len(rows))} 行"] if rows and not said else []
    said.append(f"{gaps[0].message.partition(GAP_SAID)[0]} の {grouped(missing)} 件")
    kept, wholes = [], []
    for wrong in checked.disagreements:
        total = wrong.what in (TOTAL, ROWS) and not (wrong.percent or wrong.when or wrong.subset)
        if (
            total
            and wrong.policy_id is None
            and not wrong.body
            and wrong.stated == wrong.counted + len(rows) + missing
        ):
            wholes.append(replace(wrong, note="", left_out="、".join(said)))
        else:
            kept.append(wrong)
    if not wholes:
        return checked
    return replace(checked, disagreements=tuple(kept), plan_wholes=(*checked.plan_wholes, *wholes))
