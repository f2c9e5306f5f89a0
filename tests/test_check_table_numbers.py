"""check's table printed 記載 7154 | 集計 7157 where summarize prints 7,154 (review 97 #12's
leftover): counts thousands-separated as summarize's, a change signed as compare's, a CSV's
cells plain numbers."""

from __future__ import annotations

from planeval.check_result import Disagreement
from planeval.model import Location
from planeval.report.review import check_table
from planeval.scale import DEFAULT_SCALE
from planeval.stated_changes import CHANGE
from planeval.stated_number import TOTAL

WHERE = Location("報告書案.txt", "", "10行目")


def test_counts_in_check_s_table_are_separated_as_summarize_s() -> None:
    total = Disagreement(None, TOTAL, 7154, 7157, WHERE, scope="計画全体")
    change = Disagreement(None, "○", -1204, 1206, WHERE, scope="計画全体", when=CHANGE)
    share = Disagreement(None, "○", 1234.5, 1234.6, WHERE, scope="計画全体", percent=True)
    rows = check_table([total, change, share], DEFAULT_SCALE).rows
    assert [row[2:4] for row in rows] == [
        ["7,154", "7,157"], ["▲1,204", "+1,206"], ["1234.5%", "1234.6%"]
    ]  # fmt: skip
    plain = check_table([total, change], DEFAULT_SCALE, separated=False).rows
    assert [row[2:4] for row in plain] == [["7154", "7157"], ["▲1204", "+1206"]]
