"""check on review 97's survey report (a ministry's summary of 298 bodies' workbooks): its
numbered sections (「1 調査の概要」「3 団体別の状況」) are the report's own, never 基本方針1 or
3; its summary table 「評価 | 件数 | 割合（%）」 is read as the whole plan's (or that of the
group its heading names); a quoted sentence keeps its thousands separators (「全7,154」); and
compare's and rounds' counts are thousands separated as summarize's are (1,779)."""

from __future__ import annotations

import planeval
from planeval.agreement import check
from planeval.cycle.compare import signed
from planeval.read_records import ReadResult
from planeval.report.changed_counts import count_change_table
from planeval.report.round_tables import rounds_count_table
from planeval.scale import Scale, Status
from planeval.stated_number import TOTAL, WHOLE_PLAN
from planeval.stated_numbers import read_numbers
from tests.conftest import rated_entries
from tests.test_check_phrasings import cells

SCALE = Scale(
    (
        Status("A", "効果的"),
        Status("B", "おおむね効果的"),
        Status("C", "改善に向けた検討を要する"),
        Status("評価対象外", "評価対象外", counted=False),
    )
)
# 基本方針1 and 3 with no name the report could tell them by (several bodies' policies, each
# named otherwise): 1 has 6 rows (A 2), 3 has 4 (A 1); the whole 10 (A 3, B 4, C 3)
ROWS = rated_entries({"1": {"A": 2, "B": 2, "C": 2}, "3": {"A": 1, "B": 2, "C": 1}})


def test_a_report_s_numbered_section_is_the_whole_plan_s_not_the_policy_of_its_number() -> None:
    texts = cells(
        "1 調査の概要",
        "回答のあった団体の取組内容10件のうち、Aは3件であった。",
        "3 団体別の状況",
        "いずれの団体でも、Cは3件にとどまった。",
    )
    checked = check(texts, ROWS, scale=SCALE, level="基本方針")
    assert not checked.disagreements and not checked.not_compared
    assert {(s.policy_id, s.scope) for s in checked.statements} == {(None, WHOLE_PLAN)}
    # (the policy's word with the number still names it: 基本方針1's 6 rows, A 2)
    checked = check(
        cells("基本方針1 調査の概要", "取組内容6件のうち、Aは2件であった。"),
        ROWS,
        scale=SCALE,
        level="基本方針",
    )
    assert checked.agrees and [s.scope for s in checked.statements] == ["基本方針1"]


SUMMARY = (
    "評価\t件数\t割合（%）",
    "A\t3\t30.0",
    "B\t4\t40.0",
    "C\t3\t30.0",
    "合計\t10\t100.0",
)


def test_a_summary_table_with_a_count_column_titled_kensu_is_read_as_the_whole_plan_s() -> None:
    checked = check(cells("2 全体の状況", *SUMMARY), ROWS, scale=SCALE, level="基本方針")
    assert checked.agrees, (checked.disagreements, checked.not_compared)
    assert not checked.not_compared
    # (each number compared: a wrong count and a wrong share said at their own lines)
    wrong = check(
        cells("2 全体の状況", SUMMARY[0], "A\t3\t30.0", "B\t5\t50.0", *SUMMARY[3:]),
        ROWS,
        scale=SCALE,
        level="基本方針",
    )
    found = {(d.scope, d.what, d.stated, d.counted, d.percent) for d in wrong.disagreements}
    assert found == {
        ("表の「件数」の列", "B", 5, 4, False),
        ("表の「割合（%）」の列", "B", 50.0, 40.0, True),  # (its own column: review 119 #7)
    }
    assert {d.location.cell for d in wrong.disagreements} == {"4行目"}


def test_a_kensu_table_under_a_policy_s_heading_is_that_policy_s() -> None:
    under = cells("基本方針3 行政サービスのデジタル化", *SUMMARY)
    wrong = check(under, ROWS, scale=SCALE, level="基本方針")
    said = {(d.scope, d.what, d.stated, d.counted) for d in wrong.disagreements if not d.percent}
    assert said == {
        ("基本方針3 表の「件数」の列", "A", 3, 1),
        ("基本方針3 表の「件数」の列", "B", 4, 2),
        ("基本方針3 表の「件数」の列", "C", 3, 1),
        ("基本方針3 表の「件数」の列", TOTAL, 10, 4),
    }
    own = ("評価\t件数", "A\t1", "B\t2", "C\t1", "合計\t4")
    assert check(cells("基本方針3 行政サービスのデジタル化", *own), ROWS, scale=SCALE).agrees


def test_a_quoted_sentence_keeps_its_thousands_separators() -> None:
    said = "回答のあった298団体の取組内容は全7,154件であり、このうち評価対象外の221件を除く"
    checked = check(cells(said), ROWS, scale=SCALE)
    (bodies,) = [n for n in checked.not_compared if n.stated == 298]
    assert bodies.phrase == "回答のあった298団体の取組内容は全7,154件であり"
    # (a comma between clauses, 「，」 as some offices type it, still ends one)
    (number, *_rest) = read_numbers("Aが3件，Bが4件であった。", SCALE)
    assert (number.what, number.phrase) == ("A", "Aが3件")


def test_compare_and_rounds_print_counts_thousands_separated_as_summarize_does() -> None:
    before = ReadResult(entries=rated_entries({"1": {"A": 1200, "B": 5}}))
    after = ReadResult(entries=rated_entries({"1": {"A": 1195, "B": 10}}))
    comparison = planeval.compare(before, after, scale=SCALE)
    (first, *_rest) = count_change_table(comparison).rows
    assert first[1:] == [
        "1,200 → 1,195（▲5）",
        "5 → 10（+5）",
        "0 → 0（±0）",
        "1,205 → 1,205（±0）",
        "0 → 0（±0）",
    ]
    assert signed(1204) == "+1,204" and signed(-1204) == "▲1,204"
    rounds = planeval.rounds([before, after], labels=["R5", "R6"], scale=SCALE)
    (first, *_rest) = rounds_count_table(rounds).rows
    assert first == ["1", "R5", "1,200", "5", "0", "1,205", "0"]
    # (a CSV's numbers as data, as summarize's CSV writes them)
    (first, *_rest) = rounds_count_table(rounds, separated=False).rows
    assert first == ["1", "R5", "1200", "5", "0", "1205", "0"]
    (first, *_rest) = count_change_table(comparison, separated=False).rows
    assert first[1] == "1200 → 1195（▲5）"
