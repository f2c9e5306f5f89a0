"""check on review 94's 行政改革大綱, each item rated on two scales (実施状況: preset "progress",
達成度: "achievement"), one planeval.toml each, its report stating both: a count of the rows
another scale's word qualifies (「達成度が「達成」の取り組み項目は2件」) is that scale's, never the
total; the verdict names such counts as what they are; and planeval's count table of the
other status column pasted in is that scale's too."""

from __future__ import annotations

from planeval.agreement import check
from planeval.report.review import check_dict
from planeval.stated_number import SHARE_SUM, TOTAL
from planeval.stated_numbers import read_numbers
from tests.conftest import rated_entries
from tests.test_check_phrasings import cells
from tests.test_check_review79 import ACHIEVEMENT, PROGRESS

ITEM = "取り組み項目"
# 改革項目4 of the city's R6 returns, on each scale (6 items counted, 1 再掲 not)
JISSHI_4 = rated_entries({"4": {"未着手": 1, "取組中": 3, "完了": 2, "-": 1}})
TASSEI_4 = rated_entries({"4": {"未達成": 2, "一部達成": 2, "達成": 2, "-": 1}})
HEADING = "改革項目4 職員の意識改革と人材育成"
OF_TASSEI = "達成度が「達成」の取り組み項目は2件でした。"
OF_JISSHI = ("実施状況が「完了」の取り組み項目は2件でした。", "完了した取り組み項目は2件です。")


def test_a_count_another_scale_s_word_qualifies_is_that_scale_s_not_the_total() -> None:
    for said, scale, other in (
        (OF_TASSEI, PROGRESS, "achievement"),
        (OF_JISSHI[0], ACHIEVEMENT, "progress"),
        (OF_JISSHI[1], ACHIEVEMENT, "progress"),
    ):
        (number,) = read_numbers(said, scale, item=ITEM)
        assert (number.what, number.value, number.settled) == ("", 2, True)
        assert number.other_scale == other and f'preset "{other}"' in number.reason
    checked = check(cells(HEADING, OF_TASSEI), JISSHI_4, scale=PROGRESS, item=ITEM)
    assert not checked.disagreements and all(n.settled for n in checked.not_compared)
    checked = check(cells(HEADING, *OF_JISSHI), TASSEI_4, scale=ACHIEVEMENT, item=ITEM)
    assert not checked.disagreements and len(checked.not_compared) == 2
    assert all(n.settled and n.other_scale == "progress" for n in checked.not_compared)


def test_its_own_scale_s_words_and_the_whole_are_still_compared() -> None:
    # (with the other config, each is that scale's count, compared: 2 of 2)
    (number,) = read_numbers(OF_TASSEI, ACHIEVEMENT, item=ITEM)
    assert (number.what, number.value) == ("達成", 2)
    assert check(cells(HEADING, *OF_JISSHI), JISSHI_4, scale=PROGRESS, item=ITEM).agrees
    wrong = check(cells(HEADING, "完了した取り組み項目は3件です。"), JISSHI_4, scale=PROGRESS)
    assert [(d.what, d.stated, d.counted) for d in wrong.disagreements] == [("完了", 3, 2)]
    # (the whole, whatever the sentence names: 「全7件」 of 6 counted still a mismatch)
    for said in (
        "取り組み項目は全7件です。",
        "実施状況は、取り組み項目は全7件のうち完了が2件です。",
    ):
        (total, *_rest) = read_numbers(said, ACHIEVEMENT, item=ITEM)
        assert (total.what, total.value, total.reason) == (TOTAL, 7, "")
        wrong = check(cells(HEADING, said), TASSEI_4, scale=ACHIEVEMENT, item=ITEM)
        assert [(d.what, d.stated, d.counted) for d in wrong.disagreements] == [(TOTAL, 7, 6)]
    # (the other column's title as the subject of the rows counted, between the two scales)
    (number,) = read_numbers("達成度が高い取り組み項目は2件です。", PROGRESS, item=ITEM)
    assert number.settled and number.other_scale == "achievement"


def test_a_status_done_before_its_count_and_another_scale_s_after_uchi_are_read() -> None:
    """Review 119 #2: 「完了した2件の達成度は」 was 「何の件数か読み取れません」 under the 実施状況
    config, 完了 being its status; 「完了2件のうち達成2件」's 達成 too, while 一部達成 beside it
    was another scale's. 完了 2 is compared (a wrong 3 fails); 達成 is the other scale's."""
    said = "完了した2件の達成度は、達成2件でした。改革項目4では、完了2件のうち達成2件、一部達成0件でした。"
    found = [(n.what, n.value, n.other_scale) for n in read_numbers(said, PROGRESS, item=ITEM)]
    assert found == [
        ("完了", 2, ""),
        ("", 2, "achievement"),
        ("完了", 2, ""),
        ("", 2, "achievement"),
        ("", 0, "achievement"),
    ]
    checked = check(cells(HEADING, said), JISSHI_4, scale=PROGRESS, item=ITEM)
    assert checked.agrees and all(n.settled for n in checked.not_compared)
    wrong = check(
        cells(HEADING, said.replace("完了した2件", "完了した3件")), JISSHI_4, scale=PROGRESS
    )
    assert [(d.what, d.stated, d.counted) for d in wrong.disagreements] == [("完了", 3, 2)]


BOTH = (
    "取り組み項目は全6件です。",
    "実施状況は、完了2件、取組中3件、未着手1件でした。達成度は、達成2件、一部達成2件、"
    "未達成2件でした。",
)


def test_the_verdict_names_the_other_scale_s_counts_as_such() -> None:
    checked = check(cells(HEADING, *BOTH), JISSHI_4, scale=PROGRESS, item=ITEM)
    assert checked.agrees
    assert checked.verdict() == (
        '2 段落の記載件数はすべて集計と一致しています（別の評価尺度（preset "achievement"）の数 '
        "3 件は比べていません）"
    )
    # (beside numbers the rows cannot count, each kind with its own number)
    change = "完了は前年度から1件増加しました。"
    checked = check(cells(HEADING, *BOTH, change), JISSHI_4, scale=PROGRESS, item=ITEM)
    assert checked.verdict().startswith(
        "3 段落の記載件数はすべて集計と一致しています（前年度の数・増減・印のない内訳など、"
        '行から数えられない数 1 件と、別の評価尺度（preset "achievement"）の数 3 件は比べて'
        "いません）"
    )


# planeval's 集計 table of the 実施状況 config, as its Word export reads back
JISSHI_TABLE = (
    "改革項目番号\t改革項目名\t件数\t-（再掲）\t割合（%）",
    "改革項目番号\t改革項目名\t未着手\t取組中\t完了\t計\t-（再掲）\t未着手\t取組中\t完了",
    "4\t職員の意識改革と人材育成\t1\t3\t2\t6\t1\t16.7\t50.0\t33.3",
    "合計\t\t1\t3\t2\t6\t1\t16.7\t50.0\t33.3",
)


def test_the_other_scale_s_count_table_is_that_scale_s_failing_nothing() -> None:
    checked = check(cells(HEADING, *BOTH, *JISSHI_TABLE), TASSEI_4, scale=ACHIEVEMENT, item=ITEM)
    assert not checked.disagreements and checked.agrees
    (table,) = [n for n in checked.not_compared if n.scope == "表"]
    assert table.settled and table.other_scale == "progress"
    assert table.reason.startswith("表の見出しの「未着手」「取組中」「完了」はこの評価尺度")
    listed = check_dict(checked, [])["not_compared"]
    assert isinstance(listed, list)
    assert ("表", "progress") in {(n["scope"], n["other_scale"]) for n in listed}
    assert {n["other_scale"] for n in listed} == {"progress"}
    assert "この表（6〜7行目の 2 行）の数はその尺度の設定で check してください" in table.reason
    # (its own scale's table, pasted with numbers it cannot place, is still said unread)
    own = [line.replace("未着手", "未達成") for line in JISSHI_TABLE]
    unread = check(cells(HEADING, *BOTH, *own), TASSEI_4, scale=ACHIEVEMENT, item=ITEM)
    assert not unread.agrees


def test_the_rounding_note_under_the_other_scale_s_table_is_that_scale_s() -> None:
    """planeval's note under its table of shares (R6_tassei.docx's 「改革項目番号 4 は 99.9%」)
    sums that table's row, not this scale's: listed with the table, never a mismatch."""
    note = "※合計が100.0にならない行があります（改革項目番号 4 は 100.1%）。"
    said = cells(HEADING, *BOTH, *JISSHI_TABLE, note)
    checked = check(said, TASSEI_4, scale=ACHIEVEMENT, item=ITEM)
    assert not checked.disagreements and checked.agrees
    (aside,) = [n for n in checked.not_compared if n.location.cell == "8行目"]
    assert (aside.stated, aside.settled, aside.other_scale) == (100.1, True, "progress")
    # (under this scale's own table the note is compared, as before)
    own = [line.replace("未着手", "未達成").replace("取組中", "一部達成").replace("完了", "達成")
           for line in JISSHI_TABLE]  # fmt: skip
    wrong = check(cells(HEADING, *BOTH, *own, note), TASSEI_4, scale=ACHIEVEMENT, item=ITEM)
    assert [d.stated for d in wrong.disagreements if d.what == SHARE_SUM] == [100.1]


LEAD = "と評価された取り組み項目、または課題等の記載がある取り組み項目。一覧は22件です。"


def test_the_other_scale_s_issue_list_lead_is_that_scale_s_failing_nothing() -> None:
    """Review 95: both exports in one report — the other one's 「「未達成」と評価された…。一覧は
    22件です。」 was a number not compared that failed the check under either config."""
    for said, entries, scale, other in (
        (f"「未達成」{LEAD}", JISSHI_4, PROGRESS, "achievement"),
        (f"「未着手」{LEAD}", TASSEI_4, ACHIEVEMENT, "progress"),
    ):
        checked = check(cells(HEADING, *BOTH, said), entries, scale=scale, item=ITEM)
        assert not checked.disagreements and checked.agrees, checked.verdict()
        (lead,) = [n for n in checked.not_compared if n.location.cell == "4行目"]
        assert (lead.stated, lead.settled, lead.other_scale) == (22, True, other)
        assert f'（preset "{other}" の区分です。その一覧の数はその尺度の設定で' in lead.reason
    # (its own scale's lead is still compared: 1 未着手 row, no issue text)
    wrong = check(cells(HEADING, f"「未着手」{LEAD}"), JISSHI_4, scale=PROGRESS, item=ITEM)
    assert [(d.stated, d.counted) for d in wrong.disagreements] == [(22, 1)]
    # (a status of no preset, or a bare letter, still fails: the export's config is asked for)
    for named in ("「遅延」", "S"):
        odd = check(cells(HEADING, f"{named}{LEAD}"), JISSHI_4, scale=PROGRESS, item=ITEM)
        (lead,) = odd.not_compared
        assert not lead.settled and not odd.agrees and "同じ設定（--config）で" in lead.reason
