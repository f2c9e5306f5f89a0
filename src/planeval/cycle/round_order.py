"""The rounds compare and rounds read must be given oldest first (`in_order`): each round's
year as its headings print it (stated_year.year_seen — a template's mark, an export's record,
else its titles or its files' names), a later round of an earlier year refused."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from planeval.errors import UsageError
from planeval.fiscal import fiscal_year_label
from planeval.marks import MARK_CELL, mark_place, round_marks, round_year
from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult
from planeval.stated_year import year_seen


def in_order(results: Sequence[ReadResult]) -> list[Problem]:
    """Refuse rounds given out of order — a round of an earlier fiscal year than the round
    before it, by its templates' marks, the year its export records, or else the one year its
    titles (or its files' names) state, the years the tables' headings print — which would show
    every movement backwards (改善 as 後退: review 94, 「令和7年度 → 令和6年度」). Two rounds in a
    row of the same year are allowed (a mid-year check); where both record it, a notice (the
    same year given twice by mistake is not fine). Rounds that state no year (a body's own
    workbooks, an older export) are not judged."""
    seen = [year_seen(result) for result in results]
    dated = [(index, found) for index, found in enumerate(seen) if found is not None]
    notices = []
    for (before, (earlier, first)), (after, (later, then)) in pairwise(dated):
        if later < earlier:
            raise UsageError(
                f"{before + 1} 番目の回は{fiscal_year_label(earlier)}、{after + 1} 番目の回は"
                f"{fiscal_year_label(later)}のものです（{before + 1} 番目: {first}、"
                f"{after + 1} 番目: {then}）。このままでは改善と後退が逆に出るため、比べていません。"
                "古い回から順に指定してください（compare は 前回・今回の順、rounds は古い順）"
            )
    marked = [
        (index, found)
        for index, result in enumerate(results)
        if (found := round_year(round_marks(result))) is not None
    ]
    for (one, (one_file, one_mark)), (next_one, (file, mark)) in pairwise(marked):
        if mark.fiscal_year == one_mark.fiscal_year:
            notices.append(
                Problem(
                    Location(file, mark.sheet, MARK_CELL),
                    Severity.NOTICE,
                    f"{one + 1} 番目の回と {next_one + 1} 番目の回は、どちらも"
                    f"{fiscal_year_label(mark.fiscal_year)}のものです"
                    f"（{mark_place(one_file, one_mark)}）。同じ年度の途中経過と年度末などを"
                    "比べているなら、このままで構いません",
                    "前の年度と比べるつもりなら、前の年度の調査票のフォルダか、"
                    "前の年度に書き出した報告書を指定してください",
                )
            )
    return notices
