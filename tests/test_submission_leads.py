"""提出状況's last line counts the 部 the plan asks to fill in — those leading an item —, not a
co-owner that happened to send its remark (review 118 #6: 「記入の必要な 6 部」 one year, 4 the
next, for the same plan)."""

from __future__ import annotations

from planeval.cycle.submission import Submission
from planeval.report.review import submission_verdict


def returns(*, remark_sent: bool) -> list[Submission]:
    """Two leads that answered; 総務部 co-owns an item and sent its form or not; 財務部 nothing."""
    leads = [
        Submission(name, "提出済", 0, 3, (f"{name}.xlsx",)) for name in ("政策経営部", "会計室")
    ]
    co_owner = (
        Submission("総務部", "提出済", 0, 0, ("総務部.xlsx",))
        if remark_sent
        else Submission("総務部", "提出不要", 0, 0, ())
    )
    return [*leads, co_owner, Submission("財務部", "提出不要", 0, 0, ())]


def test_the_number_to_fill_in_is_the_plans_whoever_sent_a_remark() -> None:
    assert submission_verdict(returns(remark_sent=True)) == (
        "記入の必要な 2 部の調査票がすべて提出され、すべて記入されています"
        "（所管のない 2 部は提出不要。うち 1 部からも調査票の提出あり）"
    )
    assert submission_verdict(returns(remark_sent=False)) == (
        "記入の必要な 2 部の調査票がすべて提出され、すべて記入されています（所管のない 2 部は提出不要）"
    )
