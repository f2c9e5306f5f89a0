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
        "記入の必要な 1 部と会計室の調査票がすべて提出され、すべて記入されています"
        "（所管のない 2 部は提出不要。うち 1 部からも調査票の提出あり）"
    )
    assert submission_verdict(returns(remark_sent=False)) == (
        "記入の必要な 1 部と会計室の調査票がすべて提出され、すべて記入されています（所管のない 2 部は提出不要）"
    )


def test_a_unit_of_another_word_is_named_not_counted_as_a_bu() -> None:
    """会計室 (and a 課, a 局 among 部) was counted as a 部: 「19 部と関係各部のうち」 of 18 部 and
    会計室. It is named apart among the others, and a list of units is counted in their word."""
    found = [
        Submission("政策経営部", "提出済", 0, 3, ("政策経営部.xlsx",)),
        Submission("財務部", "提出済", 0, 2, ("財務部.xlsx",)),
        Submission("会計室", "未提出", 0, 1, ()),
        Submission("関係各部", "提出済", 0, 1, ("関係各部.xlsx",)),
    ]
    assert (
        submission_verdict(found) == "2 部、会計室と関係各部のうち、未提出 1 室（会計室）があります"
    )
    found[2] = Submission("会計室", "未記入", 1, 1, ("会計室.xlsx",))
    found[1] = Submission("財務部", "未提出", 0, 2, ())
    assert submission_verdict(found) == (
        "2 部、会計室と関係各部のうち、未提出 1 部（財務部）、未記入のある室 1 室（会計室）があります"
    )
    rooms = [Submission(f"第{n}会計室", "提出済", 0, 1, (f"{n}.xlsx",)) for n in range(1, 4)]
    more = [Submission(name, "提出済", 0, 1, (f"{name}.xlsx",)) for name in ("総務部", "区民部")]
    assert submission_verdict([*found[:2], *more, *rooms]) == (
        "7 部署のうち、未提出 1 部（財務部）があります"  # (三つの室: 部署)
    )
