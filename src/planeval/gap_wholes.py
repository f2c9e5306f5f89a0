"""A whole-plan total a report states, read without the plan, that is the rows counted, the
rows left out for their errors and the items whose numbers no file holds (a numbering gap's
warning, io/missing_numbers.py: 「番号 26～29・35 の行がどのファイルにもありません」, the 部
that rates them having sent nothing): the plan's size, said in ``check``'s verdict with its
parts, as 「35項目」 of 34 counted and 1 row in error is — not a discrepancy. Review 170 #4:
「40項目のうち…」 of 34 counted, 1 in error and 5 numbers missing was reported as 40 against 34.
Read with the plan, its 未提出 items say it (unreturned_said.Unreturned.whole). Likewise a total
that is the rows counted and the uncounted rows (評価対象外) the line right before or after it, or
another sentence of its paragraph, states the count of (said_beside: review 190 #3)."""

from __future__ import annotations

import re
from dataclasses import replace

from planeval.check_result import CheckResult, Disagreement, NotCompared
from planeval.io.level_names import GAP_KIND, GAP_SAID, NUMBER_GAP
from planeval.io.text_files import line_number
from planeval.read_records import ReadResult
from planeval.stated_agreement import RATED, SETS, uncounted_names
from planeval.stated_number import GROUPS, PROJECTS, ROWS, TOTAL, StatedNumber
from planeval.uncounted_rows import ERRORS, LeftOut
from planeval.wording import grouped


def gap_wholes(checked: CheckResult, result: ReadResult, left_out: LeftOut) -> CheckResult:
    """``checked`` with each whole-plan total that is ``result``'s rows counted, those
    ``left_out`` and its one run of missing item numbers (one body's, read without the plan)
    taken from its disagreements to its totals agreeing as their parts (plan_wholes); so is
    a total the text beside it says the uncounted rows of (said_beside)."""
    checked = _gap_wholes(said_beside(checked), result, left_out)
    return unknown_wholes(checked, result) if not result.plan_places else checked


def _gap_wholes(checked: CheckResult, result: ReadResult, left_out: LeftOut) -> CheckResult:
    """``gap_wholes``' totals of the rows, those left out and one run of missing numbers."""
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
            and not (wrong.body or wrong.bodies)
            and wrong.stated == wrong.counted + len(rows) + missing
        ):
            wholes.append(replace(wrong, note="", left_out="、".join(said)))
        else:
            kept.append(wrong)
    if not wholes:
        return checked
    return replace(checked, disagreements=tuple(kept), plan_wholes=(*checked.plan_wholes, *wholes))


def unknown_wholes(checked: CheckResult, result: ReadResult) -> CheckResult:
    """``checked`` with each whole-plan count still said to differ that is larger than the
    rows' (「12の取組」「45のKPI」 of 10 and 39 counted) listed as not compared where the rows are
    known to be incomplete — a numbering gap's warning fired (「取組 2-(2)・2-(3) の行がどのファ
    イルにもありません」) or a body sent nothing — read without the plan: the plan's size may be
    right, and --plan tells (review 197 #1: a plain 12 against 10, with no hint)."""
    from planeval.past_errors import SENT_NOTHING, uncounted_why
    from planeval.unreturned_said import PLAN_COMPARES

    gaps = [p for p in result.problems if p.reason == NUMBER_GAP]
    silent = [body for body, why in uncounted_why(result).items() if why in SENT_NOTHING]
    kept, listed = [], list(checked.not_compared)
    for d in checked.disagreements:
        whole = d.policy_id is None and not (d.body or d.bodies or d.percent or d.when or d.subset)
        whole = whole and not _of_rated(d, checked)  # (「D評価を除く36指標」: review 200 #2)
        levels = _HELD.get(d.what, ()) if whole and (d.stated or 0) > d.counted else ()
        # (a missing 取組 hides its KPI, not a 基本方針: 「3政策」 stays compared)
        said = [p.message.partition(GAP_SAID)[0] for p in gaps if p.kind[len(GAP_KIND) :] in levels]
        said = [f"{'、'.join(said)} の行がどのファイルにもない"] if said else []
        said += [f"{'・'.join(silent)} の回答がない"] if silent and levels else []
        if said:
            why = f"計画全体の数で、集計した {grouped(d.counted)} 件より多い数です。"
            why += f"{'うえ、'.join(said)}ため、行からは確かめられず比べていません{PLAN_COMPARES}"
            listed.append(
                NotCompared(d.policy_id, d.scope, d.phrase, d.stated or 0, why, d.location)
            )
        else:
            kept.append(d)
    if len(kept) == len(checked.disagreements):
        return checked
    return replace(checked, disagreements=tuple(kept), not_compared=tuple(listed))


def _of_rated(d: Disagreement, checked: CheckResult) -> bool:
    """Whether ``d``'s number counts the rows rated, no row no file holds among them: a total
    less a status (「D評価を除く36指標」), one said rated (「36指標を評価しました」) or the whole of
    its statuses' counts (「36指標のうち、A評価は17指標」) — compared, not held back as a count of
    the plan's items is (「45のKPIを設定」: review 200 #2, 36 of 35 rated passed)."""
    symbols = set(checked.scale.symbols)
    for s in checked.statements:
        if s.location != d.location:
            continue
        rated = any(n.what in symbols and not (n.percent or n.when) for n in s.numbers)
        for n in s.numbers:
            if n.what != d.what or n.value != d.stated or n.percent or n.when:
                continue
            if not SETS.search(n.phrase) and (
                n.excluding or RATED.search(n.phrase) or (rated and _WHOLE_OF.search(n.phrase))
            ):
                return True
    return False


_WHOLE_OF = re.compile(r"の\s*(?:うち|内訳)\s*$")  # (「36指標のうち」: the whole of what follows)

# the plan's sizes (its policies, projects, items and rows) and the levels whose numbering gap
# may hide some of them (io/level_names.gap_facts' kinds)
_ABOVE_ITEMS = ("policy", "direction", "project")
_HELD = {
    GROUPS: ("policy",),
    PROJECTS: _ABOVE_ITEMS,
    TOTAL: (*_ABOVE_ITEMS, "item"),
    ROWS: (*_ABOVE_ITEMS, "item"),
}


def said_beside(checked: CheckResult) -> CheckResult:
    """``checked`` with each total of the rows counted and the uncounted ones (「全20施策について
    施策評価を実施しました」 of 19 rated and 1 評価対象外) whose uncounted rows' count another
    sentence of its paragraph, or the line of a report text right before or after it, states of
    the same scope without a discrepancy (「評価対象外の1施策を除く19件のうち…」 on the next line,
    a text of a sentence a line: review 190 #3) taken to its totals agreeing as their parts
    (plan_wholes), the verdict naming that line. One stating it in its own sentence is
    compared with those rows already (stated_agreement.compare_numbers)."""
    kept, wholes = [], []
    for d in checked.disagreements:
        said, at = _uncounted_near(d, checked)
        if said and d.stated == d.counted + sum(said.values()):
            names = uncounted_names(checked.scale)
            told = "・".join(names.get(what, what).strip() for what in said)
            wholes.append(replace(d, note="", left_out=f"{told}。{at}に件数の記載"))
        else:
            kept.append(d)
    if not wholes:
        return checked
    return replace(checked, disagreements=tuple(kept), plan_wholes=(*checked.plan_wholes, *wholes))


def _uncounted_near(d: Disagreement, checked: CheckResult) -> tuple[dict[str, float], str]:
    """The uncounted statuses' counts stated beside ``d``, a plain total (its paragraph, the
    line before or after it, of its scope; none that disagrees), and where ("同じ段落", 5行目)."""
    if d.what != TOTAL or d.percent or d.when or d.subset or d.body or d.bodies or d.stated is None:
        return {}, ""
    if any(_net(n, d) for s in checked.statements if s.location == d.location for n in s.numbers):
        return {}, ""  # 「5件（1項目再掲のため実質4件）」: the 4 has the 再掲 taken out already
    uncounted = set(checked.scale.uncounted)
    wrong = {(other.location, other.what) for other in checked.disagreements}
    line = line_number(d.location)
    said: dict[str, float] = {}
    at = ""
    for s in checked.statements:
        near = s.location == d.location or (
            line is not None
            and s.location.file == d.location.file
            and line_number(s.location) in (line - 1, line + 1)
        )
        if not near or (s.policy_id, s.scope) != (d.policy_id, d.scope):
            continue
        for n in s.numbers:
            plain = n.what in uncounted and not (n.percent or n.when or n.subset)
            if plain and (s.location, n.what) not in wrong and n.what not in said:
                said[n.what] = n.value
                at = "同じ段落" if s.location == d.location else s.location.cell or ""
    return said, at


def _net(n: StatedNumber, d: Disagreement) -> bool:
    """``n`` is ``d``'s own number and a total the uncounted are taken out of (実質4件)."""
    return n.net and n.what == TOTAL and n.value == d.stated
