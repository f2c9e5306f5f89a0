"""One number a report's text states (StatedNumber) and what it may count besides a scale's
symbol: the kinds stated_numbers.py reads them into, and check compares."""

from __future__ import annotations

from dataclasses import dataclass

# What a stated number counts, besides a scale symbol:
PROJECTS = "projects"  # "N つの計画事業": the projects of the plan or the policy
TOTAL = "total"  # the counted entries (全63事業, 30指標のうち, 実質107件, …を除く48施策)
ROWS = "rows"  # every rated row, uncounted ones included (110件（3項目再掲のため実質107件）)
GROUPS = "groups"  # the groups of the top level (4つの基本方針, 4施策24事業)
SHARE_SUM = "share sum"  # a row's shares added up, as the rounding note says: 「合計の行は 99.9%」
NOT_COUNTED = "not counted"  # rows a sentence says were left out (2指標は…集計していません)
# the rows in error planeval's caption of a table lists: 「…。ほかに未集計（エラー） 1）」
IN_ERROR = "rows in error"
# the plan's items its 区分 ends (「完了・廃止の2取組を除く」): no row asked of them, compared
# with the plan's (stated_ended.py)
ENDED = "ended by the plan"
ISSUES = "issue list"  # the rows planeval's issue list holds, as its lead says: 「一覧は13件です」
# a count of bodies (a roll-up's 「29市町村のうち」「全29団体」) and of those that answered
# (「27市町村から回答」「回答団体数は27団体」「回答率93.1%」): compared with the bodies read (body_counts.py)
BODIES = "bodies"
ANSWERED = "answered bodies"
EXCLUDED_APART = (
    "\t"  # between the statuses of one excluding (a symbol may hold 「・」: 変更・中止)
)
WHOLE_PLAN = "計画全体"  # the scope of a statement about the whole plan


@dataclass(frozen=True, slots=True)
class StatedNumber:
    """One number a paragraph states: what it counts (a scale symbol, TOTAL, ROWS, PROJECTS,
    GROUPS, or "" when the words around it do not say), its value, and the words as written."""

    what: str
    value: int | float
    phrase: str  # the words around the number, as written after NFKC ("Aが43事業")
    percent: bool = False
    decimals: int = 0  # places after the point, for percentages ("68.2%" → 1)
    reason: str = ""  # why it is never compared, whatever the rows ("" when it can be)
    level: str = ""  # the level word of a GROUPS number (基本方針 in "4つの基本方針")
    net: bool = False  # a total the uncounted are taken out of (実質107件): never every row
    settled: bool = False  # (counts no row of this round, a change, last year's: no failure)
    # a counted status taken out of the total (「D 2指標を除く20指標」), or several, EXCLUDED_APART
    excluding: str = ""
    subset: str = ""  # the subset of ``what`` it counts (「（うち重点2事業）」: ReadResult.marks)
    row: str = ""  # the table's row a SHARE_SUM is of, as the note names it (基本方針番号 1, 合計)
    when: str = ""  # "" this round's; last year's (PAST), a change (CHANGE, FALL): stated_changes
    # the preset whose status it counts, not the loaded scale's (a 行政改革大綱's other status
    # column: 「達成8件」 in a 実施状況 report): settled, and named apart in check's verdict
    other_scale: str = ""
    points: bool = False  # a share's change in points (「▲13.4ポイント」: share_points.py)
